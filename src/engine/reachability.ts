// The one reachability function. curl, wget, ping, the goal checker and `trace` all ask
// `probe`, so what a tool prints, what the checker decides and what trace explains agree.
// The rules are Linux's (routes, the bridge, the iptables chains Docker 26 installs) plus
// Docker's userland proxy for published ports.
import type {Container, Host, Listener, Network, World} from './types.js';
import {resolveName, type Resolution, type Viewpoint} from './dns.js';
import {literalResolution} from './literal-resolution.js';
import {cidrContains, cidrOf, ipToInt, isIPv4, isLoopback, type Cidr} from './ip.js';
import {subnetContains} from './ipam.js';
import {attachments, gatewayAttachment, isHostMode, sandboxListeners} from './sandbox.js';
import {sandboxOwner} from './container-ops.js';
import {EXTERNAL_LAN_IP} from './world.js';
import {internetHost, internetPage, type InternetHost} from './internet.js';
export {EXAMPLE_BODY} from './internet.js';
import {hostSockets} from './ports.js';
import {hostIndex, namespaceListeners, networkOwningIp} from './host-index.js';
import {overlayWayOut, remoteOverlayEndpoint, vniOf, VXLAN_PORT} from './overlay-cluster.js';

export type ProbeProtocol = 'icmp' | 'tcp';

export interface ProbeRequest {
	readonly from: Viewpoint;
	/** A name or an address, as typed. */
	readonly target: string;
	readonly protocol: ProbeProtocol;
	readonly port?: number;
}

export type Outcome =
	| 'ok' // answered
	| 'refused' // nothing listens: RST (TCP)
	| 'reset' // docker-proxy accepted, then could not reach the container and closed
	| 'timeout' // a chain dropped it, or nobody is there
	| 'stalled' // the kernel accepted the connection, but the process behind it never reads (paused)
	| 'unreachable' // no route (ENETUNREACH)
	| 'unresolved' // the name did not resolve
	| 'not-running'; // the source container is not running

export interface Hop {
	/** Where the packet is: `web (eth0 172.18.0.2)`, `host`, `bridge br-1a2b (172.18.0.1)`, ... */
	readonly at: string;
	/** What happened there, in words. */
	readonly what: string;
	/** For iptables rules and decisions. */
	readonly verdict?: 'ACCEPT' | 'DROP' | 'DNAT' | 'RETURN' | 'MASQUERADE';
}

export interface ProbeResult {
	readonly outcome: Outcome;
	readonly ip?: string;
	resolution?: Resolution;
	readonly hops: Hop[];
	/** For TCP: what answered (a listener), and its HTTP body if it speaks HTTP. */
	readonly listener?: Listener;
	/** The machine that answered (`web`, `host`, `example.com`). */
	readonly responder?: string;
	/** A machine on the simulated internet that answered: its distance (TTL, round trip). */
	readonly remote?: InternetHost;
}

/** A network namespace that can receive packets. */
type Namespace = {kind: 'container'; host: Host; container: Container} | {kind: 'host'; host: Host} | {kind: 'external'} | {kind: 'internet'};

interface Ctx {
	readonly world: World;
	/** Build the hop-by-hop explanation (trace wants it; bulk checks do not pay for it). */
	readonly explain: boolean;
	readonly hops: Hop[];
	readonly protocol: ProbeProtocol;
	readonly port: number;
	/** The name the probe was sent to, when it was one (what an internet server is called). */
	readonly name?: string;
}

function done(ctx: Ctx, outcome: Outcome, extra?: Partial<ProbeResult>): ProbeResult {
	return extra ? {outcome, hops: ctx.hops, ...extra} : {outcome, hops: ctx.hops};
}

function listenerMatches(l: Listener, ip: string, port: number): boolean {
	if (l.port !== port || l.protocol !== 'tcp') return false;
	if (l.address === '0.0.0.0' || l.address === '' || l.address === '*') return isIPv4(ip);
	if (l.address === '::') return !isIPv4(ip);
	return l.address === ip || (l.address === 'localhost' && ip === '127.0.0.1');
}

