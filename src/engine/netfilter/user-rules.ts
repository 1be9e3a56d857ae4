// What a learner changed in the host's tables with iptables -I/-A/-D/-F/-P. Docker's rules are
// generated from the state (docker26.ts, docker28.ts), so the learner's edits are kept beside
// them: each added rule remembers the Docker rule it follows (null: the top of the chain), and a
// deleted or flushed Docker rule is remembered by its text. The chain a packet walks and
// `iptables -S` prints is Docker's rules with the edits laid over them (chainWithEdits), so an
// added rule stays where it was put while Docker's rules come and go around it.
import {produce} from 'immer';
import type {Host, World} from '../types.js';
import {ruleSpec} from './rule-text.js';
import {BUILTIN_CHAINS, type Chain, type Rule, type Table, type TableName, type Tables} from './types.js';

export interface AddedRule {
	readonly rule: Rule;
	/** The text (ruleSpec) of the Docker rule this one follows; null = before all of them. */
	readonly after: string | null;
}

export interface ChainEdits {
	readonly added: readonly AddedRule[];
	/** Docker's rules the learner deleted, by their text. */
	readonly removed: readonly string[];
	readonly policy?: 'ACCEPT' | 'DROP';
}

/** Keyed `table chain` (`filter DOCKER-USER`). */
export type UserFirewall = Readonly<Record<string, ChainEdits>>;

const NO_EDITS: ChainEdits = {added: [], removed: []};

function key(table: TableName, chain: string): string {
	return `${table} ${chain}`;
}

interface Visible {
	readonly rule: Rule;
	/** Index into ChainEdits.added, or undefined for a Docker rule. */
	readonly added?: number;
}

function visible(docker: readonly Rule[], edits: ChainEdits): Visible[] {
	const removed = new Set(edits.removed);
	const kept = docker.filter((r) => !removed.has(ruleSpec(r)));
	const keptSpecs = new Set(kept.map(ruleSpec));
	const group = (after: string | null) => edits.added.flatMap((a, i) => (a.after === after ? [{rule: a.rule, added: i}] : []));
	const out: Visible[] = group(null);
	const placed = new Set<string | null>([null]);
	for (const r of kept) {
		out.push({rule: r});
		const spec = ruleSpec(r);
		if (placed.has(spec)) continue;
		placed.add(spec);
		out.push(...group(spec));
	}
	// Rules that followed a Docker rule which has since gone end the chain, in their order.
	out.push(...edits.added.flatMap((a, i) => (a.after !== null && !keptSpecs.has(a.after) ? [{rule: a.rule, added: i}] : [])));
	return out;
}

/** One chain as the kernel holds it: Docker's rules with the learner's edits laid over them. */
export function chainWithEdits(chain: Chain, edits: ChainEdits | undefined): Chain {
	if (!edits) return chain;
	return {...chain, ...(chain.policy && edits.policy ? {policy: edits.policy} : {}), rules: visible(chain.rules, edits).map((v) => v.rule)};
}

export function tablesWithEdits(tables: Tables, firewall: UserFirewall | undefined): Tables {
	if (!firewall) return tables;
	const apply = (t: Table): Table => ({...t, chains: t.chains.map((c) => chainWithEdits(c, firewall[key(t.name, c.name)]))});
	return {raw: apply(tables.raw), mangle: apply(tables.mangle), nat: apply(tables.nat), filter: apply(tables.filter)};
}

export type EditError = 'no-chain' | 'bad-rule' | 'index-too-big' | 'bad-builtin';

export type EditResult = {readonly ok: true; readonly world: World} | {readonly ok: false; readonly error: EditError};

function withEdits(world: World, hostName: string, table: TableName, chain: string, next: ChainEdits): World {
	return produce(world, (draft) => {
		const host = draft.hosts[hostName] as {firewall?: Record<string, ChainEdits>};
		host.firewall = {...(host.firewall ?? {}), [key(table, chain)]: next as never};
	});
}

function editsOf(host: Host, table: TableName, chain: string): ChainEdits {
	return host.firewall?.[key(table, chain)] ?? NO_EDITS;
}

/**
 * The operations take Docker's own tables (dockerTables: without the edits) and return the world
 * with the host's edits changed.
 */

