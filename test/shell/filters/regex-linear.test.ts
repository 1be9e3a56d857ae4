import {describe, expect, it} from 'vitest';
import {f} from './run.js';
import {compileRegex, MAX_PATTERN} from '../../../src/shell/filters/regex.js';

const bomb = 'a'.repeat(29) + '!\n';

/** Runs `fn` and returns how long it took in ms. */
function timed(fn: () => void): number {
	const t = performance.now();
	fn();
	return performance.now() - t;
}

describe('regular expressions run in linear time', () => {
	it('grep -E (a+)+$ on 29 a and ! finishes at once (it backtracked for over a minute)', () => {
		let r = f('grep', ['-E', '(a+)+$'], bomb);
		expect(timed(() => (r = f('grep', ['-E', '(a+)+$'], bomb)))).toBeLessThan(200);
		expect(r).toEqual({stdout: '', stderr: '', exitCode: 1});
		expect(timed(() => f('grep', ['\\(a*\\)*$'], bomb.repeat(1000)))).toBeLessThan(1500);
	});
	it('sed -E and awk with the same pattern finish at once too', () => {
		expect(timed(() => expect(f('sed', ['-E', 's/(a+)+$/X/'], bomb).stdout).toBe(bomb))).toBeLessThan(200);
		expect(timed(() => expect(f('awk', ['/(a+)+$/{print "m"} $0 ~ "(a|aa)+$" {print "n"}'], bomb).stdout).toBe(''))).toBeLessThan(200);
		expect(timed(() => expect(f('awk', ['{print gsub(/(a+)+b/, "x")}'], bomb).stdout).toBe('0\n'))).toBeLessThan(200);
	});
	it('a huge pattern is refused with the regerror text, never a crash', () => {
		const huge = '['.repeat(3000);
		expect(f('grep', [huge], 'x\n')).toMatchObject({exitCode: 2, stderr: expect.stringContaining('unmatched [')});
		const big = 'a'.repeat(MAX_PATTERN + 1);
		expect(f('grep', [big], 'a\n')).toMatchObject({exitCode: 2, stderr: expect.stringContaining('Regular expression too big')});
		expect(f('awk', [`BEGIN { s = "("; for (i = 0; i < 15; i++) s = s s; if ("x" ~ s) print 1 }`], '')).toMatchObject({exitCode: 2, stderr: expect.stringContaining('Regular expression too big')});
	});
	it('keeps POSIX meaning: stacked quantifiers, bracket classes, -w, -o, sed occurrence numbers', () => {
		expect(f('grep', ['-E', 'a**'], 'aa\n').stdout).toBe('aa\n');
		expect(f('grep', ['-oE', 'ab+?'], 'abbb\n').stdout).toBe('abbb\n');
		expect(f('grep', ['-o', '[[:digit:]]\\+'], 'a12b345\n').stdout).toBe('12\n345\n');
		expect(f('grep', ['-ow', 'foo'], 'foo foo xfoo foo_ foo\n').stdout).toBe('foo\nfoo\nfoo\n');
		expect(f('sed', ['s/X/-/2'], 'aXbXcX\n').stdout).toBe('aXb-cX\n');
		expect(f('sed', ['s/x*/-/g'], 'abc\n').stdout).toBe('-a-b-c-\n');
		expect(f('awk', ['{n = split($0, p, /[,;]+/); print n, p[1], p[3]; print match($0, /b+/), RSTART, RLENGTH}'], 'a,,b;c\n').stdout).toBe('3 a c\n4 4 1\n');
		expect(compileRegex('a.c', false).test('a\nc')).toBe(true);
	});
	it('back-references and bad counts get a clear error', () => {
		expect(f('grep', ['\\(a\\)\\1'], 'aa\n')).toMatchObject({exitCode: 2, stderr: expect.stringContaining('back-references')});
		expect(f('grep', ['-E', 'a{1001}'], 'a\n').stderr).toBe("grep: bad regex 'a{1001}': Invalid content of \\{\\}\n");
		expect(f('sed', ['s/\\(x\\)\\1/y/'], 'xx\n')).toMatchObject({exitCode: 1, stderr: expect.stringContaining('back-references')});
	});
});
