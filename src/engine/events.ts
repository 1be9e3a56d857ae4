// The daemon's event log (`docker events`): what happened to containers and networks, kept per host
// as the daemon keeps it in memory (the last 256, daemon/events/events.go eventsLimit). The log is
// written after each docker command by comparing what the host holds now with what it held when the
// log was last written (`seen`), so every command that changes the world is covered without each one
// logging by hand; the command's kind says which sequence a stop was (measured in 63-events-update-diff:
// `docker stop` of a process that ignores TERM logs kill 15, kill 9, network disconnect, stop, die).
import type {Container, Host, World} from './types.js';
import {ContainerTable} from './container-table.js';

export type EventType = 'container' | 'network';

export interface DaemonEvent {
	readonly type: EventType;
	readonly action: string;
	/** Actor.ID: the container's or the network's id. */
	readonly actor: string;
	readonly attributes: Readonly<Record<string, string>>;
	/** Simulated clock, ms; `seq` orders events logged at the same moment (TimeNano's last digits). */
	readonly time: number;
	readonly seq: number;
}

/** What a container looked like when the log was last written. */
interface Seen {
	readonly name: string;
	readonly running: boolean;
	readonly paused: boolean;
	readonly startedAt: number;
	/** Networks with a live endpoint, in connection order. */
	readonly nets: readonly string[];
	readonly hostConfig: unknown;
	readonly image: string;
	readonly attrs: Readonly<Record<string, string>>;
}

export interface EventLog {
	readonly events: readonly DaemonEvent[];
	/** The host's containers when the log was last written: what changed since is a table difference. */
	readonly table: ContainerTable;
	readonly networks: Readonly<Record<string, {readonly name: string; readonly driver: string}>>;
	readonly seq: number;
}

/** What the command that changed the world was: it decides how a container that stopped is logged. */
export interface EventCause {
	readonly kind: 'stop' | 'kill' | 'rm' | 'restart' | 'update' | 'other';
	/** The containers the command named (ids); the others changed by themselves. */
	readonly targets?: ReadonlySet<string>;
	/** `docker kill -s`: the signal number. */
	readonly signal?: number;
}

const LIMIT = 256;

/** STOPSIGNAL of the images that set one (as container-json shows them), by number. */
const STOP_SIGNAL: Record<string, number> = {nginx: 3, httpd: 28, postgres: 2};

function stopSignal(c: Container): number {
	const repo = c.imageKey.slice(0, c.imageKey.lastIndexOf(':'));
	return STOP_SIGNAL[repo] ?? 15;
}

function containerAttrs(c: Container): Record<string, string> {
	return {...(c.labels ?? {}), image: c.image, name: c.name};
}

function seenOf(c: Container): Seen {
	const running = c.status === 'running';
	return {
		name: c.name,
		running,
		paused: c.paused === true,
		startedAt: c.startedAt,
		nets: running ? Object.keys(c.networks).filter((id) => c.networks[id].endpoint !== undefined) : [],
		hostConfig: c.hostConfig,
		image: c.image,
		attrs: containerAttrs(c),
	};
}

const EMPTY: EventLog = {events: [], table: ContainerTable.empty, networks: {}, seq: 0};

/** The host's log as it stands (empty before the first command). */
export function eventLogOf(world: World, hostName: string): EventLog {
	return world.events && Object.hasOwn(world.events, hostName) ? world.events[hostName] : EMPTY;
}

