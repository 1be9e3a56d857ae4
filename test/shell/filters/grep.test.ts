import {describe, expect, it} from 'vitest';
import {f} from './run.js';

const text = 'alpha\nBeta\ngamma beta\ndelta\n';

describe('grep', () => {
	it('matches lines and exits 1 on no match', () => {
		expect(f('grep', ['eta'], text)).toEqual({stdout: 'Beta\ngamma beta\n', stderr: '', exitCode: 0});
		expect(f('grep', ['zzz'], text)).toEqual({stdout: '', stderr: '', exitCode: 1});
	});
	it('supports -i -v -c -n -o -w -q -x', () => {
		expect(f('grep', ['-i', 'BETA'], text).stdout).toBe('Beta\ngamma beta\n');
		expect(f('grep', ['-v', 'eta'], text).stdout).toBe('alpha\ndelta\n');
		expect(f('grep', ['-c', 'a'], text).stdout).toBe('4\n');
		expect(f('grep', ['-vc', 'a'], text)).toEqual({stdout: '0\n', stderr: '', exitCode: 1});
		expect(f('grep', ['-n', 'delta'], text).stdout).toBe('4:delta\n');
		expect(f('grep', ['-o', '[a-z]*ta'], text).stdout).toBe('eta\nbeta\ndelta\n');
		expect(f('grep', ['-w', 'beta'], text).stdout).toBe('gamma beta\n');
		expect(f('grep', ['-q', 'alpha'], text)).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(f('grep', ['-x', 'delta'], text).stdout).toBe('delta\n');
	});
	it('reads BRE: \\( \\) \\| \\{ \\} special, bare ones literal', () => {
		expect(f('grep', ['\\(al\\|del\\)ta'], text).stdout).toBe('delta\n');
		expect(f('grep', ['a\\{2\\}'], 'aa\na\n').stdout).toBe('aa\n');
		expect(f('grep', ['(x)'], '(x)\nx\n').stdout).toBe('(x)\n');
		expect(f('grep', ['a|b'], 'a|b\nab\n').stdout).toBe('a|b\n');
		expect(f('grep', ['^[[:digit:]]\\+$'], '123\n12a\n').stdout).toBe('123\n');
	});
	it('reads ERE with -E and fixed strings with -F', () => {
		expect(f('grep', ['-E', '(al|del)ta'], text).stdout).toBe('delta\n');
		expect(f('grep', ['-E', 'a{2}'], 'aa\na\n').stdout).toBe('aa\n');
		expect(f('grep', ['-F', 'a.b'], 'a.b\naxb\n').stdout).toBe('a.b\n');
		expect(f('grep', ['-e', 'alpha', '-e', 'delta'], text).stdout).toBe('alpha\ndelta\n');
	});
	it('greps the IP out of ip addr style output', () => {
		const out = 'inet 172.18.0.2/16 brd 172.18.255.255 scope global eth0\n';
		expect(f('grep', ['-oE', '([0-9]{1,3}\\.){3}[0-9]{1,3}'], out).stdout).toBe('172.18.0.2\n172.18.255.255\n');
	});
	it('reports bad usage with exit 2', () => {
		expect(f('grep', ['-z', 'x'])).toEqual({
			stdout: '',
			stderr: expect.stringMatching(/^grep: unrecognized option: z\nBusyBox v1\.36\.1 \(2024-06-10 11:31:00 UTC\) multi-call binary\.\n/),
			exitCode: 2,
		});
		expect(f('grep', []).exitCode).toBe(2);
		expect(f('grep', ['x', 'file.txt'])).toEqual({stdout: '', stderr: 'grep: file.txt: No such file or directory\n', exitCode: 2});
		expect(f('grep', ['-E', '(a'], 'a\n').exitCode).toBe(2);
		expect(f('grep', ['a['], 'a\n').stderr).toMatch(/^grep: bad regex/);
	});
});
