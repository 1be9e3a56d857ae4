// After each docker command that changed the world, the daemon's event log is brought up to date
// (engine/events.ts). What the command was decides how a container it stopped is logged: `stop`
// sends the stop signal (and KILL after the timeout), `kill` its signal, `rm -f` KILL.
import {findContainer, getHost, logEvents, parseSignal, updatedEventLog, type EventCause, type World} from '../../engine/index.js';
import type {ToolContext} from '../context.js';
import type {CommandResult} from '../types.js';
import {hostOf} from './views/container-common.js';

const KINDS: Record<string, EventCause['kind']> = {stop: 'stop', kill: 'kill', rm: 'rm', remove: 'rm', restart: 'restart', update: 'update', down: 'rm'};

/** `-s X`, `-sX`, `--signal X`, `--signal=X` of docker kill (default KILL). */
function killSignal(words: readonly string[]): number {
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		const value = w === '-s' || w === '--signal' ? words[i + 1] : w.startsWith('--signal=') ? w.slice(9) : /^-s./.test(w) ? w.slice(2) : undefined;
		if (value !== undefined) {
			const r = parseSignal(value);
			return 'signal' in r ? r.signal : 9;
		}
	}
	return 9;
}

function causeOf(args: readonly string[], world: World, hostName: string): EventCause {
	const compose = args[0] === 'compose';
	const words = args[0] === 'container' || args[0] === 'system' ? args.slice(1) : args;
	const verb = compose ? args.slice(1).find((w) => Object.hasOwn(KINDS, w)) : words[0];
	const kind = verb !== undefined && Object.hasOwn(KINDS, verb) ? KINDS[verb] : 'other';
	if (compose) return {kind: kind === 'update' ? 'other' : kind};
	// Only these commands name containers whose sequence differs; the rest are logged by what changed.
	if (kind === 'other') return {kind};
	const host = world.hosts[hostName] ? getHost(world, hostName) : undefined;
	const targets = new Set<string>();
	for (const w of words.slice(1)) {
		const c = host && !w.startsWith('-') ? findContainer(host, w) : undefined;
		if (c) targets.add(c.id);
	}
	return {kind, targets, ...(kind === 'kill' ? {signal: killSignal(words.slice(1))} : {})};
}

/** Runs one docker command line (args after `docker`) and logs what it changed. */
export function withEventLog(args: readonly string[], ctx: ToolContext, run: () => CommandResult): CommandResult {
	const before = ctx.world;
	const hostName = hostOf(ctx);
	const cause = causeOf(args, before, hostName);
	// What changed by itself since the last command (a process that ended) comes first.
	const caught = before.hosts[hostName] ? updatedEventLog(before, hostName) : undefined;
	const result = run();
	// docker kill logs a signal even when the process ignores it and nothing else changed.
	if (ctx.world !== before || (cause.kind === 'kill' && result.exitCode === 0)) ctx.setWorld(logEvents(ctx.world, hostName, cause, caught));
	return result;
}
