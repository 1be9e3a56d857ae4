// Routing out of a container's namespace: its loopback and own addresses, the on-link subnets of
// its networks (the bridge, or an overlay's VXLAN), and the default route through the host.
import type {Container, Host} from './types.js';
import {cidrContains, cidrOf, ipToInt, isLoopback, type Cidr} from './ip.js';
import {subnetContains} from './ipam.js';
import {attachments, gatewayAttachment} from './sandbox.js';
import {sandboxOwner} from './container-ops.js';
import {capabilitiesOf} from './drivers/index.js';
import {gwBridgeInterface, overlayWayOut, remoteOverlayEndpoint, vniOf, VXLAN_PORT} from './overlay-cluster.js';
import {done, note, type Ctx, type ProbeResult} from './reachability-types.js';
import {containerPlace, deliverToContainer} from './reachability-deliver.js';
import {forward, packetOf, prerouting} from './reachability-firewall.js';
import {acrossBridge, endpointAt, routeIn, vethOf} from './reachability-inbound.js';
import {outside} from './reachability-outside.js';

type Attachment = ReturnType<typeof attachments>[number];

/** What a container source's sandbox looks like, worked out once for many probes from it. */
export interface PreparedContainer {
	readonly owner: Container;
	/** Each attachment's subnets as numbers, for the on-link test. */
	readonly subnets: {attachment: Attachment; cidr: Cidr}[];
	readonly attachments: Attachment[];
	readonly gateway: ReturnType<typeof gatewayAttachment>;
	readonly hostMode: boolean;
}

export function prepareContainer(host: Host, c: Container): PreparedContainer {
	const owner = sandboxOwner(host, c);
	const list = attachments(host, owner);
	const subnets = list.flatMap((attachment) => (attachment.network.ipamConfig ?? []).map((cfg) => ({attachment, cidr: cidrOf(cfg.subnet)})));
	return {owner, subnets, attachments: list, gateway: gatewayAttachment(host, owner), hostMode: owner.networkMode === 'host'};
}

function deviceOf(a: Attachment): string {
	return a.network.device ?? a.network.name;
}

/** A network whose bridge is a device of the host, so the host's netfilter sees its frames. */
function onHostBridge(a: Attachment): boolean {
	return capabilitiesOf(a.network).bridgeDevice && !!a.network.device;
}

/** The destination is on one of the container's subnets: the frame goes straight onto that network. */
function onLink(ctx: Ctx, host: Host, owner: Container, local: Attachment, ip: string): ProbeResult {
	const device = deviceOf(local);
	note(ctx, () => ({at: containerPlace(host, owner), step: {kind: 'on-link', ip, network: local.network.name, ifname: local.endpoint.ifname, veth: local.endpoint.vethName ?? 'veth', device}}));
	if (!onHostBridge(local)) {
		const target = endpointAt(host, local.network, ip);
		if (target) return deliverToContainer(ctx, host, target, ip);
		// The overlay's bridge knows the other nodes' endpoints (networkdb): VXLAN to their node.
		const remote = remoteOverlayEndpoint(ctx.world, host, local.network, ip);
		if (remote) {
			const to = remote.host.swarm?.advertiseAddr ?? remote.host.lanIp;
			note(ctx, () => ({at: {kind: 'vxlan'}, step: {kind: 'vxlan-encap', to, port: VXLAN_PORT, vni: vniOf(local.network), from: host.swarm?.advertiseAddr ?? host.lanIp}}));
			note(ctx, () => ({at: {kind: 'host', name: remote.host.name}, step: {kind: 'vxlan-decap', host: remote.host.name, veth: vethOf(remote.container, local.network), container: remote.container.name}, verdict: 'ACCEPT'}));
			return deliverToContainer(ctx, remote.host, remote.container, ip);
		}
		note(ctx, () => ({at: {kind: 'bridge', device}, step: {kind: 'arp-no-answer', ip}}));
		return done(ctx, 'timeout', {ip});
	}
	const p = packetOf(ctx, local.endpoint.ip, ip, device);
	const gateway = (local.network.ipamConfig ?? []).some((c) => c.gateway === ip);
	if (gateway) return throughHost(ctx, host, p, ip);
	if (!endpointAt(host, local.network, ip)) return acrossBridge(ctx, host, local.network, device, ip);
	// br_netfilter: frames between two ports of a Docker bridge pass the host's PREROUTING and FORWARD.
	const after = prerouting(ctx, host, p);
	if (!after) return done(ctx, 'timeout', {ip});
	const stop = forward(ctx, host, {...after, outIface: device});
	if (stop) return done(ctx, stop, {ip});
	return acrossBridge(ctx, host, local.network, device, ip);
}

