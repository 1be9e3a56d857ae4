// `docker start`: starts each container, printing each name as given; failures are reported per
// container and summed up as `Error: failed to start containers: a, b` (exit 1).
import {getHost, requireContainer, startContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {flagBool} from '../flags.js';
import {hostOf} from '../views/container-common.js';
import {attachForeground, burnIds} from './run.js';

export const startCommand: DockerCommand = {
	spec: {
		path: 'docker start',
		usage: 'docker start [OPTIONS] CONTAINER [CONTAINER...]',
		description: 'Start one or more stopped containers',
		flags: [
			{long: 'attach', short: 'a', type: 'bool', description: 'Attach STDOUT/STDERR and forward signals'},
			{long: 'interactive', short: 'i', type: 'bool', description: "Attach container's STDIN"},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, io, ctx) {
		const hostName = hostOf(ctx);
		const attach = flagBool(parsed.flags, 'attach') || flagBool(parsed.flags, 'interactive');
		if (attach) {
			if (parsed.args.length > 1) return {stdout: '', stderr: 'you cannot start and attach multiple containers at once\n', exitCode: 1};
			try {
				const prior = requireContainer(getHost(ctx.world, hostName), parsed.args[0]);
				const wasRunning = prior.status === 'running';
				ctx.setWorld(startContainer(ctx.world, hostName, prior.id).world);
				if (wasRunning) return {stdout: '', stderr: '', exitCode: 0};
				return attachForeground(ctx, io, prior, {interactive: flagBool(parsed.flags, 'interactive'), tty: prior.tty});
			} catch (e) {
				return {stdout: '', stderr: `${daemonText(e)}\n`, exitCode: 1};
			}
		}
		let stdout = '';
		let stderr = '';
		const failed: string[] = [];
		for (const ref of parsed.args) {
			try {
				const c = requireContainer(getHost(ctx.world, hostName), ref);
				ctx.setWorld(startContainer(ctx.world, hostName, c.id).world);
				stdout += `${ref}\n`;
			} catch (e) {
				burnIds(ctx);
				stderr += `${daemonText(e)}\n`;
				failed.push(ref);
			}
		}
		if (failed.length > 0) stderr += `Error: failed to start containers: ${failed.join(', ')}\n`;
		return {stdout, stderr, exitCode: failed.length > 0 ? 1 : 0};
	},
};
