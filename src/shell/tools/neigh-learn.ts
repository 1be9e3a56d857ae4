// What a packet sent by a tool teaches the neighbour caches it passes: the sender learns the
// on-link address it sent to (the target itself, or its gateway), and whoever answered the ARP
// request learns the sender. Only Linux bridges (docker0, br-..., the host's LAN) are modelled.
import type {Host} from '../../engine/index.js';
import {attachments, capabilitiesOf, gatewayAttachment, learnNeighbours, neighbourKey} from '../../engine/index.js';
import {cidrOf, ipToInt, mask} from '../../engine/ip.js';
import type {ToolContext} from '../context.js';
import {hostOf, namespaceOwner, stableHash} from './common.js';
import {hostInterfaces} from './ip.js';

/** The MAC of the LAN's router as the host sees it (made up, stable per host). */
export function lanGatewayMac(host: Host): string {
	const h = stableHash(`lan-gw:${host.name}`);
	return ['52', '54', '00', (h & 255).toString(16), ((h >>> 8) & 255).toString(16), ((h >>> 16) & 255).toString(16)].map((b) => b.padStart(2, '0')).join(':');
}

/** The host's LAN router: the .1 of its /24, where `default via` points. */
export function lanGateway(host: Host): string {
	return host.lanIp.replace(/\.\d+$/, '.1');
}

function within(ip: string, subnet: string): boolean {
	try {
		const c = cidrOf(subnet);
		return ((ipToInt(ip) & mask(c.prefix)) >>> 0) === c.base;
	} catch {
		return false;
	}
}

type Learnt = {key: string; ip: string; mac: string | null; dev: string; passive?: boolean};

/** Who on a bridge network has `ip`: a running container's endpoint (with its namespace key). */
function onBridge(host: Host, networkId: string, ip: string): {key: string; mac: string; dev: string} | undefined {
	for (const c of host.containers.values()) {
		if (c.status !== 'running') continue;
		const ep = c.networks[networkId]?.endpoint;
		if (ep && ep.ip === ip) return {key: neighbourKey(host.name, c.id), mac: ep.mac, dev: ep.ifname};
	}
	return undefined;
}

/** Learns from one packet the tool at `ctx` sent to `ip` (a probe's destination address). */
export function learnFromPacket(ctx: ToolContext, ip: string | undefined): void {
	if (!ip || !/^\d+\.\d+\.\d+\.\d+$/.test(ip) || ip.startsWith('127.')) return;
	const host = hostOf(ctx);
	const owner = namespaceOwner(ctx);
	const learnt: Learnt[] = [];
	const ifs = hostInterfaces(host);
	const bridgeMac = (dev: string) => ifs.find((i) => i.name === dev)?.mac ?? null;
	if (!owner || owner.networkMode === 'host') {
		const me = host.name;
		for (const n of Object.values(host.networks)) {
			const cfg = n.ipamConfig?.[0];
			if (!capabilitiesOf(n).bridgeDevice || !n.device || !cfg?.subnet || !within(ip, cfg.subnet)) continue;
			if (ip === cfg.gateway) return;
			const peer = onBridge(host, n.id, ip);
			learnt.push({key: me, ip, mac: peer?.mac ?? null, dev: n.device});
			if (peer && cfg.gateway) learnt.push({key: peer.key, ip: cfg.gateway, mac: bridgeMac(n.device), dev: peer.dev, passive: true});
			ctx.setWorld(learnNeighbours(ctx.world, learnt));
			return;
		}
		if (ip === host.lanIp) return;
		// Anything else leaves by the LAN: its router (another host of the world is on-link).
		const other = ctx.world.hostOrder.map((h) => ctx.world.hosts[h]).find((h) => h.lanIp === ip);
		if (other) learnt.push({key: me, ip, mac: lanGatewayMac(other), dev: 'eth0'}, {key: other.name, ip: host.lanIp, mac: lanGatewayMac(host), dev: 'eth0', passive: true});
		else if (within(ip, `${lanGateway(host)}/24`)) learnt.push({key: me, ip, mac: ip === lanGateway(host) ? lanGatewayMac(host) : null, dev: 'eth0'});
		else learnt.push({key: me, ip: lanGateway(host), mac: lanGatewayMac(host), dev: 'eth0'});
		ctx.setWorld(learnNeighbours(ctx.world, learnt));
		return;
	}
	const me = neighbourKey(host.name, owner.id);
	const list = attachments(host, owner);
	if (list.some((a) => a.endpoint.ip === ip)) return;
	const onLink = list.find((a) => a.network.device && a.network.ipamConfig?.[0]?.subnet && within(ip, a.network.ipamConfig[0].subnet));
	if (onLink) {
		const dev = onLink.network.device!;
		const myEp = onLink.endpoint;
		if (ip === myEp.gateway) {
			learnt.push({key: me, ip, mac: bridgeMac(dev), dev: myEp.ifname}, {key: host.name, ip: myEp.ip, mac: myEp.mac, dev, passive: true});
		} else {
			const peer = onBridge(host, onLink.network.id, ip);
			learnt.push({key: me, ip, mac: peer?.mac ?? null, dev: myEp.ifname});
			if (peer) learnt.push({key: peer.key, ip: myEp.ip, mac: myEp.mac, dev: peer.dev, passive: true});
		}
	} else {
		const gw = gatewayAttachment(host, owner);
		if (!gw || !gw.network.device) return;
		learnt.push({key: me, ip: gw.endpoint.gateway, mac: bridgeMac(gw.network.device), dev: gw.endpoint.ifname}, {key: host.name, ip: gw.endpoint.ip, mac: gw.endpoint.mac, dev: gw.network.device, passive: true});
		// The host forwards it on: to the LAN's router, unless it is for one of the host's own addresses.
		if (ip !== host.lanIp && !ifs.some((i) => i.inet.some((a) => a.address === ip))) learnt.push({key: host.name, ip: lanGateway(host), mac: lanGatewayMac(host), dev: 'eth0'});
	}
	ctx.setWorld(learnNeighbours(ctx.world, learnt));
}
