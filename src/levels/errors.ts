import {stripControlChars} from './control-chars.js';

/**
 * One mistake in a level or pack file. `line` and `column` are 1-based; both are 0
 * when the mistake is the file as a whole (unreadable, empty folder). `path` is
 * where in the level it is (`goals[0].probe.expect`, '' for the whole file);
 * `message` is the full sentence after the position, path included when it helps.
 */
export interface LevelError {
	file: string;
	line: number;
	column: number;
	path: string;
	message: string;
}

/** `levels/basics/01-first.yaml:12:5: goals[0].probe.expect: expected ...`, the compiler-style line editors jump to. */
export function formatLevelError(error: LevelError): string {
	const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
	// Messages quote the level's own text; it must not reach the terminal raw.
	return stripControlChars(`${where}: ${error.message}`);
}

/** `goals[0].probe["not-on"]`: the path as an instructor would point at it in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else if (typeof segment === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out ? `.${segment}` : segment;
		else out += `[${JSON.stringify(String(segment))}]`;
	}
	return out;
}
