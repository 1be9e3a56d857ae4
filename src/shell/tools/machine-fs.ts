// The file system a tool sees where it runs: on the host, the host's tree with the player's
// rights and the shell's working directory; in a container, the container's own tree (made from
// its image, see src/engine/container-fs.ts) as root.
import {containerFs, hostFs, PLAYER_CRED, vfs, withContainerFs, withHostFs, type Cred, type DirNode, type Errno} from '../../engine/index.js';
import type {ToolContext} from '../context.js';
import type {FileIO} from '../types.js';

export interface MachineFs {
	readonly root: DirNode;
	readonly cred: Cred;
	readonly cwd: string;
	/** The simulated clock: mtime of what changes now. */
	readonly now: number;
	/** Keeps a changed tree (the world moves on). */
	save(root: DirNode): void;
	/** The absolute path an argument names. */
	abs(path: string): string;
	/** BusyBox userland (alpine, busybox images): tools word their errors as BusyBox does. */
	readonly busybox?: boolean;
}

const ROOT: Cred = {uid: 0, gid: 0};

export function machineFs(ctx: ToolContext): MachineFs | undefined {
	if (ctx.location.kind === 'container') {
		const {host, id} = ctx.location;
		const root = containerFs(ctx.world, host, id);
		if (!root) return undefined;
		return {
			root,
			cred: ROOT,
			cwd: ctx.cwd,
			now: ctx.world.clock,
			save: (next) => ctx.setWorld(withContainerFs(ctx.world, host, id, next)),
			abs: (path) => vfs.absolute(ctx.cwd, path),
			...(ctx.flavour === 'busybox' ? {busybox: true} : {}),
		};
	}
	const host = ctx.location.host;
	return {
		root: hostFs(ctx.world, host),
		cred: ctx.asRoot ? ROOT : PLAYER_CRED,
		cwd: ctx.cwd,
		now: ctx.world.clock,
		save: (root) => ctx.setWorld(withHostFs(ctx.world, host, root)),
		abs: (path) => vfs.absolute(ctx.cwd, path),
	};
}

/** glibc's text for an errno. */
export const why = (errno: Errno): string => vfs.strerror(errno);

/** Writes a file a tool saves (`curl -o`, `wget`): undefined on success, or the errno. */
export function saveFile(ctx: ToolContext, path: string, text: string): Errno | undefined {
	const fs = machineFs(ctx);
	if (!fs) return 'EACCES';
	const r = vfs.writeFile(fs.root, fs.abs(path), text, {now: fs.now, cred: fs.cred});
	if (!r.ok) return r.errno;
	fs.save(r.value);
	return undefined;
}

/** File access for a text filter (`sed -i`, `sed s/a/b/ FILE`) where the tool runs, if it has files. */
export function fileIO(ctx: ToolContext): FileIO | undefined {
	if (!machineFs(ctx)) return undefined;
	return {
		read(path) {
			const fs = machineFs(ctx)!;
			const r = vfs.readFile(fs.root, fs.abs(path), fs.cred);
			return r.ok ? {text: r.value} : {error: vfs.strerror(r.errno), ...(r.errno === 'EISDIR' ? {isDir: true} : {})};
		},
		write(path, text) {
			const errno = saveFile(ctx, path, text);
			return errno === undefined ? undefined : vfs.strerror(errno);
		},
	};
}
