// The goal checker: decides each goal from the live world. Probe goals ask the engine's one
// reachability function (the same one curl and ping use); container, network and answer goals
// read facts from the state. Nothing here looks at what the player typed.
import {
	EXTERNAL_LAN_IP,
	INTERNET_IP,
	attachments,
	listenerBody,
	probe,
	probeContainer,
	restartDaemon,
	type Container,
	type Host,
	type ProbeResult,
	type Viewpoint,
	type World,
} from '../engine/index.js';
import type {AnswerOf, ContainerSpec, Goal, Level, NetworkSpec, ProbeSpec, PublishedSpec} from './schema.js';
import {probeSource, probeTarget} from './probe-endpoints.js';
import {facts, passingHop, stoppingHop, type Fact, type Why} from './goal-why.js';

export type {Why, Fact, ProbeWhy} from './goal-why.js';

void EXTERNAL_LAN_IP;

export interface GoalStatus {
	readonly id: string;
	readonly met: boolean;
	/** One sentence on why (for `check --json` and the goals panel). */
	readonly detail: string;
	/** An `always` goal that a line broke: that line (it stays unmet until reset). */
	readonly brokenBy?: string;
	/** Why an unmet goal is unmet, as data the game renders in the player's language. */
	readonly why?: Why;
}

type Verdict = {met: boolean; detail: string; why?: Why};

export interface CheckContext {
	/** Container ids by name right after setup, for `recreated: false`. */
	readonly baseline: Readonly<Record<string, string>>;
	/** Values the player gave with `answer VALUE`, oldest first. */
	readonly answers: readonly string[];
	/** `always` goals already broken, with the line that broke them: they stay unmet until reset. */
	readonly broken?: ReadonlyMap<string, string>;
}

function hostOf(world: World, name?: string): Host | undefined {
	return world.hosts[name ?? world.hostOrder[0]];
}

function containerByName(host: Host | undefined, name: string): Container | undefined {
	if (!host) return undefined;
	return host.containers.values().find((c) => c.name === name);
}

/** Finds a container by name on any host (levels name containers uniquely). */
function findAnywhere(world: World, name: string, hostName?: string): {host: Host; container: Container} | undefined {
	const hosts = hostName ? [hostOf(world, hostName)] : world.hostOrder.map((h) => world.hosts[h]);
	for (const host of hosts) {
		const c = containerByName(host, name);
		if (host && c) return {host, container: c};
	}
	return undefined;
}

function describe(r: ProbeResult): string {
	switch (r.outcome) {
		case 'ok':
			return `answered${r.ip ? ` at ${r.ip}` : ''}`;
		case 'refused':
			return `connection refused${r.ip ? ` at ${r.ip}` : ''}`;
		case 'reset':
			return 'the connection was accepted and then closed (nothing behind the published port)';
		case 'timeout':
			return `no answer${r.ip ? ` from ${r.ip}` : ''} (dropped)`;
		case 'stalled':
			return 'the connection was accepted, but nothing answers (the container is paused)';
		case 'unreachable':
			return 'network unreachable';
		case 'unresolved':
			return 'the name does not resolve';
		case 'not-running':
			return 'the source container is not running';
	}
}

function probeToText(to: ProbeSpec['to']): string {
	if (typeof to === 'string') return to;
	const port = to.port === undefined ? '' : `:${to.port}${'protocol' in to && to.protocol === 'udp' ? '/udp' : ''}`;
	return 'container' in to ? `${to.container}${port}` : `internet${port}`;
}

/**
 * The world as it would be once every host's dockerd has restarted (`after: daemon-restart`): the
 * restart policies decide what comes back, and addresses are given again. A copy: the player's
 * world is untouched. Worlds are immutable, so the answer for one world is kept while that world lives.
 */
function afterDaemonRestart(world: World): World {
	const known = restartedWorlds.get(world);
	if (known) return known;
	let next = world;
	for (const host of world.hostOrder) next = restartDaemon(next, host).world;
	restartedWorlds.set(world, next);
	return next;
}
const restartedWorlds = new WeakMap<World, World>();

