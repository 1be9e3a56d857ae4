// `docker stop`: stops each container, printing each name as given.
import {markManuallyStopped, stopContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {eachContainer} from '../views/container-common.js';

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
		// Stopped by hand: a daemon restart leaves an unless-stopped container down (engine/daemon.ts).
		return eachContainer(parsed.args, ctx, (world, hostName, id) => markManuallyStopped(stopContainer(world, hostName, id), hostName, id));
	},
};
