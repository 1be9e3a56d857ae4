// `docker wait CONTAINER...`: blocks until each container stops, then prints its exit code, in
// the order given. A main process that never ends by itself would keep a real terminal waiting
// until Ctrl+C; the game says so and ends the line as Ctrl+C would.
import {waitContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {hostOf} from '../views/container-common.js';

export const waitCommand: DockerCommand = {
	spec: {
		path: 'docker wait',
		usage: 'docker wait CONTAINER [CONTAINER...]',
		description: 'Block until one or more containers stop, then print their exit codes',
		flags: [],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		let stdout = '';
		let stderr = '';
		let failed = false;
		for (const ref of parsed.args) {
			try {
				const r = waitContainer(ctx.world, hostName, ref);
				if (!r) {
					stderr += `^C\nnetdojo: ${ref} does not stop by itself, so docker wait would wait here until Ctrl+C; stopped as Ctrl+C would (docker stop ${ref} in another terminal would end it)\n`;
					return {stdout, stderr, exitCode: 130};
				}
				ctx.setWorld(r.world);
				stdout += `${r.exitCode}\n`;
			} catch (e) {
				stderr += `${daemonText(e)}\n`;
				failed = true;
			}
		}
		return {stdout, stderr, exitCode: failed ? 1 : 0};
	},
};