function evaluateProbe(world: World, spec: ProbeSpec): Verdict {
	const source = probeSource(spec.from, world.hostOrder);
	let from: Viewpoint;
	if (source.kind === 'external') from = {kind: 'external'};
	else if (source.kind === 'host') from = {kind: 'host', host: source.host ?? world.hostOrder[0]};
	else {
		const found = findAnywhere(world, source.container, source.host);
		if (!found) return {met: false, detail: `there is no container named ${source.container}`, why: facts({kind: 'no-container', name: source.container})};
		if (found.container.status !== 'running') return {met: false, detail: `${source.container} is not running`, why: facts({kind: 'not-running', name: source.container})};
		from = {kind: 'container', host: found.host.name, id: found.container.id};
	}
	const target = probeTarget(spec.to);
	const want = spec.expect === 'reachable';
	let results: ProbeResult[];
	switch (target.kind) {
		case 'container': {
			const found = findAnywhere(world, target.container);
			if (!found) return {met: !want, detail: `there is no container named ${target.container}`, why: facts({kind: 'no-container', name: target.container})};
			results = probeContainer(world, from, found.host.name, target.container, target.port, target.protocol ? {protocol: target.protocol} : {});
			if (results.length === 0) return {met: !want, detail: `${target.container} has no address to try`, why: facts({kind: 'no-address', name: target.container})};
			break;
		}
		case 'internet':
			results = [probe(world, {from, target: INTERNET_IP, protocol: target.port === undefined ? 'icmp' : 'tcp', port: target.port})];
			break;
		case 'url':
			results = [probe(world, {from, target: target.host, protocol: 'tcp', port: target.port})];
			break;
		case 'tcp':
			results = [probe(world, {from, target: target.host, protocol: 'tcp', port: target.port})];
			break;
		case 'udp':
			results = [probe(world, {from, target: target.host, protocol: 'udp', port: target.port})];
			break;
		case 'ping':
			results = [probe(world, {from, target: target.host, protocol: 'icmp'})];
			break;
	}
	const answered = results.filter((r) => {
		if (r.outcome !== 'ok') return false;
		if (target.kind === 'url') {
			// An HTTP probe needs an HTTP answer; a raw TCP server gives curl an empty reply.
			if (r.listener?.kind !== 'http') return false;
			if (spec.body !== undefined && !(listenerBody(r.listener, target.path) ?? '').includes(spec.body)) return false;
		}
		return true;
	});
	const reached = answered.length > 0;
	const detail = reached ? describe(answered[0]) : results.map(describe).join('; ');
	const udp = target.kind === 'udp' || (target.kind === 'container' && target.protocol === 'udp');
	const base = {kind: 'probe', from: spec.from, to: probeToText(spec.to), expect: spec.expect, ...(udp ? {udp: true as const} : {})} as const;
	if (target.kind === 'url' && results.some((r) => r.outcome === 'ok') && !reached) {
		const r = results.find((x) => x.outcome === 'ok')!;
		const why: Why = {...base, outcome: r.outcome, ...(r.ip ? {ip: r.ip} : {}), ...hopOf(r.hops.at(-1)), http: spec.body !== undefined && r.listener?.kind === 'http' ? {missing: spec.body} : {}};
		return {met: !want, detail: spec.body !== undefined ? `answered, but the response does not contain "${spec.body}"` : 'answered, but not over HTTP', why};
	}
	const met = want === reached;
	if (met) return {met, detail};
	// Unmet: reachable wanted, so say where the first address tried stopped; unreachable wanted, so say how it got through.
	const shown = reached ? answered[0] : results[0];
	const hop = reached ? passingHop(shown) : stoppingHop(shown);
	return {met, detail, why: {...base, outcome: shown.outcome, ...(shown.ip ? {ip: shown.ip} : {}), ...hopOf(hop)}};
}

