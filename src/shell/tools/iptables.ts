// iptables (1.8.9, nf_tables): read-only views of the host's netfilter tables, which the engine
// generates from the state (src/engine/netfilter/) and probe walks: what is printed here is what
// decides packets. -L [-n] [-v] [--line-numbers] [CHAIN], -S [CHAIN], -t raw|mangle|nat|filter.
import {hostTables, ruleSpec, type Chain, type Rule, type TableName} from '../../engine/netfilter/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';

const SERVICES: Record<number, string> = {22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 3306: 'mysql', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt'};
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

function extras(r: Rule, numeric: boolean): string {
	const parts: string[] = [];
	if (r.dstTypeLocal) parts.push('ADDRTYPE match dst-type LOCAL');
	if (r.ctstate) parts.push(`ctstate ${r.ctstate}`);
	if (r.protocol && r.dport !== undefined) parts.push(`${r.protocol} dpt:${numeric ? r.dport : (SERVICES[r.dport] ?? r.dport)}`);
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
		line += ' ';
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

const READ_ONLY = "iptables: netdojo's iptables is read-only: Docker writes these rules; change containers and networks instead\n";

export const iptables: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
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
		else if (['-A', '-I', '-D', '-R', '-F', '-X', '-N', '-P', '-Z', '-E', '--append', '--insert', '--delete', '--flush', '--policy', '--new-chain', '--delete-chain'].includes(a)) {
			return {stdout: '', stderr: READ_ONLY, exitCode: 4};
		} else if (a === '--version' || a === '-V') return {stdout: 'iptables v1.8.9 (nf_tables)\n', stderr: '', exitCode: 0};
		else if (a.startsWith('-') && !a.startsWith('--')) {
			for (const ch of a.slice(1)) {
				if (ch === 'L') mode = 'L';
				else if (ch === 'S') mode = 'S';
				else if (ch === 'n') o.numeric = true;
				else if (ch === 'v') o.verbose = true;
				else if (ch === 'x') continue;
				else if ('AIDRFXNPZE'.includes(ch)) return {stdout: '', stderr: READ_ONLY, exitCode: 4};
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
