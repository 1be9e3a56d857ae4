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
	return effect.exits ? stopContainer(world, hostName, c.id, effect.code) : world;
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
