// `traceroute` (BusyBox's applet in alpine/busybox; Debian's traceroute 2.1 on the host): the hops
// of the sim's own path, never real packets. A container's first hop is its gateway (the host's
// bridge address), the host's is its LAN router; public addresses get made-up but stable ISP
// routers, as many as the far end's TTL says. Layouts as measured (2026-12-03) on two namespaces.
import {probe, type Host, type ProbeResult} from '../../engine/index.js';
import {attachments, gatewayAttachment} from '../../engine/index.js';
import {cidrOf, intToIp, ipToInt, mask} from '../../engine/ip.js';
import type {Tool, ToolContext} from '../context.js';
import {Writer} from '../types.js';
import {hostOf, measure, namespaceOwner, stableHash, viewpoint} from './common.js';
import {hostInterfaces} from './ip.js';
import {lanGateway, learnFromPacket} from './neigh-learn.js';
import {BB_TRACEROUTE_USAGE as BB_USAGE, DEBIAN_TRACEROUTE_HELP as DEBIAN_USAGE} from './traceroute-help.js';


interface Options {
	numeric: boolean;
	maxHops: number;
	queries: number;
	first: number;
	target?: string;
}

function parse(argv: string[], bb: boolean): Options | {usage: true; exitCode: number} | {error: string; exitCode: number} {
	const o: Options = {numeric: false, maxHops: 30, queries: 3, first: 1};
	const args = argv.slice(1);
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--help') return {usage: true, exitCode: 0};
		if (/^-[mqfwpstiz]$/.test(a) || /^--(max-hops|queries|first|wait)=/.test(a)) {
			const [flag, inline] = a.startsWith('--') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
			const v = inline ?? args[++i];
			if (v === undefined) return bb ? {usage: true, exitCode: 1} : {error: `Option \`${flag}' requires an argument\n`, exitCode: 2};
			const n = Number(v);
			if (flag === '-m' || flag === '--max-hops') o.maxHops = n;
			else if (flag === '-q' || flag === '--queries') o.queries = n;
			else if (flag === '-f' || flag === '--first') o.first = n;
			if ((flag === '-m' || flag === '-q' || flag === '-f' || flag.startsWith('--')) && (!Number.isInteger(n) || n < 1 || n > 255)) {
				return bb ? {error: `traceroute: invalid number '${v}'\n`, exitCode: 1} : {error: `Cannot handle \`${flag}' option with arg \`${v}' (argc ${i + 1})\n`, exitCode: 2};
			}
			continue;
		}
		if (/^-[46dFITnreAUDVlv]+$/.test(a)) {
			if (a.includes('n')) o.numeric = true;
			continue;
		}
		if (a.startsWith('-')) return bb ? {error: `traceroute: invalid option -- '${a[1]}'\n${BB_USAGE}`, exitCode: 1} : {error: `Bad option \`${a}' (argc ${i + 1})\n`, exitCode: 2};
		if (o.target === undefined) o.target = a;
	}
	if (o.queries > 10) return bb ? {error: 'traceroute: number 11 is not in 1..10 range\n', exitCode: 1} : {error: 'no more than 10 probes per hop\n', exitCode: 2};
	return o;
}

function within(ip: string, subnet: string | undefined): boolean {
	if (!subnet) return false;
	const c = cidrOf(subnet);
	return ((ipToInt(ip) & mask(c.prefix)) >>> 0) === c.base;
}

/** Routers between the LAN's and a public address: stable made-up public addresses. */
function ispRouters(ip: string, count: number): string[] {
	const out: string[] = [];
	for (let k = 0; k < count; k++) {
		const h = stableHash(`isp:${k < 3 ? 'near' : ip}:${k}`);
		// 100.64/10 (the ISP's carrier-grade NAT) first, then addresses in blocks routers use.
		out.push(k === 0 ? `100.${64 + (h % 64)}.${(h >>> 8) & 255}.1` : intToIp(((62 + (h % 150)) << 24) + ((h >>> 8) & 0xffff00) + 1 + (h >>> 28)));
	}
	return out;
}