function hopOf(hop: ProbeResult['hops'][number] | undefined): {hop?: ProbeResult['hops'][number]} {
	return hop ? {hop} : {};
}

function networkNamesOf(world: World, host: Host, c: Container): string[] {
	return Object.keys(c.networks).map((id) => host.networks[id]?.name).filter((n): n is string => Boolean(n));
}

/** The container's published bindings as `ip:hostPort:containerPort/proto`. */
function publishedOf(c: Container): string[] {
	const out: string[] = [];
	for (const [key, bindings] of Object.entries(c.ports)) {
		const [port, proto] = key.split('/');
		for (const b of bindings) out.push(`${b.hostIp}:${b.hostPort}:${port}/${proto}`);
	}
	return out;
}

function publishedMatches(have: string[], want: string): boolean {
	const m = /^(?:(\d{1,3}(?:\.\d{1,3}){3}):)?(\d+):(\d+)(?:\/(tcp|udp))?$/.exec(want);
	if (!m) return false;
	const [, ip, hostPort, containerPort, proto = 'tcp'] = m;
	return have.some((h) => {
		const [hIp, hHost, rest] = [h.slice(0, h.indexOf(':')), h.split(':')[1], h.split(':')[2]];
		return hHost === hostPort && rest === `${containerPort}/${proto}` && (ip === undefined ? hIp === '0.0.0.0' : hIp === ip);
	});
}

function evaluateContainer(world: World, spec: ContainerSpec, ctx: CheckContext): Verdict {
	const found = findAnywhere(world, spec.name);
	if (!found) {
		const met = spec.running === false && spec.recreated === undefined && !spec.on;
		return {met, detail: `there is no container named ${spec.name}`, ...(met ? {} : {why: facts({kind: 'no-container', name: spec.name})})};
	}
	const {host, container: c} = found;
	const name = spec.name;
	const problems: Fact[] = [];
	if (spec.running !== undefined && (c.status === 'running') !== spec.running) problems.push({kind: spec.running ? 'not-running' : 'still-running', name});
	if (spec.recreated === false && ctx.baseline[name] !== undefined && ctx.baseline[name] !== c.id) problems.push({kind: 'recreated', name});
	if (spec.recreated === true && ctx.baseline[name] === c.id) problems.push({kind: 'not-recreated', name});
	const nets = networkNamesOf(world, host, c);
	for (const network of spec.on ?? []) if (!nets.includes(network)) problems.push({kind: 'not-on', name, network});
	for (const network of spec['not-on'] ?? []) if (nets.includes(network)) problems.push({kind: 'still-on', name, network});
	if (spec['network-mode'] !== undefined) {
		const mode = c.networkMode.startsWith('container:') ? `container:${host.containers.get(c.networkMode.slice(10))?.name ?? c.networkMode.slice(10)}` : c.networkMode;
		if (mode !== spec['network-mode']) problems.push({kind: 'network-mode', name, mode});
	}
	const have = publishedOf(c);
	for (const p of spec.published ?? []) if (!publishedMatches(have, p)) problems.push({kind: 'not-publishing', name, what: p});
	if (problems.length === 0) return {met: true, detail: `${name} is as asked`};
	return {met: false, detail: problems.map(containerProblemEn).join('; '), why: facts(...problems)};
}

/** The checker's own English detail for a container fact (the game renders `why` in each language). */
function containerProblemEn(f: Fact): string {
	switch (f.kind) {
		case 'not-running':
			return `${f.name} is not running`;
		case 'still-running':
			return `${f.name} is still running`;
		case 'recreated':
			return `${f.name} is a new container, not the one you started with`;
		case 'not-recreated':
			return `${f.name} is still the original container`;
		case 'not-on':
			return `${f.name} is not on ${f.network}`;
		case 'still-on':
			return `${f.name} is still on ${f.network}`;
		case 'network-mode':
			return `${f.name}'s network mode is ${f.mode}`;
		case 'not-publishing':
			return `${f.name} does not publish ${f.what}`;
		default:
			return f.kind;
	}
}