function containerLabel(host: Host, c: Container): string {
	const first = attachments(host, c)[0];
	return first ? `${c.name} (${first.endpoint.ifname} ${first.endpoint.ip})` : c.name;
}

/** The container that owns an address on a network of this host. */
function endpointAt(host: Host, network: Network, ip: string): Container | undefined {
	return hostIndex(host).endpoints.get(network.id)?.get(ip);
}

function networkOwning(host: Host, ip: string): Network | undefined {
	return networkOwningIp(host, ip);
}

/** Addresses of the host itself: LAN address and every bridge's gateway. */
function isHostAddress(host: Host, ip: string): boolean {
	return hostIndex(host).hostAddresses.has(ip);
}

function deviceOf(n: Network): string {
	return n.device ?? n.name;
}

/** TCP or ICMP arriving in a container's namespace. */
function deliverToContainer(ctx: Ctx, host: Host, c: Container, ip: string): ProbeResult {
	// Only the explanation needs the label; bulk probes skip building it.
	const label = ctx.explain ? containerLabel(host, c) : '';
	if (ctx.protocol === 'icmp') {
		ctx.explain && ctx.hops.push({at: label, what: 'the kernel answers the echo request'});
		return done(ctx, 'ok', {ip, responder: c.name});
	}
	const listeners = namespaceListeners(host, sandboxOwner(host, c));
	const hit = listeners.find((l) => listenerMatches(l, ip, ctx.port));
	if (hit) {
		if (c.paused || sandboxOwner(host, c).paused) {
			ctx.explain && ctx.hops.push({at: label, what: `the kernel completes the handshake for ${hit.program}, but the container is paused: its processes are frozen and nothing ever answers`});
			return done(ctx, 'stalled', {ip, listener: hit, responder: c.name});
		}
		ctx.explain && ctx.hops.push({at: label, what: `${hit.program} listens on ${hit.address === '::' ? '[::]' : hit.address}:${hit.port} and accepts`});
		return done(ctx, 'ok', {ip, listener: hit, responder: c.name});
	}
	const other = listeners.find((l) => l.port === ctx.port);
	ctx.explain && ctx.hops.push({
		at: label,
		what: other
			? `${other.program} listens only on ${other.address}:${other.port}, not on ${ip}; the kernel answers with RST`
			: `nothing listens on port ${ctx.port}; the kernel answers with RST`,
	});
	return done(ctx, 'refused', {ip, responder: c.name});
}

/** A host-mode container's server listening on the host's `ip` and the probed port, if any. */
function hostModeServer(ctx: Ctx, host: Host, ip: string): ProbeResult | undefined {
	for (const c of host.containers.values()) {
		if (c.status !== 'running' || c.networkMode !== 'host') continue;
		const hit = c.listeners.find((l) => listenerMatches(l, ip, ctx.port));
		if (hit) {
			if (c.paused) {
				ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `the kernel completes the handshake for ${hit.program} in host-mode container ${c.name}, but the container is paused: nothing ever answers`});
				return done(ctx, 'stalled', {ip, listener: hit, responder: c.name});
			}
			ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `${hit.program} in host-mode container ${c.name} listens on ${hit.address}:${hit.port} and accepts`});
			return done(ctx, 'ok', {ip, listener: hit, responder: c.name});
		}
	}
	return undefined;
}

