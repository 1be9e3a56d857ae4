// `docker container prune` and the container and image parts of `docker system prune`, as the
// daemon does them (daemon/prune.go): every container that is not running goes, newest first, and
// dangling images (no tag names them) that no remaining container uses.
import {produce} from 'immer';
import type {World} from './types.js';
import {getHost} from './world.js';
import {dropContainer} from './container-edit.js';
import {danglingKey} from './images.js';

export function pruneContainers(world: World, hostName?: string): {world: World; removed: string[]} {
	const host = getHost(world, hostName);
	const stopped = host.containers.values().filter((c) => c.status !== 'running').reverse();
	if (stopped.length === 0) return {world, removed: []};
	const next = produce(world, (draft) => {
		for (const c of stopped) dropContainer(draft.hosts[host.name], c.id);
	});
	return {world: next, removed: stopped.map((c) => c.id)};
}

/** Removes dangling images no container on any host uses; returns their ids. */
export function pruneDanglingImages(world: World): {world: World; removed: string[]} {
	const used = new Set<string>();
	for (const name of world.hostOrder) for (const c of world.hosts[name].containers.values()) used.add(c.imageKey);
	const gone = Object.entries(world.images).filter(([key, image]) => key === danglingKey(image.id) && !used.has(key));
	if (gone.length === 0) return {world, removed: []};
	const next = produce(world, (draft) => {
		for (const [key] of gone) delete draft.images[key];
	});
	return {world: next, removed: gone.map(([, image]) => image.id)};
}