/** The addresses that would answer each TTL on the way to `ip` (the last is `ip` itself). */
function path(ctx: ToolContext, host: Host, ip: string, r: ProbeResult): string[] {
	const owner = namespaceOwner(ctx);
	const own = hostInterfaces(host).flatMap((i) => i.inet.map((a) => a.address));
	// The far end's TTL tells how many routers lie between it and the host; the LAN's router is the first.
	const routers = r.remote ? (r.remote.ttl > 64 ? 128 : 64) - r.remote.ttl : 0;
	const far = r.remote ? [lanGateway(host), ...ispRouters(ip, Math.max(0, routers - 1)), ip] : [ip];
	if (!owner || owner.networkMode === 'host') {
		const onBridge = Object.values(host.networks).some((n) => n.device && within(ip, n.ipamConfig?.[0]?.subnet));
		return onBridge || own.includes(ip) || within(ip, `${lanGateway(host)}/24`) ? [ip] : far;
	}
	if (attachments(host, owner).some((a) => within(ip, a.network.ipamConfig?.[0]?.subnet))) return [ip];
	const gw = gatewayAttachment(host, owner)?.endpoint.gateway;
	if (!gw || own.includes(ip)) return [ip];
	return r.remote ? [gw, ...far] : [gw, ip];
}

/** Docker's embedded DNS answers PTR for a container on a user network: NAME.NETWORK. */
function ptr(host: Host, ip: string): string | undefined {
	for (const c of host.containers.values()) {
		for (const s of Object.values(c.networks)) {
			const n = host.networks[s.networkId];
			if (s.endpoint?.ip === ip && n && n.name !== 'bridge') return `${c.name}.${n.name}`;
		}
	}
	return undefined;
}

export const traceroute: Tool = (argv, _io, ctx) => {
	const bb = ctx.flavour === 'busybox';
	const o = parse(argv, bb);
	if ('usage' in o) return bb ? {stdout: '', stderr: BB_USAGE, exitCode: o.exitCode} : {stdout: '', stderr: DEBIAN_USAGE, exitCode: 0};
	if ('error' in o) return {stdout: '', stderr: o.error, exitCode: o.exitCode};
	if (o.target === undefined) return bb ? {stdout: '', stderr: BB_USAGE, exitCode: 1} : {stdout: '', stderr: DEBIAN_USAGE, exitCode: 0};
	const host = hostOf(ctx);
	const r = probe(ctx.world, {from: viewpoint(ctx), target: o.target, protocol: 'icmp'});
	if (r.outcome === 'unresolved') {
		return bb ? {stdout: '', stderr: `traceroute: bad address '${o.target}'\n`, exitCode: 1} : {stdout: '', stderr: `${o.target}: Name or service not known\nCannot handle "host" cmdline arg \`${o.target}' on position 1 (argc 1)\n`, exitCode: 2};
	}
	const ip = r.ip ?? o.target;
	const size = bb ? 46 : 60;
	const head = `traceroute to ${o.target} (${ip}), ${o.maxHops} hops max, ${size} byte packets`;
	if (r.outcome === 'unreachable' || r.outcome === 'not-running') {
		// Debian's prints its header, then the error on a line of its own (as measured).
		return bb ? {stdout: '', stderr: `traceroute: can't connect to remote host (${ip}): Network is unreachable\n`, exitCode: 1} : new Writer().out(head).err('\nconnect: Network is unreachable\n').result(1);
	}
	learnFromPacket(ctx, ip);
	const hops = path(ctx, host, ip, r);
	// A dropped probe: the routers before the drop still answer; the far end never does.
	const answered = r.outcome === 'ok' ? hops : hops.slice(0, -1);
	const w = new Writer().out(`${head}\n`);
	for (let ttl = o.first; ttl <= o.maxHops; ttl++) {
		const at = answered[ttl - 1];
		const n = String(ttl).padStart(2);
		if (at === undefined) {
			w.out(`${n}  ${Array.from({length: o.queries}, () => '*').join(bb ? '  ' : ' ')}\n`);
			continue;
		}
		const name = o.numeric ? at : `${ptr(host, at) ?? at} (${at})`;
		const base = r.remote && ttl > 2 ? Math.floor((r.remote.rttUs * ttl) / hops.length) : 20 + ttl * 15;
		const times = Array.from({length: o.queries}, (_, q) => {
			const us = base + measure(ctx.world, `tr:${ip}:${ttl}:${q}`, 1, r.remote ? 900 : 40);
			return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')} ms`;
		});
		w.out(`${n}  ${name}  ${times.join('  ')}\n`);
		if (ttl >= hops.length) break;
	}
	return w.result(0);
};
