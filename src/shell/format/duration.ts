/** Human-readable durations as docker prints them (github.com/docker/go-units, duration.go). */

/** units.HumanDuration for a duration in milliseconds. */
export function humanDuration(ms: number): string {
	const seconds = Math.trunc(ms / 1000);
	if (seconds < 1) return 'Less than a second';
	if (seconds === 1) return '1 second';
	if (seconds < 60) return `${seconds} seconds`;
	const minutes = Math.trunc(ms / 60_000);
	if (minutes === 1) return 'About a minute';
	if (minutes < 60) return `${minutes} minutes`;
	// Hours round to nearest here, unlike the other units.
	const hours = Math.trunc(ms / 3_600_000 + 0.5);
	if (hours === 1) return 'About an hour';
	if (hours < 48) return `${hours} hours`;
	if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
	if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
	if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
	return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}

/**
 * docker ps CREATED column (ContainerContext.RunningFor): whole seconds since creation,
 * because the API's Created is a Unix timestamp in seconds.
 */
export function runningFor(createdMs: number, nowMs: number): string {
	const createdSec = Math.floor(createdMs / 1000);
	return humanDuration(nowMs - createdSec * 1000) + ' ago';
}
