// hostname: plain, -i (addresses for the hostname, from /etc/hosts) and -I (every address; not in BusyBox).
import {attachments, isNoneMode} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {containerOf, hostOf, inHostNamespace} from './common.js';
import {namespaceAddresses} from './ip.js';

const BB_USAGE = `BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.

Usage: hostname [-sidf] [HOSTNAME | -F FILE]

Show or set hostname or DNS domain name

	-s	Short
	-i	Addresses for the hostname
	-d	DNS domain name
	-f	Fully qualified domain name
	-F FILE	Use FILE's content as hostname
`;

export const hostname: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	const bb = ctx.flavour === 'busybox';
	const c = containerOf(ctx);
	const host = hostOf(ctx);
	const name = c ? (c.networkMode === 'host' ? host.name : c.hostname) : host.name;
	const flag = argv[1];
	if (flag === undefined || flag === '-s' || flag === '-f' || flag === '--short' || flag === '--fqdn') return {stdout: `${name}\n`, stderr: '', exitCode: 0};
	if (flag === '-i' || flag === '--ip-address') {
		if (!c) return {stdout: '127.0.1.1\n', stderr: '', exitCode: 0};
		if (inHostNamespace(ctx)) return {stdout: '127.0.1.1\n', stderr: '', exitCode: 0};
		const first = attachments(host, c)[0];
		if (!first || isNoneMode(host, c)) return {stdout: '', stderr: bb ? `hostname: ${name}: Host name lookup failure\n` : 'hostname: Name or service not known\n', exitCode: 1};
		return {stdout: `${first.endpoint.ip}${bb ? '' : ' '}\n`, stderr: '', exitCode: 0};
	}
	if (flag === '-I' || flag === '--all-ip-addresses') {
		if (bb) return {stdout: '', stderr: `hostname: invalid option -- 'I'\n${BB_USAGE}`, exitCode: 1};
		return {stdout: `${namespaceAddresses(ctx).map((a) => `${a} `).join('')}\n`, stderr: '', exitCode: 0};
	}
	if (flag === '-d' || flag === '--domain') return {stdout: bb ? '' : '\n', stderr: '', exitCode: 0};
	if (flag.startsWith('-')) {
		return bb
			? {stdout: '', stderr: `hostname: invalid option -- '${flag.slice(1, 2)}'\n${BB_USAGE}`, exitCode: 1}
			: {stdout: '', stderr: `hostname: invalid option -- '${flag.slice(1, 2)}'\nTry 'hostname --help' or 'hostname --usage' for more information.\n`, exitCode: 64};
	}
	return {stdout: '', stderr: bb ? 'hostname: sethostname: Operation not permitted\n' : 'hostname: you must be root to change the host name\n', exitCode: 1};
};
