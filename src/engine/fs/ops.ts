// The system calls a shell's tools make, on an immutable tree: open/write, mkdir, unlink/rmdir,
// rename, utime, readdir, plus the whole-tree copy `cp -r` does. Each returns a new root (or an
// errno); the tools decide what the user asked for (`cp a dir/` means dir/a) and word the errors.
import type {Cred, DirNode, Errno, FileNode, FsNode, FsResult, WriteOptions} from './types.js';
import {absolute, components} from './path.js';
import {failResult, okResult} from './errno.js';
import {entry, may, ROOT_CRED, setAt, walk} from './walk.js';

export interface CreateOptions extends WriteOptions {
	/** Mode of a node this creates (after the umask): 0o644 for files, 0o755 for directories by default. */
	readonly mode?: number;
}

const credOf = (o: WriteOptions): Cred => o.cred ?? ROOT_CRED;

/** The sticky bit (/tmp): only the owner of an entry (or of the directory) may remove or rename it. */
function mayUnlink(dir: DirNode, node: FsNode, cred: Cred): boolean {
	if (!may(dir, cred, 2) || !may(dir, cred, 1)) return false;
	if ((dir.mode & 0o1000) === 0 || cred.uid === 0) return true;
	return node.uid === cred.uid || dir.uid === cred.uid;
}

export function newFile(content: string, o: CreateOptions): FileNode {
	const cred = credOf(o);
	return {kind: 'file', content, mode: o.mode ?? 0o644, uid: cred.uid, gid: cred.gid, mtime: o.now};
}

export function newDir(o: CreateOptions, entries: Record<string, FsNode> = {}): DirNode {
	const cred = credOf(o);
	return {kind: 'dir', entries, mode: o.mode ?? 0o755, uid: cred.uid, gid: cred.gid, mtime: o.now};
}

/** The text of a file. */
export function readFile(root: DirNode, path: string, cred: Cred = ROOT_CRED): FsResult<string> {
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	const node = r.value.node;
	if (!node) return failResult('ENOENT');
	if (node.kind === 'dir') return failResult('EISDIR');
	if (!may(node, cred, 4)) return failResult('EACCES');
	return okResult(node.content);
}

/** A directory's entries in the order they were made (ls sorts them itself). */
export function listDir(root: DirNode, path: string, cred: Cred = ROOT_CRED): FsResult<[string, FsNode][]> {
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	const node = r.value.node;
	if (!node) return failResult('ENOENT');
	if (node.kind !== 'dir') return failResult('ENOTDIR');
	if (!may(node, cred, 4)) return failResult('EACCES');
	return okResult(Object.entries(node.entries));
}

/** open(O_WRONLY|O_CREAT|O_TRUNC or O_APPEND) and write: `>`, `>>`, tee, an editor's save. */
export function writeFile(root: DirNode, path: string, content: string, o: CreateOptions & {readonly append?: boolean}): FsResult<DirNode> {
	const cred = credOf(o);
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	const {node, names, parent, trailingSlash} = r.value;
	if (node?.kind === 'dir') return failResult('EISDIR');
	if (!node) {
		if (trailingSlash) return failResult('EISDIR');
		if (!may(parent, cred, 2)) return failResult('EACCES');
		return okResult(setAt(root, names, newFile(content, o), o.now));
	}
	if (!may(node, cred, 2)) return failResult('EACCES');
	const next: FileNode = {...node, content: o.append ? node.content + content : content, mtime: o.now};
	return okResult(setAt(root, names, next, undefined));
}

/** touch: creates an empty file, or sets the modification time of what is there. */
export function touch(root: DirNode, path: string, o: CreateOptions): FsResult<DirNode> {
	const cred = credOf(o);
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	const {node, names} = r.value;
	if (!node) return writeFile(root, path, '', o);
	if (cred.uid !== 0 && cred.uid !== node.uid && !may(node, cred, 2)) return failResult('EACCES');
	return okResult(names.length === 0 ? {...root, mtime: o.now} : setAt(root, names, {...node, mtime: o.now}, undefined));
}

/** mkdir(2): the parent must exist; an existing name fails with EEXIST. */
export function mkdir(root: DirNode, path: string, o: CreateOptions): FsResult<DirNode> {
	const cred = credOf(o);
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	const {node, names, parent} = r.value;
	if (node) return failResult('EEXIST');
	if (!may(parent, cred, 2)) return failResult('EACCES');
	return okResult(setAt(root, names, newDir(o), o.now));
}

