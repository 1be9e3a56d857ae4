// A packet that has arrived on one of the host's interfaces (a bridge or eth0) and passed
// PREROUTING: the routing decision, then INPUT (the host's own sockets) or FORWARD and
// POSTROUTING towards a bridge or out of eth0.
import type {Container, Host, Network} from './types.js';
import {hostIndex} from './host-index.js';
import {done, note, type Ctx, type ProbeResult} from './reachability-types.js';
import {deliverToContainer, deliverToHost, hostPlace} from './reachability-deliver.js';
import {forward, hostRoute, postrouting, prerouting} from './reachability-firewall.js';
import type {Packet} from './netfilter/index.js';

/** The container that owns an address on a network of this host. */
export function endpointAt(host: Host, network: Network, ip: string): Container | undefined {
	return hostIndex(host).endpoints.get(network.id)?.get(ip);
}

export function vethOf(c: Container, network: Network): string {
	return c.networks[network.id]?.endpoint?.vethName ?? 'veth';
}

/** On a bridge: ARP for the address, then the frame to that endpoint's veth. */
export function acrossBridge(ctx: Ctx, host: Host, network: Network, device: string, ip: string): ProbeResult {
	const target = endpointAt(host, network, ip);
	if (!target) {
		note(ctx, () => ({at: {kind: 'bridge', device}, step: {kind: 'arp-no-answer', ip}}));
		return done(ctx, 'timeout', {ip});
	}
	note(ctx, () => ({at: {kind: 'bridge', device}, step: {kind: 'bridge-switch', veth: vethOf(target, network), container: target.name}, verdict: 'ACCEPT'}));
	return deliverToContainer(ctx, host, target, ip);
}

/** What became of a routed packet: an answer, or it leaves the host out of eth0 (as `packet`). */
export type Routed = {readonly result: ProbeResult} | {readonly leaves: Packet};

/** After PREROUTING: the routing decision, then INPUT, or FORWARD and POSTROUTING. */
export function routeIn(ctx: Ctx, host: Host, p: Packet): Routed {
	const route = hostRoute(host, p.dst);
	const at = {...ctx, port: p.dport ?? ctx.port};
	if (route.kind === 'local') {
		note(ctx, () => ({at: hostPlace(host), step: {kind: 'local-address', ip: p.dst}}));
		return {result: deliverToHost(at, host, p)};
	}
	const out: Packet = {...p, outIface: route.kind === 'bridge' ? route.device : 'eth0'};
	if (route.kind === 'bridge') note(ctx, () => ({at: hostPlace(host), step: {kind: 'host-route', subnet: route.network.ipamConfig?.[0]?.subnet ?? '', device: route.device}}));
	const stop = forward(ctx, host, out);
	if (stop) return {result: done(ctx, stop, {ip: p.dst})};
	const leaving = postrouting(ctx, host, out);
	if (route.kind === 'bridge') return {result: acrossBridge(at, host, route.network, route.device, p.dst)};
	return {leaves: leaving};
}

/** A packet from the LAN arriving at a host's LAN address: PREROUTING (DNAT), then INPUT or FORWARD. */
export function arriveFromLan(ctx: Ctx, host: Host, p: Packet): ProbeResult {
	const after = prerouting(ctx, host, {...p, inIface: 'eth0'});
	if (!after) return done(ctx, 'timeout', {ip: p.dst});
	const routed = routeIn(ctx, host, after);
	// The host does not route LAN traffic back onto the LAN.
	return 'result' in routed ? routed.result : done(ctx, 'timeout', {ip: p.dst});
}
