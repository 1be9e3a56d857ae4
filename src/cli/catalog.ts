// Loads the built-in packs plus any --levels folders, for every mode that needs levels.
import {builtinLevelsDir, formatLevelError, loadLevelFile, loadPacks, type Level, type Pack} from '../levels/index.js';
import {existsSync} from 'node:fs';
import type {Options} from './args.js';
import {UsageError} from './usage-error.js';
import {precompiledBuiltins} from '../levels/precompiled.js';

export interface Catalog {
	readonly packs: Pack[];
	readonly errors: string[];
}

/** A --levels path that is not there is bad usage (exit 2), not a warning to scroll past. */
export function checkLevelsDirs(dirs: readonly string[]): void {
	for (const dir of dirs) {
		if (!existsSync(dir)) throw new UsageError(`--levels ${dir}: no such file or folder`);
	}
}

export function loadCatalog(options: Pick<Options, 'levelsDirs'>): Catalog {
	checkLevelsDirs(options.levelsDirs);
	const {packs, errors} = (options.levelsDirs.length === 0 ? precompiledBuiltins(loadLevelFile) : undefined) ?? loadPacks([builtinLevelsDir(), ...options.levelsDirs]);
	return {packs, errors: errors.map(formatLevelError)};
}

export function findLevel(catalog: Catalog, id: string): Level | undefined {
	for (const pack of catalog.packs) {
		const level = pack.levels.find((l) => l.id === id);
		if (level) return level;
	}
	return undefined;
}

export function allLevels(catalog: Catalog): Level[] {
	return catalog.packs.flatMap((p) => p.levels);
}