function evaluateNetwork(world: World, spec: NetworkSpec): Verdict {
	const host = hostOf(world);
	const n = host ? Object.values(host.networks).find((x) => x.name === spec.name) : undefined;
	const name = spec.name;
	if (spec.exists === false) return n ? {met: false, detail: `${name} still exists`, why: facts({kind: 'network-exists', name})} : {met: true, detail: `${name} does not exist`};
	if (!n) return {met: false, detail: `there is no network named ${name}`, why: facts({kind: 'no-network', name})};
	const problems: string[] = [];
	const why: Fact[] = [];
	if (spec.driver !== undefined && n.driver !== spec.driver) {
		problems.push(`its driver is ${n.driver}`);
		why.push({kind: 'network-field', name, field: 'driver', value: n.driver});
	}
	if (spec.internal !== undefined && n.internal !== spec.internal) {
		problems.push(spec.internal ? 'it is not internal' : 'it is internal');
		why.push({kind: 'network-field', name, field: 'internal', value: String(n.internal)});
	}
	if (spec.attachable !== undefined && n.attachable !== spec.attachable) {
		problems.push(spec.attachable ? 'it is not attachable' : 'it is attachable');
		why.push({kind: 'network-field', name, field: 'attachable', value: String(n.attachable)});
	}
	if (spec.subnet !== undefined && !(n.ipamConfig ?? []).some((c) => c.subnet === spec.subnet)) {
		const value = (n.ipamConfig ?? []).map((c) => c.subnet).join(', ') || 'none';
		problems.push(`its subnet is ${value}`);
		why.push({kind: 'network-field', name, field: 'subnet', value});
	}
	return problems.length === 0 ? {met: true, detail: `${name} is as asked`} : {met: false, detail: `${name}: ${problems.join('; ')}`, why: facts(...why)};
}

/** The value an `of:` answer reads from the live state, or undefined when it does not exist yet. */
export function answerValue(world: World, of: AnswerOf): string | undefined {
	const host = hostOf(world);
	if (!host) return undefined;
	if ('network' in of && !('container' in of)) {
		const n = Object.values(host.networks).find((x) => x.name === of.network);
		const cfg = n?.ipamConfig?.[0];
		return of.field === 'subnet' ? cfg?.subnet : cfg?.gateway;
	}
	const spec = of as {container: string; network?: string; field: 'ip' | 'gateway' | 'mac' | 'veth'};
	const found = findAnywhere(world, spec.container);
	if (!found) return undefined;
	const list = attachments(found.host, found.container);
	const a = spec.network ? list.find((x) => x.network.name === spec.network) : list[0];
	if (!a) return undefined;
	switch (spec.field) {
		case 'ip':
			return a.endpoint.ip;
		case 'gateway':
			return a.endpoint.gateway;
		case 'mac':
			return a.endpoint.mac;
		case 'veth':
			return a.endpoint.vethName;
	}
}

