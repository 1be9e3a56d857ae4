// `getent hosts NAME|ADDR` (glibc's on the host and in Debian images; musl-utils' in alpine, a
// port of NetBSD's getent): the C library's own lookup, /etc/hosts first, then DNS, so it shows what
// a program in that container would connect to. glibc's layout and exit codes as measured on the
// host (2026-12-03); musl's layout (`%-16s  %s`) from NetBSD's getent.c, not measured.
import {hostHostsFile, hostsFile, resolveName} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import {containerOf, hostOf, viewpoint} from './common.js';

function hostsText(ctx: ToolContext): string {
	const c = containerOf(ctx);
	return c ? hostsFile(hostOf(ctx), c) : hostHostsFile(hostOf(ctx));
}

/** The first /etc/hosts line with an IPv4 address for `key` (a name on it, or its address). */
function fromHosts(text: string, key: string): {ip: string; names: string[]} | undefined {
	for (const line of text.split('\n')) {
		const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
		if (!ip || names.length === 0 || ip.includes(':')) continue;
		if (ip === key || names.includes(key)) return {ip, names};
	}
	return undefined;
}

// glibc 2.36's (Debian 12), measured; musl-utils' usage line from NetBSD's getent.c.
const GLIBC_HELP = 'Usage: getent [OPTION...] database [key ...]\nGet entries from administrative database.\n\n' +
	'  -A, --no-addrconfig        do not filter out unsupported IPv4/IPv6 addresses\n                             (with ahosts*)\n' +
	'  -i, --no-idn               disable IDN encoding\n  -s, --service=CONFIG       Service configuration to be used\n' +
	'  -?, --help                 Give this help list\n      --usage                Give a short usage message\n' +
	'  -V, --version              Print program version\n\nMandatory or optional arguments to long options are also mandatory or optional\n' +
	'for any corresponding short options.\n\nSupported databases:\nahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups\n' +
	'netgroup networks passwd protocols rpc services shadow\n\nFor bug reporting instructions, please see:\n<http://www.debian.org/Bugs/>.\n';
const MUSL_USAGE = 'Usage: getent [ -s sources ] database [ key ... ]\n';
const USAGE_HINT = "Try `getent --help' or `getent --usage' for more information.\n";

export const getent: Tool = (argv, _io, ctx) => {
	const musl = ctx.libc === 'musl';
	const [db, ...keys] = argv.slice(1);
	if (db === undefined) return musl ? {stdout: '', stderr: MUSL_USAGE, exitCode: 1} : {stdout: USAGE_HINT, stderr: 'getent: wrong number of arguments\n', exitCode: 1};
	if (db === '--help' || db === '-?') return musl ? {stdout: '', stderr: MUSL_USAGE, exitCode: 1} : {stdout: GLIBC_HELP, stderr: '', exitCode: 0};
	if (db !== 'hosts' && db !== 'ahosts' && db !== 'ahostsv4') {
		return {stdout: '', stderr: `netdojo: getent ${db} is not simulated; getent hosts NAME looks a name up as programs do\n`, exitCode: 1};
	}
	// Without a key glibc lists the whole hosts file.
	if (keys.length === 0) return {stdout: hostsText(ctx).split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => `${l.replace(/\s+/, ' ').replace(/^(\S+) /, (_m, ip: string) => musl ? `${ip.padEnd(16)}  ` : `${ip.padEnd(15)} `)}\n`).join(''), stderr: '', exitCode: 0};
	let stdout = '';
	let exitCode = 0;
	const row = (ip: string, names: string[]) => (musl ? `${ip.padEnd(16)}  ${names.join('  ')}\n` : `${ip.padEnd(15)} ${names.join(' ')}\n`);
	for (const key of keys) {
		const local = fromHosts(hostsText(ctx), key);
		if (local) {
			stdout += row(local.ip, local.names);
			continue;
		}
		if (/^\d+\.\d+\.\d+\.\d+$/.test(key)) {
			// A reverse lookup the hosts file cannot answer: nothing here has PTR records.
			exitCode = 2;
			continue;
		}
		const r = resolveName(ctx.world, viewpoint(ctx), key);
		if (r.ips.length === 0) {
			exitCode = 2;
			continue;
		}
		if (db === 'hosts') for (const ip of r.ips) stdout += row(ip, [key]);
		else for (const ip of r.ips) stdout += `${ip.padEnd(15)} STREAM ${key}\n${ip.padEnd(15)} DGRAM  \n${ip.padEnd(15)} RAW    \n`;
	}
	return {stdout, stderr: '', exitCode};
};
