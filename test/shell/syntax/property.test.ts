import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {runLine} from '../../../src/shell/syntax/interpreter.js';
import {fakeHost} from './fake-host.js';

const shellish = fc.constantFrom(
	"'", '"', '$', '(', ')', '|', '&', ';', '\\', '`', '{', '}', '<', '>', '#', '~', '=', ' ', '\n', '\t',
	'$(', '${', '$((', '&&', '||', '2>&1', '>>', 'echo', 'grep', 'awk', 'wc', 'exit', 'x', 'é', '🐳', '\u0000',
);
const lines = fc.oneof(
	fc.string({unit: shellish, maxLength: 80}),
	fc.string({unit: 'grapheme', maxLength: 200}),
	fc.string({unit: shellish, minLength: 500, maxLength: 3000}),
);

describe('runLine never throws', () => {
	it('returns strings and a number exit code for any input', () => {
		fc.assert(
			fc.property(lines, (line) => {
				const r = runLine(line, fakeHost());
				expect(typeof r.stdout).toBe('string');
				expect(typeof r.stderr).toBe('string');
				expect(typeof r.exitCode).toBe('number');
				expect(Number.isInteger(r.exitCode)).toBe(true);
			}),
			{numRuns: 2000},
		);
	});
});
