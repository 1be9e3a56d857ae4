// `docker diff CONTAINER` / `docker container diff` (CLI 28 container/diff.go): one line per change
// of the container's file system against its image, `A`dded, `C`hanged or `D`eleted, then the path.
// The daemon sends them in no fixed order (measured, 66-diff-ps-size); the simulation sorts by path.
import {containerChanges, getHost, isEngineError, requireContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {hostOf} from '../views/container-common.js';

export const diffCommand: DockerCommand = {
	spec: {
		path: 'docker diff',
		usage: 'docker diff CONTAINER',
		description: "Inspect changes to files or directories on a container's filesystem",
		flags: [],
		args: {kind: 'exact', n: 1},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		try {
			const c = requireContainer(getHost(ctx.world, hostName), parsed.args[0]);
			const stdout = containerChanges(ctx.world, hostName, c.id).map((ch) => `${ch.kind} ${ch.path}\n`).join('');
			return {stdout, stderr: '', exitCode: 0};
		} catch (e) {
			if (!isEngineError(e)) throw e;
			return {stdout: '', stderr: `${daemonText(e)}\n`, exitCode: 1};
		}
	},
};
