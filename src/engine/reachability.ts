// The one reachability function. curl, wget, ping, the goal checker and `trace` all ask
// `probe`, so what a tool prints, what the checker decides and what trace explains agree.
// The rules are Linux's: routes, the bridge, the host's netfilter tables (the very tables
// `iptables` prints, walked hook by hook in reachability-firewall.ts) and Docker's userland
// proxy for published ports.
import type {World} from './types.js';
import {resolveName, type Viewpoint} from './dns.js';
import {literalResolution} from './literal-resolution.js';
import {isIPv4} from './ip.js';
import {attachments, isHostMode} from './sandbox.js';
import {EXTERNAL_LAN_IP} from './world.js';
import {done, note, type Ctx, type ProbeOptions, type ProbeRequest, type ProbeResult} from './reachability-types.js';
import type {Place} from './reachability-hops.js';
import {fromContainer, prepareContainer, type PreparedContainer} from './reachability-container.js';
import {fromHost} from './reachability-host.js';
import {outside} from './reachability-outside.js';
import {packetOf} from './reachability-firewall.js';

export {EXAMPLE_BODY} from './internet.js';
export type {ProbeProtocol, ProbeRequest, Outcome, ProbeResult, ProbeOptions} from './reachability-types.js';
export type {Hop, HopVerdict, Place, Step, ResolvedVia} from './reachability-hops.js';

/** Where a probe's source lives. */
function sourcePlace(world: World, from: Viewpoint): Place {
	if (from.kind === 'external') return {kind: 'external', ip: EXTERNAL_LAN_IP};
	const host = world.hosts[from.host];
	if (from.kind === 'host') return {kind: 'host', name: host.name};
	return {kind: 'container', name: host.containers.get(from.id)?.name ?? from.id};
}

/** A probe source, ready to send: validated and with its sandbox looked up. */
export interface PreparedSource {
	readonly world: World;
	readonly from: Viewpoint;
	readonly running: boolean;
	readonly container?: PreparedContainer;
}

/** Looks the source up once; `probeFrom` then answers any number of targets from it. */
export function prepareSource(world: World, from: Viewpoint): PreparedSource {
	if (from.kind !== 'container') return {world, from, running: true};
	const host = world.hosts[from.host];
	const c = host?.containers.get(from.id);
	if (!c) return {world, from, running: false};
	const container = prepareContainer(host, c);
	return {world, from, running: c.status === 'running' && container.owner.status === 'running', container};
}

export function probe(world: World, request: ProbeRequest, options: ProbeOptions = {}): ProbeResult {
	return probeFrom(prepareSource(world, request.from), request, options);
}

/** The one reachability function: DNS from the source, then routes, chains, proxy and listener. */
export function probeFrom(source: PreparedSource, request: Omit<ProbeRequest, 'from'>, options: ProbeOptions = {}): ProbeResult {
	const world = source.world;
	const from = source.from;
	const ctx: Ctx = {world, explain: options.explain ?? true, hops: [], protocol: request.protocol, port: request.port ?? 80, ...(isIPv4(request.target) ? {} : {name: request.target.replace(/\.$/, '')})};
	if (!source.running) return done(ctx, 'not-running');
	const resolution = literalResolution(request.target) ?? resolveName(world, from, request.target);
	if (resolution.ips.length === 0) {
		note(ctx, () => ({at: sourcePlace(world, from), step: resolution.failure === 'no-server' ? {kind: 'dns-no-server', name: request.target} : {kind: 'dns-nxdomain', name: request.target, server: resolution.server}}));
		return done(ctx, 'unresolved', {resolution});
	}
	const ip = resolution.ips[0];
	if (resolution.source !== 'literal') {
		const via = resolution.source === 'embedded-dns' ? 'embedded-dns' : resolution.source === 'hosts' ? 'hosts' : 'server';
		note(ctx, () => ({at: sourcePlace(world, from), step: {kind: 'dns-resolved', name: request.target, ip, via, server: resolution.server}}));
	}
	const result = route(ctx, source, ip);
	result.resolution = resolution;
	return result;
}

function route(ctx: Ctx, source: PreparedSource, ip: string): ProbeResult {
	const from = source.from;
	if (from.kind === 'external') {
		note(ctx, () => ({at: {kind: 'external', ip: EXTERNAL_LAN_IP}, step: {kind: 'external-sends', ip}}));
		return outside(ctx, ip, packetOf(ctx, EXTERNAL_LAN_IP, ip));
	}
	const host = ctx.world.hosts[from.host];
	if (from.kind === 'host') return fromHost(ctx, host, ip);
	const c = host.containers.get(from.id)!;
	if (source.container?.hostMode) {
		note(ctx, () => ({at: {kind: 'container-host-network', name: c.name}, step: {kind: 'shares-host-namespace'}}));
		return fromHost(ctx, host, ip);
	}
	return fromContainer(ctx, host, c, ip, source.container);
}

/**
 * Every address a container has, tried from a source without DNS: met for `reachable` when any
 * answers. Used by isolation goals, where a name that does not resolve is not isolation.
 */
export function probeContainer(world: World, from: Viewpoint, hostName: string, containerName: string, port?: number, options: ProbeOptions & {protocol?: 'tcp' | 'udp'} = {}): ProbeResult[] {
	const host = world.hosts[hostName];
	const c = host.containers.values().find((x) => x.name === containerName);
	if (!c) return [];
	const addresses = isHostMode(host, c) ? [host.lanIp] : attachments(host, c).map((a) => a.endpoint.ip);
	return addresses.map((ip) => probe(world, {from, target: ip, protocol: port === undefined ? 'icmp' : (options.protocol ?? 'tcp'), port}, options));
}
