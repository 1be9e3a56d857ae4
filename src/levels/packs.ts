// Finds packs on disk and loads their levels. One broken file never takes the
// others down: it is reported in `errors` and left out, and everything else loads.
import {readdirSync, readlinkSync, statSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {builtinLevelsDir} from './builtin-dir.js';
import type {LevelError} from './errors.js';
import {loadLevelFile, loadPackFile, readText, type LevelResult} from './load.js';
import {BUNDLE_LIMITS, isBundleText, parseBundle} from './bundle.js';
import {packHash} from './pack-hash.js';
import {ID_PATTERN, type Level, type LocalText, type PackFile} from './schema.js';
import type {Locate} from './yaml-positions.js';

/** Where a loaded level came from, for errors found after loading (validateLevels). */
export interface LevelSource {
	file: string;
	locate: Locate;
}

export interface Pack {
	id: string;
	title: LocalText;
	/** pack.yaml's `order`, else the folder name's number prefix (01-basics → 1), else none (sorts last). */
	order?: number;
	/** The pack's folder, or its one file (a bundle written by `netdojo pack`). */
	dir: string;
	/** Content hash of the levels (pack-hash.ts): the same for a folder and its bundle. */
	hash: string;
	/** In file-name order. */
	levels: Level[];
	/** sources[i] is where levels[i] was read from. */
	sources: LevelSource[];
}

export interface LoadPacksOptions {
	/** Load the built-in packs (builtinLevelsDir()) before `dirs`. Default false. */
	builtin?: boolean;
}

export interface LoadedPacks {
	packs: Pack[];
	errors: LevelError[];
}

const PACK_FILES = ['pack.yaml', 'pack.yml'];
const isLevelFile = (name: string) => /\.ya?ml$/.test(name) && !PACK_FILES.includes(name);

/** A folder to load as one pack; `only` restricts it to one file (a level path given on the command line). */
interface PackCandidate {
	dir: string;
	only?: string;
	/** A one-file pack and its text. */
	bundle?: string;
}

function fileError(file: string, message: string): LevelError {
	return {file, line: 0, column: 0, path: '', message};
}

/**
 * A folder's level-ish files and sub-folders. Symlinks are followed, as `ls` and editors do (a pack
 * may link a level from another); one that leads nowhere, or to a device or a pipe, is reported in
 * `notices` (one line each) and skipped, so that a level never goes missing without a word.
 */
function listDir(dir: string, notices?: LevelError[]): {files: string[]; dirs: string[]} {
	const files: string[] = [];
	const dirs: string[] = [];
	let entries;
	try {
		entries = readdirSync(dir, {withFileTypes: true});
	} catch (error) {
		notices?.push(fileError(dir, `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped`));
		return {files, dirs};
	}
	for (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		if (entry.isDirectory()) dirs.push(entry.name);
		else if (entry.isFile()) files.push(entry.name);
		else if (entry.isSymbolicLink()) {
			const path = join(dir, entry.name);
			const relevant = isLevelFile(entry.name) || PACK_FILES.includes(entry.name);
			let target;
			try {
				target = statSync(path);
			} catch {
				if (relevant) notices?.push(fileError(path, `a symlink to ${linkTarget(path)}, which does not exist; skipped`));
				continue;
			}
			if (target.isDirectory()) dirs.push(entry.name);
			else if (target.isFile()) files.push(entry.name);
			else if (relevant) notices?.push(fileError(path, `a symlink to ${linkTarget(path)}, which is not a regular file; skipped`));
		} else if (isLevelFile(entry.name)) {
			notices?.push(fileError(join(dir, entry.name), 'not a regular file (a device, a pipe or a socket); skipped'));
		}
	}
	// Code-point order, not locale order: the same on every machine.
	const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return {files: files.sort(byName), dirs: dirs.sort(byName)};
}

function linkTarget(path: string): string {
	try {
		return readlinkSync(path);
	} catch {
		return 'somewhere';
	}
}

const isPackDir = (listing: {files: string[]}) => listing.files.some((name) => isLevelFile(name) || PACK_FILES.includes(name));

/** A path is a level file, a pack folder (has level files or a pack.yaml), or a folder of pack folders. */
function findPacks(path: string, errors: LevelError[]): PackCandidate[] {
	let stats;
	try {
		stats = statSync(path);
	} catch {
		errors.push(fileError(path, 'no such file or folder'));
		return [];
	}
	if (stats.isFile()) {
		const read = readText(path, BUNDLE_LIMITS.maxBytes);
		if (read.ok && isBundleText(read.text)) return [{dir: path, bundle: read.text}];
		return [{dir: dirname(path), only: basename(path)}];
	}
	if (!stats.isDirectory()) {
		errors.push(fileError(path, 'not a regular file or a folder (a device, a pipe or a socket); skipped'));
		return [];
	}
	const listing = listDir(path);
	if (isPackDir(listing)) return [{dir: path}];
	const packs = listing.dirs.map((name) => join(path, name)).filter((dir) => isPackDir(listDir(dir)));
	if (packs.length === 0) errors.push(fileError(path, 'no level files (*.yaml) and no pack folders in it'));
	return packs.map((dir) => ({dir}));
}

/** `01-basics` → `basics`: the id a pack gets when its pack.yaml does not give one. */
function idFromFolder(folder: string): string {
	const id = folder.replace(/^\d+[-_.]/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
	return ID_PATTERN.test(id) ? id : 'pack';
}

function orderFromFolder(folder: string): number | undefined {
	const match = /^(\d+)[-_.]/.exec(folder);
	return match ? Number(match[1]) : undefined;
}

function readPackFile(dir: string, files: string[], errors: LevelError[]): PackFile {
	const name = PACK_FILES.find((candidate) => files.includes(candidate));
	if (!name) return {};
	const result = loadPackFile(join(dir, name));
	if (result.ok) return result.pack;
	// A broken pack.yaml costs the pack its title and order, not its levels.
	errors.push(...result.errors);
	return {};
}

/** Packs and levels from `dirs` (pack folders, folders of packs, or level files), with every problem found. */
export function loadPacks(dirs: readonly string[], options: LoadPacksOptions = {}): LoadedPacks {
	const errors: LevelError[] = [];
	const packs: Pack[] = [];
	const levelFiles = new Map<string, string>(); // level id → file that defined it first
	const packDirs = new Map<string, string>(); // pack id → its folder
	const seenDirs = new Set<string>();

	const paths = [...(options.builtin ? [builtinLevelsDir()] : []), ...dirs];
	for (const candidate of paths.flatMap((path) => findPacks(path, errors))) {
		const key = `${resolve(candidate.dir)}\0${candidate.only ?? ''}`;
		if (seenDirs.has(key)) continue; // The same folder given twice is loaded once.
		seenDirs.add(key);

		// A bundle: its levels are taken only when they are the ones its hash was made of.
		let meta: PackFile;
		let results: {file: string; result: LevelResult}[];
		if (candidate.bundle !== undefined) {
			const bundle = parseBundle(candidate.bundle, candidate.dir);
			if (!bundle.ok) {
				errors.push(...bundle.errors);
				continue;
			}
			results = bundle.levels.map((result) => ({file: candidate.dir, result}));
			const loaded = bundle.levels.flatMap((r) => (r.ok ? [r.level] : []));
			const actual = packHash({id: bundle.meta.id, title: bundle.meta.title, levels: loaded});
			if (actual !== bundle.meta.hash) {
				const broken = bundle.levels.flatMap((r) => (r.ok ? [] : r.errors));
				errors.push(...broken);
				const why = broken.length > 0 ? 'some of its levels do not load (above)' : 'its levels were changed after it was packed';
				errors.push(fileError(candidate.dir, `the pack's hash does not match its content (${why}); the pack is skipped: fix the levels and run 'netdojo pack' again`));
				continue;
			}
			meta = bundle.meta;
		} else {
			const {files} = listDir(candidate.dir, candidate.only ? undefined : errors);
			meta = readPackFile(candidate.dir, files, errors);
			const names = candidate.only ? [candidate.only] : files.filter(isLevelFile);
			results = names.map((name) => ({file: join(candidate.dir, name), result: loadLevelFile(join(candidate.dir, name))}));
		}
		const folder = basename(resolve(candidate.dir));
		const id = meta.id ?? idFromFolder(folder);
		const firstDir = packDirs.get(id);
		if (firstDir !== undefined && resolve(firstDir) !== resolve(candidate.dir)) {
			errors.push(fileError(candidate.dir, `pack id "${id}" is already used by ${firstDir}; this pack is skipped`));
			continue;
		}
		packDirs.set(id, candidate.dir);
		let pack = packs.find((p) => p.id === id);
		if (!pack) {
			pack = {id, title: meta.title ?? id, order: meta.order ?? orderFromFolder(folder), dir: candidate.dir, hash: '', levels: [], sources: []};
			packs.push(pack);
		}

		for (const {file, result} of results) {
			if (!result.ok) {
				errors.push(...result.errors);
				continue;
			}
			const first = levelFiles.get(result.level.id);
			if (first !== undefined) {
				const {line, column} = result.locate(['id']);
				errors.push({file, line, column, path: 'id', message: `level id "${result.level.id}" is already used by ${first}; this file is skipped`});
				continue;
			}
			levelFiles.set(result.level.id, file);
			pack.levels.push(result.level);
			pack.sources.push({file, locate: result.locate});
		}
	}

	for (const pack of packs) pack.hash = packHash(pack);
	const orderOf = (pack: Pack) => pack.order ?? Number.POSITIVE_INFINITY;
	packs.sort((a, b) => orderOf(a) - orderOf(b) || (basename(a.dir) < basename(b.dir) ? -1 : basename(a.dir) > basename(b.dir) ? 1 : 0));
	return {packs, errors};
}
