// The host's file tree as `docker cp` reads and writes it. Today the host's files are World.files
// (the player's working directory); when the host holds its own tree, only these two functions change.
import {vfs, type DirNode, type World} from '../../engine/index.js';

const APP = '/home/player/app';
const PLAYER = {uid: 1000, gid: 1000};

/** The host's tree: the working directory's files under /home/player/app. */
export function hostTree(world: World): DirNode {
	let root = vfs.newDir({now: world.clock});
	const made = vfs.mkdirParents(root, '/', APP, {now: world.clock});
	if (made.ok) root = made.value;
	// The player's home and working directory are the player's own.
	for (const dir of ['/home/player', APP]) {
		const owned = vfs.setMeta(root, dir, PLAYER);
		if (owned.ok) root = owned.value;
	}
	const r = vfs.writeFlat(root, APP, world.files, {now: world.clock, cred: PLAYER});
	return r.ok ? r.value : root;
}

/** The world with the host's tree saved back (what lies under the working directory). */
export function saveHostTree(world: World, root: DirNode): World {
	return {...world, files: vfs.readFlat(root, APP)};
}

export const HOST_CRED = PLAYER;
