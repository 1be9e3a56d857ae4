// probe's way through the host's netfilter hooks: it hands packets to the generic walker
// (netfilter/walk.ts) chain by chain, in the kernel's order (raw, nat, routing decision, filter,
// nat POSTROUTING), and turns the decisions into hops. The tables are the ones `iptables` prints.
import type {Host, Network} from './types.js';
import {isLoopback} from './ip.js';
import {hostIndex, networkOwningIp} from './host-index.js';
import {capabilitiesOf} from './drivers/index.js';
import {dnatTarget, hostTables, ruleSpec, walkChain, type Decision, type Packet, type TableName, type WalkEnv} from './netfilter/index.js';
import {note, type Ctx, type Outcome} from './reachability-types.js';
import type {Place} from './reachability-hops.js';

const envs = new WeakMap<Host, WalkEnv>();

/** `--dst-type LOCAL`: loopback, the LAN address and every bridge's gateway address. */
export function walkEnv(host: Host): WalkEnv {
	let env = envs.get(host);
	if (!env) {
		const own = hostIndex(host).hostAddresses;
		env = {isLocal: (ip) => isLoopback(ip) || own.has(ip)};
		envs.set(host, env);
	}
	return env;
}

export function chainPlace(host: Host, table: TableName, chain: string): Place {
	return {kind: 'chain', host: host.name, table, chain};
}

/** Walks one chain and, when explaining, records the jumps and the rule (or policy) that decided. */
export function traverse(ctx: Ctx, host: Host, table: TableName, chain: string, packet: Packet, showPolicy = false): Decision {
	const d = walkChain(hostTables(ctx.world, host.name)[table], chain, packet, walkEnv(host));
	if (!ctx.explain) return d;
	for (const r of d.trail) note(ctx, () => ({at: chainPlace(host, table, r.chain), step: {kind: 'rule', rule: ruleSpec(r), ...(r.note ? {note: r.note} : {})}, ...(r.target === 'RETURN' ? {verdict: 'RETURN' as const} : {})}));
	const rule = d.rule;
	if (rule) {
		const extra = d.verdict === 'MASQUERADE' ? {masqueradeAs: host.lanIp} : d.verdict === 'DNAT' && rule.toDestination ? {to: rule.toDestination} : {};
		note(ctx, () => ({at: chainPlace(host, table, rule.chain), step: {kind: 'rule', rule: ruleSpec(rule), ...(rule.note ? {note: rule.note} : {}), ...extra}, verdict: d.verdict}));
	} else if (showPolicy) {
		note(ctx, () => ({at: chainPlace(host, table, chain), step: {kind: 'policy', chain, policy: d.verdict}, verdict: d.verdict}));
	}
	return d;
}

function dropped(d: Decision): boolean {
	return d.verdict === 'DROP' || d.verdict === 'REJECT';
}

function translated(d: Decision, p: Packet): Packet {
	if (d.verdict !== 'DNAT' || !d.rule) return p;
	const to = dnatTarget(d.rule, p);
	return {...p, dst: to.ip, ...(to.port === undefined ? {} : {dport: to.port})};
}

/** A packet arriving on one of the host's interfaces: raw then nat PREROUTING. undefined = dropped. */
export function prerouting(ctx: Ctx, host: Host, p: Packet): Packet | undefined {
	if (dropped(traverse(ctx, host, 'raw', 'PREROUTING', p))) return undefined;
	return translated(traverse(ctx, host, 'nat', 'PREROUTING', p), p);
}

/** A packet the host itself sends: raw and nat OUTPUT (DNAT), then filter OUTPUT. undefined = dropped. */
export function output(ctx: Ctx, host: Host, p: Packet): Packet | undefined {
	if (dropped(traverse(ctx, host, 'raw', 'OUTPUT', p))) return undefined;
	const after = translated(traverse(ctx, host, 'nat', 'OUTPUT', p), p);
	if (dropped(traverse(ctx, host, 'filter', 'OUTPUT', after))) return undefined;
	return after;
}

/**
 * What the sender sees when a filter chain stops its packet: DROP leaves it waiting (timeout); a
 * learner's REJECT answers a TCP connect with an error (refused: RST or ICMP port unreachable).
 */
function stopped(d: Decision, p: Packet): Outcome | undefined {
	if (!dropped(d)) return undefined;
	return d.verdict === 'REJECT' && p.protocol === 'tcp' ? 'refused' : 'timeout';
}

/** filter FORWARD: undefined when the packet may pass, else what the sender sees (the chain's DROP policy is shown when it decides). */
export function forward(ctx: Ctx, host: Host, p: Packet): Outcome | undefined {
	return stopped(traverse(ctx, host, 'filter', 'FORWARD', p, true), p);
}

/** filter INPUT: undefined when the host's own sockets may see the packet, else what the sender sees. */
export function input(ctx: Ctx, host: Host, p: Packet): Outcome | undefined {
	return stopped(traverse(ctx, host, 'filter', 'INPUT', p, true), p);
}

/** nat POSTROUTING: the packet as it leaves (MASQUERADE gives it the host's LAN address). */
export function postrouting(ctx: Ctx, host: Host, p: Packet): Packet {
	const d = traverse(ctx, host, 'nat', 'POSTROUTING', p);
	return d.verdict === 'MASQUERADE' ? {...p, src: host.lanIp} : p;
}

export type HostRoute = {readonly kind: 'local'} | {readonly kind: 'bridge'; readonly network: Network; readonly device: string} | {readonly kind: 'default'};

/**
 * The host's routing decision: its own addresses, then one route per bridge subnet
 * (`172.18.0.0/16 dev br-…`), then the default route out eth0. An overlay's subnet lives in its
 * own namespace, so the host has no route into it.
 */
export function hostRoute(host: Host, ip: string): HostRoute {
	if (walkEnv(host).isLocal(ip)) return {kind: 'local'};
	const n = networkOwningIp(host, ip);
	if (n && capabilitiesOf(n).hostRoute && capabilitiesOf(n).bridgeDevice && n.device) return {kind: 'bridge', network: n, device: n.device};
	return {kind: 'default'};
}

export function packetOf(ctx: Ctx, src: string, dst: string, inIface?: string, outIface?: string): Packet {
	return {src, dst, protocol: ctx.protocol, ...(ctx.protocol === 'icmp' ? {} : {dport: ctx.port}), ...(inIface ? {inIface} : {}), ...(outIface ? {outIface} : {}), ctstate: 'NEW'};
}
