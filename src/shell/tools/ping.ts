// ping: BusyBox layout in alpine/busybox images, iputils on the host and in Debian images.
// Whether echo requests are answered comes from probe; round-trip times are deterministic.
import {probe, type ProbeResult} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {measure, viewpoint} from './common.js';
import {learnFromPacket} from './neigh-learn.js';

interface PingOptions {
	count: number;
	quiet: boolean;
	deadline?: number;
	target?: string;
}

/** Without -c a real ping runs until Ctrl-C; the game behaves as if it were stopped after 4. */
const DEFAULT_COUNT = 4;

/** More replies than this are not printed: the game stops ping there as Ctrl+C would. */
export const MAX_REPLIES = 100;

const LONG_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

/**
 * A count or deadline as each ping reads it: iputils' strtol_or_err ("invalid argument"),
 * BusyBox's xatoi_positive ("invalid number", a 0..INT_MAX range). Returns the value or the error text.
 */
function parseNumber(value: string, flavour: string, min: number): number | string {
	if (flavour === 'busybox') {
		if (!/^\d+$/.test(value)) return `ping: invalid number '${value}'`;
		if (value.length > 10 || Number(value) > INT_MAX) return `ping: number ${value} is not in 0..${INT_MAX} range`;
		return Number(value);
	}
	const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(value);
	if (!m) return `ping: invalid argument: '${value}'`;
	const n = BigInt(m[1]);
	if (n > LONG_MAX || n < -LONG_MAX - 1n) return `ping: invalid argument: '${value}': Numerical result out of range`;
	const max = min === 1 ? LONG_MAX : BigInt(INT_MAX);
	if (n < BigInt(min) || n > max) return `ping: invalid argument: '${value}': out of range: ${min} <= value <= ${max}`;
	return Number(n);
}

function parsePing(argv: string[], flavour: string): PingOptions | {error: string; exitCode: number} {
	const o: PingOptions = {count: DEFAULT_COUNT, quiet: false};
	let counted = false;
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('-') && a.length > 1) {
			for (let j = 1; j < a.length; j++) {
				const ch = a[j];
				if ('cWwsitIiQlp'.includes(ch)) {
					const rest = a.slice(j + 1);
					const value = rest !== '' ? rest : argv[++i];
					if (value === undefined) return flavour === 'busybox' ? {error: `ping: option requires an argument -- '${ch}'`, exitCode: 1} : {error: `ping: option requires an argument -- '${ch}'`, exitCode: 2};
					if (ch === 'c' || ch === 'w') {
						const n = parseNumber(value, flavour, ch === 'c' ? 1 : 0);
						if (typeof n === 'string') return {error: n, exitCode: 1};
						if (ch === 'c') {
							// BusyBox reads -c 0 as "no count": it pings until interrupted.
							o.count = n === 0 ? DEFAULT_COUNT : n;
							counted = n !== 0;
						} else o.deadline = n;
					}
					break;
				}
				if (ch === 'q') o.quiet = true;
				else if ('4nvODR'.includes(ch)) continue;
				else return {error: `ping: invalid option -- '${ch}'`, exitCode: flavour === 'busybox' ? 1 : 2};
			}
		} else o.target = a;
	}
	if (!counted && o.deadline !== undefined) o.count = Math.max(1, Math.min(DEFAULT_COUNT, o.deadline));
	return o;
}

/** What the game adds when it stopped a long ping itself (stderr, after ping's own statistics). */
const capNote = (count: number): string => `netdojo: ping stopped after ${MAX_REPLIES} of ${count} packets, as Ctrl+C would stop it\n`;

/** Round-trip times in microseconds, one per packet: a server on the internet is milliseconds away. */
function rtts(ctx: ToolContext, ip: string, count: number, r: ProbeResult): number[] {
	const out: number[] = [];
	const loopback = ip.startsWith('127.') || ip === '::1';
	const far = r.remote?.rttUs;
	for (let i = 0; i < count; i++) out.push(far ? measure(ctx.world, `ping:${ip}:${i}`, Math.floor(far * 0.95), Math.ceil(far * 1.1)) : measure(ctx.world, `ping:${ip}:${i}`, loopback ? 25 : 45, loopback ? 90 : 320));
	return out;
}

/**
 * The TTL replies arrive with: 64 from Linux next door; from the internet what the far side sent
 * minus the routers between, one more when the host forwarded it on into a container's namespace.
 */
function replyTtl(ctx: ToolContext, r: ProbeResult): number {
	if (!r.remote) return 64;
	const loc = ctx.location;
	if (loc.kind !== 'container') return r.remote.ttl;
	const c = ctx.world.hosts[loc.host]?.containers.get(loc.id);
	return c && c.networkMode !== 'host' ? r.remote.ttl - 1 : r.remote.ttl;
}

const ms3 = (us: number) => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;

