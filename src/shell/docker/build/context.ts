// The one place `docker build` reads the host's files: the context folder and the Dockerfile, from
// the host's file system (with the player's rights, as the CLI that sends the context has them).
import {hostFs, PLAYER_CRED, vfs, type World} from '../../../engine/index.js';

/** The files under a context folder, relative to it; undefined when the folder does not exist. */
export function buildContext(world: World, cwd: string, dir: string, host = world.hostOrder[0]): Record<string, string> | undefined {
	const root = hostFs(world, host);
	const abs = vfs.absolute(cwd, dir);
	const node = vfs.lookup(root, abs, PLAYER_CRED);
	if (!node.ok || node.value.kind !== 'dir') return undefined;
	return vfs.readFlat(root, abs);
}

/** A file on the host (the Dockerfile given with -f), or undefined. */
export function readHostFile(world: World, cwd: string, path: string, host = world.hostOrder[0]): string | undefined {
	const r = vfs.readFile(hostFs(world, host), vfs.absolute(cwd, path), PLAYER_CRED);
	return r.ok ? r.value : undefined;
}
