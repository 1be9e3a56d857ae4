// `docker rm`: removes each container, printing each name as given.
import {getHost, removeContainer, requireContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {flagBool} from '../flags.js';
import {hostOf, perObject} from '../views/container-common.js';

export const rmCommand: DockerCommand = {
	spec: {
		path: 'docker rm',
		usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
		description: 'Remove one or more containers',
		flags: [
			{long: 'force', short: 'f', type: 'bool', description: 'Force the removal of a running container (uses SIGKILL)'},
			{long: 'link', short: 'l', type: 'bool', description: 'Remove the specified link'},
			{long: 'volumes', short: 'v', type: 'bool', description: 'Remove anonymous volumes associated with the container'},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		const force = flagBool(parsed.flags, 'force');
		const out: string[] = [];
		const errors: unknown[] = [];
		for (const ref of parsed.args) {
			try {
				const c = requireContainer(getHost(ctx.world, hostName), ref);
				ctx.setWorld(removeContainer(ctx.world, hostName, c.id, force));
				out.push(ref);
			} catch (e) {
				errors.push(e);
			}
		}
		return perObject(out, errors);
	},
};
