// Path resolution against a tree, as namei(7) describes it: each component before the last must
// be a directory the user may search; `..` goes up from where the walk is (so `nosuch/..` fails
// like on Linux); a trailing slash asks for a directory. Also the path-copying update that every
// changing operation ends with.
import type {Cred, DirNode, FsNode, FsResult} from './types.js';
import {components, NAME_MAX, PATH_MAX} from './path.js';
import {failResult, okResult} from './errno.js';

export const ROOT_CRED: Cred = {uid: 0, gid: 0};

/** Where a path leads: the canonical components, the node (absent when only the last is missing). */
export interface Resolved {
	readonly names: readonly string[];
	readonly node: FsNode | undefined;
	/** The parent directory of the last component (the root itself for `/`). */
	readonly parent: DirNode;
	readonly trailingSlash: boolean;
}

/** Whether `cred` has permission `bit` (4 read, 2 write, 1 search/execute) on `node`. */
export function may(node: FsNode, cred: Cred, bit: 4 | 2 | 1): boolean {
	if (cred.uid === 0) return node.kind === 'dir' || bit !== 1 || (node.mode & 0o111) !== 0;
	const shift = cred.uid === node.uid ? 6 : cred.gid === node.gid ? 3 : 0;
	return ((node.mode >> shift) & bit) !== 0;
}

export const entry = (dir: DirNode, name: string): FsNode | undefined => (Object.hasOwn(dir.entries, name) ? dir.entries[name] : undefined);

/** Resolves an absolute path. */
export function walk(root: DirNode, path: string, cred: Cred = ROOT_CRED): FsResult<Resolved> {
	if (path.length >= PATH_MAX) return failResult('ENAMETOOLONG');
	const parts = components(path);
	const trailingSlash = /\/\.?$/.test(path) && parts.length > 0;
	const names: string[] = [];
	const stack: DirNode[] = [root];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		const dir = stack[stack.length - 1];
		if (part.length > NAME_MAX) return failResult('ENAMETOOLONG');
		if (!may(dir, cred, 1)) return failResult('EACCES');
		const last = i === parts.length - 1;
		if (part === '.' || part === '..') {
			if (part === '..' && stack.length > 1) {
				stack.pop();
				names.pop();
			}
			if (last) return okResult(finish(names, stack, trailingSlash));
			continue;
		}
		const child = entry(dir, part);
		if (last) {
			if (child && child.kind !== 'dir' && trailingSlash) return failResult('ENOTDIR');
			return okResult({names: [...names, part], node: child, parent: dir, trailingSlash});
		}
		if (!child) return failResult('ENOENT');
		if (child.kind !== 'dir') return failResult('ENOTDIR');
		stack.push(child);
		names.push(part);
	}
	return okResult(finish(names, stack, trailingSlash));
}

/** A walk that ended on a directory reached by `.`/`..` (or the root itself). */
function finish(names: string[], stack: DirNode[], trailingSlash: boolean): Resolved {
	const node = stack[stack.length - 1];
	const parent = stack.length > 1 ? stack[stack.length - 2] : node;
	return {names: [...names], node, parent, trailingSlash};
}

/** The node at a path, or why there is none. */
export function lookup(root: DirNode, path: string, cred: Cred = ROOT_CRED): FsResult<FsNode> {
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	if (!r.value.node) return failResult('ENOENT');
	return okResult(r.value.node);
}

/**
 * A new root with `node` at the canonical `names` (undefined removes the entry). Directories on
 * the way are copied, everything else is shared. `now` is the new mtime of the parent directory
 * when an entry appears or disappears (as the kernel does), or undefined to leave it alone.
 */
export function setAt(root: DirNode, names: readonly string[], node: FsNode | undefined, now: number | undefined): DirNode {
	if (names.length === 0) {
		if (!node || node.kind !== 'dir') throw new Error('the root directory cannot be replaced by a file');
		return node;
	}
	const rec = (dir: DirNode, i: number): DirNode => {
		const name = names[i];
		if (i === names.length - 1) {
			const had = Object.hasOwn(dir.entries, name);
			let entries: Record<string, FsNode>;
			if (node) entries = {...dir.entries, [name]: node};
			else {
				entries = {...dir.entries};
				delete entries[name];
			}
			const changedList = had !== (node !== undefined);
			return {...dir, entries, mtime: changedList && now !== undefined ? now : dir.mtime};
		}
		const child = entry(dir, name);
		if (!child || child.kind !== 'dir') throw new Error(`no directory ${names.slice(0, i + 1).join('/')}`);
		return {...dir, entries: {...dir.entries, [name]: rec(child, i + 1)}};
	};
	return rec(root, 0);
}
