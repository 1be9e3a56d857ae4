// Between a tree and the flat maps levels, images and build contexts give (relative or absolute
// path -> text), plus the sizes `ls -l` and `du` report.
import type {DirNode, FsNode, FsResult} from './types.js';
import {absolute, components} from './path.js';
import {failResult, okResult} from './errno.js';
import {mkdirParents, writeFile, type CreateOptions} from './ops.js';
import {walk} from './walk.js';

/** Bytes of `text` in UTF-8 (what stat reports as a file's size). */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

/** st_size: a file's bytes, a directory's block (ext4 shows 4096 for a small directory). */
export const sizeOf = (node: FsNode): number => (node.kind === 'file' ? utf8Length(node.content) : 4096);

/** st_nlink: 1 for a file; 2 plus one per subdirectory for a directory. */
export const linkCount = (node: FsNode): number => (node.kind === 'file' ? 1 : 2 + Object.values(node.entries).filter((c) => c.kind === 'dir').length);

/**
 * Writes each `path -> text` of `files` under `dir` (paths relative to it, or absolute), making
 * the directories on the way. Stops at the first that cannot be written.
 */
export function writeFlat(root: DirNode, dir: string, files: Readonly<Record<string, string>>, o: CreateOptions): FsResult<DirNode> {
	let cur = root;
	for (const [path, text] of Object.entries(files)) {
		const full = absolute(dir, path);
		const parts = components(full);
		if (parts.length > 1) {
			const made = mkdirParents(cur, '/', `/${parts.slice(0, -1).join('/')}`, {...o, mode: undefined});
			if (!made.ok) return failResult(made.errno);
			cur = made.value;
		}
		const written = writeFile(cur, full, text, o);
		if (!written.ok) return written;
		cur = written.value;
	}
	return okResult(cur);
}

/** Every file under `dir` as `relative path -> text` (depth first, directories in entry order). */
export function readFlat(root: DirNode, dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const r = walk(root, dir);
	if (!r.ok || !r.value.node) return out;
	const visit = (node: FsNode, rel: string): void => {
		if (node.kind === 'file') {
			out[rel] = node.content;
			return;
		}
		for (const [name, child] of Object.entries(node.entries)) visit(child, rel === '' ? name : `${rel}/${name}`);
	};
	visit(r.value.node, '');
	return out;
}

/** How many files and directories a tree holds (for budgets and benchmarks). */
export function countNodes(node: FsNode): number {
	if (node.kind === 'file') return 1;
	let n = 1;
	for (const child of Object.values(node.entries)) n += countNodes(child);
	return n;
}
