// docker kill, rename and wait as the daemon does them: signals to a container's main process,
// a new name (its DNS name follows, being derived from it), and the wait for a main process to end.
import {produce} from 'immer';
import type {World} from './types.js';
import {EngineError} from './errors.js';
import {getHost, requireContainer} from './world.js';
import {editContainer} from './container-edit.js';
import {GRACEFUL, NAME_PATTERN, stopContainer, tick} from './container-ops.js';
import {signalEffect, SIGKILL} from './signals.js';

/** Sends `signal` to the container's main process (`docker kill`, KILL unless told otherwise). */
export function killContainer(world: World, hostName: string | undefined, ref: string, signal = SIGKILL): World {
	const host = getHost(world, hostName);
	const c = requireContainer(host, ref);
	if (c.status !== 'running') throw new EngineError(`container ${c.id} is not running`, 'conflict');
	const effect = signalEffect(signal, GRACEFUL.has(c.listeners[0]?.program ?? ''));
	if (effect.exits) return stopContainer(world, hostName, c.id, effect.code);
	// The daemon thaws a paused container to deliver the signal (recorded, 41-pause): it runs on.
	return c.paused ? unpauseContainer(world, hostName, c.id) : world;
}

/** `docker rename OLD NEW`; the daemon's errors, which the CLI follows with its own line. */
export function renameContainer(world: World, hostName: string | undefined, ref: string, newName: string): World {
	const host = getHost(world, hostName);
	const c = requireContainer(host, ref);
	const name = newName.replace(/^\//, '');
	if (name === c.name) throw new EngineError('Renaming a container with the same name as its current name', 'invalid');
	if (!NAME_PATTERN.test(newName)) {
		throw new EngineError(`Error when allocating new name: Invalid container name (/${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, 'invalid');
	}
	const holder = host.containers.byName(name);
	if (holder) {
		throw new EngineError(
			`Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
			'conflict',
		);
	}
	return produce(world, (draft) => {
		editContainer(draft.hosts[host.name], c.id, (d) => {
			d.name = name;
		});
	});
}

/**
 * `docker wait`: a stopped container's exit code at once; a running one whose main process ends
 * by itself (`sleep 5`) after the clock has moved on to that moment; undefined when it never ends.
 */
export function waitContainer(world: World, hostName: string | undefined, ref: string): {world: World; exitCode: number} | undefined {
	const host = getHost(world, hostName);
	const c = requireContainer(host, ref);
	if (c.status !== 'running') return {world, exitCode: c.exitCode};
	if (c.exitsAfter === undefined) return undefined;
	// Time passes until it ends, for every container alike (others due before it end too).
	const later = tick(world, Math.max(0, c.startedAt + c.exitsAfter - world.clock));
	const after = later.hosts[host.name].containers.get(c.id);
	return {world: later, exitCode: after?.exitCode ?? c.exitCodeOnFinish ?? 0};
}

/** `docker pause`: freezes every process of the container (the daemon's own error texts). */
export function pauseContainer(world: World, hostName: string | undefined, ref: string): World {
	const host = getHost(world, hostName);
	const c = requireContainer(host, ref);
	if (c.status !== 'running') throw new EngineError(`container ${c.id} is not running`, 'conflict');
	if (c.paused) throw new EngineError(`Container ${c.id} is already paused`, 'conflict');
	return produce(world, (draft) => {
		editContainer(draft.hosts[host.name], c.id, (d) => {
			d.paused = true;
		});
	});
}

/** `docker unpause`: thaws it; a main process whose time ran out meanwhile ends at the next tick. */
export function unpauseContainer(world: World, hostName: string | undefined, ref: string): World {
	const host = getHost(world, hostName);
	const c = requireContainer(host, ref);
	if (!c.paused) throw new EngineError(`Container ${c.id} is not paused`, 'conflict');
	return produce(world, (draft) => {
		editContainer(draft.hosts[host.name], c.id, (d) => {
			delete d.paused;
			// `sleep 5` measures time that passed while frozen too: if it is over, it ends now.
			if (d.exitsAfter !== undefined && d.startedAt + d.exitsAfter < draft.clock) d.exitsAfter = draft.clock - d.startedAt;
		});
	});
}
