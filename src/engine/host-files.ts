// The host's own file system: a small Debian root with the player's home, where a level's files
// sit in ~/app (the working directory a session starts in, whose name Compose projects take).
import {mkdir, newDir, readFlat, setMeta, writeFlat, type Cred, type DirNode} from './fs/index.js';
import type {World} from './types.js';

export const PLAYER_USER = 'player';
export const PLAYER_HOME = '/home/player';
/** Where the level's files are and where a session starts. */
export const PLAYER_APP_DIR = '/home/player/app';
/** The player's uid and gid (Debian's first user). */
export const PLAYER_CRED: Cred = {uid: 1000, gid: 1000};

/** Top-level directories of a Debian 13 root (`ls /`), with their modes. */
const ROOT_DIRS: [string, number][] = [
	['bin', 0o755], ['boot', 0o755], ['dev', 0o755], ['etc', 0o755], ['home', 0o755], ['lib', 0o755], ['lib64', 0o755], ['media', 0o755], ['mnt', 0o755],
	['opt', 0o755], ['proc', 0o555], ['root', 0o700], ['run', 0o755], ['sbin', 0o755], ['srv', 0o755], ['sys', 0o555], ['tmp', 0o1777], ['usr', 0o755], ['var', 0o755],
];

function must<T>(r: {ok: true; value: T} | {ok: false; errno: string}, what: string): T {
	if (!r.ok) throw new Error(`host file system: cannot make ${what}: ${r.errno}`);
	return r.value;
}

/** A fresh host root at time `now`, holding `files` (paths relative to ~/app) owned by the player. */
export function hostRoot(now: number, files: Readonly<Record<string, string>> = {}): DirNode {
	let root = newDir({now});
	for (const [name, mode] of ROOT_DIRS) root = must(mkdir(root, `/${name}`, {now, mode}), `/${name}`);
	// The docker.io package's folder for daemon.json (empty until the admin writes one).
	root = must(mkdir(root, '/etc/docker', {now, mode: 0o755}), '/etc/docker');
	for (const dir of [PLAYER_HOME, PLAYER_APP_DIR]) {
		root = must(mkdir(root, dir, {now}), dir);
		root = must(setMeta(root, dir, PLAYER_CRED), dir);
	}
	return must(writeFlat(root, PLAYER_APP_DIR, files, {now, cred: PLAYER_CRED}), 'the level\'s files');
}

/** The root directory of a host's file system. */
export function hostFs(world: World, host: string): DirNode {
	const h = Object.hasOwn(world.hosts, host) ? world.hosts[host] : undefined;
	return h?.fs ?? hostRoot(world.clock);
}

/** The world with a host's file system replaced (nothing else changes). */
export function withHostFs(world: World, host: string, root: DirNode): World {
	const h = world.hosts[host];
	if (!h) return world;
	return {...world, hosts: {...world.hosts, [host]: {...h, fs: root}}};
}

/** Every file under a host directory as `relative path -> text` (a build context, a Compose project folder). */
export function hostFiles(world: World, host: string, dir: string): Record<string, string> {
	return readFlat(hostFs(world, host), dir);
}
