// The host's file tree as `docker cp` reads and writes it (the host's own file system), as the player.
import {hostFs, PLAYER_CRED, withHostFs, type DirNode, type World} from '../../engine/index.js';

export function hostTree(world: World, host: string): DirNode {
	return hostFs(world, host);
}

export function saveHostTree(world: World, host: string, root: DirNode): World {
	return withHostFs(world, host, root);
}

export const HOST_CRED = PLAYER_CRED;