/** Packets arriving in the host's own namespace (INPUT): host-mode servers and docker-proxy. */
function deliverToHost(ctx: Ctx, host: Host, ip: string): ProbeResult {
	if (ctx.protocol === 'icmp') {
		ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: 'the host answers the echo request'});
		return done(ctx, 'ok', {ip, responder: host.name});
	}
	const served = hostModeServer(ctx, host, ip);
	if (served) return served;
	const proxy = hostSockets(host).find((s) => s.viaProxy && s.port === ctx.port && s.protocol === 'tcp' && (s.address === '0.0.0.0' || s.address === ip));
	if (proxy) {
		const c = host.containers.get(proxy.owner)!;
		const target = publishedTarget(host, c, ctx.port);
		if (!target) return done(ctx, 'refused', {ip});
		ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `docker-proxy listens on ${proxy.address}:${proxy.port} and accepts, then dials ${target.ip}:${target.port}`});
		const inner = deliverToContainer({...ctx, port: target.port}, host, c, target.ip);
		// A paused container's kernel still accepts the proxy's connection: the client waits, as the proxy does.
		if (inner.outcome === 'ok' || inner.outcome === 'stalled') return {...inner, ip};
		ctx.explain && ctx.hops.push({at: 'docker-proxy', what: `cannot reach ${target.ip}:${target.port}, so it closes the client connection`});
		return done(ctx, 'reset', {ip, responder: c.name});
	}
	ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `nothing listens on ${ip}:${ctx.port}; the kernel answers with RST`});
	return done(ctx, 'refused', {ip, responder: host.name});
}

/** The container address and port a published host port leads to. */
function publishedTarget(host: Host, c: Container, hostPort: number, hostIp?: string): {ip: string; port: number} | undefined {
	for (const [key, bindings] of Object.entries(c.ports)) {
		if (!key.endsWith('/tcp')) continue;
		if (!bindings.some((b) => Number(b.hostPort) === hostPort && (hostIp === undefined || b.hostIp === '0.0.0.0' || b.hostIp === hostIp))) continue;
		const gw = gatewayAttachment(host, c) ?? attachments(host, c)[0];
		if (!gw) return undefined;
		return {ip: gw.endpoint.ip, port: Number(key.split('/')[0])};
	}
	return undefined;
}

/** The nat table's DOCKER chain: DNAT for a published port reached on a host address from outside loopback. */
function dnat(ctx: Ctx, host: Host, ip: string, inDevice: string): {c: Container; ip: string; port: number} | undefined {
	if (ctx.protocol !== 'tcp') return undefined;
	for (const c of host.containers.values()) {
		if (c.status !== 'running') continue;
		for (const [key, bindings] of Object.entries(c.ports)) {
			if (!key.endsWith('/tcp')) continue;
			const match = bindings.find((b) => Number(b.hostPort) === ctx.port && (b.hostIp === '0.0.0.0' || b.hostIp === ip));
			if (!match) continue;
			const target = publishedTarget(host, c, ctx.port, ip);
			if (!target) continue;
			const gw = gatewayAttachment(host, c);
			if (gw && deviceOf(gw.network) === inDevice) continue;
			ctx.explain && ctx.hops.push({
				at: `host ${host.name} nat/DOCKER`,
				what: `-A DOCKER ${gw ? `! -i ${deviceOf(gw.network)} ` : ''}${match.hostIp !== '0.0.0.0' ? `-d ${match.hostIp}/32 ` : ''}-p tcp -m tcp --dport ${ctx.port} -j DNAT --to-destination ${target.ip}:${target.port}`,
				verdict: 'DNAT',
			});
			return {c, ...target};
		}
	}
	return undefined;
}

