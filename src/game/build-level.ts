// `build level` (issue 18 item 4): a level made from a world someone built. The lines that built
// it become the level's reference solution (the world is the goal) or its setup (the world is the
// start, and a second list of lines solves it). Goals are read from the world: the networks made,
// the containers running and where, and the probes the builder picks among those offered here:
// every pair of running containers (on each port the target listens on, else ping) and the host
// on every published port, each with what the simulation's probe says now. Pure: no files.
import {stringify} from 'yaml';
import {capabilitiesOf, type World} from '../engine/index.js';
import type {Goal, Level, ProbeGoal} from '../levels/schema.js';
import {evaluateGoal} from '../levels/checker.js';
import {Session} from '../shell/session.js';

/** At most this many probes are offered: a world of 20 containers must not offer 400. */
export const MAX_OFFERS = 60;

export interface ProbeOffer {
	/** A goal id: `web-to-db-5432`, `host-to-8080`. */
	readonly id: string;
	readonly goal: ProbeGoal;
	/** What the probe finds in the built world. */
	readonly reachable: boolean;
	/** What it found before the lines ran (the start): an offer that changed is a likely goal. */
	readonly reachableBefore: boolean;
}

export interface BuildOptions {
	readonly id: string;
	readonly title: string;
	readonly briefing: string;
	readonly hints: readonly string[];
	/** The built world is the level's start: `lines` are its setup, `solution` solves it. */
	readonly asStart?: {readonly solution: readonly string[]};
	readonly seed?: number;
}

export interface Built {
	readonly world: World;
	readonly before: World;
	/** Lines that failed while building (a level with a broken setup is a broken level). */
	readonly failures: {line: string; stderr: string}[];
	readonly offers: ProbeOffer[];
}

const idPart = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '') || 'x';

/** Plays `lines` on a fresh host; returns the world after each list. */
function play(lists: readonly (readonly string[])[], seed: number): {worlds: World[]; failures: {line: string; stderr: string}[]} {
	const session = new Session({seed});
	const worlds: World[] = [session.world];
	const failures: {line: string; stderr: string}[] = [];
	for (const lines of lists) {
		for (const line of lines) {
			const r = session.run(line);
			if (r.exitCode !== 0) failures.push({line, stderr: r.stderr});
		}
		worlds.push(session.world);
	}
	return {worlds, failures};
}

function isMet(world: World, goal: Goal): boolean {
	return evaluateGoal(world, goal, {baseline: {}, answers: []}).met;
}

/** The probes worth asking about in `world`, each with its answer now and in `before`. */
export function offerProbes(world: World, before: World): ProbeOffer[] {
	const host = world.hosts[world.hostOrder[0]!]!;
	const running = [...host.containers.values()].filter((c) => c.status === 'running');
	const offers: ProbeOffer[] = [];
	const seen = new Set<string>();
	const offer = (id: string, from: string, to: ProbeGoal['probe']['to'], text: (ok: boolean) => string) => {
		if (offers.length >= MAX_OFFERS) return;
		let unique = id;
		for (let n = 2; seen.has(unique); n++) unique = `${id}-${n}`;
		seen.add(unique);
		const probe = {from, to, expect: 'reachable' as const};
		const reachable = isMet(world, {id: unique, text: '', probe});
		const reachableBefore = isMet(before, {id: unique, text: '', probe});
		offers.push({id: unique, goal: {id: unique, text: text(reachable), probe: {...probe, expect: reachable ? 'reachable' : 'unreachable'}}, reachable, reachableBefore});
	};
	for (const a of running) {
		for (const b of running) {
			if (a.id === b.id) continue;
			const ports = [...new Set(b.listeners.filter((l) => l.protocol === 'tcp').map((l) => l.port))].sort((x, y) => x - y);
			if (ports.length === 0) offer(`${idPart(a.name)}-to-${idPart(b.name)}`, a.name, {container: b.name}, (ok) => `${a.name} ${ok ? 'can' : 'cannot'} ping ${b.name}`);
			for (const port of ports) offer(`${idPart(a.name)}-to-${idPart(b.name)}-${port}`, a.name, {container: b.name, port}, (ok) => `${a.name} ${ok ? 'reaches' : 'cannot reach'} ${b.name} on port ${port}`);
			// By name too: whether `db` resolves from `web` is what user-defined networks change.
			for (const port of ports) offer(`${idPart(a.name)}-to-${idPart(b.name)}-by-name-${port}`, a.name, `${b.name}:${port}`, (ok) => `${a.name} ${ok ? 'reaches' : 'cannot reach'} ${b.name}:${port} by name`);
		}
	}
	const published = new Set<number>();
	for (const c of running) for (const bindings of Object.values(c.ports)) for (const b of bindings) if (/^\d+$/.test(b.hostPort)) published.add(Number(b.hostPort));
	for (const port of [...published].sort((x, y) => x - y)) offer(`host-to-${port}`, 'host', `localhost:${port}`, (ok) => `the host ${ok ? 'reaches' : 'cannot reach'} localhost:${port}`);
	return offers;
}

