// sysctl: procps-ng on the host (the prompt's user is not root), BusyBox in alpine/busybox images.
// Values as a Docker 26 host and its containers have them (measured 2026-12-03): forwarding on,
// bridged traffic through iptables, and in a container the sysctls Docker sets for it (any port
// may be bound without privileges, any group may ping).
import type {Tool, ToolContext} from '../context.js';
import type {CommandResult} from '../types.js';
import {inHostNamespace} from './common.js';

const COMMON: Readonly<Record<string, string>> = {
	'net.ipv4.ip_forward': '1',
	'net.ipv4.conf.all.forwarding': '1',
	'net.ipv4.ip_local_port_range': '32768\t60999',
	'net.ipv6.conf.all.forwarding': '0',
	'net.ipv6.conf.all.disable_ipv6': '0',
	'net.ipv4.conf.all.route_localnet': '0',
	'net.core.somaxconn': '4096',
	'net.bridge.bridge-nf-call-iptables': '1',
	'net.bridge.bridge-nf-call-ip6tables': '1',
	'net.ipv4.tcp_syncookies': '1',
	'net.ipv4.ip_default_ttl': '64',
};

const HOST: Readonly<Record<string, string>> = {...COMMON, 'net.ipv4.ping_group_range': '1\t0', 'net.ipv4.ip_unprivileged_port_start': '1024', 'net.netfilter.nf_conntrack_max': '262144', 'net.ipv4.conf.docker0.route_localnet': '0'};
const CONTAINER: Readonly<Record<string, string>> = {...COMMON, 'net.ipv4.ping_group_range': '0\t2147483647', 'net.ipv4.ip_unprivileged_port_start': '0'};

/** The keys where the tool runs: a host-mode container shares the host's network namespace. */
const tableAt = (ctx: ToolContext): Readonly<Record<string, string>> => (inHostNamespace(ctx) ? HOST : CONTAINER);

/** `/proc/sys/net/ipv4/ip_forward` as `cat` reads it where the tool runs, or undefined. */
export function procSysFile(ctx: ToolContext, path: string): string | undefined {
	if (!path.startsWith('/proc/sys/')) return undefined;
	const table = tableAt(ctx);
	const key = path.slice('/proc/sys/'.length).replaceAll('/', '.');
	return Object.hasOwn(table, key) ? `${table[key]}\n` : undefined;
}

// procps-ng 4's usage (measured on Debian 13): on stderr with exit 1 for a bare `sysctl`, on
// stdout with exit 0 after an unknown option.
const PROCPS_USAGE = [
	'',
	'Usage:',
	' sysctl [options] [variable[=value] ...]',
	'',
	'Options:',
	'  -a, --all            display all variables',
	'  -A                   alias of -a',
	'  -X                   alias of -a',
	'      --deprecated     include deprecated parameters to listing',
	'      --dry-run        Print the key and values but do not write',
	'  -b, --binary         print value without new line',
	'  -e, --ignore         ignore unknown variables errors',
	'  -N, --names          print variable names without values',
	'  -n, --values         print only values of the given variable(s)',
	'  -p, --load[=<file>]  read values from file',
	'  -f                   alias of -p',
	'      --system         read values from all system directories',
	'  -r, --pattern <expression>',
	'                       select setting that match expression',
	'  -q, --quiet          do not echo variable set',
	'  -w, --write          enable writing a value to variable',
	'  -o                   does nothing',
	'  -x                   does nothing',
	'  -d                   alias of -h',
	'',
	' -h, --help     display this help and exit',
	' -V, --version  output version information and exit',
	'',
	'For more details see sysctl(8).',
	'',
].join('\n');

const NO_VARIABLES = "sysctl: no variables specified\nTry `sysctl --help' for more information.\n";
const BB_USAGE = 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: sysctl [-enq] { -a | -p [FILE]... | [-w] [KEY[=VALUE]]... }\n';

export const sysctl: Tool = (argv, _io, ctx: ToolContext): CommandResult => {
	const bb = ctx.flavour === 'busybox';
	const table = tableAt(ctx);
	let valuesOnly = false;
	let write = false;
	const names: string[] = [];
	for (const a of argv.slice(1)) {
		if (a === '-n' || a === '--values') valuesOnly = true;
		else if (a === '-w' || a === '--write') write = true;
		else if (a === '-a' || a === '-A' || a === '-X' || a === '--all') names.push(...Object.keys(table).sort());
		else if (a === '-e' || a === '-q' || a === '--ignore' || a === '--quiet') continue;
		else if (a.startsWith('-')) {
			const bad = `sysctl: invalid option -- '${a.slice(1, 2)}'\n`;
			return bb ? {stdout: '', stderr: bad + BB_USAGE, exitCode: 1} : {stdout: PROCPS_USAGE, stderr: bad, exitCode: 0};
		} else names.push(a);
	}
	if (names.length === 0) {
		// Measured: BusyBox says nothing; procps prints its usage for a bare call, a reason otherwise.
		if (bb) return {stdout: '', stderr: '', exitCode: 0};
		return {stdout: '', stderr: argv.length === 1 ? PROCPS_USAGE : NO_VARIABLES, exitCode: 1};
	}
	let stdout = '';
	let stderr = '';
	let failed = false;
	for (const raw of names) {
		const eq = raw.indexOf('=');
		const key = (eq === -1 ? raw : raw.slice(0, eq)).replaceAll('/', '.');
		if (write || eq !== -1) {
			failed = true;
			if (!Object.hasOwn(table, key)) stderr += bb ? `sysctl: error: '${key.replaceAll('.', '/')}' is an unknown key\n` : `sysctl: cannot stat /proc/sys/${key.replaceAll('.', '/')}: No such file or directory\n`;
			// A container's /proc/sys is mounted read-only; on the host the prompt's user is not root.
			else stderr += bb || ctx.location.kind === 'container' ? `sysctl: error setting key '${key}': Read-only file system\n` : `sysctl: permission denied on key "${key}"\n`;
			continue;
		}
		if (!Object.hasOwn(table, key)) {
			failed = true;
			stderr += bb ? `sysctl: error: '${key.replaceAll('.', '/')}' is an unknown key\n` : `sysctl: cannot stat /proc/sys/${key.replaceAll('.', '/')}: No such file or directory\n`;
			continue;
		}
		stdout += valuesOnly ? `${table[key]}\n` : `${key} = ${table[key]}\n`;
	}
	return {stdout, stderr, exitCode: failed ? 1 : 0};
};