/** Routing out of a container's namespace. */
function fromContainer(ctx: Ctx, host: Host, source: Container, ip: string, prepared?: PreparedContainer): ProbeResult {
	const owner = prepared?.owner ?? sandboxOwner(host, source);
	if (isLoopback(ip)) {
		ctx.explain && ctx.hops.push({at: containerLabel(host, owner), what: `${ip} is this container's own loopback (lo)`});
		return deliverToContainer(ctx, host, owner, ip);
	}
	const mine = prepared?.attachments ?? attachments(host, owner);
	if (mine.some((a) => a.endpoint.ip === ip)) {
		ctx.explain && ctx.hops.push({at: containerLabel(host, owner), what: `${ip} is this container's own address`});
		return deliverToContainer(ctx, host, owner, ip);
	}
	if (mine.length === 0) {
		ctx.explain && ctx.hops.push({at: `${owner.name} (lo only)`, what: 'no interface but lo and no route: Network unreachable'});
		return done(ctx, 'unreachable', {ip});
	}
	const local = prepared
		? prepared.subnets.find((x) => cidrContains(x.cidr, ipToInt(ip)))?.attachment
		: mine.find((a) => (a.network.ipamConfig ?? []).some((c) => subnetContains(c.subnet, ip)));
	if (local) {
		const dev = deviceOf(local.network);
		ctx.explain && ctx.hops.push({at: containerLabel(host, owner), what: `${ip} is on ${local.network.name}'s subnet: out ${local.endpoint.ifname}, through ${local.endpoint.vethName} to bridge ${dev}`});
		const gateway = (local.network.ipamConfig ?? []).find((c) => c.gateway === ip);
		if (gateway) {
			ctx.explain && ctx.hops.push({at: `bridge ${dev}`, what: `${ip} is the bridge's own address: the host takes it (INPUT)`});
			if (ctx.protocol === 'tcp') ctx.explain && ctx.hops.push({at: `host ${host.name} nat/DOCKER`, what: `-A DOCKER -i ${dev} -j RETURN (no DNAT for traffic from a Docker bridge)`, verdict: 'RETURN'});
			return deliverToHost(ctx, host, ip);
		}
		const target = endpointAt(host, local.network, ip);
		if (!target && local.network.driver === 'overlay') {
			// The overlay's bridge knows the other nodes' endpoints (networkdb): VXLAN to their node.
			const remote = remoteOverlayEndpoint(ctx.world, host, local.network, ip);
			if (remote) {
				const to = remote.host.swarm?.advertiseAddr ?? remote.host.lanIp;
				ctx.explain && ctx.hops.push({at: 'vxlan', what: `encapsulated to ${to}:${VXLAN_PORT} (VNI ${vniOf(local.network)}), over the LAN from ${host.swarm?.advertiseAddr ?? host.lanIp}`});
				ctx.explain && ctx.hops.push({at: `host ${remote.host.name}`, what: `decapsulated on ${remote.host.name} into the overlay's bridge, to ${remote.container.networks[local.network.id]?.endpoint?.vethName ?? 'veth'} of ${remote.container.name}`, verdict: 'ACCEPT'});
				return deliverToContainer(ctx, remote.host, remote.container, ip);
			}
		}
		if (!target) {
			ctx.explain && ctx.hops.push({at: `bridge ${dev}`, what: `no endpoint has ${ip}: ARP gets no answer`});
			return done(ctx, 'timeout', {ip});
		}
		if (local.network.options['com.docker.network.bridge.enable_icc'] === 'false') {
			ctx.explain && ctx.hops.push({at: `host ${host.name} filter/FORWARD`, what: `-A FORWARD -i ${dev} -o ${dev} -j DROP (inter-container communication is off on ${local.network.name})`, verdict: 'DROP'});
			return done(ctx, 'timeout', {ip});
		}
		ctx.explain && ctx.hops.push({at: `bridge ${dev}`, what: `switches the frame to ${target.networks[local.network.id]?.endpoint?.vethName ?? 'veth'} of ${target.name}`, verdict: 'ACCEPT'});
		return deliverToContainer(ctx, host, target, ip);
	}
	const gw = prepared ? prepared.gateway : gatewayAttachment(host, owner);
	const viaGwBridge = gw ? undefined : overlayWayOut(host, owner);
	if (viaGwBridge) {
		// Overlay-only sandboxes get an eth1 on docker_gwbridge for their default route.
		const dev = deviceOf(viaGwBridge);
		const gwIp = viaGwBridge.ipamConfig?.[0]?.gateway ?? '';
		ctx.explain && ctx.hops.push({at: containerLabel(host, owner), what: `default route via ${gwIp} (docker_gwbridge): out eth1 to bridge ${dev}`});
		if (isHostAddress(host, ip)) {
			ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `${ip} is one of the host's own addresses (INPUT)`});
			return deliverToHost(ctx, host, ip);
		}
		const other = networkOwning(host, ip);
		if (other && other.driver === 'bridge' && other.id !== viaGwBridge.id) {
			ctx.explain && ctx.hops.push({at: `host ${host.name} filter/DOCKER-ISOLATION-STAGE-2`, what: `-A DOCKER-ISOLATION-STAGE-2 -o ${deviceOf(other)} -j DROP (different bridge networks are isolated)`, verdict: 'DROP'});
			return done(ctx, 'timeout', {ip});
		}
		ctx.explain && ctx.hops.push({at: `host ${host.name} nat/POSTROUTING`, what: `-A POSTROUTING -s ${viaGwBridge.ipamConfig?.[0]?.subnet} ! -o ${dev} -j MASQUERADE (source becomes ${host.lanIp})`, verdict: 'MASQUERADE'});
		return outside(ctx, ip);
	}
	if (!gw) {
		ctx.explain && ctx.hops.push({at: containerLabel(host, owner), what: `no default route (${mine.every((a) => a.network.internal) ? 'internal networks have no gateway' : 'no gateway'}): Network unreachable`});
		return done(ctx, 'unreachable', {ip});
	}
	const inDev = deviceOf(gw.network);
	ctx.explain && ctx.hops.push({at: containerLabel(host, owner), what: `default route via ${gw.endpoint.gateway} (${gw.network.name}): out ${gw.endpoint.ifname}, through ${gw.endpoint.vethName} to bridge ${inDev}`});
	if (isHostAddress(host, ip)) {
		ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `${ip} is one of the host's own addresses (INPUT)`});
		if (ctx.protocol === 'tcp') ctx.explain && ctx.hops.push({at: `host ${host.name} nat/DOCKER`, what: `-A DOCKER -i ${inDev} -j RETURN (no DNAT for traffic from a Docker bridge)`, verdict: 'RETURN'});
		return deliverToHost(ctx, host, ip);
	}
	const other = networkOwning(host, ip);
	if (other && other.driver === 'bridge') {
		const outDev = deviceOf(other);
		ctx.explain && ctx.hops.push({at: `host ${host.name} filter/DOCKER-ISOLATION-STAGE-1`, what: `-A DOCKER-ISOLATION-STAGE-1 -i ${inDev} ! -o ${inDev} -j DOCKER-ISOLATION-STAGE-2`});
		ctx.explain && ctx.hops.push({at: `host ${host.name} filter/DOCKER-ISOLATION-STAGE-2`, what: `-A DOCKER-ISOLATION-STAGE-2 -o ${outDev} -j DROP (different bridge networks are isolated)`, verdict: 'DROP'});
		return done(ctx, 'timeout', {ip});
	}
	ctx.explain && ctx.hops.push({at: `host ${host.name} filter/FORWARD`, what: `-A FORWARD -i ${inDev} ! -o ${inDev} -j ACCEPT`, verdict: 'ACCEPT'});
	ctx.explain && ctx.hops.push({at: `host ${host.name} nat/POSTROUTING`, what: `-A POSTROUTING -s ${(gw.network.ipamConfig ?? [])[0]?.subnet} ! -o ${inDev} -j MASQUERADE (source becomes ${host.lanIp})`, verdict: 'MASQUERADE'});
	return outside(ctx, ip);
}

