// `ip addr|link|route`: BusyBox's applet in alpine/busybox images (layout as recorded), iproute2
// on the host and in Debian images. Interfaces are derived from the engine's endpoints and bridges.
import type {Host} from '../../engine/index.js';
import {attachments, capabilitiesOf, driverOf, gatewayAttachment, gwBridgeInterface, sandboxOwner} from '../../engine/index.js';
import {cidrOf, intToIp, ipToInt, mask} from '../../engine/ip.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {hostOf, namespaceOwner, stableHash} from './common.js';
import {ipNeigh} from './ip-neigh.js';

export interface Iface {
	readonly index: number;
	readonly name: string;
	/** `@ifN` suffix (veth peers). */
	readonly peer?: number;
	/** `@NAME` suffix: the link this one hangs off (an 802.1q sub-interface `eth0.10@eth0`). */
	readonly link?: string;
	readonly flags: string;
	readonly mtu: number;
	readonly qdisc: string;
	readonly state: 'UP' | 'DOWN' | 'UNKNOWN';
	readonly master?: string;
	readonly qlen?: number;
	readonly linkType: 'loopback' | 'ether';
	readonly mac: string;
	readonly netnsid?: number;
	/** `global secondary`: a further address in the subnet of one already on the interface. */
	readonly inet: {address: string; prefix: number; brd?: string; scope: 'host' | 'global' | 'global secondary'}[];
	readonly inet6: boolean;
	readonly altname?: string;
}

function broadcast(ip: string, prefix: number): string {
	return intToIp((ipToInt(ip) | (~mask(prefix) >>> 0)) >>> 0);
}

