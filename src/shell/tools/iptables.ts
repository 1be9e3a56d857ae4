// iptables (1.8.9, nf_tables): views of the host's netfilter tables, which the engine generates
// from the state (src/engine/netfilter/) and probe walks: what is printed here is what decides
// packets. -L [-n] [-v] [--line-numbers] [CHAIN], -S [CHAIN], -t raw|mangle|nat|filter. The
// edits (-A, -I, -D, -C, -F, -P) are iptables-edit.ts.
import {hostTables, ruleSpec, type Chain, type Rule, type TableName} from '../../engine/netfilter/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {iptablesEdit, isEditCommand} from './iptables-edit.js';
import {SERVICES} from './iptables-rule.js';

const PROTO_NUM: Record<string, string> = {tcp: '6', udp: '17'};

interface ListOptions {
	numeric: boolean;
	verbose: boolean;
	lineNumbers: boolean;
}

function addr(value: string | undefined, numeric: boolean): string {
	if (!value || value === '0.0.0.0/0') return numeric ? '0.0.0.0/0' : 'anywhere';
	if (value.endsWith('/32')) return value.slice(0, -3);
	return value;
}

function references(chains: readonly Chain[], name: string): number {
	return chains.reduce((n, c) => n + c.rules.filter((r) => r.target === name).length, 0);
}

function portName(port: number, numeric: boolean): string {
	return numeric ? String(port) : (SERVICES[port] ?? String(port));
}

function extras(r: Rule, numeric: boolean): string {
	const text: Record<string, string | undefined> = {
		addrtype: r.dstTypeLocal ? 'ADDRTYPE match dst-type LOCAL' : undefined,
		conntrack: r.ctstate ? `${r.ctMatch === 'state' ? 'state' : 'ctstate'} ${r.ctstate}` : undefined,
		port: r.protocol && r.dport !== undefined
			? (r.dportEnd !== undefined ? `${r.protocol} dpts:${portName(r.dport, numeric)}:${portName(r.dportEnd, numeric)}` : `${r.protocol} dpt:${portName(r.dport, numeric)}`)
			: undefined,
		multiport: r.dports ? `multiport dports ${r.dports.split(',').map((item) => item.split(':').map((p) => portName(Number(p), numeric)).join(':')).join(',')}` : undefined,
	};
	const parts: string[] = [];
	for (const m of r.matchOrder ?? ['addrtype', 'conntrack', 'port', 'multiport']) if (text[m]) parts.push(text[m]!);
	if (r.target === 'REJECT') parts.push(`reject-with ${r.rejectWith ?? 'icmp-port-unreachable'}`);
	if (r.toDestination) parts.push(`to:${r.toDestination}`);
	return parts.map((p) => ` ${p}`).join('');
}

function iface(name: string | undefined, negate: boolean | undefined, numeric: boolean): string {
	return `${negate ? '!' : ''}${name ?? (numeric ? '*' : 'any')}`;
}

function listChain(chains: readonly Chain[], c: Chain, o: ListOptions): string {
	let out = `Chain ${c.name}`;
	if (c.policy) out += ` (policy ${c.policy}${o.verbose ? ' 0 packets, 0 bytes' : ''})\n`;
	else out += ` (${references(chains, c.name)} references)\n`;
	let header = '';
	if (o.lineNumbers) header += 'num  ';
	if (o.verbose) header += ' pkts bytes ';
	header += 'target     prot opt ';
	if (o.verbose) header += 'in     out     ';
	header += 'source               destination         \n';
	out += header;
	c.rules.forEach((r, i) => {
		let line = '';
		if (o.lineNumbers) line += `${String(i + 1).padEnd(4)} `;
		if (o.verbose) line += `${'0'.padStart(5)} ${'0'.padStart(5)} `;
		line += `${r.target.padEnd(9)} `;
		line += r.notProtocol ? '!' : ' ';
		// iptables 1.8.11 (the recording host's) names the protocol even with -n.
		line += (r.protocol ?? 'all').padEnd(5);
		line += '-- ';
		if (o.verbose) line += ` ${iface(r.inIface, r.notIn, o.numeric).padEnd(6)} ${iface(r.outIface, r.notOut, o.numeric).padEnd(6)} `;
		line += `${r.notSource ? '!' : ' '}${addr(r.source, o.numeric).padEnd(19)} `;
		line += `${r.notDestination ? '!' : ' '}${addr(r.destination, o.numeric).padEnd(19)} `;
		line += extras(r, o.numeric);
		out += `${line}\n`;
	});
	return out;
}

