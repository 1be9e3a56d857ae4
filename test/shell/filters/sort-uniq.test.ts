import {describe, expect, it} from 'vitest';
import {f} from './run.js';

describe('sort', () => {
	it('sorts lines in byte order', () => {
		expect(f('sort', [], 'b\na\nB\n').stdout).toBe('B\na\nb\n');
		expect(f('sort', ['-r'], 'b\na\nc\n').stdout).toBe('c\nb\na\n');
	});
	it('sorts numerically and uniquely', () => {
		expect(f('sort', ['-n'], '10\n9\n100\n').stdout).toBe('9\n10\n100\n');
		expect(f('sort', ['-nr'], '10\n9\n100\n').stdout).toBe('100\n10\n9\n');
		expect(f('sort', ['-u'], 'b\na\nb\n').stdout).toBe('a\nb\n');
	});
	it('sorts by key with -k and -t', () => {
		expect(f('sort', ['-k', '2'], 'x b\ny a\n').stdout).toBe('y a\nx b\n');
		expect(f('sort', ['-t', ':', '-k', '2n'], 'a:10\nb:9\n').stdout).toBe('b:9\na:10\n');
		expect(f('sort', ['-k2,2', '-n'], 'a 3\nb 1\nc 2\n').stdout).toBe('b 1\nc 2\na 3\n');
	});
	it('rejects bad keys', () => {
		expect(f('sort', ['-k', 'x']).exitCode).toBe(1);
	});
});

describe('uniq', () => {
	it('collapses adjacent duplicates', () => {
		expect(f('uniq', [], 'a\na\nb\na\n').stdout).toBe('a\nb\na\n');
	});
	it('counts with -c', () => {
		expect(f('uniq', ['-c'], 'a\na\nb\n').stdout).toBe('      2 a\n      1 b\n');
	});
	it('filters with -d and -u', () => {
		expect(f('uniq', ['-d'], 'a\na\nb\n').stdout).toBe('a\n');
		expect(f('uniq', ['-u'], 'a\na\nb\n').stdout).toBe('b\n');
	});
});