function pseudoMac(seed: string, docker: boolean): string {
	const h1 = stableHash(`mac1:${seed}`);
	const h2 = stableHash(`mac2:${seed}`);
	const bytes = docker ? [0x02, 0x42, h1 & 255, (h1 >>> 8) & 255, (h1 >>> 16) & 255, h2 & 255] : [((h1 >>> 24) & 0xfc) | 0x02, h1 & 255, (h1 >>> 8) & 255, (h1 >>> 16) & 255, h2 & 255, (h2 >>> 8) & 255];
	return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

const LO: Iface = {index: 1, name: 'lo', flags: 'LOOPBACK,UP,LOWER_UP', mtu: 65536, qdisc: 'noqueue', state: 'UNKNOWN', qlen: 1000, linkType: 'loopback', mac: '00:00:00:00:00:00', inet: [{address: '127.0.0.1', prefix: 8, scope: 'host'}], inet6: true};

/** The host's interfaces: lo, eth0, one bridge per bridge network, one veth per live endpoint. */
export function hostInterfaces(host: Host): Iface[] {
	const out: Iface[] = [LO];
	const lan = host.lanIp;
	out.push({
		index: 2,
		name: 'eth0',
		flags: 'BROADCAST,MULTICAST,UP,LOWER_UP',
		mtu: 1500,
		qdisc: 'fq_codel',
		state: 'UP',
		qlen: 1000,
		linkType: 'ether',
		mac: pseudoMac(`eth0:${host.name}`, false),
		inet: [{address: lan, prefix: 24, brd: broadcast(lan, 24), scope: 'global'}, ...(host.secondaryLanIps ?? []).map((ip) => ({address: ip, prefix: 24, brd: broadcast(ip, 24), scope: broadcast(ip, 24) === broadcast(lan, 24) ? ('global secondary' as const) : ('global' as const)}))],
		inet6: false,
		altname: 'enp0s3',
	});
	const running = host.containers.values().filter((c) => c.status === 'running').sort((a, b) => a.startedAt - b.startedAt || a.created - b.created);
	const nsid = new Map<string, number>();
	for (const c of running) if (Object.values(c.networks).some((s) => s.endpoint)) nsid.set(c.id, nsid.size);
	for (const n of Object.values(host.networks)) {
		if (!capabilitiesOf(n).bridgeDevice || !n.device) continue;
		const cfg = n.ipamConfig?.[0];
		const used = running.some((c) => c.networks[n.id]?.endpoint);
		out.push({
			index: n.ifindex ?? 3,
			name: n.device,
			flags: used ? 'BROADCAST,MULTICAST,UP,LOWER_UP' : 'NO-CARRIER,BROADCAST,MULTICAST,UP',
			mtu: 1500,
			qdisc: 'noqueue',
			state: used ? 'UP' : 'DOWN',
			linkType: 'ether',
			mac: pseudoMac(`bridge:${n.id}`, true),
			inet: cfg?.gateway ? [{address: cfg.gateway, prefix: cidrOf(cfg.subnet).prefix, brd: broadcast(cfg.gateway, cidrOf(cfg.subnet).prefix), scope: 'global'}] : [],
			inet6: false,
		});
	}
	for (const c of running) {
		for (const s of Object.values(c.networks)) {
			const ep = s.endpoint;
			const n = host.networks[s.networkId];
			if (!ep || !n?.device) continue;
			out.push({index: ep.vethIndex, name: ep.vethName, peer: ep.peerIndex, flags: 'BROADCAST,MULTICAST,UP,LOWER_UP', mtu: 1500, qdisc: 'noqueue', state: 'UP', master: n.device, linkType: 'ether', mac: pseudoMac(`veth:${ep.vethName}`, false), netnsid: nsid.get(c.id), inet: [], inet6: false});
		}
	}
	// Links a driver made for a network (macvlan's `eth0.10`): a VLAN sub-interface has its parent's MAC.
	for (const n of Object.values(host.networks)) {
		for (const l of driverOf(n).hostLinks?.(host, n) ?? []) {
			const parent = out.find((i) => i.name === l.parent);
			out.push({index: l.index, name: l.name, link: l.parent, flags: 'BROADCAST,MULTICAST,UP,LOWER_UP', mtu: 1500, qdisc: 'noqueue', state: 'UP', qlen: 1000, linkType: 'ether', mac: parent?.mac ?? pseudoMac(`link:${l.name}`, false), inet: [], inet6: false});
		}
	}
	return out.sort((a, b) => a.index - b.index);
}

/** A container's interfaces: lo, then eth0, eth1, ... (none mode: lo only). */
export function containerInterfaces(ctx: ToolContext): Iface[] {
	const host = hostOf(ctx);
	const owner = namespaceOwner(ctx)!;
	const out: Iface[] = [LO];
	const list = attachments(host, owner);
	for (const a of list) {
		const ep = a.endpoint;
		// The driver's MTU: VXLAN's 50-byte header comes off an overlay interface's.
		const mtu = capabilitiesOf(a.network).mtu;
		out.push({
			index: ep.peerIndex,
			name: ep.ifname,
			peer: ep.vethIndex,
			flags: 'BROADCAST,MULTICAST,UP,LOWER_UP',
			mtu,
			qdisc: 'noqueue',
			state: 'UP',
			linkType: 'ether',
			// An ipvlan child has no MAC of its own: it uses its parent's (the host's eth0).
			mac: ep.mac || pseudoMac(`eth0:${host.name}`, false),
			netnsid: 0,
			inet: [{address: ep.ip, prefix: ep.prefixLen, brd: broadcast(ep.ip, ep.prefixLen), scope: 'global'}],
			inet6: false,
		});
	}
	// An overlay-only container also has an interface on docker_gwbridge, its way out.
	const gw = gwBridgeInterface(host, owner);
	if (gw) {
		const last = out[out.length - 1];
		const index = (last.peer ?? last.index) + 1;
		out.push({
			index,
			name: `eth${list.length}`,
			peer: index + 1,
			flags: 'BROADCAST,MULTICAST,UP,LOWER_UP',
			mtu: 1500,
			qdisc: 'noqueue',
			state: 'UP',
			linkType: 'ether',
			mac: gw.mac,
			netnsid: 0,
			inet: [{address: gw.ip, prefix: gw.prefixLen, brd: broadcast(gw.ip, gw.prefixLen), scope: 'global'}],
			inet6: false,
		});
	}
	return out;
}

/** `eth0@if7` for a veth, `eth0.10@eth0` for a sub-interface, else the name. */
function displayName(i: Iface): string {
	return i.peer !== undefined ? `${i.name}@if${i.peer}` : i.link ? `${i.name}@${i.link}` : i.name;
}

function busyboxAddr(ifs: Iface[], withAddr: boolean, only4: boolean): string {
	let out = '';
	for (const i of ifs) {
		if (only4 && i.inet.length === 0) continue;
		const name = displayName(i);
		const flags = i.linkType === 'loopback' ? i.flags : `${i.flags}${i.name.startsWith('eth') && i.peer !== undefined ? ',M-DOWN' : ''}`;
		out += `${i.index}: ${name}: <${flags}> mtu ${i.mtu} qdisc ${i.qdisc} ${i.master ? `master ${i.master} ` : ''}${i.linkType === 'loopback' ? `qlen ${i.qlen}` : i.qlen ? `qlen ${i.qlen}` : ''}\n`;
		if (!only4) out += `    link/${i.linkType} ${i.mac} brd ${i.linkType === 'loopback' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'}\n`;
		if (!withAddr) continue;
		for (const a of i.inet) out += `    inet ${a.address}/${a.prefix} ${a.brd ? `brd ${a.brd} ` : ''}scope ${a.scope} ${i.name}\n       valid_lft forever preferred_lft forever\n`;
		if (i.inet6 && !only4) out += '    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n';
	}
	return out;
}

function iprouteAddr(ifs: Iface[], withAddr: boolean, only4: boolean, link = false): string {
	let out = '';
	for (const i of ifs) {
		if (only4 && i.inet.length === 0) continue;
		const name = displayName(i);
		out += `${i.index}: ${name}: <${i.flags}> mtu ${i.mtu} qdisc ${i.qdisc} ${i.master ? `master ${i.master} ` : ''}state ${i.state} ${link ? 'mode DEFAULT ' : ''}group default ${i.qlen ? `qlen ${i.qlen}` : ''}\n`;
		if (!only4) {
			out += `    link/${i.linkType} ${i.mac} brd ${i.linkType === 'loopback' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'}${i.netnsid !== undefined ? ` link-netnsid ${i.netnsid}` : ''}\n`;
			if (i.altname) out += `    altname ${i.altname}\n`;
		}
		if (!withAddr) continue;
		for (const a of i.inet) out += `    inet ${a.address}/${a.prefix} ${a.brd ? `brd ${a.brd} ` : ''}scope ${a.scope} ${i.name}\n       valid_lft forever preferred_lft forever\n`;
		if (i.inet6 && !only4) out += '    inet6 ::1/128 scope host noprefixroute \n       valid_lft forever preferred_lft forever\n';
	}
	return out;
}

function brief(ifs: Iface[], withAddr: boolean): string {
	return ifs
		.map((i) => {
			const name = displayName(i);
			if (!withAddr) return `${name.padEnd(16)} ${i.state.padEnd(14)} ${i.mac} <${i.flags}> \n`;
			const addrs = [...i.inet.map((a) => `${a.address}/${a.prefix}`), ...(i.inet6 ? ['::1/128'] : [])];
			return `${name.padEnd(16)} ${i.state.padEnd(14)} ${addrs.map((a) => `${a} `).join('')}\n`;
		})
		.join('');
}

function routes(ctx: ToolContext, iproute2: boolean): string {
	const host = hostOf(ctx);
	const owner = namespaceOwner(ctx);
	if (!owner || owner.networkMode === 'host') {
		const lines = [`default via ${host.lanIp.replace(/\.\d+$/, '.1')} dev eth0 `];
		const nets: {base: number; line: string}[] = [];
		for (const i of hostInterfaces(host)) {
			if (i.name === 'lo' || i.peer !== undefined) continue;
			for (const a of i.inet) {
				const c = cidrOf(`${intToIp((ipToInt(a.address) & mask(a.prefix)) >>> 0)}/${a.prefix}`);
				nets.push({base: c.base, line: `${intToIp(c.base)}/${a.prefix} dev ${i.name} proto kernel scope link src ${a.address} ${i.state === 'DOWN' ? 'linkdown ' : ''}`});
			}
		}
		nets.sort((a, b) => a.base - b.base);
		return [...lines, ...nets.map((n) => n.line)].map((l) => `${l}\n`).join('');
	}
	const all = attachments(host, owner);
	const gw = gatewayAttachment(host, owner);
	const viaGwBridge = gw ? undefined : gwBridgeInterface(host, owner);
	const gwBridgeDev = `eth${all.length}`;
	const out: string[] = [];
	if (gw) out.push(`default via ${gw.endpoint.gateway} dev ${gw.endpoint.ifname} `);
	else if (viaGwBridge) out.push(`default via ${viaGwBridge.gateway} dev ${gwBridgeDev} `);
	const link = (subnet: string, dev: string, src: string) => (iproute2 ? `${subnet} dev ${dev} proto kernel scope link src ${src} ` : `${subnet} dev ${dev} scope link  src ${src} `);
	for (const a of all) out.push(link(a.network.ipamConfig?.[0]?.subnet ?? '', a.endpoint.ifname, a.endpoint.ip));
	if (viaGwBridge) out.push(link(viaGwBridge.network.ipamConfig?.[0]?.subnet ?? '', gwBridgeDev, viaGwBridge.ip));
	return out.map((l) => `${l}\n`).join('');
}

const BB_USAGE = 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n\nOPTIONS := -f[amily] inet|inet6|link | -o[neline]\n';

export const ip: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	const bb = ctx.flavour === 'busybox';
	let only4 = false;
	let br = false;
	const args: string[] = [];
	for (const a of argv.slice(1)) {
		if (a === '-4') only4 = true;
		else if (a === '-br' || a === '-brief' || a === '--brief') {
			if (bb) return {stdout: '', stderr: `ip: invalid option -- 'b'\n${BB_USAGE}`, exitCode: 1};
			br = true;
		} else if (a === '-6') {
			return {stdout: '', stderr: '', exitCode: 0};
		} else if (a.startsWith('-')) {
			// -c, -d, -s ... accepted
		} else args.push(a);
	}
	const [object = '', verb = '', ...rest] = args;
	const owner = namespaceOwner(ctx);
	const ifs = !owner || owner.networkMode === 'host' ? hostInterfaces(hostOf(ctx)) : containerInterfaces(ctx);
	const objects: Record<string, 'addr' | 'link' | 'route'> = {a: 'addr', ad: 'addr', add: 'addr', addr: 'addr', addre: 'addr', addres: 'addr', address: 'addr', l: 'link', li: 'link', lin: 'link', link: 'link', r: 'route', ro: 'route', rou: 'route', rout: 'route', route: 'route'};
	if (/^n(e(i(gh?(bou?r)?)?)?)?$/.test(object)) return ipNeigh([verb, ...rest].filter((w) => w !== ''), ctx, bb, (d) => ifs.some((i) => i.name === d));
	const kind = objects[object];
	if (!kind) {
		if (object === '') return {stdout: '', stderr: bb ? BB_USAGE : 'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n', exitCode: bb ? 1 : 255};
		return {stdout: '', stderr: bb ? `ip: unknown command or object '${object}'\n` : `Object "${object}" is unknown, try "ip help".\n`, exitCode: bb ? 1 : 255};
	}
	if (kind === 'route') {
		if (verb !== '' && !['show', 'list', 'ls', 'sh', 'l'].includes(verb)) return {stdout: '', stderr: bb ? 'ip: RTNETLINK answers: Operation not permitted\n' : 'RTNETLINK answers: Operation not permitted\n', exitCode: bb ? 1 : 2};
		return {stdout: routes(ctx, !bb), stderr: '', exitCode: 0};
	}
	let shown = ifs;
	if (verb !== '' && !['show', 'list', 'ls', 'sh', 'l', 's'].includes(verb)) {
		return {stdout: '', stderr: bb ? 'ip: RTNETLINK answers: Operation not permitted\n' : 'RTNETLINK answers: Operation not permitted\n', exitCode: bb ? 1 : 2};
	}
	const picked = selectLinks(ifs, rest, bb);
	if ('error' in picked) return {stdout: '', stderr: picked.error, exitCode: picked.exitCode};
	shown = picked.ifs;
	if (br) return {stdout: brief(shown, kind === 'addr'), stderr: '', exitCode: 0};
	const text = bb ? busyboxAddr(shown, kind === 'addr', only4 && kind === 'addr') : iprouteAddr(shown, kind === 'addr', only4 && kind === 'addr', kind === 'link');
	return {stdout: text, stderr: '', exitCode: 0};
};