/** A packet handed to the host on a bridge: PREROUTING, the routing decision, INPUT or FORWARD, out. */
function throughHost(ctx: Ctx, host: Host, p: ReturnType<typeof packetOf>, ip: string): ProbeResult {
	const after = prerouting(ctx, host, p);
	if (!after) return done(ctx, 'timeout', {ip});
	const routed = routeIn(ctx, host, after);
	return 'result' in routed ? routed.result : outside(ctx, ip, routed.leaves);
}

export function fromContainer(ctx: Ctx, host: Host, source: Container, ip: string, prepared?: PreparedContainer): ProbeResult {
	const owner = prepared?.owner ?? sandboxOwner(host, source);
	if (isLoopback(ip)) {
		note(ctx, () => ({at: containerPlace(host, owner), step: {kind: 'own-loopback', ip}}));
		return deliverToContainer(ctx, host, owner, ip);
	}
	const mine = prepared?.attachments ?? attachments(host, owner);
	if (mine.some((a) => a.endpoint.ip === ip)) {
		note(ctx, () => ({at: containerPlace(host, owner), step: {kind: 'own-address', ip}}));
		return deliverToContainer(ctx, host, owner, ip);
	}
	if (mine.length === 0) {
		note(ctx, () => ({at: {kind: 'container-lo-only', name: owner.name}, step: {kind: 'lo-only'}}));
		return done(ctx, 'unreachable', {ip});
	}
	const local = prepared
		? prepared.subnets.find((x) => cidrContains(x.cidr, ipToInt(ip)))?.attachment
		: mine.find((a) => (a.network.ipamConfig ?? []).some((c) => subnetContains(c.subnet, ip)));
	if (local) return onLink(ctx, host, owner, local, ip);
	const gw = prepared ? prepared.gateway : gatewayAttachment(host, owner);
	if (gw) {
		const device = deviceOf(gw);
		note(ctx, () => ({at: containerPlace(host, owner), step: {kind: 'default-route', gateway: gw.endpoint.gateway ?? '', network: gw.network.name, ifname: gw.endpoint.ifname, veth: gw.endpoint.vethName ?? 'veth', device}}));
		return throughHost(ctx, host, packetOf(ctx, gw.endpoint.ip, ip, device), ip);
	}
	// Overlay-only sandboxes get an eth1 on docker_gwbridge for their default route.
	const viaGwBridge = overlayWayOut(host, owner);
	if (viaGwBridge) {
		const eth1 = gwBridgeInterface(host, owner);
		const device = viaGwBridge.device ?? viaGwBridge.name;
		note(ctx, () => ({at: containerPlace(host, owner), step: {kind: 'default-route', gateway: viaGwBridge.ipamConfig?.[0]?.gateway ?? '', network: viaGwBridge.name, ifname: 'eth1', device}}));
		return throughHost(ctx, host, packetOf(ctx, eth1?.ip ?? '', ip, device), ip);
	}
	note(ctx, () => ({at: containerPlace(host, owner), step: {kind: 'no-default-route', internal: mine.every((a) => a.network.internal)}}));
	return done(ctx, 'unreachable', {ip});
}
