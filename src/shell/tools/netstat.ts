// netstat (BusyBox): -t -u -l -n -p, layout as recorded (`netstat -tln`).
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {listeningSockets} from './sockets.js';

export const netstat: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	const flags = new Set(argv.slice(1).filter((a) => a.startsWith('-')).flatMap((a) => a.slice(1).split('')));
	const tcp = flags.has('t') || !flags.has('u');
	const udp = flags.has('u');
	const showProc = flags.has('p');
	const listening = flags.has('l');
	const sockets = listeningSockets(ctx).filter((s) => (s.protocol === 'tcp' && tcp) || (s.protocol === 'udp' && udp));
	let out = `Active Internet connections (${listening ? 'only servers' : 'w/o servers'})\n`;
	out += `Proto Recv-Q Send-Q Local Address           Foreign Address         State       ${showProc ? 'PID/Program name' : ''}\n`;
	if (!listening) return {stdout: out, stderr: '', exitCode: 0};
	for (const s of sockets) {
		const v6 = s.address.includes(':');
		const local = `${v6 ? (s.address === '::' ? ':::' : `${s.address}:`) : `${s.address}:`}${s.port}`;
		const foreign = v6 ? ':::*' : '0.0.0.0:*';
		const proto = v6 ? `${s.protocol}6` : s.protocol;
		const proc = showProc ? (s.pid > 0 ? `${s.pid}/${s.program}` : '-') : '';
		out += `${proto.padEnd(5)} ${'0'.padStart(6)} ${'0'.padStart(6)} ${local.padEnd(23)} ${foreign.padEnd(23)} ${(s.protocol === 'udp' ? '' : 'LISTEN').padEnd(12)}${proc}\n`;
	}
	return {stdout: out, stderr: '', exitCode: 0};
};
