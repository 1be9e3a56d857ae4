// `docker restart`: stop then start each container, printing each name as given.
import {restartContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {eachContainer} from '../views/container-common.js';

export const restartCommand: DockerCommand = {
	spec: {
		path: 'docker restart',
		usage: 'docker restart [OPTIONS] CONTAINER [CONTAINER...]',
		description: 'Restart one or more containers',
		flags: [
			{long: 'signal', short: 's', type: 'string', description: 'Signal to send to the container'},
			{long: 'timeout', short: 't', type: 'int', description: 'Seconds to wait before killing the container'},
			{long: 'time', type: 'int', hidden: true},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		return eachContainer(parsed.args, ctx, (world, hostName, id) => restartContainer(world, hostName, id).world);
	},
};
