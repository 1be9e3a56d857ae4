// The daemon's checks of a container's Config.Healthcheck at create time (daemon/container.go
// verifyContainerSettings): durations other than 0 must be at least 1ms, retries not negative.
import {EngineError} from './errors.js';
import type {HealthConfig} from './types.js';

/** containertypes.MinimumDuration, in ms. */
const MINIMUM_MS = 1;

export function validateHealthcheck(config: HealthConfig | undefined): void {
	if (!config) return;
	const short = (what: string, v: number | undefined) => {
		if (v !== undefined && v !== 0 && v < MINIMUM_MS) throw new EngineError(`${what} in Healthcheck cannot be less than 1ms`, 'invalid');
	};
	short('Interval', config.interval);
	short('Timeout', config.timeout);
	if ((config.retries ?? 0) < 0) throw new EngineError('Retries in Healthcheck cannot be negative', 'invalid');
	short('StartPeriod', config.startPeriod);
	short('StartInterval', config.startInterval);
}
