// iptables -A/-I/-D/-C/-F/-P on the host: the learner's changes to the netfilter tables, kept in
// the engine (netfilter/user-rules.ts) beside the rules Docker programs, so probe walks them and
// `iptables -S/-L` prints them. Texts are iptables 1.8.9 (nf_tables)'s, measured in a fresh
// network namespace on the recording machine.
import {deleteRule, dockerTables, flushChains, hasRule, insertRule, setPolicy, type EditError, type EditResult, type TableName} from '../../engine/netfilter/index.js';
import type {ToolContext} from '../context.js';
import type {CommandResult} from '../types.js';
import {isRuleError, parseRule, TRY, usage, type RuleError} from './iptables-rule.js';

const COMMANDS: Record<string, 'A' | 'I' | 'D' | 'C' | 'F' | 'P' | 'N' | 'X' | 'R' | 'E' | 'Z'> = {
	'-A': 'A', '--append': 'A', '-I': 'I', '--insert': 'I', '-D': 'D', '--delete': 'D', '-C': 'C', '--check': 'C',
	'-F': 'F', '--flush': 'F', '-P': 'P', '--policy': 'P', '-N': 'N', '--new-chain': 'N', '-X': 'X', '--delete-chain': 'X',
	'-R': 'R', '--replace': 'R', '-E': 'E', '--rename-chain': 'E', '-Z': 'Z', '--zero': 'Z',
};

/** Whether argv is an edit (a command other than -L/-S), so the listing code need not see it. */
export function isEditCommand(argv: readonly string[]): boolean {
	return argv.slice(1).some((a) => a in COMMANDS);
}

const fail = (e: RuleError): CommandResult => ({stdout: '', stderr: e.stderr, exitCode: e.exitCode});
const kernel = (text: string): CommandResult => ({stdout: '', stderr: `iptables: ${text}\n`, exitCode: 1});

const ERROR_TEXT: Record<EditError, string> = {
	'no-chain': 'No chain/target/match by that name.',
	'bad-rule': 'Bad rule (does a matching rule exist in that chain?).',
	'index-too-big': 'Index of insertion too big.',
	'bad-builtin': 'Bad built-in chain name.',
};

function ruleNumber(word: string): number | RuleError {
	if (!/^\d+$/.test(word) || Number(word) < 1) return usage(`Invalid rule number \`${word}'`);
	return Number(word);
}

export function iptablesEdit(argv: readonly string[], ctx: ToolContext): CommandResult {
	let table = 'filter';
	let command: string | undefined;
	let flag = '';
	const rest: string[] = [];
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		if (a === '-t' || a === '--table') {
			const v = argv[++i];
			if (v === undefined) return fail(usage(`option "${a}" requires an argument`));
			table = v;
		} else if (a.startsWith('-t') && a.length > 2 && !a.startsWith('--')) table = a.slice(2);
		else if (a === '-w' || a === '--wait') {
			if (/^\d+$/.test(argv[i + 1] ?? '')) i++;
		} else if (a in COMMANDS) {
			if (command !== undefined) return fail(usage('Cannot use -' + COMMANDS[a] + ' with -' + command));
			command = COMMANDS[a];
			flag = a;
		} else rest.push(a);
	}
	if (!command) return fail(usage('no command specified'));
	if (['N', 'X', 'R', 'E', 'Z'].includes(command)) {
		return {stdout: '', stderr: `netdojo: iptables ${flag} is not simulated (-A, -I, -D, -C, -F and -P are)\n`, exitCode: 2};
	}
	if (table !== 'filter') {
		if (!['raw', 'mangle', 'nat'].includes(table)) return {stdout: '', stderr: `${'iptables v1.8.9 (nf_tables)'}: table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`, exitCode: 3};
		return {stdout: '', stderr: `netdojo: rules you add go in the filter table (INPUT, FORWARD, DOCKER-USER); -t ${table} is read-only here\n`, exitCode: 2};
	}
	const t = table as TableName;
	const world = ctx.world;
	const host = ctx.location.host;
	const docker = dockerTables(world, host);
	const isChain = (name: string) => docker[t].chains.some((c) => c.name === name);
	const chain = rest[0] !== undefined && !rest[0].startsWith('-') ? rest.shift() : undefined;
	const done = (r: EditResult, tooBig = ERROR_TEXT['index-too-big']): CommandResult => {
		if (!r.ok) return kernel(r.error === 'index-too-big' ? tooBig : ERROR_TEXT[r.error]);
		ctx.setWorld(r.world);
		return {stdout: '', stderr: '', exitCode: 0};
	};
	if (command === 'F') {
		if (rest.length > 0) return fail({stderr: `Bad argument \`${rest[0]}'\n${TRY}`, exitCode: 2});
		return done(flushChains(world, host, docker, t, chain));
	}
	if (chain === undefined) return fail(usage(`option "${flag}" requires an argument`));
	if (command === 'P') {
		const policy = rest.shift();
		if (policy === undefined) return fail(usage(`option "${flag}" requires an argument`));
		if (rest.length > 0) return fail({stderr: `Bad argument \`${rest[0]}'\n${TRY}`, exitCode: 2});
		if (policy !== 'ACCEPT' && policy !== 'DROP') {
			if (!isChain(chain)) return kernel(ERROR_TEXT['bad-builtin']);
			return kernel("Bad policy name. Run `dmesg' for more information.");
		}
		return done(setPolicy(world, host, t, chain, policy));
	}
	let position: number | undefined;
	if ((command === 'I' || command === 'D') && rest[0] !== undefined && !rest[0].startsWith('-') && rest[0] !== '!') {
		const n = ruleNumber(rest.shift()!);
		if (typeof n !== 'number') return fail(n);
		position = n;
	}
	if (command === 'D' && position !== undefined) {
		if (rest.length > 0) return fail({stderr: `Bad argument \`${rest[0]}'\n${TRY}`, exitCode: 2});
		return done(deleteRule(world, host, docker, t, chain, position), 'Index of deletion too big.');
	}
	const rule = parseRule(rest, chain, isChain);
	if (isRuleError(rule)) return fail(rule);
	if (!isChain(chain)) return kernel(ERROR_TEXT['no-chain']);
	if (command === 'C') {
		const found = hasRule(world, host, docker, t, chain, rule);
		if (found === 'no-chain') return kernel(ERROR_TEXT['no-chain']);
		return found ? {stdout: '', stderr: '', exitCode: 0} : kernel(ERROR_TEXT['bad-rule']);
	}
	if (command === 'D') return done(deleteRule(world, host, docker, t, chain, rule));
	return done(insertRule(world, host, docker, t, chain, rule, command === 'I' ? (position ?? 1) : undefined));
}