/** `-I CHAIN [N] rule` (position 1-based; N = length + 1 appends) and `-A CHAIN rule` (position undefined). */
export function insertRule(world: World, hostName: string, docker: Tables, table: TableName, chain: string, rule: Rule, position?: number): EditResult {
	const c = docker[table].chains.find((x) => x.name === chain);
	if (!c) return {ok: false, error: 'no-chain'};
	const edits = editsOf(world.hosts[hostName], table, chain);
	const shown = visible(c.rules, edits);
	const at = position === undefined ? shown.length : position - 1;
	if (at > shown.length) return {ok: false, error: 'index-too-big'};
	// The Docker rule the new one follows, and where it goes among the added rules.
	let after: string | null = null;
	for (let i = at - 1; i >= 0; i--) {
		if (shown[i].added === undefined) {
			after = ruleSpec(shown[i].rule);
			break;
		}
	}
	const before = shown[at - 1];
	let index: number;
	if (before?.added !== undefined && edits.added[before.added].after === after) index = before.added + 1;
	else {
		const first = edits.added.findIndex((a) => a.after === after);
		index = first === -1 ? edits.added.length : first;
	}
	const added = [...edits.added.slice(0, index), {rule, after}, ...edits.added.slice(index)];
	return {ok: true, world: withEdits(world, hostName, table, chain, {...edits, added})};
}

/** `-D CHAIN N` or `-D CHAIN rule` (the first rule whose text is the same). */
export function deleteRule(world: World, hostName: string, docker: Tables, table: TableName, chain: string, which: number | Rule): EditResult {
	const c = docker[table].chains.find((x) => x.name === chain);
	if (!c) return {ok: false, error: 'no-chain'};
	const edits = editsOf(world.hosts[hostName], table, chain);
	const shown = visible(c.rules, edits);
	let at: number;
	if (typeof which === 'number') {
		if (which > shown.length) return {ok: false, error: 'index-too-big'};
		at = which - 1;
	} else {
		const spec = ruleSpec(which);
		at = shown.findIndex((v) => ruleSpec(v.rule) === spec);
		if (at === -1) return {ok: false, error: 'bad-rule'};
	}
	const hit = shown[at];
	const next: ChainEdits = hit.added !== undefined
		? {...edits, added: edits.added.filter((_, i) => i !== hit.added)}
		: {...edits, removed: [...edits.removed, ruleSpec(hit.rule)]};
	return {ok: true, world: withEdits(world, hostName, table, chain, next)};
}

/** `-C CHAIN rule`: is there a rule with this text? */
export function hasRule(world: World, hostName: string, docker: Tables, table: TableName, chain: string, rule: Rule): boolean | 'no-chain' {
	const c = docker[table].chains.find((x) => x.name === chain);
	if (!c) return 'no-chain';
	const spec = ruleSpec(rule);
	return visible(c.rules, editsOf(world.hosts[hostName], table, chain)).some((v) => ruleSpec(v.rule) === spec);
}

/** `-F [CHAIN]`: every rule of the chain (or of every chain in the table) goes, Docker's too. */
export function flushChains(world: World, hostName: string, docker: Tables, table: TableName, chain?: string): EditResult {
	const chains = chain === undefined ? docker[table].chains : docker[table].chains.filter((c) => c.name === chain);
	if (chains.length === 0) return {ok: false, error: 'no-chain'};
	let next = world;
	for (const c of chains) {
		const edits = editsOf(next.hosts[hostName], table, c.name);
		const dockerSpecs = c.rules.map(ruleSpec);
		next = withEdits(next, hostName, table, c.name, {added: [], removed: [...new Set([...edits.removed, ...dockerSpecs])], ...(edits.policy ? {policy: edits.policy} : {})});
	}
	return {ok: true, world: next};
}

/** `-P CHAIN ACCEPT|DROP`, built-in chains only. */
export function setPolicy(world: World, hostName: string, table: TableName, chain: string, policy: 'ACCEPT' | 'DROP'): EditResult {
	if (!BUILTIN_CHAINS[table].includes(chain)) return {ok: false, error: 'bad-builtin'};
	const edits = editsOf(world.hosts[hostName], table, chain);
	return {ok: true, world: withEdits(world, hostName, table, chain, {...edits, policy})};
}
