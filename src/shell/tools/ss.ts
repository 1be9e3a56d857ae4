// ss (iproute2): -t -u -l -n -p and combinations (`ss -tlnp`).
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {listeningSockets} from './sockets.js';

const NAMES: Record<number, string> = {22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 3306: 'mysql', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt'};

export const ss: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	const flags = new Set(argv.slice(1).filter((a) => a.startsWith('-') && !a.startsWith('--')).flatMap((a) => a.slice(1).split('')));
	const numeric = flags.has('n');
	const tcp = flags.has('t') || !flags.has('u');
	const udp = flags.has('u');
	const showProc = flags.has('p');
	const sockets = listeningSockets(ctx).filter((s) => (s.protocol === 'tcp' && tcp) || (s.protocol === 'udp' && udp));
	// IPv4 first, then IPv6, each in port order (the kernel's hash order is not reproducible).
	sockets.sort((a, b) => Number(a.address.includes(':')) - Number(b.address.includes(':')) || a.port - b.port);
	const netid = tcp && udp;
	const rows = sockets.map((s) => {
		const v6 = s.address.includes(':');
		const local = v6 ? `[${s.address === '::' ? '::' : s.address}]` : s.address === '0.0.0.0' ? '0.0.0.0' : s.address;
		const peer = v6 ? '[::]' : '0.0.0.0';
		return {
			netid: s.protocol,
			state: s.protocol === 'udp' ? 'UNCONN' : 'LISTEN',
			recv: '0',
			send: String(s.protocol === 'udp' ? 0 : s.backlog),
			local,
			lport: numeric ? String(s.port) : (NAMES[s.port] ?? String(s.port)),
			peer,
			pport: '*',
			proc: showProc && s.program !== 'dockerd' ? `users:(("${s.program}",pid=${s.pid},fd=${s.fd}))` : '',
		};
	});
	const w = (h: string, vals: string[]) => Math.max(h.length, ...vals.map((v) => v.length));
	const wState = w('State', rows.map((r) => r.state));
	const wRecv = w('Recv-Q', rows.map((r) => r.recv));
	const wSend = w('Send-Q', rows.map((r) => r.send));
	const wLocal = Math.max(w('Local Address', rows.map((r) => r.local)), 'Local Address'.length);
	const wLport = w('Port', rows.map((r) => r.lport));
	const wPeer = w('Peer Address', rows.map((r) => r.peer));
	const wPport = w('Port', rows.map((r) => r.pport));
	const head = `${netid ? 'Netid '.padEnd(6) : ''}${'State'.padEnd(wState)} ${'Recv-Q'.padEnd(wRecv)} ${'Send-Q'.padEnd(wSend)} ${'Local Address'.padStart(wLocal)}:${'Port'.padEnd(wLport)} ${'Peer Address'.padStart(wPeer)}:${'Port'.padEnd(wPport)}${showProc ? 'Process' : ''}`;
	const lines = rows.map((r) => `${netid ? r.netid.padEnd(6) : ''}${r.state.padEnd(wState)} ${r.recv.padEnd(wRecv)} ${r.send.padEnd(wSend)} ${r.local.padStart(wLocal)}:${r.lport.padEnd(wLport)} ${r.peer.padStart(wPeer)}:${r.pport.padEnd(wPport)}${r.proc}`.trimEnd());
	return {stdout: [head, ...lines].map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0};
};
