// `docker stop`: stops each container, printing each name as given.
import {getHost, requireContainer, stopContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {hostOf, perObject} from '../views/container-common.js';

export const stopCommand: DockerCommand = {
	spec: {
		path: 'docker stop',
		usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
		description: 'Stop one or more running containers',
		flags: [
			{long: 'signal', short: 's', type: 'string', description: 'Signal to send to the container'},
			{long: 'timeout', short: 't', type: 'int', description: 'Seconds to wait before killing the container'},
			{long: 'time', type: 'int', hidden: true},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		const out: string[] = [];
		const errors: unknown[] = [];
		for (const ref of parsed.args) {
			try {
				const c = requireContainer(getHost(ctx.world, hostName), ref);
				ctx.setWorld(stopContainer(ctx.world, hostName, c.id));
				out.push(ref);
			} catch (e) {
				errors.push(e);
			}
		}
		return perObject(out, errors);
	},
};