/** The kind of link an interface is (`ip link show type ...`). */
function linkKind(i: Iface, bridges: ReadonlySet<string>): string {
	if (bridges.has(i.name)) return 'bridge';
	if (i.peer !== undefined) return 'veth';
	return '';
}

/**
 * `ip link show [dev] NAME | type KIND | master BRIDGE | up`, as iproute2 combines them. BusyBox's
 * applet knows only a device name and `up`.
 */
function selectLinks(ifs: Iface[], words: string[], bb: boolean): {ifs: Iface[]} | {error: string; exitCode: number} {
	const bridges = new Set(ifs.filter((i) => i.master).map((i) => i.master!));
	for (const i of ifs) if (/^(docker0|br-[0-9a-f]{12}|docker_gwbridge)$/.test(i.name)) bridges.add(i.name);
	let shown = ifs;
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		if (w === 'up') {
			shown = shown.filter((i) => i.state !== 'DOWN');
			continue;
		}
		if (!bb && (w === 'type' || w === 'master')) {
			const value = words[++k];
			if (value === undefined) return {error: 'Command line is not complete. Try option "help"\n', exitCode: 255};
			if (w === 'type') shown = shown.filter((i) => linkKind(i, bridges) === value);
			else {
				if (!ifs.some((i) => i.name === value)) return {error: `Error: argument "${value}" is wrong: Device does not exist\n`, exitCode: 255};
				shown = shown.filter((i) => i.master === value);
			}
			continue;
		}
		const dev = w === 'dev' ? words[++k] : w;
		if (bb && (w === 'type' || w === 'master')) return {error: `ip: either "dev" is duplicate, or "${words[k + 1] ?? w}" is garbage\n`, exitCode: 1};
		if (dev === undefined) return {error: bb ? `ip: can't find device ''\n` : 'Command line is not complete. Try option "help"\n', exitCode: bb ? 1 : 255};
		shown = shown.filter((i) => i.name === dev);
		if (!ifs.some((i) => i.name === dev)) return {error: bb ? `ip: can't find device '${dev}'\n` : `Device "${dev}" does not exist.\n`, exitCode: 1};
	}
	return {ifs: shown};
}

/** Every IPv4 address of the namespace the tool runs in, lo excluded (hostname -I). */
export function namespaceAddresses(ctx: ToolContext): string[] {
	const owner = namespaceOwner(ctx);
	const ifs = !owner || owner.networkMode === 'host' ? hostInterfaces(hostOf(ctx)) : containerInterfaces(ctx);
	return ifs.filter((i) => i.name !== 'lo').flatMap((i) => i.inet.map((a) => a.address));
}

void sandboxOwner;
