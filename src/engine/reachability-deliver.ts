// The end of a probe's way: a packet arriving in a container's namespace or the host's own (INPUT),
// where a listener, the kernel's echo reply, docker-proxy or an RST answers it.
import type {Container, Host, Listener} from './types.js';
import {isIPv4, isLoopback} from './ip.js';
import {attachments, gatewayAttachment} from './sandbox.js';
import {sandboxOwner} from './container-ops.js';
import {hostSockets} from './ports.js';
import {namespaceListeners} from './host-index.js';
import {done, note, type Ctx, type ProbeProtocol, type ProbeResult} from './reachability-types.js';
import type {Place} from './reachability-hops.js';
import {input} from './reachability-firewall.js';
import type {Packet} from './netfilter/index.js';

export function listenerMatches(l: Listener, ip: string, port: number, protocol: ProbeProtocol = 'tcp'): boolean {
	if (l.port !== port || l.protocol !== protocol) return false;
	if (l.address === '0.0.0.0' || l.address === '' || l.address === '*') return isIPv4(ip);
	if (l.address === '::') return !isIPv4(ip);
	return l.address === ip || (l.address === 'localhost' && ip === '127.0.0.1');
}

/** `web (eth0 172.18.0.2)`: the container and its first interface. */
export function containerPlace(host: Host, c: Container): Place {
	const first = attachments(host, c)[0];
	return first ? {kind: 'container', name: c.name, ifname: first.endpoint.ifname, ip: first.endpoint.ip} : {kind: 'container', name: c.name};
}

export function hostPlace(host: Host): Place {
	return {kind: 'host', name: host.name};
}

/** `{udp: true}` for a UDP probe's hop, so trace says datagram words (ICMP port unreachable, not RST). */
function udpMark(ctx: Ctx): {udp?: true} {
	return ctx.protocol === 'udp' ? {udp: true} : {};
}

/** TCP, UDP or ICMP arriving in a container's namespace. */
export function deliverToContainer(ctx: Ctx, host: Host, c: Container, ip: string): ProbeResult {
	if (ctx.protocol === 'icmp') {
		note(ctx, () => ({at: containerPlace(host, c), step: {kind: 'echo-reply', by: 'kernel'}}));
		return done(ctx, 'ok', {ip, responder: c.name});
	}
	const owner = sandboxOwner(host, c);
	const listeners = namespaceListeners(host, owner);
	const hit = listeners.find((l) => listenerMatches(l, ip, ctx.port, ctx.protocol));
	if (hit) {
		if (c.paused || owner.paused) {
			note(ctx, () => ({at: containerPlace(host, c), step: {kind: 'listener-paused', program: hit.program}}));
			return done(ctx, 'stalled', {ip, listener: hit, responder: c.name});
		}
		note(ctx, () => ({at: containerPlace(host, c), step: {kind: 'listener-accepts', program: hit.program, address: hit.address === '::' ? '[::]' : hit.address, port: hit.port, ...udpMark(ctx)}}));
		return done(ctx, 'ok', {ip, listener: hit, responder: c.name});
	}
	const other = listeners.find((l) => l.port === ctx.port && l.protocol === ctx.protocol);
	note(ctx, () => ({
		at: containerPlace(host, c),
		step: other ? {kind: 'listener-other-address', program: other.program, address: other.address, port: other.port, ip, ...udpMark(ctx)} : {kind: 'nothing-listens', port: ctx.port, ...udpMark(ctx)},
	}));
	return done(ctx, 'refused', {ip, responder: c.name});
}