/** The log brought up to date with what the host holds now. */
export function updatedEventLog(world: World, hostName: string, cause: EventCause = {kind: 'other'}, from?: EventLog): EventLog {
	const log = from ?? eventLogOf(world, hostName);
	const host: Host | undefined = world.hosts[hostName];
	if (!host) return log;
	const out: DaemonEvent[] = [];
	let seq = log.seq;
	// A process that ended by itself is logged when it ended, not when the log noticed.
	let at = world.clock;
	const emit = (type: EventType, action: string, actor: string, attributes: Record<string, string>) => {
		out.push({type, action, actor, attributes, time: at, seq: seq++});
	};
	const networks: Record<string, {name: string; driver: string}> = {};
	for (const n of Object.values(host.networks)) networks[n.id] = {name: n.name, driver: n.driver};
	const netEvent = (action: string, netId: string, containerId: string) => {
		const n = networks[netId] ?? log.networks[netId];
		if (n) emit('network', action, netId, {container: containerId, name: n.name, type: n.driver});
	};
	for (const n of Object.values(host.networks)) {
		// The daemon makes bridge, host and none when it starts, before anyone can listen.
		if (!Object.hasOwn(log.networks, n.id) && !n.predefined) emit('network', 'create', n.id, {name: n.name, type: n.driver});
	}
	const stopped = (id: string, was: Seen, attrs: Record<string, string>, exit: {code: number; duration: number}, how: EventCause['kind'], signal: number) => {
		if (how === 'stop' || how === 'restart') {
			emit('container', 'kill', id, {...attrs, signal: String(signal)});
			if (exit.code === 137 && signal !== 9) emit('container', 'kill', id, {...attrs, signal: '9'});
		} else if (how === 'kill' || how === 'rm') {
			emit('container', 'kill', id, {...attrs, signal: String(how === 'rm' ? 9 : signal)});
		}
		for (const net of was.nets) netEvent('disconnect', net, id);
		if (how === 'stop' || how === 'restart') emit('container', 'stop', id, attrs);
		emit('container', 'die', id, {...attrs, execDuration: String(exit.duration), exitCode: String(exit.code)});
	};
	// Only what changed since the last write is looked at (a world of thousands costs nothing more),
	// the containers the command named first, in its order (`docker update a b` logs a, then b).
	const table = host.containers;
	const changed = table.changedSince(log.table);
	const order = [...new Set([...(cause.targets ?? []), ...changed])];
	for (const id of order) {
		const c = table.get(id);
		const old = log.table.get(id);
		if (!c) {
			if (!old) continue;
			const was = seenOf(old);
			if (was.running) stopped(id, was, was.attrs, {code: 137, duration: Math.max(0, Math.floor((world.clock - was.startedAt) / 1000))}, 'rm', 9);
			emit('container', 'destroy', id, was.attrs);
			continue;
		}
		const now = seenOf(c);
		const how = cause.targets === undefined || cause.targets.has(c.id) ? cause.kind : 'other';
		let was = old ? seenOf(old) : undefined;
		if (!was) {
			emit('container', 'create', c.id, containerAttrs(c));
			was = {...now, running: false, paused: false, startedAt: 0, nets: [], hostConfig: c.hostConfig};
		}
		const attrs = containerAttrs(c);
		if (was.name !== c.name) emit('container', 'rename', c.id, {...attrs, oldName: `/${was.name}`});
		if (how === 'update' && was.hostConfig !== c.hostConfig) emit('container', 'update', c.id, attrs);
		const restarted = was.running && c.startedAt !== was.startedAt;
		if (was.running && (!now.running || restarted)) {
			const duration = Math.max(0, Math.floor(((c.finishedAt || world.clock) - was.startedAt) / 1000));
			const last = out.length > 0 ? out[out.length - 1].time : (log.events[log.events.length - 1]?.time ?? 0);
			if (how === 'other' && !now.running && c.finishedAt > 0) at = Math.min(world.clock, Math.max(last, c.finishedAt));
			stopped(c.id, was, attrs, {code: c.exitCode, duration}, how, how === 'kill' ? (cause.signal ?? 9) : stopSignal(c));
			at = world.clock;
		}
		// A signal the process survives (HUP to a shell) is logged all the same.
		if (how === 'kill' && was.running && now.running && !restarted) emit('container', 'kill', c.id, {...attrs, signal: String(cause.signal ?? 9)});
		if (c.startedAt > 0 && c.startedAt !== was.startedAt) {
			// Started since: connected and started; a process that already ended also died.
			const nets = Object.keys(c.networks);
			for (const net of now.running ? now.nets : nets) netEvent('connect', net, c.id);
			emit('container', 'start', c.id, attrs);
			if (how === 'restart') emit('container', 'restart', c.id, attrs);
			if (!now.running) {
				for (const net of nets) netEvent('disconnect', net, c.id);
				emit('container', 'die', c.id, {...attrs, execDuration: String(Math.max(0, Math.floor((c.finishedAt - c.startedAt) / 1000))), exitCode: String(c.exitCode)});
			}
		} else if (now.running && was.running) {
			for (const net of now.nets) if (!was.nets.includes(net)) netEvent('connect', net, c.id);
			for (const net of was.nets) if (!now.nets.includes(net)) netEvent('disconnect', net, c.id);
		}
		if (now.running && !was.paused && now.paused) emit('container', 'pause', c.id, attrs);
		if (now.running && was.paused && !now.paused) emit('container', 'unpause', c.id, attrs);
	}
	for (const [id, n] of Object.entries(log.networks)) if (!Object.hasOwn(networks, id)) emit('network', 'destroy', id, {name: n.name, type: n.driver});
	const events = out.length === 0 ? log.events : [...log.events, ...out].slice(-LIMIT);
	return {events, table, networks, seq};
}

/** The world with the host's log brought up to date (after a docker command). */
export function logEvents(world: World, hostName: string, cause?: EventCause, from?: EventLog): World {
	if (!world.hosts[hostName]) return world;
	const log = updatedEventLog(world, hostName, cause, from);
	return {...world, events: {...(world.events ?? {}), [hostName]: log}};
}