/** Addresses beyond the host: the LAN machine, other hosts, the internet. */
function outside(ctx: Ctx, ip: string): ProbeResult {
	for (const other of Object.values(ctx.world.hosts)) {
		if (other.lanIp === ip) {
			ctx.explain && ctx.hops.push({at: 'LAN', what: `to host ${other.name} (${ip})`});
			return fromExternalToHost(ctx, other, ip);
		}
	}
	if (ip === EXTERNAL_LAN_IP) {
		ctx.explain && ctx.hops.push({at: 'LAN', what: `to the machine at ${ip}`});
		if (ctx.protocol === 'icmp') return done(ctx, 'ok', {ip, responder: 'external'});
		ctx.explain && ctx.hops.push({at: `external ${ip}`, what: `nothing listens on port ${ctx.port}`});
		return done(ctx, 'refused', {ip, responder: 'external'});
	}
	const remote = internetHost(ip);
	if (remote) {
		const name = ctx.name ?? ip;
		ctx.explain && ctx.hops.push({at: 'internet', what: `through the LAN router to ${ip}`});
		if (ctx.protocol === 'icmp') return done(ctx, 'ok', {ip, responder: name, remote});
		if (remote.ports.includes(ctx.port)) {
			const web = ctx.port === 80 || ctx.port === 443;
			const listener: Listener = {port: ctx.port, address: '0.0.0.0', protocol: 'tcp', program: name, kind: web ? 'http' : 'raw', ...(web ? {body: internetPage(ip, name)} : {})};
			return done(ctx, 'ok', {ip, responder: name, listener, remote});
		}
		ctx.explain && ctx.hops.push({at: name, what: `its firewall drops packets to port ${ctx.port}`});
		return done(ctx, 'timeout', {ip});
	}
	const privateOn = Object.values(ctx.world.hosts).find((h) => networkOwning(h, ip));
	if (privateOn) {
		ctx.explain && ctx.hops.push({at: 'LAN', what: `the LAN router has no route to ${ip} (a private address inside host ${privateOn.name}): nobody answers`});
		return done(ctx, 'timeout', {ip});
	}
	ctx.explain && ctx.hops.push({at: 'LAN', what: `no machine answers at ${ip}`});
	return done(ctx, 'timeout', {ip});
}


