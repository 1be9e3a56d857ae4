// `docker pause|unpause CONTAINER...`: freeze and thaw; each name as given, errors in turn, exit 1
// if any failed (CLI 28.2 container/pause.go, unpause.go).
import {pauseContainer, unpauseContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {eachContainer} from '../views/container-common.js';

export const pauseCommand: DockerCommand = {
	spec: {path: 'docker pause', usage: 'docker pause CONTAINER [CONTAINER...]', description: 'Pause all processes within one or more containers', flags: [], args: {kind: 'min', n: 1}},
	run(parsed, _io, ctx) {
		return eachContainer(parsed.args, ctx, (world, hostName, id) => pauseContainer(world, hostName, id));
	},
};

export const unpauseCommand: DockerCommand = {
	spec: {path: 'docker unpause', usage: 'docker unpause CONTAINER [CONTAINER...]', description: 'Unpause all processes within one or more containers', flags: [], args: {kind: 'min', n: 1}},
	run(parsed, _io, ctx) {
		return eachContainer(parsed.args, ctx, (world, hostName, id) => unpauseContainer(world, hostName, id));
	},
};
