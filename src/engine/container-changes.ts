// What a container changed in its file system against its image (`docker diff`, the SIZE of
// `docker ps -s`): overlay2's view of the writable layer. A path the container added is A, one it
// removed is D (its children are not listed), and a file it wrote or a directory in which anything
// changed is C (overlay copies the directory up). The trees share every untouched node with the
// image's, so an unchanged subtree is skipped by identity.
import type {DirNode, FsNode} from './fs/index.js';
import {containerFs, imageRoot} from './container-fs.js';
import type {World} from './types.js';

export type ChangeKind = 'A' | 'C' | 'D';

export interface FsChange {
	readonly kind: ChangeKind;
	readonly path: string;
}

const utf8 = new TextEncoder();

function added(node: FsNode, path: string, out: FsChange[]): void {
	out.push({kind: 'A', path});
	if (node.kind === 'dir') for (const name of Object.keys(node.entries).sort()) added(node.entries[name], `${path}/${name}`, out);
}

function compare(base: DirNode, now: DirNode, prefix: string, out: FsChange[]): void {
	const names = [...new Set([...Object.keys(base.entries), ...Object.keys(now.entries)])].sort();
	for (const name of names) {
		const path = `${prefix}/${name}`;
		const was = Object.hasOwn(base.entries, name) ? base.entries[name] : undefined;
		const is = Object.hasOwn(now.entries, name) ? now.entries[name] : undefined;
		if (was === is) continue;
		if (!is) out.push({kind: 'D', path});
		else if (!was || was.kind !== is.kind) {
			// A file replaced by a directory (or back) is a removal and an addition in one: overlay shows A.
			added(is, path, out);
		} else {
			out.push({kind: 'C', path});
			if (was.kind === 'dir' && is.kind === 'dir') compare(was, is, path, out);
		}
	}
}

/** The container's changes in path order; empty for a container nothing wrote to. */
export function containerChanges(world: World, hostName: string, id: string): FsChange[] {
	const c = world.hosts[hostName]?.containers.get(id);
	if (!c?.fs) return [];
	const image = Object.hasOwn(world.images, c.imageKey) ? world.images[c.imageKey] : undefined;
	const now = containerFs(world, hostName, id);
	if (!image || !now) return [];
	const out: FsChange[] = [];
	compare(imageRoot(image), now, '', out);
	return out;
}

/** SizeRw: the bytes of the files the writable layer holds (added or changed; directories and removals count 0). */
export function writableLayerSize(world: World, hostName: string, id: string): number {
	const c = world.hosts[hostName]?.containers.get(id);
	const now = c ? containerFs(world, hostName, id) : undefined;
	if (!now) return 0;
	let total = 0;
	for (const change of containerChanges(world, hostName, id)) {
		if (change.kind === 'D') continue;
		let node: FsNode | undefined = now;
		for (const name of change.path.split('/').slice(1)) node = node?.kind === 'dir' && Object.hasOwn(node.entries, name) ? node.entries[name] : undefined;
		if (node?.kind === 'file') total += utf8.encode(node.content).length;
	}
	return total;
}
