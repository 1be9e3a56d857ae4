// The shell's file access inside a container: `<`, `>`/`>>` and `cd` on the container's own tree
// (src/engine/container-fs.ts), as root. A write makes the files the container's own copy.
import {containerFs, vfs, withContainerFs, type World} from '../../engine/index.js';

export interface ShellFiles {
	readFile(path: string): string | undefined;
	writeFile(path: string, content: string, append: boolean): string | undefined;
	chdir(path: string): {path: string} | {error: string};
}

export function containerShellFiles(get: () => World, set: (w: World) => void, host: string, id: string): ShellFiles {
	return {
		readFile(path) {
			const root = containerFs(get(), host, id);
			const r = root ? vfs.readFile(root, path) : undefined;
			return r?.ok ? r.value : undefined;
		},
		writeFile(path, content, append) {
			const world = get();
			const root = containerFs(world, host, id);
			if (!root) return vfs.strerror('ENOENT');
			const r = vfs.writeFile(root, path, content, {now: world.clock, append});
			if (!r.ok) return vfs.strerror(r.errno);
			set(withContainerFs(world, host, id, r.value));
			return undefined;
		},
		chdir(path) {
			const root = containerFs(get(), host, id);
			const r = root ? vfs.walk(root, path) : undefined;
			if (!r) return {error: vfs.strerror('ENOENT')};
			if (!r.ok) return {error: vfs.strerror(r.errno)};
			if (!r.value.node) return {error: vfs.strerror('ENOENT')};
			if (r.value.node.kind !== 'dir') return {error: vfs.strerror('ENOTDIR')};
			return {path: vfs.joinComponents(r.value.names)};
		},
	};
}
