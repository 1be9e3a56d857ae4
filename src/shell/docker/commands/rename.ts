// `docker rename CONTAINER NEW_NAME` (CLI 28 container/rename.go): silent on success; on failure
// the daemon's error, then the CLI's own line, exit 1.
import {isEngineError, renameContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {hostOf} from '../views/container-common.js';

export const renameCommand: DockerCommand = {
	spec: {
		path: 'docker rename',
		usage: 'docker rename CONTAINER NEW_NAME',
		description: 'Rename a container',
		flags: [],
		args: {kind: 'exact', n: 2},
	},
	run(parsed, _io, ctx) {
		const [oldName, newName] = parsed.args.map((a) => a.trim());
		if (oldName === '' || newName === '') return {stdout: '', stderr: 'Error: Neither old nor new names may be empty\n', exitCode: 1};
		try {
			ctx.setWorld(renameContainer(ctx.world, hostOf(ctx), oldName, newName));
			return {stdout: '', stderr: '', exitCode: 0};
		} catch (e) {
			if (!isEngineError(e)) throw e;
			return {stdout: '', stderr: `${daemonText(e)}\nError: failed to rename container named ${oldName}\n`, exitCode: 1};
		}
	},
};
