import {describe, expect, it} from 'vitest';
import {f} from './run.js';

describe('cut', () => {
	it('cuts fields with -d and lists', () => {
		expect(f('cut', ['-d:', '-f2'], 'a:b:c\nd:e:f\n').stdout).toBe('b\ne\n');
		expect(f('cut', ['-d', ':', '-f', '1,3'], 'a:b:c\n').stdout).toBe('a:c\n');
		expect(f('cut', ['-d:', '-f2-'], 'a:b:c\n').stdout).toBe('b:c\n');
		expect(f('cut', ['-d:', '-f-2'], 'a:b:c\n').stdout).toBe('a:b\n');
		expect(f('cut', ['-f2'], 'a\tb\n').stdout).toBe('b\n');
	});
	it('passes lines without the delimiter unless -s', () => {
		expect(f('cut', ['-d:', '-f2'], 'plain\n').stdout).toBe('plain\n');
		expect(f('cut', ['-s', '-d:', '-f2'], 'plain\n').stdout).toBe('');
	});
	it('cuts characters', () => {
		expect(f('cut', ['-c', '1-3'], 'abcdef\n').stdout).toBe('abc\n');
		expect(f('cut', ['-c2,4'], 'abcdef\n').stdout).toBe('bd\n');
	});
	it('reports errors', () => {
		expect(f('cut', []).exitCode).toBe(1);
		expect(f('cut', ['-f', '0']).stderr).toMatch(/numbered from 1/);
		expect(f('cut', ['-d', 'ab', '-f', '1']).stderr).toMatch(/single character/);
	});
});
