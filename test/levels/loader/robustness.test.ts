// Whatever an instructor writes, the loader answers with errors, never a crash.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parse, stringify} from 'yaml';
import {parseLevel} from '../../../src/levels/index.js';
import {FIXTURES} from './helpers.js';

const full = parse(readFileSync(join(FIXTURES, 'full.yaml'), 'utf8')) as unknown;

/** Every path into a value: [], ['goals'], ['goals', 0], ... */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
	if (value === null || typeof value !== 'object') return [prefix];
	const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
	return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

function replaced(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
	if (path.length === 0) return replacement;
	const copy = (Array.isArray(value) ? [...value] : {...(value as object)}) as Record<string | number, unknown>;
	copy[path[0]] = replaced(copy[path[0]], path.slice(1), replacement);
	return copy;
}

function wellFormed(result: ReturnType<typeof parseLevel>): boolean {
	if (result.ok) return true;
	return result.errors.length > 0 && result.errors.every((e) => e.line >= 1 && e.column >= 1 && e.message.length > 0);
}

describe('robustness', () => {
	it('any text: errors with positions, or a level', () => {
		fc.assert(fc.property(fc.string(), (text) => wellFormed(parseLevel(text, 'x.yaml'))));
	});

	it('a full level with any one value replaced by anything', () => {
		const all = paths(full);
		const value = fc.oneof(fc.jsonValue({maxDepth: 2}), fc.constantFrom(null, '', [], {}, 'x', 0, -1, true));
		fc.assert(
			fc.property(fc.constantFrom(...all), value, (path, replacement) => {
				const text = stringify(replaced(full, path, replacement));
				expect(wellFormed(parseLevel(text, 'x.yaml'))).toBe(true);
			}),
			{numRuns: 300},
		);
		// 300 full parses: seconds on a quiet machine, more when the two cores are shared; the runs, not the clock, are the test.
	}, 90_000);
});