/** Builds the world from the lines (and, for a start, the solution after them) and offers probes. */
export function buildWorld(lines: readonly string[], options: Pick<BuildOptions, 'asStart' | 'seed'> = {}): Built {
	const seed = options.seed ?? 1;
	const lists = options.asStart ? [lines, options.asStart.solution] : [lines];
	const {worlds, failures} = play(lists, seed);
	const world = worlds.at(-1)!;
	const before = worlds.at(-2)!;
	return {world, before, failures, offers: offerProbes(world, before)};
}

/** The goals read from the world (networks made, containers running) plus the chosen probes. */
function worldGoals(world: World, before: World, probes: readonly ProbeOffer[]): Goal[] {
	const host = world.hosts[world.hostOrder[0]!]!;
	const was = before.hosts[before.hostOrder[0]!]!;
	const goals: Goal[] = [];
	// The learner's own Linux-bridge networks (the driver says which networks are that).
	const mine = Object.values(host.networks).filter((n) => !n.predefined && capabilitiesOf(n).bridgeDevice);
	const existedBefore = new Set(Object.values(was.networks).map((n) => n.name));
	for (const n of mine) {
		if (existedBefore.has(n.name)) continue;
		goals.push({id: `network-${idPart(n.name)}`, text: `a ${n.internal ? 'internal ' : ''}bridge network named ${n.name} exists`, network: {name: n.name, exists: true, driver: n.driver, ...(n.internal ? {internal: true} : {})}});
	}
	const now = new Set(Object.values(host.networks).map((n) => n.name));
	for (const n of Object.values(was.networks)) {
		if (!n.predefined && !now.has(n.name)) goals.push({id: `no-network-${idPart(n.name)}`, text: `there is no network named ${n.name}`, network: {name: n.name, exists: false}});
	}
	for (const c of host.containers.values()) {
		if (c.status !== 'running') continue;
		// Attachments are keyed by network id; a level names networks.
		const nets = Object.keys(c.networks).map((id) => host.networks[id]?.name ?? id);
		goals.push({id: `container-${idPart(c.name)}`, text: `${c.name} runs${nets.length > 0 ? ` on ${nets.join(', ')}` : ''}`, container: {name: c.name, running: true, ...(nets.length > 0 ? {on: nets} : {})}});
	}
	return [...goals, ...probes.map((p) => p.goal)];
}

/** The level as data: goal mode plays from an empty host, start mode from the built world. */
export function buildLevel(lines: readonly string[], built: Built, chosen: readonly ProbeOffer[], options: BuildOptions): Level {
	const solution = options.asStart ? [...options.asStart.solution] : [...lines];
	const counted = solution.filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
	return {
		id: options.id,
		title: options.title,
		briefing: options.briefing,
		par: Math.max(1, counted.length),
		world: {hosts: [], images: {}, files: {}, setup: options.asStart ? [...lines] : []},
		goals: worldGoals(built.world, built.before, chosen),
		hints: [...options.hints],
		solution,
	};
}

/** The offers a builder picks by default: those whose answer the lines changed. */
export function defaultProbes(offers: readonly ProbeOffer[]): ProbeOffer[] {
	return offers.filter((o) => o.reachable !== o.reachableBefore);
}

/** A v1 level file: only the keys with something in them, in the documented order. */
export function levelYaml(level: Level): string {
	const world: Record<string, unknown> = {};
	if (level.world.setup.length > 0) world['setup'] = level.world.setup;
	const data: Record<string, unknown> = {id: level.id, title: level.title, briefing: level.briefing, par: level.par};
	if (Object.keys(world).length > 0) data['world'] = world;
	data['goals'] = level.goals;
	data['hints'] = level.hints;
	data['solution'] = level.solution;
	return `# Made by netdojo build-level: check the texts, then 'netdojo validate' this file.\n${stringify(data, {lineWidth: 0})}`;
}