/** A packet from the LAN arriving at a host's LAN address (PREROUTING, then FORWARD or INPUT). */
function fromExternalToHost(ctx: Ctx, host: Host, ip: string): ProbeResult {
	const d = dnat(ctx, host, ip, 'eth0');
	if (d) {
		const gw = gatewayAttachment(host, d.c);
		ctx.explain && ctx.hops.push({at: `host ${host.name} filter/DOCKER`, what: `-A DOCKER -d ${d.ip}/32 ! -i ${gw ? deviceOf(gw.network) : 'br'} -o ${gw ? deviceOf(gw.network) : 'br'} -p tcp -m tcp --dport ${d.port} -j ACCEPT`, verdict: 'ACCEPT'});
		return deliverToContainer({...ctx, port: d.port}, host, d.c, d.ip);
	}
	// Ports published on 127.0.0.1 have neither a DNAT rule for this address nor a proxy on it.
	if (ctx.protocol === 'tcp') {
		const served = hostModeServer(ctx, host, ip);
		if (served) return served;
		const loopOnly = host.containers.values().some((c) => c.status === 'running' && Object.values(c.ports).some((bs) => bs.some((b) => Number(b.hostPort) === ctx.port && isLoopback(b.hostIp))));
		ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: loopOnly ? `port ${ctx.port} is published on 127.0.0.1 only: nothing listens on ${ip}:${ctx.port}; RST` : `nothing listens on ${ip}:${ctx.port}; RST`});
		return done(ctx, 'refused', {ip, responder: host.name});
	}
	return deliverToHost(ctx, host, ip);
}

function fromHost(ctx: Ctx, host: Host, ip: string): ProbeResult {
	if (isLoopback(ip)) {
		ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `${ip} is the host's loopback (lo): no DNAT for 127.0.0.0/8 (nat/OUTPUT ! -d 127.0.0.0/8)`});
		return deliverToHost(ctx, host, ip);
	}
	if (isHostAddress(host, ip)) {
		const d = dnat(ctx, host, ip, 'lo');
		if (d) return deliverToContainer({...ctx, port: d.port}, host, d.c, d.ip);
		return deliverToHost(ctx, host, ip);
	}
	const found = networkOwning(host, ip);
	// An overlay lives in its own namespace: the host itself has no route into it.
	const network = found && found.driver !== 'overlay' ? found : undefined;
	if (network) {
		const dev = deviceOf(network);
		ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `route ${(network.ipamConfig ?? [])[0]?.subnet} dev ${dev}`});
		const target = endpointAt(host, network, ip);
		if (!target) {
			ctx.explain && ctx.hops.push({at: `bridge ${dev}`, what: `no endpoint has ${ip}: ARP gets no answer`});
			return done(ctx, 'timeout', {ip});
		}
		ctx.explain && ctx.hops.push({at: `bridge ${dev}`, what: `to ${target.networks[network.id]?.endpoint?.vethName ?? 'veth'} of ${target.name}`});
		return deliverToContainer(ctx, host, target, ip);
	}
	ctx.explain && ctx.hops.push({at: `host ${host.name}`, what: `default route via the LAN router, out eth0`});
	return outside(ctx, ip);
}

