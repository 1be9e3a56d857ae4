// `docker container inspect` and `docker image inspect`: `docker inspect` limited to one kind of
// object (the CLI calls the container or image API directly, so other objects are not found).
import type {DockerCommand} from '../command.js';
import {normalizeImageRef} from '../../../engine/index.js';
import {inspectCommand, inspectObjects} from './inspect.js';

const FORMAT = inspectCommand.spec.flags.find((f) => f.long === 'format')!;

export const containerInspectCommand: DockerCommand = {
	spec: {
		path: 'docker container inspect',
		usage: 'docker container inspect [OPTIONS] CONTAINER [CONTAINER...]',
		description: 'Display detailed information on one or more containers',
		flags: [FORMAT, {long: 'size', short: 's', type: 'bool', description: 'Display total file sizes'}],
		args: {kind: 'min', n: 1},
	},
	run: (parsed, _io, ctx) => inspectObjects(parsed, ctx, 'container', (ref) => `Error response from daemon: No such container: ${ref}`),
};

export const imageInspectCommand: DockerCommand = {
	spec: {
		path: 'docker image inspect',
		usage: 'docker image inspect [OPTIONS] IMAGE [IMAGE...]',
		description: 'Display detailed information on one or more images',
		flags: [FORMAT],
		args: {kind: 'min', n: 1},
	},
	run: (parsed, _io, ctx) => inspectObjects(parsed, ctx, 'image', (ref) => `Error response from daemon: No such image: ${normalizeImageRef(ref)}`),
};
