import {describe, expect, it} from 'vitest';
import {f} from './run.js';

describe('tr', () => {
	it('translates sets and ranges', () => {
		expect(f('tr', ['a-z', 'A-Z'], 'hello\n').stdout).toBe('HELLO\n');
		expect(f('tr', ['[:lower:]', '[:upper:]'], 'abc\n').stdout).toBe('ABC\n');
		expect(f('tr', [':', '\\n'], 'a:b\n').stdout).toBe('a\nb\n');
		expect(f('tr', ['abc', 'x'], 'aabbcc').stdout).toBe('xxxxxx');
	});
	it('deletes and squeezes', () => {
		expect(f('tr', ['-d', '\\n'], 'a\nb\n').stdout).toBe('ab');
		expect(f('tr', ['-d', '0-9'], 'a1b2\n').stdout).toBe('ab\n');
		expect(f('tr', ['-s', ' '], 'a    b\n').stdout).toBe('a b\n');
		expect(f('tr', ['-cd', '0-9.\\n'], 'ip: 10.0.0.1\n').stdout).toBe('10.0.0.1\n');
	});
	it('needs operands', () => {
		expect(f('tr', ['a']).exitCode).toBe(1);
		expect(f('tr', ['-q', 'a', 'b']).stderr).toMatch(/^tr: unrecognized option: q/);
	});
});
