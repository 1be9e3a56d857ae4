// Walks a packet through one chain of a table, as the kernel's iptables does: rules in order, the
// first whose matches all hold applies its target; a jump runs the user chain and comes back
// when it ends or RETURNs; a built-in chain that runs out applies its policy. Generic over
// matches and targets: nothing here knows Docker.
import {cidrContains, cidrOf, ipToInt, isIPv4} from '../ip.js';
import {chainOf, type Rule, type Table} from './types.js';

export interface Packet {
	readonly src: string;
	readonly dst: string;
	readonly protocol: 'tcp' | 'udp' | 'icmp';
	readonly dport?: number;
	/** '' (or undefined) where the kernel has none: no -i in OUTPUT, no -o in PREROUTING. */
	readonly inIface?: string;
	readonly outIface?: string;
	readonly ctstate: 'NEW' | 'ESTABLISHED' | 'RELATED' | 'INVALID';
}

export interface WalkEnv {
	/** `-m addrtype --dst-type LOCAL`: is the address one of this host's own? */
	isLocal(ip: string): boolean;
}

export type Verdict = 'ACCEPT' | 'DROP' | 'REJECT' | 'DNAT' | 'SNAT' | 'MASQUERADE';

export interface Decision {
	readonly verdict: Verdict;
	/** The rule whose target decided, or undefined when the chain's policy did. */
	readonly rule?: Rule;
	/**
	 * The jumps that led to `rule` (outermost first). When the policy decided, the last RETURN and
	 * the jumps that led to it instead (nat's DOCKER chain RETURNs traffic from a bridge).
	 */
	readonly trail: readonly Rule[];
}

const TERMINAL = new Set<string>(['ACCEPT', 'DROP', 'REJECT', 'DNAT', 'SNAT', 'MASQUERADE']);
/** iptables refuses to load loops; this bounds a malformed table all the same. */
const MAX_DEPTH = 32;

function addrMatches(cidr: string, ip: string): boolean {
	if (!isIPv4(ip)) return false;
	return cidrContains(cidrOf(cidr.includes('/') ? cidr : `${cidr}/32`), ipToInt(ip));
}

/** `-i br+` matches every name starting with br, as in iptables. */
function ifaceMatches(pattern: string, name: string): boolean {
	return pattern.endsWith('+') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

/** `--dports 80,443,8000:8100` */
function inPortList(list: string, port: number | undefined): boolean {
	if (port === undefined) return false;
	return list.split(',').some((item) => {
		const [lo, hi] = item.split(':').map(Number);
		return port >= lo && port <= (hi ?? lo);
	});
}

export function ruleMatches(r: Rule, p: Packet, env: WalkEnv): boolean {
	if (r.source !== undefined && addrMatches(r.source, p.src) === !!r.notSource) return false;
	if (r.destination !== undefined && addrMatches(r.destination, p.dst) === !!r.notDestination) return false;
	if (r.inIface !== undefined && ifaceMatches(r.inIface, p.inIface ?? '') === !!r.notIn) return false;
	if (r.outIface !== undefined && ifaceMatches(r.outIface, p.outIface ?? '') === !!r.notOut) return false;
	if (r.protocol !== undefined && (r.protocol === p.protocol) === !!r.notProtocol) return false;
	if (r.dport !== undefined && (p.dport === undefined || p.dport < r.dport || p.dport > (r.dportEnd ?? r.dport))) return false;
	if (r.dports !== undefined && !inPortList(r.dports, p.dport)) return false;
	if (r.ctstate !== undefined && !r.ctstate.split(',').includes(p.ctstate)) return false;
	if (r.dstTypeLocal && !env.isLocal(p.dst)) return false;
	return true;
}

interface Walk {
	readonly table: Table;
	readonly packet: Packet;
	readonly env: WalkEnv;
	readonly stack: Rule[];
	lastReturn: readonly Rule[];
}

function run(w: Walk, chainName: string, depth: number): Decision | undefined {
	const chain = chainOf(w.table, chainName);
	if (!chain || depth > MAX_DEPTH) return undefined;
	for (const r of chain.rules) {
		if (!ruleMatches(r, w.packet, w.env)) continue;
		// A rule without a target only counts the packet and goes on.
		if (!r.target) continue;
		if (TERMINAL.has(r.target)) return {verdict: r.target as Verdict, rule: r, trail: [...w.stack]};
		if (r.target === 'RETURN') {
			w.lastReturn = [...w.stack, r];
			return undefined;
		}
		w.stack.push(r);
		const inner = run(w, r.target, depth + 1);
		w.stack.pop();
		if (inner) return inner;
	}
	return undefined;
}

/** Runs the packet through a built-in chain; what decided it, and how it got there. */
export function walkChain(table: Table, chainName: string, packet: Packet, env: WalkEnv): Decision {
	// A packet of the other address family never enters this table's hooks.
	if (isIPv4(packet.dst) !== (table.family === 'ipv4')) return {verdict: 'ACCEPT', trail: []};
	const w: Walk = {table, packet, env, stack: [], lastReturn: []};
	const decided = run(w, chainName, 0);
	if (decided) return decided;
	return {verdict: chainOf(table, chainName)?.policy ?? 'ACCEPT', trail: w.lastReturn};
}

/** DNAT's new destination (`--to-destination ADDR[:PORT]`). */
export function dnatTarget(rule: Rule, packet: Packet): {ip: string; port: number | undefined} {
	const [ip, port] = (rule.toDestination ?? '').split(':');
	return {ip: ip || packet.dst, port: port ? Number(port) : packet.dport};
}