function specChain(c: Chain, withHeader: boolean): string {
	let out = '';
	if (withHeader) out += c.policy ? `-P ${c.name} ${c.policy}\n` : `-N ${c.name}\n`;
	return out;
}

const COMBINED = 'netdojo: give iptables its command on its own (-A, -I, -D, -C, -F, -P), not combined with other letters\n';

export const iptables: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	if (isEditCommand(argv)) return iptablesEdit(argv, ctx);
	let table = 'filter';
	let mode: 'L' | 'S' | undefined;
	let chainName: string | undefined;
	const o: ListOptions = {numeric: false, verbose: false, lineNumbers: false};
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		if (a === '-t' || a === '--table') table = argv[++i] ?? '';
		else if (a.startsWith('-t') && a.length > 2 && !a.startsWith('--')) table = a.slice(2);
		else if (a === '--line-numbers') o.lineNumbers = true;
		else if (a === '--numeric') o.numeric = true;
		else if (a === '--verbose') o.verbose = true;
		else if (a === '--list') mode = 'L';
		else if (a === '--list-rules') mode = 'S';
		else if (a === '--version' || a === '-V') return {stdout: 'iptables v1.8.9 (nf_tables)\n', stderr: '', exitCode: 0};
		else if (a.startsWith('-') && !a.startsWith('--')) {
			for (const ch of a.slice(1)) {
				if (ch === 'L') mode = 'L';
				else if (ch === 'S') mode = 'S';
				else if (ch === 'n') o.numeric = true;
				else if (ch === 'v') o.verbose = true;
				else if (ch === 'x') continue;
				else if ('AIDCRFXNPZE'.includes(ch)) return {stdout: '', stderr: COMBINED, exitCode: 2};
				else return {stdout: '', stderr: `iptables v1.8.9 (nf_tables): unknown option "${a}"\nTry \`iptables -h' or 'iptables --help' for more information.\n`, exitCode: 2};
			}
		} else chainName = a;
	}
	if (!mode) return {stdout: '', stderr: "iptables v1.8.9 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n", exitCode: 2};
	if (!isTable(table)) {
		return {stdout: '', stderr: `iptables v1.8.9 (nf_tables): table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`, exitCode: 3};
	}
	return render(hostTables(ctx.world, ctx.location.host)[table].chains, mode, chainName, o);
};

function isTable(name: string): name is TableName {
	return name === 'raw' || name === 'mangle' || name === 'nat' || name === 'filter';
}

function render(chains: readonly Chain[], mode: 'L' | 'S', chainName: string | undefined, o: ListOptions): CommandResult {
	let shown = chains;
	if (chainName !== undefined) {
		shown = chains.filter((c) => c.name === chainName);
		if (shown.length === 0) return {stdout: '', stderr: 'iptables: No chain/target/match by that name.\n', exitCode: 1};
	}
	if (mode === 'S') {
		let out = shown.map((c) => specChain(c, true)).join('');
		out += shown.flatMap((c) => c.rules.map((r) => `${ruleSpec(r)}\n`)).join('');
		return {stdout: out, stderr: '', exitCode: 0};
	}
	return {stdout: shown.map((c) => listChain(chains, c, o)).join('\n'), stderr: '', exitCode: 0};
}
