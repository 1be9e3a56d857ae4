// Turns zod's issues into LevelErrors: a line and column in the file, and a
// sentence an instructor understands. zod's own English is not used: it talks
// about JavaScript types ("expected object, received undefined"); this says
// "missing required key" and "expected true or false, got "yes"".
import type {z} from 'zod';
import {describeValue, listAlternatives} from './describe-value.js';
import {didYouMean} from './did-you-mean.js';
import {formatPath, type LevelError} from './errors.js';
import type {Locate, PathSegment} from './yaml-positions.js';

/**
 * Marks issues that got no message from the schema. Passing `parseOptions` to
 * safeParse makes zod stamp this on them, so that a message written in the schema
 * (kept) can be told apart from a generic one (rewritten here).
 */
const GENERIC = '\u0000generic';

/**
 * zod's issues do not say which keys a strict map allows, but the raw issue that
 * the error hook sees carries the schema. The hook files the allowed keys under
 * the offending input object, where the formatter finds them again.
 */
const allowedKeys = new WeakMap<object, string[]>();

type RawIssue = {code?: string; input?: unknown; inst?: unknown};

export const parseOptions = {
	reportInput: true,
	error: (issue: RawIssue) => {
		if (issue.code === 'unrecognized_keys' && issue.input && typeof issue.input === 'object') {
			const shape = (issue.inst as {_zod?: {def?: {shape?: Record<string, unknown>}}} | undefined)?._zod?.def?.shape;
			if (shape) allowedKeys.set(issue.input, Object.keys(shape));
		}
		return GENERIC;
	},
};

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a map',
	record: 'a map',
};

// Issues that, for a key that is not there at all, mean "missing required key".
const MISSING_CODES = new Set(['invalid_type', 'invalid_union', 'invalid_value']);

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PathSegment, unknown>)[segment];
	}
	return value;
}

function hasKey(data: unknown, path: readonly PathSegment[]): boolean {
	const parent = valueAt(data, path.slice(0, -1));
	return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, path[path.length - 1]);
}

function where(path: readonly PathSegment[], rootName: string): string {
	return path.length === 0 ? rootName : formatPath(path);
}

/**
 * A union's issue lists every alternative's complaints. Show the alternative the
 * author evidently meant: not one that rejects the value's type outright, and of
 * the rest the one with the fewest complaints. If that is a tie, no alternative is
 * clearly meant, and the union's own "expected A, B or C" says it best.
 */
function pickBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] | undefined {
	const plausible = branches.filter((issues) => !issues.some((i) => i.code === 'invalid_type' && i.path.length === 0));
	if (plausible.length === 0) return undefined;
	const fewest = Math.min(...plausible.map((issues) => issues.length));
	const best = plausible.filter((issues) => issues.length === fewest);
	return best.length === 1 ? best[0] : undefined;
}

function genericMessage(issue: z.core.$ZodIssue, value: unknown): string {
	switch (issue.code) {
		case 'invalid_type':
			return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
		case 'invalid_value':
			return `expected ${issue.values.length > 3 ? 'one of ' : ''}${listAlternatives(issue.values)}, got ${describeValue(value)}`;
		case 'too_small':
			if (issue.origin === 'array') return `expected at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
			if (issue.origin === 'string') return 'must not be empty';
			return `expected at least ${issue.minimum}, got ${describeValue(value)}`;
		case 'too_big':
			if (issue.origin === 'array') return `expected at most ${issue.maximum} entries`;
			return `expected at most ${issue.maximum}, got ${describeValue(value)}`;
		case 'invalid_format':
			return `expected ${issue.format === 'regex' ? `text matching ${issue.pattern}` : issue.format}, got ${describeValue(value)}`;
		default:
			return `${describeValue(value)} is not valid here`;
	}
}

/**
 * The LevelErrors for zod's issues about `data`, the YAML the issues were found in.
 * `rootName` is what the file's top-level map is called in messages ("unknown key "x" in level").
 */
export function issuesToErrors(
	issues: readonly z.core.$ZodIssue[],
	data: unknown,
	locate: Locate,
	file: string,
	rootName = 'level',
	prefix: PathSegment[] = [],
): LevelError[] {
	const errors: LevelError[] = [];
	// "hintz" both misses "hints" and is unknown; the typo explains both, so the
	// "missing required key" for a key some unknown key was probably meant as is dropped.
	const missing = new Map<LevelError, string>();
	const misspelt = new Set<string>();
	// `at` is where the error points in the file; `path` what it is about (they differ for a missing key).
	const add = (path: PathSegment[], message: string, options?: {key?: boolean; at?: PathSegment[]}) => {
		const {line, column} = locate(options?.at ?? path, options);
		errors.push({file, line, column, path: formatPath(path), message});
	};
	const withPath = (path: PathSegment[], message: string) => (path.length ? `${formatPath(path)}: ${message}` : message);

	for (const issue of issues) {
		const path = [...prefix, ...(issue.path as PathSegment[])];
		const value = valueAt(data, path);

		if (issue.code === 'unrecognized_keys') {
			const known = value && typeof value === 'object' ? allowedKeys.get(value) ?? [] : [];
			for (const key of issue.keys) {
				const guess = didYouMean(key, known);
				if (guess) misspelt.add(formatPath([...path, guess]));
				const hint = guess ? ` (did you mean "${guess}"?)` : known.length ? ` (expected one of: ${known.join(', ')})` : '';
				add([...path, key], `unknown key "${key}" in ${where(path, rootName)}${hint}`, {key: true});
			}
			continue;
		}
		if (issue.code === 'invalid_union') {
			const branch = pickBranch(issue.errors);
			if (branch) {
				errors.push(...issuesToErrors(branch, data, locate, file, rootName, path));
				continue;
			}
		}
		if (issue.code === 'invalid_key') {
			// A bad key of a map (an image name with a space): point at the key itself.
			const inner = issue.issues[0];
			const key = String(path[path.length - 1]);
			const reason = inner && inner.message !== GENERIC ? inner.message : `"${key}" is not a valid name here`;
			add(path, withPath(path.slice(0, -1), reason), {key: true});
			continue;
		}
		if (path.length > 0 && value === undefined && !hasKey(data, path) && MISSING_CODES.has(issue.code)) {
			const parent = path.slice(0, -1);
			add(path, `missing required key "${String(path[path.length - 1])}" in ${where(parent, rootName)}`, {at: parent});
			missing.set(errors[errors.length - 1], formatPath(path));
			continue;
		}
		add(path, withPath(path, issue.message !== GENERIC ? issue.message : genericMessage(issue, value)));
		// A check like "a goal needs one of probe, container, ..." (schema.ts, ONE_OF) is
		// explained by a misspelt key too: "contaner" is why there is no "container".
		const oneOf = issue.code === 'custom' ? (issue.params as {oneOf?: string[]} | undefined)?.oneOf : undefined;
		if (oneOf) missing.set(errors[errors.length - 1], oneOf.map((key) => formatPath([...path, key])).join('\0'));
	}
	return errors.filter((error) => !(missing.get(error) ?? '').split('\0').some((key) => misspelt.has(key)));
}
