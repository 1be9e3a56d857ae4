// `docker kill [-s SIGNAL] CONTAINER...` (CLI 28 container/kill.go): each name as given on
// success; the daemon's errors arrive wrapped as "cannot kill container: NAME: ...".
import {EngineError, killContainer, markManuallyStopped, parseSignal, requireContainer, getHost} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {flagString} from '../flags.js';
import {hostOf, perObject} from '../views/container-common.js';

export const killCommand: DockerCommand = {
	spec: {
		path: 'docker kill',
		usage: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]',
		description: 'Kill one or more running containers',
		flags: [{long: 'signal', short: 's', type: 'string', description: 'Signal to send to the container'}],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		const raw = flagString(parsed.flags, 'signal') ?? '';
		// An empty -s is the daemon's default, KILL.
		const signal = raw === '' ? {signal: 9} : parseSignal(raw);
		const out: string[] = [];
		const errors: unknown[] = [];
		for (const ref of parsed.args) {
			try {
				if ('error' in signal) {
					requireContainer(getHost(ctx.world, hostName), ref);
					throw new EngineError(signal.error);
				}
				const killed = killContainer(ctx.world, hostName, ref, signal.signal);
				const c = requireContainer(getHost(killed, hostName), ref);
				// A signal that ended it stopped it by hand (moby sets HasBeenManuallyStopped on kill).
				ctx.setWorld(c.status === 'running' ? killed : markManuallyStopped(killed, hostName, c.id));
				out.push(ref);
			} catch (e) {
				errors.push(e instanceof EngineError ? new EngineError(`cannot kill container: ${ref}: ${e.message}`, e.kind) : e);
			}
		}
		return perObject(out, errors);
	},
};
