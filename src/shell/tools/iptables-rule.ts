// A rule as a learner types it after `iptables -A/-I/-D/-C CHAIN`: the matches and target
// iptables 1.8.9 (nf_tables) takes, canonicalised as it stores them (addresses to their network,
// service names to port numbers, protocols to lower case), and its error texts, measured with the
// real iptables in a fresh network namespace.
import {cidrOf, cidrText, isIPv4} from '../../engine/ip.js';
import type {Rule} from '../../engine/netfilter/index.js';

export const IPT = 'iptables v1.8.9 (nf_tables)';
export const TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";

/** A usage error, as iptables prints it (exit 2), or a failure from the kernel (its own text and code). */
export interface RuleError {
	readonly stderr: string;
	readonly exitCode: number;
}

export function usage(message: string, blankLine = false): RuleError {
	return {stderr: `${IPT}: ${message}\n${blankLine ? '\n' : ''}${TRY}`, exitCode: 2};
}

export const SERVICES: Record<number, string> = {22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 3306: 'mysql', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt'};
const PORT_OF: Record<string, number> = Object.fromEntries(Object.entries(SERVICES).map(([n, name]) => [name, Number(n)]));
const PROTOCOLS: Record<string, 'tcp' | 'udp' | 'icmp' | 'all'> = {tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp', all: 'all', '0': 'all'};
/** Protocols iptables knows that the simulation never sends. */
const OTHER_PROTOCOLS = new Set(['sctp', 'udplite', 'dccp', 'esp', 'ah', 'gre', 'icmpv6', 'ipv6-icmp', 'mh']);
const CTSTATES = new Set(['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED', 'SNAT', 'DNAT']);
const REJECT_TYPES = new Set(['icmp-net-unreachable', 'icmp-host-unreachable', 'icmp-port-unreachable', 'icmp-proto-unreachable', 'icmp-net-prohibited', 'icmp-host-prohibited', 'icmp-admin-prohibited', 'tcp-reset']);
const TARGETS = new Set(['ACCEPT', 'DROP', 'REJECT', 'RETURN']);
/** Matches iptables has that the simulation does not evaluate. */
const OTHER_MATCHES = new Set(['comment', 'limit', 'recent', 'mac', 'iprange', 'string', 'owner', 'mark', 'connlimit', 'hashlimit', 'length', 'ttl', 'set', 'physdev', 'pkttype', 'icmp', 'addrtype']);

function address(text: string): string | undefined {
	const [ip, prefix] = text.split('/');
	if (!isIPv4(ip)) return undefined;
	if (prefix === undefined) return `${ip}/32`;
	if (!/^\d+$/.test(prefix) || Number(prefix) > 32) return undefined;
	return cidrText(cidrOf(`${ip}/${prefix}`));
}

function port(text: string): number | undefined {
	if (/^\d+$/.test(text)) return Number(text) <= 65535 ? Number(text) : undefined;
	return PORT_OF[text];
}

export interface ParsedRule {
	readonly rule: Rule;
}

/**
 * Parses `words` (what follows the chain, and the rule number for -I) into a rule for `chain`.
 * `isChain` says whether a jump target exists in the table.
 */
export function parseRule(words: readonly string[], chain: string, isChain: (name: string) => boolean): Rule | RuleError {
	const r: {-readonly [K in keyof Rule]?: Rule[K]} = {chain, note: 'user'};
	const order: ('conntrack' | 'port' | 'multiport')[] = [];
	const matches = new Set<string>();
	let negate = false;
	let target: string | undefined;
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (w === '!') {
			negate = true;
			continue;
		}
		const arg = (): string | RuleError => {
			const v = words[i + 1];
			if (v === undefined) return usage(`option "${w}" requires an argument`);
			i++;
			return v;
		};
		const not = negate;
		negate = false;
		const v = w.startsWith('-') ? arg() : w;
		if (typeof v !== 'string') return v;
		switch (w) {
			case '-s': case '--source': case '-d': case '--destination': {
				const a = address(v);
				if (!a) return usage(`host/network \`${v}' not found`);
				if (w === '-s' || w === '--source') Object.assign(r, {source: a, ...(not ? {notSource: true} : {})});
				else Object.assign(r, {destination: a, ...(not ? {notDestination: true} : {})});
				break;
			}
			case '-i': case '--in-interface':
				if (chain === 'OUTPUT' || chain === 'POSTROUTING') return usage(`Can't use -i with ${chain}`, true);
				Object.assign(r, {inIface: v, ...(not ? {notIn: true} : {})});
				break;
			case '-o': case '--out-interface':
				if (chain === 'INPUT' || chain === 'PREROUTING') return usage(`Can't use -o with ${chain}`, true);
				Object.assign(r, {outIface: v, ...(not ? {notOut: true} : {})});
				break;
			case '-p': case '--protocol': {
				const p = PROTOCOLS[v.toLowerCase()];
				if (!p && OTHER_PROTOCOLS.has(v.toLowerCase())) return usage(`netdojo: -p ${v} is not simulated (tcp, udp, icmp and all are)`);
				if (!p) return usage(`unknown protocol "${v}" specified`);
				if (p !== 'all') Object.assign(r, {protocol: p, ...(not ? {notProtocol: true} : {})});
				break;
			}
			case '-m': case '--match': {
				const m = v.toLowerCase();
				if (m === 'multiport' && r.protocol !== 'tcp' && r.protocol !== 'udp') return usage("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
				if (m === 'tcp' || m === 'udp') order.push('port');
				else if (m === 'conntrack' || m === 'state') order.push('conntrack');
				else if (m === 'multiport') order.push('multiport');
				else if (OTHER_MATCHES.has(m)) return usage(`netdojo: -m ${m} is not simulated (tcp, udp, conntrack, state and multiport are)`);
				else return usage(`Couldn't load match \`${v}':No such file or directory`, true);
				matches.add(m);
				break;
			}
			case '--dport': case '--destination-port': {
				if (!matches.has(r.protocol ?? '') && (r.protocol === 'tcp' || r.protocol === 'udp')) {
					matches.add(r.protocol);
					order.push('port');
				}
				if (!matches.has('tcp') && !matches.has('udp')) return usage(`unknown option "${w}"`);
				const [lo, hi] = v.split(':');
				const from = port(lo);
				const to = hi === undefined ? undefined : port(hi);
				if (from === undefined || (hi !== undefined && to === undefined)) return usage(`invalid port/service \`${v}' specified`);
				Object.assign(r, {dport: from, ...(to !== undefined ? {dportEnd: to} : {})});
				break;
			}
			case '--dports': case '--destination-ports': {
				if (!matches.has('multiport')) return usage(`unknown option "${w}"`);
				const items = v.split(',').map((item) => item.split(':').map(port));
				if (items.some((ports) => ports.some((p) => p === undefined))) return usage(`invalid port/service \`${v}' specified`);
				Object.assign(r, {dports: items.map((ports) => ports.join(':')).join(',')});
				break;
			}
			case '--ctstate': case '--state': {
				if (!matches.has(w === '--ctstate' ? 'conntrack' : 'state')) return usage(`unknown option "${w}"`);
				const states = v.toUpperCase().split(',');
				const bad = states.find((s) => !CTSTATES.has(s));
				if (bad !== undefined) return usage(`Bad ${w === '--ctstate' ? 'ctstate' : 'state'} "${v.split(',')[states.indexOf(bad)]}"`);
				Object.assign(r, {ctstate: states.join(','), ...(w === '--state' ? {ctMatch: 'state' as const} : {})});
				break;
			}
			case '-j': case '--jump':
				if (target !== undefined) return usage('multiple -j flags not allowed');
				if (!TARGETS.has(v) && !isChain(v)) {
					if (['DNAT', 'SNAT', 'MASQUERADE', 'LOG', 'MARK', 'NFLOG', 'TCPMSS', 'CT', 'NOTRACK'].includes(v)) return usage(`netdojo: -j ${v} is not simulated in rules you add (ACCEPT, DROP, REJECT, RETURN and jumps to a chain are)`);
					return usage(`Chain '${v}' does not exist`);
				}
				target = v;
				break;
			case '--reject-with':
				if (target !== 'REJECT') return usage(`unknown option "${w}"`);
				if (!REJECT_TYPES.has(v)) return usage(`unknown reject type "${v}"`);
				Object.assign(r, {rejectWith: v});
				break;
			default:
				if (!w.startsWith('-')) return {stderr: `Bad argument \`${w}'\n${TRY}`, exitCode: 2};
				if (w === '--sport' || w === '--source-port' || w === '--sports') return usage(`netdojo: ${w} is not simulated (a probe has no source port)`);
				return usage(`unknown option "${w}"`);
		}
	}
	if (r.rejectWith === 'tcp-reset' && r.protocol !== 'tcp') return {stderr: `${IPT}:  RULE_APPEND failed (Invalid argument): rule in chain ${chain}\n`, exitCode: 4};
	return {...r, target: target ?? '', ...(order.length > 0 ? {matchOrder: order} : {})} as Rule;
}

export function isRuleError(x: Rule | RuleError): x is RuleError {
	return 'stderr' in x;
}