/** A host-mode container's server listening on the host's `ip` and the probed port, if any. */
function hostModeServer(ctx: Ctx, host: Host, ip: string): ProbeResult | undefined {
	for (const c of host.containers.values()) {
		if (c.status !== 'running' || c.networkMode !== 'host') continue;
		const hit = c.listeners.find((l) => listenerMatches(l, ip, ctx.port, ctx.protocol));
		if (!hit) continue;
		if (c.paused) {
			note(ctx, () => ({at: hostPlace(host), step: {kind: 'listener-paused', program: hit.program, hostModeContainer: c.name}}));
			return done(ctx, 'stalled', {ip, listener: hit, responder: c.name});
		}
		note(ctx, () => ({at: hostPlace(host), step: {kind: 'listener-accepts', program: hit.program, address: hit.address, port: hit.port, hostModeContainer: c.name, ...udpMark(ctx)}}));
		return done(ctx, 'ok', {ip, listener: hit, responder: c.name});
	}
	return undefined;
}

/** The container address and port a published host port leads to (what docker-proxy dials). */
function publishedTarget(host: Host, c: Container, hostPort: number, protocol: ProbeProtocol): {ip: string; port: number} | undefined {
	for (const [key, bindings] of Object.entries(c.ports)) {
		if (!key.endsWith(`/${protocol}`)) continue;
		if (!bindings.some((b) => Number(b.hostPort) === hostPort)) continue;
		const gw = gatewayAttachment(host, c) ?? attachments(host, c)[0];
		if (!gw) return undefined;
		return {ip: gw.endpoint.ip, port: Number(key.split('/')[0])};
	}
	return undefined;
}

/** Whether a running container publishes this port on a loopback address only (for the RST's explanation). */
function publishedOnLoopbackOnly(host: Host, port: number, protocol: ProbeProtocol): boolean {
	return host.containers.values().some((c) => c.status === 'running' && Object.entries(c.ports).some(([key, bs]) => key.endsWith(`/${protocol}`) && bs.some((b) => Number(b.hostPort) === port && isLoopback(b.hostIp))));
}

/** Packets the routing decision hands to the host itself: filter INPUT, then host-mode servers and docker-proxy. */
export function deliverToHost(ctx: Ctx, host: Host, packet: Packet): ProbeResult {
	const ip = packet.dst;
	// The host's own packets to itself come back in on lo.
	const stop = input(ctx, host, packet.inIface ? packet : {...packet, inIface: 'lo'});
	if (stop) return done(ctx, stop, {ip});
	if (ctx.protocol === 'icmp') {
		note(ctx, () => ({at: hostPlace(host), step: {kind: 'echo-reply', by: 'host'}}));
		return done(ctx, 'ok', {ip, responder: host.name});
	}
	const served = hostModeServer(ctx, host, ip);
	if (served) return served;
	const proxy = hostSockets(host).find((s) => s.viaProxy && s.port === ctx.port && s.protocol === ctx.protocol && (s.address === '0.0.0.0' || s.address === ip));
	if (proxy) {
		const c = host.containers.get(proxy.owner)!;
		const target = publishedTarget(host, c, ctx.port, ctx.protocol);
		if (!target) return done(ctx, 'refused', {ip});
		note(ctx, () => ({at: hostPlace(host), step: {kind: 'proxy-accepts', address: proxy.address, port: proxy.port, targetIp: target.ip, targetPort: target.port, ...udpMark(ctx)}}));
		const inner = deliverToContainer({...ctx, port: target.port}, host, c, target.ip);
		// A paused container's kernel still accepts the proxy's connection: the client waits, as the proxy does.
		if (inner.outcome === 'ok' || inner.outcome === 'stalled') return {...inner, ip};
		note(ctx, () => ({at: {kind: 'docker-proxy'}, step: {kind: 'proxy-cannot-reach', ip: target.ip, port: target.port, ...udpMark(ctx)}}));
		// UDP has no connection to close: the proxy's datagram got no reply, so the client gets none.
		return done(ctx, ctx.protocol === 'udp' ? 'timeout' : 'reset', {ip, responder: c.name});
	}
	note(ctx, () => ({at: hostPlace(host), step: {kind: 'nothing-listens', port: ctx.port, ip, ...udpMark(ctx), ...(!isLoopback(ip) && publishedOnLoopbackOnly(host, ctx.port, ctx.protocol) ? {loopbackOnly: true} : {})}}));
	return done(ctx, 'refused', {ip, responder: host.name});
}
