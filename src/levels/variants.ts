// Seeded variants of a level (see variables.ts for the format): the loader's step that checks a
// `variables:` block and fills in the defaults, and the step that rebuilds a level for a seed.
import type {LevelError} from './errors.js';
import {formatPath} from './errors.js';
import {levelSchema, type Level} from './schema.js';
import {parseOptions} from './issue-messages.js';
import type {Locate, PathSegment} from './yaml-positions.js';
import {drawValues, readVariables, substitute, unknownPlaceholders, type Variables} from './variables.js';

export type Variants = {ok: true; data: unknown; variables?: Variables; template?: unknown} | {ok: false; errors: LevelError[]};

/** The level data to check: as written, or (with `variables:`) without it and with the defaults filled in. */
export function readVariants(data: Record<string, unknown>, locate: Locate, file: string): Variants {
	if (!('variables' in data)) return {ok: true, data};
	const {variables: raw, ...template} = data;
	const error = (path: PathSegment[], message: string): LevelError => ({file, ...locate(path), path: formatPath(path), message});
	const {variables, problems} = readVariables(raw);
	const errors = problems.map(([path, message]) => error(['variables', ...path], message));
	for (const name of unknownPlaceholders(template, variables)) {
		if (!problems.some(([path]) => path[0] === name)) errors.push(error(['variables'], `{{${name}}} is used but "${name}" is not a variable of this level`));
	}
	if (errors.length > 0) return {ok: false, errors};
	return {ok: true, data: substitute(template, drawValues(variables, 1)), variables, template};
}

const cache = new WeakMap<Level, Map<number, Level>>();

/** The level as a student with `seed` plays it: its variables drawn for that seed (seed 1: the defaults). */
export function levelForSeed(level: Level, seed: number): Level {
	if (!level.variables || level.template === undefined || seed === 1) return level;
	let bySeed = cache.get(level);
	if (!bySeed) cache.set(level, (bySeed = new Map()));
	const hit = bySeed.get(seed);
	if (hit) return hit;
	const parsed = levelSchema.safeParse(substitute(level.template, drawValues(level.variables, seed)), parseOptions);
	// Drawn values are of the defaults' kinds, so this parses; should it not, the defaults are played.
	const made: Level = parsed.success ? {...parsed.data, variables: level.variables, template: level.template} : level;
	if (bySeed.size < 64) bySeed.set(seed, made);
	return made;
}

/** What each variable is for `seed` (shown to the student, used by tests). */
export function variableValues(level: Level, seed: number): Record<string, string | number> {
	return level.variables ? drawValues(level.variables, seed) : {};
}
