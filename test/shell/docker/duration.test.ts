import {describe, expect, it} from 'vitest';
import {parseGoDuration} from '../../../src/shell/docker/duration.js';

describe("Go's time.ParseDuration", () => {
	it('reads units, fractions, several parts and a sign, in ms', () => {
		expect(parseGoDuration('30s')).toBe(30_000);
		expect(parseGoDuration('1h2m3s')).toBe(3_723_000);
		expect(parseGoDuration('1.5s')).toBe(1500);
		expect(parseGoDuration('.5m')).toBe(30_000);
		expect(parseGoDuration('500us')).toBe(0.5);
		expect(parseGoDuration('-1s')).toBe(-1000);
		expect(parseGoDuration('0')).toBe(0);
	});
	it("fails with Go's texts", () => {
		expect(() => parseGoDuration('')).toThrow('time: invalid duration ""');
		expect(() => parseGoDuration('bogus')).toThrow('time: invalid duration "bogus"');
		expect(() => parseGoDuration('5')).toThrow('time: missing unit in duration "5"');
		expect(() => parseGoDuration('5x')).toThrow('time: unknown unit "x" in duration "5x"');
		expect(() => parseGoDuration('.s')).toThrow('time: invalid duration ".s"');
		expect(() => parseGoDuration('9999999h')).toThrow('time: invalid duration "9999999h"');
	});
});