/**
 * `mkdir -p PATH` (PATH as typed, relative to `cwd`): each missing directory on the way is made.
 * On failure, `at` is the typed path up to the component that failed, as GNU mkdir names it.
 */
export function mkdirParents(root: DirNode, cwd: string, path: string, o: CreateOptions): {ok: true; value: DirNode} | {ok: false; errno: Errno; at: string} {
	const parts = components(path);
	let cur = root;
	let prefix = path.startsWith('/') ? '/' : '';
	for (let i = 0; i < parts.length; i++) {
		prefix = prefix === '' || prefix === '/' ? prefix + parts[i] : `${prefix}/${parts[i]}`;
		const last = i === parts.length - 1;
		const r = walk(cur, absolute(cwd, prefix), credOf(o));
		if (!r.ok) return {ok: false, errno: r.errno, at: prefix};
		if (r.value.node) {
			if (r.value.node.kind !== 'dir') return {ok: false, errno: last ? 'EEXIST' : 'ENOTDIR', at: prefix};
			continue;
		}
		const made = mkdir(cur, absolute(cwd, prefix), o);
		if (!made.ok) return {ok: false, errno: made.errno, at: prefix};
		cur = made.value;
	}
	return {ok: true, value: cur};
}

/** unlink(2), or with `recursive` the whole subtree (`rm -r`); a directory without it is EISDIR. */
export function remove(root: DirNode, path: string, o: WriteOptions & {readonly recursive?: boolean}): FsResult<DirNode> {
	const cred = credOf(o);
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	const {node, names, parent} = r.value;
	if (!node) return failResult('ENOENT');
	if (names.length === 0) return failResult('EBUSY');
	if (node.kind === 'dir' && !o.recursive) return failResult('EISDIR');
	if (node.kind === 'dir' && !subtreeRemovable(node, cred)) return failResult('EACCES');
	if (!mayUnlink(parent, node, cred)) return failResult('EACCES');
	return okResult(setAt(root, names, undefined, o.now));
}

/** rm -r empties each directory first, so it needs write and search permission on every non-empty one. */
function subtreeRemovable(dir: DirNode, cred: Cred): boolean {
	const children = Object.values(dir.entries);
	if (children.length === 0) return true;
	if (!may(dir, cred, 2) || !may(dir, cred, 1) || !may(dir, cred, 4)) return false;
	return children.every((c) => c.kind !== 'dir' || subtreeRemovable(c, cred));
}

