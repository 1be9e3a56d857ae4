// One rule as `iptables -S` prints it (`-A CHAIN ...`), in iptables' canonical option order.
// trace quotes rules in this form too, so the learner can find them in `iptables -S`.
import type {Rule} from './types.js';

const DEFAULT_ORDER = ['addrtype', 'conntrack', 'port', 'multiport'] as const;

export function ruleSpec(r: Rule): string {
	const parts = [`-A ${r.chain}`];
	if (r.source) parts.push(`${r.notSource ? '! ' : ''}-s ${r.source}`);
	if (r.destination) parts.push(`${r.notDestination ? '! ' : ''}-d ${r.destination}`);
	if (r.inIface) parts.push(`${r.notIn ? '! ' : ''}-i ${r.inIface}`);
	if (r.outIface) parts.push(`${r.notOut ? '! ' : ''}-o ${r.outIface}`);
	if (r.protocol) parts.push(`${r.notProtocol ? '! ' : ''}-p ${r.protocol}`);
	const matches: Record<string, string | undefined> = {
		addrtype: r.dstTypeLocal ? '-m addrtype --dst-type LOCAL' : undefined,
		conntrack: r.ctstate ? (r.ctMatch === 'state' ? `-m state --state ${r.ctstate}` : `-m conntrack --ctstate ${r.ctstate}`) : undefined,
		port: r.protocol && r.dport !== undefined ? `-m ${r.protocol} --dport ${r.dport}${r.dportEnd !== undefined ? `:${r.dportEnd}` : ''}` : undefined,
		multiport: r.dports ? `-m multiport --dports ${r.dports}` : undefined,
	};
	for (const m of r.matchOrder ?? DEFAULT_ORDER) if (matches[m]) parts.push(matches[m]);
	// A learner's rule may have no target at all (it only counts packets).
	if (r.target) parts.push(`-j ${r.target}`);
	if (r.target === 'REJECT') parts.push(`--reject-with ${r.rejectWith ?? 'icmp-port-unreachable'}`);
	if (r.toDestination) parts.push(`--to-destination ${r.toDestination}`);
	return parts.join(' ');
}
