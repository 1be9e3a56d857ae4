// What ls and cat see inside a container: its own file system (src/engine/container-fs.ts), paths
// relative to the exec's working directory (`-w`, else the image's WORKDIR, else /).
import {containerFs, vfs, withContainerFs, type FsNode, type World} from '../../engine/index.js';
import type {ToolContext} from '../context.js';
import type {CommandIO} from '../types.js';
import {containerOf} from './common.js';

/** The working directory of a command in a container. */
export function containerCwd(io: CommandIO, ctx: ToolContext): string {
	const c = containerOf(ctx);
	return io.env.NETDOJO_CWD ?? (c?.workingDir || '/');
}

/** A node of the container's tree by a path as typed, or the errno. */
export function containerNode(io: CommandIO, ctx: ToolContext, path: string): {node: FsNode; abs: string} | {errno: vfs.Errno} {
	const c = containerOf(ctx);
	const root = c ? containerFs(ctx.world, ctx.location.host, c.id) : undefined;
	if (!root) return {errno: 'ENOENT'};
	const abs = vfs.absolute(containerCwd(io, ctx), path);
	const r = vfs.lookup(root, abs);
	return r.ok ? {node: r.value, abs} : {errno: r.errno};
}

/** `<` and `>`/`>>` inside a container: its own files (a write makes them the container's own copy). */
export function containerRedirects(get: () => World, set: (w: World) => void, host: string, id: string, cwdGiven: string | undefined): {readFile(path: string): string | undefined; writeFile(path: string, content: string, append: boolean): string | undefined} {
	const cwd = cwdGiven ?? (get().hosts[host]?.containers.get(id)?.workingDir || '/');
	return {
		readFile(path) {
			const root = containerFs(get(), host, id);
			const r = root ? vfs.readFile(root, vfs.absolute(cwd, path)) : undefined;
			return r?.ok ? r.value : undefined;
		},
		writeFile(path, content, append) {
			const world = get();
			const root = containerFs(world, host, id);
			if (!root) return 'No such file or directory';
			const r = vfs.writeFile(root, vfs.absolute(cwd, path), content, {now: world.clock, append});
			if (!r.ok) return vfs.strerror(r.errno);
			set(withContainerFs(world, host, id, r.value));
			return undefined;
		},
	};
}