/** rmdir(2): only an empty directory. */
export function rmdir(root: DirNode, path: string, o: WriteOptions): FsResult<DirNode> {
	const cred = credOf(o);
	const r = walk(root, path, cred);
	if (!r.ok) return r;
	const {node, names, parent} = r.value;
	if (!node) return failResult('ENOENT');
	if (node.kind !== 'dir') return failResult('ENOTDIR');
	if (names.length === 0 || /(^|\/)\.\/*$/.test(path)) return failResult(names.length === 0 ? ('EBUSY') : 'EINVAL');
	if (Object.keys(node.entries).length > 0) return failResult('ENOTEMPTY');
	if (!mayUnlink(parent, node, cred)) return failResult('EACCES');
	return okResult(setAt(root, names, undefined, o.now));
}

/** Whether canonical `inner` lies in (or is) canonical `outer`. */
const within = (inner: readonly string[], outer: readonly string[]): boolean => outer.length <= inner.length && outer.every((n, i) => inner[i] === n);

/**
 * rename(2) from one exact path to another: a file replaces a file, a directory replaces an empty
 * directory; a directory cannot go inside itself (EINVAL). The node keeps its metadata.
 */
export function rename(root: DirNode, from: string, to: string, o: WriteOptions): FsResult<DirNode> {
	const cred = credOf(o);
	const src = walk(root, from, cred);
	if (!src.ok) return src;
	const dst = walk(root, to, cred);
	if (!dst.ok) return dst;
	const node = src.value.node;
	if (!node) return failResult('ENOENT');
	if (src.value.names.length === 0) return failResult('EBUSY');
	const target = dst.value.node;
	if (node.kind === 'dir' && within(dst.value.names, src.value.names)) return within(src.value.names, dst.value.names) ? okResult(root) : failResult('EINVAL');
	if (target === node) return okResult(root);
	if (target) {
		if (target.kind === 'dir' && node.kind !== 'dir') return failResult('EISDIR');
		if (target.kind !== 'dir' && node.kind === 'dir') return failResult('ENOTDIR');
		if (target.kind === 'dir' && Object.keys(target.entries).length > 0) return failResult('ENOTEMPTY');
	} else if (dst.value.trailingSlash && node.kind !== 'dir') return failResult('ENOTDIR');
	if (!mayUnlink(src.value.parent, node, cred) || !may(dst.value.parent, cred, 2)) return failResult('EACCES');
	const removed = setAt(root, src.value.names, undefined, o.now);
	return okResult(setAt(removed, dst.value.names, node, o.now));
}

/** A node copied as `cp -r` makes it: owned by the copier, mtime now, the source's permission bits. */
function cloneAs(node: FsNode, o: WriteOptions): FsNode {
	const cred = credOf(o);
	const meta = {mode: node.mode, uid: cred.uid, gid: cred.gid, mtime: o.now};
	if (node.kind === 'file') return {kind: 'file', content: node.content, ...meta};
	const entries: Record<string, FsNode> = {};
	for (const [name, child] of Object.entries(node.entries)) entries[name] = cloneAs(child, o);
	return {kind: 'dir', entries, ...meta};
}

/** Merges `src` onto `dst` the way cp -r does when both exist: files overwrite, directories merge. */
function merge(dst: FsNode, src: FsNode, o: WriteOptions): FsResult<FsNode> {
	if (dst.kind === 'file' && src.kind === 'file') return okResult({...dst, content: src.content, mtime: o.now});
	if (dst.kind === 'dir' && src.kind === 'file') return failResult('EISDIR');
	if (dst.kind === 'file') return failResult('ENOTDIR');
	if (src.kind !== 'dir') return failResult('EISDIR');
	const entries: Record<string, FsNode> = {...dst.entries};
	for (const [name, child] of Object.entries(src.entries)) {
		const existing = entry(dst, name);
		if (!existing) {
			entries[name] = cloneAs(child, o);
			continue;
		}
		const m = merge(existing, child, o);
		if (!m.ok) return m;
		entries[name] = m.value;
	}
	return okResult({...dst, entries, mtime: o.now});
}

/**
 * Places `node` (from this tree or another one: `docker cp`, a build context) at the exact path
 * `to`, as cp -r would: a missing target is created, an existing one is overwritten or merged.
 */
export function place(root: DirNode, to: string, node: FsNode, o: WriteOptions): FsResult<DirNode> {
	const cred = credOf(o);
	const dst = walk(root, to, cred);
	if (!dst.ok) return dst;
	const target = dst.value.node;
	if (!target) {
		if (dst.value.trailingSlash && node.kind !== 'dir') return failResult('ENOTDIR');
		if (!may(dst.value.parent, cred, 2)) return failResult('EACCES');
		return okResult(setAt(root, dst.value.names, cloneAs(node, o), o.now));
	}
	if (target.kind === 'file' && !may(target, cred, 2)) return failResult('EACCES');
	const merged = merge(target, node, o);
	if (!merged.ok) return merged;
	if (dst.value.names.length === 0) return merged.value.kind === 'dir' ? okResult(merged.value) : failResult('EISDIR');
	return okResult(setAt(root, dst.value.names, merged.value, undefined));
}

/** cp from one exact path to another in the same tree; copying a directory into itself is EINVAL. */
export function copy(root: DirNode, from: string, to: string, o: WriteOptions): FsResult<DirNode> {
	const cred = credOf(o);
	const src = walk(root, from, cred);
	if (!src.ok) return src;
	const node = src.value.node;
	if (!node) return failResult('ENOENT');
	if (!readable(node, cred)) return failResult('EACCES');
	const dst = walk(root, to, cred);
	if (!dst.ok) return dst;
	if (node.kind === 'dir' && within(dst.value.names, src.value.names)) return failResult('EINVAL');
	if (dst.value.node === node) return failResult('EINVAL');
	return place(root, to, node, o);
}

/** cp needs to read every file and list every directory it copies. */
function readable(node: FsNode, cred: Cred): boolean {
	if (!may(node, cred, 4)) return false;
	return node.kind === 'file' || Object.values(node.entries).every((c) => readable(c, cred));
}

/** chown(2)/chmod(2) as root does them (no permission check): set owner and/or mode. */
export function setMeta(root: DirNode, path: string, meta: {readonly uid?: number; readonly gid?: number; readonly mode?: number}): FsResult<DirNode> {
	const r = walk(root, path);
	if (!r.ok) return r;
	const node = r.value.node;
	if (!node) return failResult('ENOENT');
	const next = {...node, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined))} as FsNode;
	if (r.value.names.length === 0) return okResult(next as DirNode);
	return okResult(setAt(root, r.value.names, next, undefined));
}