function normalizeAnswer(v: string): string {
	return v.trim().replace(/^["']|["']$/g, '').toLowerCase();
}

function evaluateAnswer(world: World, goal: Extract<Goal, {answer: unknown}>, ctx: CheckContext): Verdict {
	const spec = goal.answer;
	const accepted = 'equals' in spec ? spec.equals.map(String) : [answerValue(world, spec.of)].filter((v): v is string => v !== undefined);
	if (accepted.length === 0) return {met: false, detail: 'the thing this question asks about does not exist yet', why: facts({kind: 'answer-subject-missing'})};
	const given = ctx.answers.map(normalizeAnswer);
	const met = accepted.some((a) => given.includes(normalizeAnswer(a)));
	if (met) return {met, detail: 'answered correctly'};
	const none = ctx.answers.length === 0;
	return {met, detail: none ? 'not answered yet (answer VALUE)' : 'no correct answer given yet', why: facts({kind: none ? 'not-answered' : 'wrong-answer'})};
}

/** Whether a running container's port is bound on the host, as `docker port` lists it. */
function evaluatePublished(world: World, spec: PublishedSpec): Verdict {
	const want = spec.expect === 'published';
	const what = `${spec.port}/${spec.protocol}`;
	const found = findAnywhere(world, spec.container);
	const name = spec.container;
	if (!found) return {met: !want, detail: `there is no container named ${name}`, ...(want ? {why: facts({kind: 'no-container', name})} : {})};
	if (found.container.status !== 'running') return {met: !want, detail: `${name} is not running, so nothing of it is published`, ...(want ? {why: facts({kind: 'not-running', name})} : {})};
	const ip = spec['host-ip'];
	// A binding on 0.0.0.0 listens on every host address, the one asked about included.
	const bindings = (found.container.ports[what] ?? []).filter((b) => ip === undefined || b.hostIp === ip || b.hostIp === '0.0.0.0' || b.hostIp === '');
	const on = ip === undefined ? '' : ` on ${ip}`;
	if (bindings.length === 0) return {met: !want, detail: `${name}'s ${what} is not published${on}`, ...(want ? {why: facts({kind: 'not-published', name, what, ...(ip === undefined ? {} : {on: ip})})} : {})};
	const where = bindings.map((b) => `${b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp || '0.0.0.0'}:${b.hostPort}`).join(', ');
	return {met: want, detail: `${name}'s ${what} is published${on} at ${where}`, ...(want ? {} : {why: facts({kind: 'published', name, what, at: where})})};
}

/** What `brokenBy` names when an `always` goal fails right after the level's setup. */
export const SETUP_LINE = '(setup)';

export function evaluateGoal(world: World, goal: Goal, ctx: CheckContext): GoalStatus {
	const brokenBy = goal.always ? ctx.broken?.get(goal.id) : undefined;
	if (brokenBy !== undefined) {
		const detail = brokenBy === SETUP_LINE ? 'does not hold right after the level\'s setup, so no command can keep it' : `broken by \`${brokenBy}\`; it had to hold after every command (reset to try again)`;
		return {id: goal.id, met: false, detail, brokenBy, why: facts(brokenBy === SETUP_LINE ? {kind: 'broken-at-setup'} : {kind: 'broken', line: brokenBy})};
	}
	let r: Verdict;
	if ('published' in goal) r = evaluatePublished(world, goal.published);
	else if ('probe' in goal) r = evaluateProbe(goal.probe.after === 'daemon-restart' ? afterDaemonRestart(world) : world, goal.probe);
	else if ('container' in goal) r = evaluateContainer(world, goal.container, ctx);
	else if ('network' in goal) r = evaluateNetwork(world, goal.network);
	else r = evaluateAnswer(world, goal, ctx);
	// A met goal needs no why.
	return r.met ? {id: goal.id, met: true, detail: r.detail} : {id: goal.id, ...r};
}

export function evaluateGoals(world: World, level: Level, ctx: CheckContext): GoalStatus[] {
	return level.goals.map((g) => evaluateGoal(world, g, ctx));
}

/**
 * The `always` goals this evaluation finds unmet that were not broken yet, each with `line`:
 * the caller adds them to its broken set, so they stay unmet until reset.
 */
export function newlyBroken(level: Level, statuses: readonly GoalStatus[], broken: ReadonlyMap<string, string>, line: string): Map<string, string> {
	const out = new Map(broken);
	level.goals.forEach((g, i) => {
		if (g.always && !out.has(g.id) && statuses[i] && !statuses[i].met) out.set(g.id, line);
	});
	return out;
}

/** Container ids by name on every host: the baseline for `recreated: false`. */
export function containerBaseline(world: World): Record<string, string> {
	const out: Record<string, string> = {};
	for (const h of world.hostOrder) for (const c of world.hosts[h].containers.values()) out[c.name] = c.id;
	return out;
}
