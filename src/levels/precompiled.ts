// The built-in packs, loaded and validated at build time (scripts/build.mjs writes dist/levels.json
// with this project's own loader), so the installed game does not parse and check every level YAML
// on each start. The file records a hash of levels/; when the files on disk no longer match it (a
// level edited after the build) or it is missing, callers fall back to loading the YAML.
// Only the bundle uses it (the build defines NETDOJO_PRECOMPILED): tests and tools that run from
// src/ always load the YAML, so a stale dist/ can never stand in for changed loader code.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
// This module stays light (no YAML parser, no schema): the first frame reads it before anything else
// loads. The loader comes in as an argument where one is needed.
import {builtinLevelsDir, packageRoot} from './builtin-dir.js';
import type {LevelResult} from './load.js';
import type {LoadedPacks, Pack} from './packs.js';
import type {Locate} from './yaml-positions.js';

/** loadLevelFile, passed in so that this module does not import the loader. */
export type LevelFileLoader = (file: string) => LevelResult;

const FORMAT = 1;

interface StoredPack extends Omit<Pack, 'dir' | 'sources'> {
	/** Relative to the package root, with '/' separators. */
	dir: string;
	files: string[];
}

export interface PrecompiledFile {
	format: number;
	/** levelsHash() of levels/ when the file was written. */
	hash: string;
	packs: StoredPack[];
	/** Paths (into packs) of object keys whose value is undefined: JSON drops them, the loader may not. */
	undefinedKeys: (string | number)[][];
}

const toPosix = (p: string) => p.split(sep).join('/');

function listFiles(dir: string, out: string[] = []): string[] {
	const entries = readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) listFiles(path, out);
		else if (entry.isFile()) out.push(path);
	}
	return out;
}

/**
 * A hash of every file under `dir` (names and contents): two 32-bit FNV-1a lanes, enough to notice
 * an edited level (this is no security check), and no node:crypto to load on the way to the first frame.
 */
export function levelsHash(dir: string = builtinLevelsDir()): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	const feed = (bytes: Uint8Array) => {
		for (let i = 0; i < bytes.length; i++) {
			a = Math.imul(a ^ bytes[i], 0x01000193);
			b = Math.imul(b ^ bytes[i], 0x01000193) ^ (b >>> 15);
		}
	};
	let count = 0;
	for (const file of listFiles(dir)) {
		feed(Buffer.from(`${toPosix(relative(dir, file))}\0`));
		const bytes = readFileSync(file);
		feed(bytes);
		count += bytes.length + 1;
	}
	return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}-${count}`;
}

function findUndefined(value: unknown, path: (string | number)[], out: (string | number)[][]): void {
	if (Array.isArray(value)) value.forEach((v, i) => findUndefined(v, [...path, i], out));
	else if (value !== null && typeof value === 'object') {
		const proto = Object.getPrototypeOf(value);
		if (proto !== Object.prototype && proto !== null) throw new Error(`cannot precompile ${path.join('.')}: not plain data`);
		for (const [k, v] of Object.entries(value)) {
			if (v === undefined) out.push([...path, k]);
			else findUndefined(v, [...path, k], out);
		}
	} else if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot precompile ${path.join('.')}: ${value}`);
	else if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new Error(`cannot precompile ${path.join('.')}: a ${typeof value}`);
}

/**
 * Loads the built-in packs from YAML and returns what dist/levels.json holds, or the errors that
 * stop it (a broken built-in level: then no file is written and the game reports it from YAML).
 */
export function precompileBuiltins(
	loadPacks: (dirs: readonly string[]) => LoadedPacks,
	root: string = packageRoot(),
): {ok: true; file: PrecompiledFile} | {ok: false; errors: string[]} {
	const dir = join(root, 'levels');
	const {packs, errors} = loadPacks([dir]);
	if (errors.length > 0) return {ok: false, errors: errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)};
	const stored: StoredPack[] = packs.map(({dir: packDir, sources, ...rest}) => ({
		...rest,
		dir: toPosix(relative(root, packDir)),
		files: sources.map((s) => toPosix(relative(root, s.file))),
	}));
	const undefinedKeys: (string | number)[][] = [];
	findUndefined(stored, [], undefinedKeys);
	return {ok: true, file: {format: FORMAT, hash: levelsHash(dir), packs: stored, undefinedKeys}};
}

export function precompiledPath(root: string = packageRoot()): string {
	return join(root, 'dist', 'levels.json');
}

export function writePrecompiled(
	loadPacks: (dirs: readonly string[]) => LoadedPacks,
	root: string = packageRoot(),
	out: string = precompiledPath(root),
): {ok: boolean; errors: string[]} {
	const result = precompileBuiltins(loadPacks, root);
	if (!result.ok) return {ok: false, errors: result.errors};
	writeFileSync(out, JSON.stringify(result.file));
	return {ok: true, errors: []};
}

/** True in the bundled game (scripts/build.mjs defines it), false when running from src/. */
export const isBundle = (): boolean => process.env.NETDOJO_PRECOMPILED === '1';

/** The stored file if it is there, readable and matches levels/ on disk; else undefined. */
export function readPrecompiled(root: string = packageRoot()): PrecompiledFile | undefined {
	const file = precompiledPath(root);
	if (!existsSync(file)) return undefined;
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as PrecompiledFile;
		if (data.format !== FORMAT || data.hash !== levelsHash(join(root, 'levels'))) return undefined;
		return data;
	} catch {
		return undefined;
	}
}

/** A position finder that parses the level file only when asked (errors found after loading). */
function lazyLocate(file: string, loadLevelFile: LevelFileLoader): Locate {
	let locate: Locate | undefined;
	return (path, options) => {
		if (!locate) {
			const result = loadLevelFile(file);
			locate = result.ok ? result.locate : () => ({line: 0, column: 0});
		}
		return locate(path, options);
	};
}

/** Packs as loadPacks([builtinLevelsDir()]) returns them, from a stored file. */
export function packsFromPrecompiled(data: PrecompiledFile, loadLevelFile: LevelFileLoader, root: string = packageRoot()): LoadedPacks {
	for (const path of data.undefinedKeys) {
		let node = data.packs as unknown as Record<string | number, unknown>;
		for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
		node[path[path.length - 1]] = undefined;
	}
	const packs: Pack[] = data.packs.map(({id, title, order, dir, hash, levels, files}) => ({
		id,
		title,
		order,
		hash,
		dir: resolve(root, dir),
		levels,
		sources: files.map((f) => {
			const file = resolve(root, f);
			return {file, locate: lazyLocate(file, loadLevelFile)};
		}),
	}));
	return {packs, errors: []};
}

/**
 * The built-in packs from dist/levels.json when this is the bundled game and the file is current;
 * undefined otherwise (load the YAML).
 */
export function precompiledBuiltins(loadLevelFile: LevelFileLoader): LoadedPacks | undefined {
	if (!isBundle()) return undefined;
	let root: string;
	try {
		root = packageRoot();
	} catch {
		return undefined;
	}
	const data = readPrecompiled(root);
	return data ? packsFromPrecompiled(data, loadLevelFile, root) : undefined;
}
