// Why a goal is unmet, as data: the probe that failed with the first hop that dropped or refused
// it (or, for an isolation goal, the hop that let it through), or the fact that is not so. No
// prose: the game renders it in the player's language (src/game/trace/why.ts) with trace's own
// hop renderer, so `goals`, `why`, `check --json` and `grade` say the same thing in en and ko.
import type {Hop, Outcome, ProbeResult} from '../engine/index.js';

export interface ProbeWhy {
	readonly kind: 'probe';
	/** The probe's source and target as the level writes them (`web`, `database:5432`). */
	readonly from: string;
	readonly to: string;
	readonly expect: 'reachable' | 'unreachable';
	/** A UDP probe: refused means ICMP port unreachable. */
	readonly udp?: true;
	/** The outcome of the probe shown (the first address tried, or the one that answered). */
	readonly outcome: Outcome;
	readonly ip?: string;
	/** reachable: the first hop that dropped or refused it; unreachable: the hop that let it through. */
	readonly hop?: Hop;
	/** An HTTP probe answered, but not as asked: not over HTTP, or without this text in the body. */
	readonly http?: {readonly missing?: string};
}

export type Fact =
	| {readonly kind: 'no-container'; readonly name: string}
	| {readonly kind: 'not-running'; readonly name: string}
	| {readonly kind: 'still-running'; readonly name: string}
	| {readonly kind: 'no-address'; readonly name: string}
	| {readonly kind: 'recreated'; readonly name: string}
	| {readonly kind: 'not-recreated'; readonly name: string}
	| {readonly kind: 'not-on'; readonly name: string; readonly network: string}
	| {readonly kind: 'still-on'; readonly name: string; readonly network: string}
	| {readonly kind: 'network-mode'; readonly name: string; readonly mode: string}
	| {readonly kind: 'not-publishing'; readonly name: string; readonly what: string}
	| {readonly kind: 'not-published'; readonly name: string; readonly what: string; readonly on?: string}
	| {readonly kind: 'published'; readonly name: string; readonly what: string; readonly at: string}
	| {readonly kind: 'no-network'; readonly name: string}
	| {readonly kind: 'network-exists'; readonly name: string}
	| {readonly kind: 'network-field'; readonly name: string; readonly field: 'driver' | 'internal' | 'attachable' | 'subnet'; readonly value: string}
	| {readonly kind: 'not-answered'}
	| {readonly kind: 'wrong-answer'}
	| {readonly kind: 'answer-subject-missing'}
	| {readonly kind: 'broken'; readonly line: string}
	| {readonly kind: 'broken-at-setup'};

export type Why = ProbeWhy | {readonly kind: 'facts'; readonly facts: readonly Fact[]};

const STOPPING_STEPS = new Set<Hop['step']['kind']>([
	'dns-no-server',
	'dns-nxdomain',
	'lo-only',
	'no-default-route',
	'arp-no-answer',
	'lan-no-route-private',
	'lan-nobody',
	'remote-filtered',
	'listener-paused',
	'listener-other-address',
	'nothing-listens',
	'proxy-cannot-reach',
]);

/** The first hop that dropped, rejected or refused the probe; else its last hop. */
export function stoppingHop(r: ProbeResult): Hop | undefined {
	return r.hops.find((h) => h.verdict === 'DROP' || h.verdict === 'REJECT' || STOPPING_STEPS.has(h.step.kind)) ?? r.hops.at(-1);
}

/** For a probe that should not have got through: the published port it used, else who answered. */
export function passingHop(r: ProbeResult): Hop | undefined {
	return r.hops.find((h) => h.verdict === 'DNAT') ?? r.hops.find((h) => h.step.kind === 'proxy-accepts') ?? r.hops.at(-1);
}

export function facts(...list: Fact[]): Why {
	return {kind: 'facts', facts: list};
}
