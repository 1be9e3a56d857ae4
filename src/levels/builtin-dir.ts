// The levels that ship with the game live in `levels/` at the package root. The
// code that looks for them runs from src/levels/ (tests, development) and from the
// single bundled dist/netdojo.js (the installed game), so no fixed "../.." is right
// for both: walk up to the package.json that says it is netdojo.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const PACKAGE_NAME = 'netdojo';
const cache = new Map<string, string>();

function isNetdojoRoot(dir: string): boolean {
	const manifest = join(dir, 'package.json');
	if (!existsSync(manifest)) return false;
	try {
		return (JSON.parse(readFileSync(manifest, 'utf8')) as {name?: unknown}).name === PACKAGE_NAME;
	} catch {
		return false; // A broken package.json on the way up is someone else's; keep walking.
	}
}

/** The netdojo package root above `from` (a file: URL or path). Throws if there is none. */
export function packageRoot(from: string = import.meta.url): string {
	const start = from.startsWith('file:') ? fileURLToPath(from) : from;
	const cached = cache.get(start);
	if (cached) return cached;
	for (let dir = dirname(start); ; dir = dirname(dir)) {
		if (isNetdojoRoot(dir)) {
			cache.set(start, dir);
			return dir;
		}
		if (dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${start}`);
	}
}

/** The folder of built-in packs: `<package root>/levels`. */
export function builtinLevelsDir(from: string = import.meta.url): string {
	return join(packageRoot(from), 'levels');
}
