// ls: the player's working directory on the host, a plausible root file system in a container.
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {stdoutIsTty} from './common.js';
import {containerNode} from './container-files.js';

const ROOT: Record<string, string[]> = {
	busybox: ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
	debian: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
};

export const ls: Tool = (argv: string[], io: CommandIO, ctx: ToolContext): CommandResult => {
	const args = argv.slice(1).filter((a) => !a.startsWith('-'));
	const all = argv.slice(1).some((a) => /^-[a-zA-Z]*a/.test(a));
	let names: string[];
	if (ctx.location.kind === 'host') {
		const dir = args[0];
		if (dir !== undefined && dir !== '.' && dir !== './' && dir !== '/home/player/app') {
			const file = dir.replace(/^\.\//, '');
			if (ctx.world.files[file] !== undefined) return {stdout: `${dir}\n`, stderr: '', exitCode: 0};
			return {stdout: '', stderr: `ls: cannot access '${dir}': No such file or directory\n`, exitCode: 2};
		}
		names = Object.keys(ctx.world.files).filter((n) => !n.includes('/') || true).map((n) => n.split('/')[0]);
		names = [...new Set(names)].filter((n) => all || !n.startsWith('.')).sort((a, b) => a.localeCompare(b, 'en'));
	} else {
		// The container's own files: what its image's Dockerfile put there, and what was written since.
		const dir = args[0] ?? '.';
		const found = containerNode(io, ctx, dir);
		if ('errno' in found) {
			const msg = ctx.flavour === 'busybox' ? `ls: ${dir}: No such file or directory` : `ls: cannot access '${dir}': No such file or directory`;
			return {stdout: '', stderr: `${msg}\n`, exitCode: ctx.flavour === 'busybox' ? 1 : 2};
		}
		if (found.node.kind === 'file') return {stdout: `${dir}\n`, stderr: '', exitCode: 0};
		names = Object.keys(found.node.entries).filter((n) => all || !n.startsWith('.')).sort((a, b) => a.localeCompare(b, 'en'));
		if (found.abs === '/' && names.length === 0) names = ROOT[ctx.flavour === 'busybox' ? 'busybox' : 'debian'];
	}
	if (names.length === 0) return {stdout: '', stderr: '', exitCode: 0};
	return {stdout: stdoutIsTty(io) ? `${names.join('  ')}\n` : names.map((n) => `${n}\n`).join(''), stderr: '', exitCode: 0};
};
