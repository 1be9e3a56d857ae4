// ls: the machine's file system where there is one (the host), a plausible root in a container.
import type {Tool} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {stdoutIsTty} from './common.js';
import {lsFs} from './files/ls.js';
import {machineFs} from './machine-fs.js';

const ROOT: Record<string, string[]> = {
	busybox: ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
	debian: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
};

export const ls: Tool = (argv, io: CommandIO, ctx): CommandResult => {
	const fs = machineFs(ctx);
	if (fs) return lsFs(argv.slice(1), io, fs);
	const args = argv.slice(1).filter((a) => !a.startsWith('-'));
	const dir = args[0] ?? '/';
	if (dir !== '/') return {stdout: '', stderr: '', exitCode: 0};
	const names = ROOT[ctx.flavour === 'busybox' ? 'busybox' : 'debian'];
	return {stdout: stdoutIsTty(io) ? `${names.join('  ')}\n` : names.map((n) => `${n}\n`).join(''), stderr: '', exitCode: 0};
};
