// cat: the sandbox's generated files inside a container, the player's files and /etc on the host.
import {HOST_RESOLV_CONF, hostHostsFile, hostsFile, resolvConf} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {containerOf, hostOf} from './common.js';
import {containerNode} from './container-files.js';

const OS_RELEASE: Record<string, string> = {
	busybox: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
	debian: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
	host: 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="13"\nVERSION="13 (trixie)"\nVERSION_CODENAME=trixie\nDEBIAN_VERSION_FULL=13.1\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
};

/** The text of a file as seen where the tool runs, or undefined when it does not exist. */
export function readFile(ctx: ToolContext, path: string, io: CommandIO = {stdin: '', env: {}}): string | undefined {
	const host = hostOf(ctx);
	const c = containerOf(ctx);
	if (c) {
		if (path === '/etc/hosts') return hostsFile(host, c);
		if (path === '/etc/resolv.conf') return resolvConf(host, c);
		if (path === '/etc/hostname') return `${c.networkMode === 'host' ? host.name : c.hostname}\n`;
		if (path === '/etc/os-release') return OS_RELEASE[ctx.flavour];
		const found = containerNode(io, ctx, path);
		return 'node' in found && found.node.kind === 'file' ? found.node.content : undefined;
	}
	if (path === '/etc/hosts') return hostHostsFile(host);
	if (path === '/etc/resolv.conf') return HOST_RESOLV_CONF;
	if (path === '/etc/hostname') return `${host.name}\n`;
	if (path === '/etc/os-release') return OS_RELEASE.host;
	const rel = path.replace(/^\/home\/player\/app\//, '').replace(/^(\.\/)+/, '');
	return Object.hasOwn(ctx.world.files, rel) ? ctx.world.files[rel] : undefined;
}

export const cat: Tool = (argv: string[], io: CommandIO, ctx: ToolContext): CommandResult => {
	const files = argv.slice(1).filter((a) => a === '-' || !a.startsWith('-'));
	if (files.length === 0) return {stdout: io.stdin, stderr: '', exitCode: 0};
	let stdout = '';
	let stderr = '';
	let exitCode = 0;
	for (const f of files) {
		if (f === '-') {
			stdout += io.stdin;
			continue;
		}
		const text = readFile(ctx, f, io);
		if (text === undefined) {
			stderr += ctx.flavour === 'busybox' ? `cat: can't open '${f}': No such file or directory\n` : `cat: ${f}: No such file or directory\n`;
			exitCode = 1;
		} else stdout += text;
	}
	return {stdout, stderr, exitCode};
};