/** Where a probe's source lives, or a reason it cannot send. */
function sourceLabel(world: World, from: Viewpoint): string {
	if (from.kind === 'external') return `external (${EXTERNAL_LAN_IP})`;
	const host = world.hosts[from.host];
	if (from.kind === 'host') return `host ${host.name}`;
	return host.containers.get(from.id)?.name ?? from.id;
}

/** Probes a name or address from a viewpoint: DNS, routing, iptables, proxy, listener. */
export interface ProbeOptions {
	/** false skips building the hops (same outcome, less work); default true. */
	readonly explain?: boolean;
}

/** What a container source's sandbox looks like, worked out once for many probes from it. */
interface PreparedContainer {
	readonly owner: Container;
	/** Each attachment's subnets as numbers, for the on-link test. */
	readonly subnets: {attachment: ReturnType<typeof attachments>[number]; cidr: Cidr}[];
	readonly attachments: ReturnType<typeof attachments>;
	readonly gateway: ReturnType<typeof gatewayAttachment>;
	readonly hostMode: boolean;
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
	const owner = sandboxOwner(host, c);
	const running = c.status === 'running' && owner.status === 'running';
	const list = attachments(host, owner);
	const subnets = list.flatMap((attachment) => (attachment.network.ipamConfig ?? []).map((cfg) => ({attachment, cidr: cidrOf(cfg.subnet)})));
	return {
		world,
		from,
		running,
		container: {owner, subnets, attachments: list, gateway: gatewayAttachment(host, owner), hostMode: owner.networkMode === 'host'},
	};
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
		ctx.explain && ctx.hops.push({at: sourceLabel(world, from), what: resolution.failure === 'no-server' ? `no DNS server is reachable to look up ${request.target}` : `${resolution.server || 'the resolver'} does not know ${request.target} (NXDOMAIN)`});
		return done(ctx, 'unresolved', {resolution});
	}
	const ip = resolution.ips[0];
	if (resolution.source !== 'literal') {
		ctx.explain && ctx.hops.push({at: sourceLabel(world, from), what: `${request.target} resolves to ${ip} (${resolution.source === 'embedded-dns' ? 'Docker\'s embedded DNS at 127.0.0.11' : resolution.source === 'hosts' ? '/etc/hosts' : `DNS server ${resolution.server}`})`});
	}
	const result = route(ctx, source, ip);
	result.resolution = resolution;
	return result;
}

function route(ctx: Ctx, source: PreparedSource, ip: string): ProbeResult {
	const from = source.from;
	if (from.kind === 'external') {
		ctx.explain && ctx.hops.push({at: `external (${EXTERNAL_LAN_IP})`, what: `sends to ${ip} over the LAN`});
		return outside(ctx, ip);
	}
	const host = ctx.world.hosts[from.host];
	if (from.kind === 'host') return fromHost(ctx, host, ip);
	const c = host.containers.get(from.id)!;
	if (source.container?.hostMode) {
		ctx.explain && ctx.hops.push({at: `${c.name} (host network)`, what: 'shares the host\'s network namespace'});
		return fromHost(ctx, host, ip);
	}
	return fromContainer(ctx, host, c, ip, source.container);
}

/**
 * Every address a container has, tried from a source without DNS: met for `reachable` when any
 * answers. Used by isolation goals, where a name that does not resolve is not isolation.
 */
export function probeContainer(world: World, from: Viewpoint, hostName: string, containerName: string, port?: number, options: ProbeOptions = {}): ProbeResult[] {
	const host = world.hosts[hostName];
	const c = host.containers.values().find((x) => x.name === containerName);
	if (!c) return [];
	const addresses = isHostMode(host, c) ? [host.lanIp] : attachments(host, c).map((a) => a.endpoint.ip);
	return addresses.map((ip) => probe(world, {from, target: ip, protocol: port === undefined ? 'icmp' : 'tcp', port}, options));
}
