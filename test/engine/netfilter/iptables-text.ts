// An independent reading of `iptables -S` text: parses the printed rules back and evaluates a
// packet against them, without the engine's walker. The firewall property test compares the two.
// It reads Docker's rules and the ones a learner adds (multiport, port ranges, REJECT, br+).

export interface TextRule {
	readonly chain: string;
	readonly matches: readonly {readonly opt: string; readonly value: string; readonly negated: boolean}[];
	readonly target: string;
	readonly toDestination?: string;
}

export interface TextTable {
	readonly policies: Map<string, string>;
	readonly chains: Map<string, TextRule[]>;
}

/** `-P CHAIN POLICY`, `-N CHAIN`, `-A CHAIN [!] -x value ... -j TARGET [--to-destination A:P]`. */
export function parseSave(text: string): TextTable {
	const policies = new Map<string, string>();
	const chains = new Map<string, TextRule[]>();
	for (const line of text.split('\n')) {
		const w = line.trim().split(/\s+/);
		if (w[0] === '-P') {
			policies.set(w[1], w[2]);
			chains.set(w[1], chains.get(w[1]) ?? []);
		} else if (w[0] === '-N') chains.set(w[1], chains.get(w[1]) ?? []);
		else if (w[0] === '-A') {
			const matches: {opt: string; value: string; negated: boolean}[] = [];
			let target = '';
			let toDestination: string | undefined;
			for (let i = 2; i < w.length; i++) {
				let negated = false;
				if (w[i] === '!') {
					negated = true;
					i++;
				}
				const opt = w[i];
				if (opt === '-j') target = w[++i];
				else if (opt === '--to-destination') toDestination = w[++i];
				else if (opt === '--reject-with') i++; // how REJECT answers: the verdict is the same
				else if (opt === '-m') {
					i++; // the module name: its options follow
				} else matches.push({opt, value: w[++i], negated});
			}
			const rules = chains.get(w[1]) ?? [];
			rules.push({chain: w[1], matches, target, ...(toDestination ? {toDestination} : {})});
			chains.set(w[1], rules);
		}
	}
	return {policies, chains};
}

function toInt(ip: string): number {
	return ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}

function inCidr(cidr: string, ip: string): boolean {
	if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return false;
	const [base, bits] = cidr.split('/');
	const prefix = bits === undefined ? 32 : Number(bits);
	const size = 2 ** (32 - prefix);
	return Math.floor(toInt(ip) / size) === Math.floor(toInt(base) / size);
}

export interface TextPacket {
	readonly src: string;
	readonly dst: string;
	readonly proto: 'tcp' | 'icmp';
	readonly dport?: number;
	readonly in: string;
	readonly out: string;
	readonly local: (ip: string) => boolean;
}

/** `br+` is every name that starts with br. */
function iface(pattern: string, name: string): boolean {
	return pattern.endsWith('+') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

function holds(m: TextRule['matches'][number], p: TextPacket): boolean {
	switch (m.opt) {
		case '-s':
			return inCidr(m.value, p.src);
		case '-d':
			return inCidr(m.value, p.dst);
		case '-i':
			return iface(m.value, p.in);
		case '-o':
			return iface(m.value, p.out);
		case '-p':
			return m.value === p.proto;
		case '--dport': {
			const [lo, hi] = m.value.split(':').map(Number);
			return p.dport !== undefined && p.dport >= lo && p.dport <= (hi ?? lo);
		}
		case '--dports':
			return m.value.split(',').some((item) => {
				const [lo, hi] = item.split(':').map(Number);
				return p.dport !== undefined && p.dport >= lo && p.dport <= (hi ?? lo);
			});
		case '--dst-type':
			return m.value === 'LOCAL' && p.local(p.dst);
		case '--ctstate':
			return m.value.split(',').includes('NEW');
		default:
			throw new Error(`the test's reader does not know ${m.opt}`);
	}
}

export interface TextVerdict {
	readonly verdict: string;
	readonly toDestination?: string;
}

/** The packet through a built-in chain: first matching rule's target, jumps and RETURN, else the policy. */
export function evaluate(t: TextTable, chain: string, p: TextPacket): TextVerdict {
	const run = (name: string, depth: number): TextVerdict | undefined => {
		if (depth > 20) throw new Error('jump loop');
		for (const r of t.chains.get(name) ?? []) {
			if (!r.matches.every((m) => holds(m, p) !== m.negated)) continue;
			if (r.target === '') continue; // no target: the rule only counts
			if (r.target === 'RETURN') return undefined;
			if (t.chains.has(r.target)) {
				const inner = run(r.target, depth + 1);
				if (inner) return inner;
				continue;
			}
			return {verdict: r.target, ...(r.toDestination ? {toDestination: r.toDestination} : {})};
		}
		return undefined;
	};
	return run(chain, 0) ?? {verdict: t.policies.get(chain) ?? 'ACCEPT'};
}
