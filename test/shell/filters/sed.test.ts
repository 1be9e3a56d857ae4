import {describe, expect, it} from 'vitest';
import {f} from './run.js';

describe('sed', () => {
	it('substitutes first or all matches', () => {
		expect(f('sed', ['s/o/0/'], 'foo\n').stdout).toBe('f0o\n');
		expect(f('sed', ['s/o/0/g'], 'foo\n').stdout).toBe('f00\n');
		expect(f('sed', ['s|/|_|g'], '/a/b\n').stdout).toBe('_a_b\n');
		expect(f('sed', ['s/\\(.*\\):\\(.*\\)/\\2 \\1/'], 'k:v\n').stdout).toBe('v k\n');
		expect(f('sed', ['-E', 's/([0-9]+)/<\\1>/'], 'port 80\n').stdout).toBe('port <80>\n');
		expect(f('sed', ['s/a/[&]/g'], 'aba\n').stdout).toBe('[a]b[a]\n');
	});
	it('prints a chosen line with -n Np', () => {
		expect(f('sed', ['-n', '2p'], 'a\nb\nc\n').stdout).toBe('b\n');
		expect(f('sed', ['-n', '$p'], 'a\nb\nc\n').stdout).toBe('c\n');
		expect(f('sed', ['-n', '/b/p'], 'a\nb\nc\n').stdout).toBe('b\n');
		expect(f('sed', ['1d'], 'a\nb\n').stdout).toBe('b\n');
	});
	it('refuses other commands', () => {
		expect(f('sed', ['y/a/b/'], 'a\n')).toEqual({stdout: '', stderr: 'sed: unsupported command y\n', exitCode: 1});
		expect(f('sed', ['s/a/b'], 'a\n').exitCode).toBe(1);
		expect(f('sed', []).exitCode).toBe(1);
	});
});
