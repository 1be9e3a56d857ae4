// A container's own file system: a tree made from its image (the base image's root, then what the
// Dockerfile's WORKDIR, COPY/ADD and RUN put there). The container keeps its own copy once something
// writes to it (docker cp, `>` in docker exec), so its files stay with it and go with `docker rm`.
import {mkdirParents, newDir, mkdir, writeFlat, type DirNode} from './fs/index.js';
import {produce} from 'immer';
import {editContainer} from './container-edit.js';
import type {Image, World} from './types.js';

/** Top-level directories of a container's root (`ls /`) and their modes. */
const ROOT_DIRS: Record<'busybox' | 'debian', [string, number][]> = {
	busybox: [['bin', 0o755], ['dev', 0o755], ['etc', 0o755], ['home', 0o755], ['lib', 0o755], ['media', 0o755], ['mnt', 0o755], ['opt', 0o755], ['proc', 0o555], ['root', 0o700], ['run', 0o755], ['sbin', 0o755], ['srv', 0o755], ['sys', 0o555], ['tmp', 0o1777], ['usr', 0o755], ['var', 0o755]],
	debian: [
		['bin', 0o755],
		['boot', 0o755],
		['dev', 0o755],
		['etc', 0o755],
		['home', 0o755],
		['lib', 0o755],
		['lib64', 0o755],
		['media', 0o755],
		['mnt', 0o755],
		['opt', 0o755],
		['proc', 0o555],
		['root', 0o700],
		['run', 0o755],
		['sbin', 0o755],
		['srv', 0o755],
		['sys', 0o555],
		['tmp', 0o1777],
		['usr', 0o755],
		['var', 0o755],
	],
};

/** Images are immutable: the tree made from one is made once. */
const roots = new WeakMap<Image, DirNode>();

/** The root an image gives a new container (its layers' files and directories). */
export function imageRoot(image: Image): DirNode {
	const known = roots.get(image);
	if (known) return known;
	const now = image.created;
	let root = newDir({now});
	for (const [name, mode] of ROOT_DIRS[image.flavour]) {
		const r = mkdir(root, `/${name}`, {now, mode});
		if (r.ok) root = r.value;
	}
	for (const dir of [...(image.dirs ?? []), ...(image.workingDir ? [image.workingDir] : [])]) {
		const r = mkdirParents(root, '/', dir, {now});
		if (r.ok) root = r.value;
	}
	const written = writeFlat(root, '/', image.files ?? {}, {now});
	if (written.ok) root = written.value;
	roots.set(image, root);
	return root;
}

/** A container's file system: its own tree once written to, else its image's. */
export function containerFs(world: World, hostName: string, id: string): DirNode | undefined {
	const c = world.hosts[hostName]?.containers.get(id);
	if (!c) return undefined;
	if (c.fs) return c.fs;
	const image = Object.hasOwn(world.images, c.imageKey) ? world.images[c.imageKey] : undefined;
	return imageRoot(image ?? {name: '', id: '', entrypoint: null, cmd: [], exposedPorts: [], env: [], workingDir: '', tools: [], size: '0B', created: c.created, flavour: 'debian'});
}

/** The container's tree with what its program writes as it starts (Python's __pycache__); undefined for nothing. */
export function filesWritten(world: World, hostName: string, id: string, files: Readonly<Record<string, string>> | undefined): DirNode | undefined {
	const root = files ? containerFs(world, hostName, id) : undefined;
	const r = root && files ? writeFlat(root, '/', files, {now: world.clock}) : undefined;
	return r?.ok ? r.value : undefined;
}

/** The world with a container's file system replaced (nothing else changes). */
export function withContainerFs(world: World, hostName: string, id: string, root: DirNode): World {
	if (!world.hosts[hostName]?.containers.get(id)) return world;
	return produce(world, (draft) => {
		editContainer(draft.hosts[hostName], id, (c) => {
			c.fs = root as never;
		});
	});
}
