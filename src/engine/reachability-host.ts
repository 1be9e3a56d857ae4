// Packets the host itself sends (a shell on the host, a host-mode container): nat and filter
// OUTPUT, the routing decision, POSTROUTING; to its own addresses, a bridge or the LAN.
import type {Host} from './types.js';
import {isLoopback} from './ip.js';
import {done, note, type Ctx, type ProbeResult} from './reachability-types.js';
import {deliverToHost, hostPlace} from './reachability-deliver.js';
import {hostRoute, output, packetOf, postrouting} from './reachability-firewall.js';
import {acrossBridge} from './reachability-inbound.js';
import {outside} from './reachability-outside.js';

export function fromHost(ctx: Ctx, host: Host, ip: string): ProbeResult {
	if (isLoopback(ip)) note(ctx, () => ({at: hostPlace(host), step: {kind: 'host-loopback', ip}}));
	const src = isLoopback(ip) ? ip : host.lanIp;
	const p = output(ctx, host, packetOf(ctx, src, ip));
	if (!p) return done(ctx, 'timeout', {ip});
	const at = {...ctx, port: p.dport ?? ctx.port};
	const route = hostRoute(host, p.dst);
	if (route.kind === 'local') return deliverToHost(at, host, p);
	if (route.kind === 'bridge') {
		note(ctx, () => ({at: hostPlace(host), step: {kind: 'host-route', subnet: route.network.ipamConfig?.[0]?.subnet ?? '', device: route.device}}));
		// The route's source address is the bridge's own (`src 172.18.0.1`).
		postrouting(ctx, host, {...p, src: route.network.ipamConfig?.[0]?.gateway ?? src, outIface: route.device});
		return acrossBridge(at, host, route.network, route.device, p.dst);
	}
	note(ctx, () => ({at: hostPlace(host), step: {kind: 'host-default-route'}}));
	return outside(ctx, p.dst, postrouting(ctx, host, {...p, outIface: 'eth0'}));
}
