// `docker create`: like `docker run -d` without the start; prints the new container's id.
import type {DockerCommand} from '../command.js';
import {containerFlags} from '../run-options.js';
import {createFrom} from './run.js';

export const createCommand: DockerCommand = {
	spec: {
		path: 'docker create',
		usage: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
		description: 'Create a new container',
		flags: containerFlags(false),
		stopAtFirstArg: true,
		args: {kind: 'min', n: 1},
	},
	run(parsed, io, ctx) {
		const made = createFrom('create', parsed.flags, parsed.args, io, ctx);
		if (made.result) return made.result;
		return {stdout: `${made.container!.id}\n`, stderr: made.stderr, exitCode: 0};
	},
};
