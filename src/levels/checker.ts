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
	type Container,
	type Host,
	type ProbeResult,
	type Viewpoint,
	type World,
} from '../engine/index.js';
import type {AnswerOf, ContainerSpec, Goal, Level, NetworkSpec, ProbeSpec, PublishedSpec} from './schema.js';
import {probeSource, probeTarget} from './probe-endpoints.js';

void EXTERNAL_LAN_IP;

export interface GoalStatus {
	readonly id: string;
	readonly met: boolean;
	/** One sentence on why (for `check --json` and the goals panel). */
	readonly detail: string;
	/** An `always` goal that a line broke: that line (it stays unmet until reset). */
	readonly brokenBy?: string;
}

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

function evaluateProbe(world: World, spec: ProbeSpec): {met: boolean; detail: string} {
	const source = probeSource(spec.from, world.hostOrder);
	let from: Viewpoint;
	if (source.kind === 'external') from = {kind: 'external'};
	else if (source.kind === 'host') from = {kind: 'host', host: source.host ?? world.hostOrder[0]};
	else {
		const found = findAnywhere(world, source.container, source.host);
		if (!found) return {met: false, detail: `there is no container named ${source.container}`};
		if (found.container.status !== 'running') return {met: false, detail: `${source.container} is not running`};
		from = {kind: 'container', host: found.host.name, id: found.container.id};
	}
	const target = probeTarget(spec.to);
	const want = spec.expect === 'reachable';
	let results: ProbeResult[];
	switch (target.kind) {
		case 'container': {
			const found = findAnywhere(world, target.container);
			if (!found) return {met: !want, detail: `there is no container named ${target.container}`};
			results = probeContainer(world, from, found.host.name, target.container, target.port);
			if (results.length === 0) return {met: !want, detail: `${target.container} has no address to try`};
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
	if (target.kind === 'url' && results.some((r) => r.outcome === 'ok') && !reached) {
		return {met: !want, detail: spec.body !== undefined ? `answered, but the response does not contain "${spec.body}"` : 'answered, but not over HTTP'};
	}
	return {met: want === reached, detail};
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

function evaluateContainer(world: World, spec: ContainerSpec, ctx: CheckContext): {met: boolean; detail: string} {
	const found = findAnywhere(world, spec.name);
	if (!found) {
		const met = spec.running === false && spec.recreated === undefined && !spec.on;
		return {met, detail: `there is no container named ${spec.name}`};
	}
	const {host, container: c} = found;
	const problems: string[] = [];
	if (spec.running !== undefined && (c.status === 'running') !== spec.running) problems.push(spec.running ? `${spec.name} is not running` : `${spec.name} is still running`);
	if (spec.recreated === false && ctx.baseline[spec.name] !== undefined && ctx.baseline[spec.name] !== c.id) problems.push(`${spec.name} is a new container, not the one you started with`);
	if (spec.recreated === true && ctx.baseline[spec.name] === c.id) problems.push(`${spec.name} is still the original container`);
	const nets = networkNamesOf(world, host, c);
	for (const n of spec.on ?? []) if (!nets.includes(n)) problems.push(`${spec.name} is not on ${n}`);
	for (const n of spec['not-on'] ?? []) if (nets.includes(n)) problems.push(`${spec.name} is still on ${n}`);
	if (spec['network-mode'] !== undefined) {
		const mode = c.networkMode.startsWith('container:') ? `container:${host.containers.get(c.networkMode.slice(10))?.name ?? c.networkMode.slice(10)}` : c.networkMode;
		if (mode !== spec['network-mode']) problems.push(`${spec.name}'s network mode is ${mode}`);
	}
	const have = publishedOf(c);
	for (const p of spec.published ?? []) if (!publishedMatches(have, p)) problems.push(`${spec.name} does not publish ${p}`);
	return problems.length === 0 ? {met: true, detail: `${spec.name} is as asked`} : {met: false, detail: problems.join('; ')};
}

function evaluateNetwork(world: World, spec: NetworkSpec): {met: boolean; detail: string} {
	const host = hostOf(world);
	const n = host ? Object.values(host.networks).find((x) => x.name === spec.name) : undefined;
	if (spec.exists === false) return n ? {met: false, detail: `${spec.name} still exists`} : {met: true, detail: `${spec.name} does not exist`};
	if (!n) return {met: false, detail: `there is no network named ${spec.name}`};
	const problems: string[] = [];
	if (spec.driver !== undefined && n.driver !== spec.driver) problems.push(`its driver is ${n.driver}`);
	if (spec.internal !== undefined && n.internal !== spec.internal) problems.push(spec.internal ? 'it is not internal' : 'it is internal');
	if (spec.attachable !== undefined && n.attachable !== spec.attachable) problems.push(spec.attachable ? 'it is not attachable' : 'it is attachable');
	if (spec.subnet !== undefined && !(n.ipamConfig ?? []).some((c) => c.subnet === spec.subnet)) problems.push(`its subnet is ${(n.ipamConfig ?? []).map((c) => c.subnet).join(', ') || 'none'}`);
	return problems.length === 0 ? {met: true, detail: `${spec.name} is as asked`} : {met: false, detail: `${spec.name}: ${problems.join('; ')}`};
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

function evaluateAnswer(world: World, goal: Extract<Goal, {answer: unknown}>, ctx: CheckContext): {met: boolean; detail: string} {
	const spec = goal.answer;
	const accepted = 'equals' in spec ? spec.equals.map(String) : [answerValue(world, spec.of)].filter((v): v is string => v !== undefined);
	if (accepted.length === 0) return {met: false, detail: 'the thing this question asks about does not exist yet'};
	const given = ctx.answers.map(normalizeAnswer);
	const met = accepted.some((a) => given.includes(normalizeAnswer(a)));
	return {met, detail: met ? 'answered correctly' : ctx.answers.length === 0 ? 'not answered yet (answer VALUE)' : 'no correct answer given yet'};
}

/** Whether a running container's port is bound on the host, as `docker port` lists it. */
function evaluatePublished(world: World, spec: PublishedSpec): {met: boolean; detail: string} {
	const want = spec.expect === 'published';
	const what = `${spec.port}/${spec.protocol}`;
	const found = findAnywhere(world, spec.container);
	if (!found) return {met: !want, detail: `there is no container named ${spec.container}`};
	if (found.container.status !== 'running') return {met: !want, detail: `${spec.container} is not running, so nothing of it is published`};
	const ip = spec['host-ip'];
	// A binding on 0.0.0.0 listens on every host address, the one asked about included.
	const bindings = (found.container.ports[what] ?? []).filter((b) => ip === undefined || b.hostIp === ip || b.hostIp === '0.0.0.0' || b.hostIp === '');
	const on = ip === undefined ? '' : ` on ${ip}`;
	if (bindings.length === 0) return {met: !want, detail: `${spec.container}'s ${what} is not published${on}`};
	const where = bindings.map((b) => `${b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp || '0.0.0.0'}:${b.hostPort}`).join(', ');
	return {met: want, detail: `${spec.container}'s ${what} is published${on} at ${where}`};
}

/** What `brokenBy` names when an `always` goal fails right after the level's setup. */
export const SETUP_LINE = '(setup)';

export function evaluateGoal(world: World, goal: Goal, ctx: CheckContext): GoalStatus {
	const brokenBy = goal.always ? ctx.broken?.get(goal.id) : undefined;
	if (brokenBy !== undefined) {
		const detail = brokenBy === SETUP_LINE ? 'does not hold right after the level\'s setup, so no command can keep it' : `broken by \`${brokenBy}\`; it had to hold after every command (reset to try again)`;
		return {id: goal.id, met: false, detail, brokenBy};
	}
	let r: {met: boolean; detail: string};
	if ('published' in goal) r = evaluatePublished(world, goal.published);
	else if ('probe' in goal) r = evaluateProbe(world, goal.probe);
	else if ('container' in goal) r = evaluateContainer(world, goal.container, ctx);
	else if ('network' in goal) r = evaluateNetwork(world, goal.network);
	else r = evaluateAnswer(world, goal, ctx);
	return {id: goal.id, ...r};
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
