// cat: the sandbox's generated files inside a container; on the host its file system, with the
// generated /etc files (hosts, resolv.conf, hostname, os-release) laid over it.
import {HOST_RESOLV_CONF, hostHostsFile, hostsFile, resolvConf, vfs} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {containerOf, hostOf} from './common.js';
import {machineFs} from './machine-fs.js';
import {procSysFile} from './sysctl.js';
import {sysClassNetFile} from './sys-class-net.js';

const OS_RELEASE: Record<string, string> = {
	busybox: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
	debian: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
	host: 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\n' +
		'VERSION_ID="13"\nVERSION="13 (trixie)"\nVERSION_CODENAME=trixie\n' +
		'DEBIAN_VERSION_FULL=13.1\nID=debian\nHOME_URL="https://www.debian.org/"\n' +
		'SUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
};

/** A generated file of the machine (not kept in its file system: derived from the network state). */
function generated(ctx: ToolContext, path: string): string | undefined {
	const sys = procSysFile(ctx, path) ?? sysClassNetFile(ctx, path);
	if (sys !== undefined) return sys;
	const host = hostOf(ctx);
	const c = containerOf(ctx);
	if (c) {
		if (path === '/etc/hosts') return hostsFile(host, c);
		if (path === '/etc/resolv.conf') return resolvConf(host, c);
		if (path === '/etc/hostname') return `${c.networkMode === 'host' ? host.name : c.hostname}\n`;
		if (path === '/etc/os-release') return OS_RELEASE[ctx.flavour];
		return undefined;
	}
	if (path === '/etc/hosts') return hostHostsFile(host);
	if (path === '/etc/resolv.conf') return HOST_RESOLV_CONF;
	if (path === '/etc/hostname') return `${host.name}\n`;
	if (path === '/etc/os-release') return OS_RELEASE.host;
	return undefined;
}

/** A file's text where the tool runs, or the errno why it cannot be read. */
export function readText(ctx: ToolContext, path: string): {text: string} | {errno: vfs.Errno} {
	const fs = machineFs(ctx);
	const abs = fs ? fs.abs(path) : path;
	const gen = generated(ctx, vfs.normalize(abs.startsWith('/') ? abs : `/${abs}`));
	if (gen !== undefined) return {text: gen};
	if (!fs) return {errno: 'ENOENT'};
	const r = vfs.readFile(fs.root, abs, fs.cred);
	return r.ok ? {text: r.value} : {errno: r.errno};
}

/** The text of a file as seen where the tool runs, or undefined when it cannot be read. */
export function readFile(ctx: ToolContext, path: string): string | undefined {
	const r = readText(ctx, path);
	return 'text' in r ? r.text : undefined;
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
		const r = readText(ctx, f);
		if ('errno' in r) {
			stderr += ctx.flavour === 'busybox' ? `cat: can't open '${f}': ${vfs.strerror(r.errno)}\n` : `cat: ${f}: ${vfs.strerror(r.errno)}\n`;
			exitCode = 1;
		} else stdout += r.text;
	}
	return {stdout, stderr, exitCode};
};