function busybox(o: PingOptions, r: ProbeResult, ctx: ToolContext): CommandResult {
	const target = o.target!;
	if (r.outcome === 'unresolved') return {stdout: '', stderr: `ping: bad address '${target}'\n`, exitCode: 1};
	const ip = r.ip ?? target;
	let out = `PING ${target} (${ip}): 56 data bytes\n`;
	if (r.outcome === 'unreachable' || r.outcome === 'not-running') return {stdout: out, stderr: 'ping: sendto: Network is unreachable\n', exitCode: 1};
	const answered = r.outcome === 'ok';
	const capped = o.count > MAX_REPLIES;
	const sent = Math.min(o.count, MAX_REPLIES);
	const times = answered ? rtts(ctx, ip, sent, r) : [];
	if (!o.quiet) times.forEach((t, seq) => (out += `64 bytes from ${ip}: seq=${seq} ttl=${replyTtl(ctx, r)} time=${ms3(t)} ms\n`));
	out += `${capped ? '^C' : ''}\n--- ${target} ping statistics ---\n`;
	out += `${sent} packets transmitted, ${times.length} packets received, ${answered ? 0 : 100}% packet loss\n`;
	if (answered && times.length > 0) {
		const sum = times.reduce((a, b) => a + b, 0);
		out += `round-trip min/avg/max = ${ms3(Math.min(...times))}/${ms3(Math.floor(sum / times.length))}/${ms3(Math.max(...times))} ms\n`;
	}
	return {stdout: out, stderr: capped ? capNote(o.count) : '', exitCode: answered ? 0 : 1};
}

function iputils(o: PingOptions, r: ProbeResult, ctx: ToolContext): CommandResult {
	const target = o.target!;
	if (r.outcome === 'unresolved') return {stdout: '', stderr: `ping: ${target}: ${r.resolution?.failure === 'no-server' ? 'Temporary failure in name resolution' : 'Name or service not known'}\n`, exitCode: 2};
	if (r.outcome === 'unreachable' || r.outcome === 'not-running') return {stdout: '', stderr: 'ping: connect: Network is unreachable\n', exitCode: 2};
	const ip = r.ip ?? target;
	const named = target !== ip;
	let out = `PING ${target} (${ip}) 56(84) bytes of data.\n`;
	const answered = r.outcome === 'ok';
	const capped = o.count > MAX_REPLIES;
	const sent = Math.min(o.count, MAX_REPLIES);
	const times = answered ? rtts(ctx, ip, sent, r) : [];
	const fmt = (us: number) => (us < 1000 ? ms3(us) : us < 10000 ? (us / 1000).toFixed(2) : (us / 1000).toFixed(1));
	if (!o.quiet) times.forEach((t, seq) => (out += `64 bytes from ${named ? `${target} (${ip})` : ip}: icmp_seq=${seq + 1} ttl=${replyTtl(ctx, r)} time=${fmt(t)} ms\n`));
	const elapsed = sent <= 1 ? 0 : (sent - 1) * 1000 + measure(ctx.world, `ping-time:${ip}`, answered ? 1 : 20, answered ? 60 : 90);
	out += `${capped ? '^C' : ''}\n--- ${target} ping statistics ---\n`;
	out += `${sent} packets transmitted, ${times.length} received, ${answered ? 0 : 100}% packet loss, time ${elapsed}ms\n`;
	if (answered && times.length > 0) {
		const n = times.length;
		const avg = times.reduce((a, b) => a + b, 0) / n;
		const mdev = Math.round(Math.sqrt(Math.max(0, times.reduce((a, b) => a + b * b, 0) / n - avg * avg)));
		out += `rtt min/avg/max/mdev = ${ms3(Math.min(...times))}/${ms3(Math.floor(avg))}/${ms3(Math.max(...times))}/${ms3(mdev)} ms\n`;
	} else out += '\n';
	return {stdout: out, stderr: capped ? capNote(o.count) : '', exitCode: answered ? 0 : 1};
}

/** Runs the probe ping would make (for `trace`). */
export function pingProbe(argv: string[], ctx: ToolContext): {result: ProbeResult; target: string} | {error: string} {
	const o = parsePing(argv, ctx.flavour);
	if ('error' in o) return {error: `${o.error}\n`};
	if (!o.target) return {error: 'ping: usage error: Destination address required\n'};
	return {result: probe(ctx.world, {from: viewpoint(ctx), target: o.target, protocol: 'icmp'}), target: o.target};
}

export const ping: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	const bb = ctx.flavour === 'busybox';
	const o = parsePing(argv, ctx.flavour);
	if ('error' in o) return {stdout: '', stderr: `${o.error}\n`, exitCode: o.exitCode};
	if (!o.target) {
		return bb
			? {stdout: '', stderr: 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n\nSend ICMP ECHO_REQUESTs to HOST\n', exitCode: 1}
			: {stdout: '', stderr: 'ping: usage error: Destination address required\n', exitCode: 1};
	}
	const r = probe(ctx.world, {from: viewpoint(ctx), target: o.target, protocol: 'icmp'});
	// The packets went out: the ARP caches on the way learnt their next hops.
	learnFromPacket(ctx, r.ip);
	return bb ? busybox(o, r, ctx) : iputils(o, r, ctx);
};
