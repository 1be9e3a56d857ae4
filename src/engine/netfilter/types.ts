// The netfilter model: tables of chains of ordered rules, as the kernel holds them. A generator
// (docker26.ts today) builds them from the state; `iptables` prints them and probe walks them
// (walk.ts), so what a learner reads is what decides their packets. Nothing here is Docker's:
// matches and targets are iptables' own, and a later generator (Docker 28, ip6tables, rules a
// learner inserts into DOCKER-USER) only has to produce these shapes.

export type TableName = 'raw' | 'mangle' | 'nat' | 'filter';

/** Built-in targets; any other target is a jump to the user chain of that name. */
export type BuiltinTarget = 'ACCEPT' | 'DROP' | 'REJECT' | 'RETURN' | 'DNAT' | 'SNAT' | 'MASQUERADE';

/**
 * Why a generator wrote a rule, for explanations only (trace says "different bridge networks are
 * isolated"). The walker never reads it; a rule without one is explained by its text alone.
 */
export type RuleNote = 'isolation' | 'internal' | 'icc-off' | 'icc' | 'outbound' | 'established' | 'to-docker' | 'published' | 'bridge-return' | 'masquerade' | 'hairpin-masquerade' | 'dnat' | 'user-return' | 'jump' | 'unpublished' | 'direct-access' | 'loopback-only' | 'user';

export interface Rule {
	readonly chain: string;
	/** -s (CIDR or address/32) and its negation. */
	readonly source?: string;
	readonly notSource?: boolean;
	readonly destination?: string;
	readonly notDestination?: boolean;
	readonly inIface?: string;
	readonly notIn?: boolean;
	readonly outIface?: string;
	readonly notOut?: boolean;
	/** tcp, udp, icmp; undefined = all. */
	readonly protocol?: 'tcp' | 'udp' | 'icmp';
	/** `! -p tcp` */
	readonly notProtocol?: boolean;
	/** -m tcp --dport N (or N:dportEnd, a range) */
	readonly dport?: number;
	readonly dportEnd?: number;
	/** -m multiport --dports 80,443,8000:8100, as iptables prints it */
	readonly dports?: string;
	/** -m conntrack --ctstate ... (or -m state --state ... when ctMatch is 'state') */
	readonly ctstate?: string;
	readonly ctMatch?: 'state';
	/** REJECT --reject-with TYPE (iptables fills in icmp-port-unreachable) */
	readonly rejectWith?: string;
	/**
	 * The order of the -m matches as given, which is how iptables prints them (a learner's rule;
	 * Docker's rules print in the default order: addrtype, conntrack, then the port).
	 */
	readonly matchOrder?: readonly ('addrtype' | 'conntrack' | 'port' | 'multiport')[];
	/** -m addrtype --dst-type LOCAL */
	readonly dstTypeLocal?: boolean;
	readonly target: string;
	/** DNAT --to-destination ADDR:PORT */
	readonly toDestination?: string;
	readonly note?: RuleNote;
}

export interface Chain {
	readonly name: string;
	/** Built-in chains have a policy; user chains do not. */
	readonly policy?: 'ACCEPT' | 'DROP';
	readonly rules: readonly Rule[];
}

export interface Table {
	readonly name: TableName;
	/** iptables' tables see IPv4 packets only; ip6tables' (a later generator) IPv6 ones. */
	readonly family: 'ipv4' | 'ipv6';
	/** Built-in chains first (in the kernel's order), then user chains, as iptables lists them. */
	readonly chains: readonly Chain[];
}

export type Tables = Readonly<Record<TableName, Table>>;

/** The built-in chains of each table, in the order iptables lists them. */
export const BUILTIN_CHAINS: Readonly<Record<TableName, readonly string[]>> = {
	raw: ['PREROUTING', 'OUTPUT'],
	mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
	nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
	filter: ['INPUT', 'FORWARD', 'OUTPUT'],
};

export function chainOf(table: Table, name: string): Chain | undefined {
	return table.chains.find((c) => c.name === name);
}
