// `docker exec`: runs a program inside a running container with the container's own tools;
// `-it CONTAINER sh` moves the prompt inside.
import {getHost, profileOf, requireContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagBool, flagList, flagString} from '../flags.js';
import {BUILTIN_NAMES} from '../../syntax/index.js';
import {containerArgv, hostOf} from '../views/container-common.js';

const SHELLS = new Set(['sh', 'bash', 'ash', 'zsh']);

function base(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

export const execCommand: DockerCommand = {
	spec: {
		path: 'docker exec',
		usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
		description: 'Execute a command in a running container',
		flags: [
			{long: 'detach', short: 'd', type: 'bool', description: 'Detached mode: run command in the background'},
			{long: 'detach-keys', type: 'string', description: 'Override the key sequence for detaching a container'},
			{long: 'env', short: 'e', type: 'list', description: 'Set environment variables'},
			{long: 'env-file', type: 'list', description: 'Read in a file of environment variables'},
			{long: 'interactive', short: 'i', type: 'bool', description: 'Keep STDIN open even if not attached'},
			{long: 'privileged', type: 'bool', description: 'Give extended privileges to the command'},
			{long: 'tty', short: 't', type: 'bool', description: 'Allocate a pseudo-TTY'},
			{long: 'user', short: 'u', type: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")'},
			{long: 'workdir', short: 'w', type: 'string', description: 'Working directory inside the container'},
		],
		stopAtFirstArg: true,
		args: {kind: 'min', n: 2},
	},
	run(parsed, io, ctx) {
		const [ref, ...argv] = parsed.args;
		const hostName = hostOf(ctx);
		let c;
		try {
			c = requireContainer(getHost(ctx.world, hostName), ref);
		} catch (e) {
			return cliError(e);
		}
		if (c.status !== 'running') return {stdout: '', stderr: `Error response from daemon: container ${c.id} is not running\n`, exitCode: 1};
		if (c.paused) return {stdout: '', stderr: `Error response from daemon: Container ${ref} is paused, unpause the container before exec\n`, exitCode: 1};
		const image = ctx.world.images[c.imageKey];
		const prog = base(argv[0]);
		if (!image || !image.tools.includes(prog)) {
			const what = argv[0].includes('/')
				? `exec: "${argv[0]}": stat ${argv[0]}: no such file or directory: unknown`
				: `exec: "${argv[0]}": executable file not found in $PATH: unknown`;
			return {stdout: `OCI runtime exec failed: exec failed: unable to start container process: ${what}\r\n`, stderr: '', exitCode: profileOf(ctx.world).execNotFoundExit};
		}
		const interactive = flagBool(parsed.flags, 'interactive');
		const tty = flagBool(parsed.flags, 'tty');
		if (interactive && argv.length === 1 && SHELLS.has(prog)) {
			ctx.enter(hostName, c.id, argv[0], 'none');
			return {stdout: '', stderr: '', exitCode: 0};
		}
		const env: Record<string, string> = {};
		for (const e of [...c.env, ...flagList(parsed.flags, 'env')]) {
			const eq = e.indexOf('=');
			if (eq > 0) env[e.slice(0, eq)] = e.slice(eq + 1);
			else if (io.env[e] !== undefined) env[e] = io.env[e];
		}
		// The program starts in -w's folder, else (the session's default) the image's WORKDIR.
		const workdir = flagString(parsed.flags, 'workdir');
		if (workdir !== undefined) env.PWD = workdir;
		// With -t the program writes to a terminal (when docker's own stdout is one); without, to a stream.
		if (flagBool(parsed.flags, 'tty') && io.env.NETDOJO_TTY) env.NETDOJO_TTY = io.env.NETDOJO_TTY;
		const r = ctx.runIn(hostName, c.id, containerArgv(argv, BUILTIN_NAMES), {stdin: interactive ? io.stdin : '', env});
		if (flagBool(parsed.flags, 'detach')) return {stdout: '', stderr: '', exitCode: 0};
		if (tty) return {stdout: r.stdout + r.stderr, stderr: '', exitCode: r.exitCode};
		return r;
	},
};
