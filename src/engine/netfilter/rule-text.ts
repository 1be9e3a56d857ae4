// One rule as `iptables -S` prints it (`-A CHAIN ...`), in iptables' canonical option order.
// trace quotes rules in this form too, so the learner can find them in `iptables -S`.
import type {Rule} from './types.js';

export function ruleSpec(r: Rule): string {
	const parts = [`-A ${r.chain}`];
	if (r.source) parts.push(`${r.notSource ? '! ' : ''}-s ${r.source}`);
	if (r.destination) parts.push(`${r.notDestination ? '! ' : ''}-d ${r.destination}`);
	if (r.inIface) parts.push(`${r.notIn ? '! ' : ''}-i ${r.inIface}`);
	if (r.outIface) parts.push(`${r.notOut ? '! ' : ''}-o ${r.outIface}`);
	if (r.protocol) parts.push(`-p ${r.protocol}`);
	if (r.dstTypeLocal) parts.push('-m addrtype --dst-type LOCAL');
	if (r.ctstate) parts.push(`-m conntrack --ctstate ${r.ctstate}`);
	if (r.protocol && r.dport !== undefined) parts.push(`-m ${r.protocol} --dport ${r.dport}`);
	parts.push(`-j ${r.target}`);
	if (r.toDestination) parts.push(`--to-destination ${r.toDestination}`);
	return parts.join(' ');
}
