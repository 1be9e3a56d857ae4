// nc (BusyBox) as a client: `nc -zv HOST PORT`, `-w N`, `-u` (UDP), and a plain connection that sends stdin.
import {probe, type ProbeResult} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {responseHeaders, viewpoint} from './common.js';
import {learnFromPacket} from './neigh-learn.js';

interface NcOptions {
	zero: boolean;
	verbose: boolean;
	wait?: number;
	listen: boolean;
	udp: boolean;
	host?: string;
	port?: number;
}

function parseNc(argv: string[]): NcOptions | {error: string} {
	const o: NcOptions = {zero: false, verbose: false, listen: false, udp: false};
	const pos: string[] = [];
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('-') && a.length > 1) {
			for (let j = 1; j < a.length; j++) {
				const ch = a[j];
				if (ch === 'z') o.zero = true;
				else if (ch === 'v') o.verbose = true;
				else if (ch === 'l') o.listen = true;
				else if (ch === 'n') continue;
				else if (ch === 'u') o.udp = true;
				else if (ch === 'w' || ch === 'p' || ch === 'i' || ch === 's' || ch === 'e') {
					const rest = a.slice(j + 1);
					const value = rest !== '' ? rest : argv[++i];
					if (ch === 'w') o.wait = Number(value);
					break;
				} else return {error: `nc: invalid option -- '${ch}'`};
			}
		} else pos.push(a);
	}
	o.host = pos[0];
	if (pos[1] !== undefined) o.port = Number(pos[1]);
	return o;
}

/** Runs the probe nc would make (for `trace`). */
export function ncProbe(argv: string[], ctx: ToolContext): {result: ProbeResult; port: number; target: string} | {error: string} {
	const o = parseNc(argv);
	if ('error' in o) return {error: `${o.error}\n`};
	if (!o.host || o.port === undefined || !Number.isFinite(o.port)) return {error: 'nc: a host and a port are needed\n'};
	return {result: probe(ctx.world, {from: viewpoint(ctx), target: o.host, protocol: o.udp ? 'udp' : 'tcp', port: o.port}), port: o.port, target: o.host};
}

export const nc: Tool = (argv: string[], io: CommandIO, ctx: ToolContext): CommandResult => {
	const o = parseNc(argv);
	if ('error' in o) return {stdout: '', stderr: `${o.error}\n`, exitCode: 1};
	if (o.listen) return {stdout: '', stderr: '', exitCode: 0};
	if (!o.host || o.port === undefined || !Number.isFinite(o.port)) {
		return {stdout: '', stderr: 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n', exitCode: 1};
	}
	const r = probe(ctx.world, {from: viewpoint(ctx), target: o.host, protocol: o.udp ? 'udp' : 'tcp', port: o.port});
	// The packets went out: the ARP caches on the way learnt their next hops.
	learnFromPacket(ctx, r.ip);
	if (r.outcome === 'unresolved') return {stdout: '', stderr: `nc: bad address '${o.host}'\n`, exitCode: 1};
	const where = `${o.host} (${r.ip}:${o.port})`;
	// UDP has no handshake: only an ICMP port unreachable says no; silence looks like open.
	if (o.udp && r.outcome !== 'refused' && r.outcome !== 'unreachable' && r.outcome !== 'not-running') return {stdout: '', stderr: o.verbose ? `${where} open\n` : '', exitCode: 0};
	switch (r.outcome) {
		case 'refused':
			return {stdout: '', stderr: `nc: ${where}: Connection refused\n`, exitCode: 1};
		case 'timeout':
			return {stdout: '', stderr: `nc: ${where}: ${o.wait !== undefined ? 'Operation timed out' : 'Connection timed out'}\n`, exitCode: 1};
		case 'unreachable':
		case 'not-running':
			return {stdout: '', stderr: `nc: ${where}: Network is unreachable\n`, exitCode: 1};
		default:
			break;
	}
	// ok or reset: the TCP handshake succeeded (docker-proxy accepts before it dials the container).
	const verbose = o.verbose ? `${where} open\n` : '';
	if (o.zero) return {stdout: '', stderr: verbose, exitCode: 0};
	if (r.outcome === 'ok' && r.listener?.kind === 'http' && r.listener.body !== undefined && /^(GET|HEAD|POST) /.test(io.stdin)) {
		const headers = responseHeaders(ctx.world, r.listener.program, r.listener.body).map((h) => `${h}\r\n`).join('');
		return {stdout: `${headers}\r\n${io.stdin.startsWith('HEAD') ? '' : r.listener.body}`, stderr: verbose, exitCode: 0};
	}
	if (r.listener?.program === 'redis-server' && /PING/i.test(io.stdin)) return {stdout: '+PONG\r\n', stderr: verbose, exitCode: 0};
	return {stdout: '', stderr: verbose, exitCode: 0};
};
