// The one place `docker build` reads the host's files: the context folder and the Dockerfile. Today the
// host's files are World.files (paths relative to the player's working directory); when the host gets a
// file-system tree, only these two functions change.
import type {World} from '../../../engine/index.js';
import {absPath} from '../../../engine/build/index.js';

const HOME_APP = '/home/player/app';

/** A host path as a key of World.files, or undefined when it lies outside the working directory. */
function fileKey(cwd: string, path: string): string | undefined {
	const abs = absPath(cwd, path);
	if (abs === HOME_APP) return '';
	return abs.startsWith(`${HOME_APP}/`) ? abs.slice(HOME_APP.length + 1) : undefined;
}

/** The files under a context folder, relative to it; undefined when the folder does not exist. */
export function buildContext(world: World, cwd: string, dir: string): Record<string, string> | undefined {
	const key = fileKey(cwd, dir);
	if (key === undefined) return undefined;
	const prefix = key === '' ? '' : `${key}/`;
	const out: Record<string, string> = {};
	let found = key === '';
	for (const [k, v] of Object.entries(world.files)) {
		if (!k.startsWith(prefix)) continue;
		out[k.slice(prefix.length)] = v;
		found = true;
	}
	return found ? out : undefined;
}

/** A file on the host (the Dockerfile given with -f), or undefined. */
export function readHostFile(world: World, cwd: string, path: string): string | undefined {
	const key = fileKey(cwd, path);
	return key !== undefined && Object.hasOwn(world.files, key) ? world.files[key] : undefined;
}
