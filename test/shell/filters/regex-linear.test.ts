import {describe, expect, it} from 'vitest';
import {f} from './run.js';
import {compileRegex, MAX_PATTERN} from '../../../src/shell/filters/regex.js';

const bomb = 'a'.repeat(29) + '!\n';

/** After a warm-up run, the fastest of three runs of `fn`, in ms: the least disturbed by the JIT and by other work. */
function timed(fn: () => void): number {
	fn();
	let best = Infinity;
	for (let i = 0; i < 3; i++) {
		const t = performance.now();
		fn();
		best = Math.min(best, performance.now() - t);
	}
	return best;
}

/**
 * Compared, not timed against a clock: a pattern that makes a backtracking engine try every way to
 * split the a's (2^29 here; it ran for over a minute) must cost about what a plain pattern costs on
 * the same text. A linear engine stays within a small factor; a backtracker is 10,000 times slower.
 * Both runs share whatever load the machine has, so the ratio holds on a busy CI machine too.
 */
function slowerThanPlain(run: () => void, plain: () => void): number {
	return timed(run) / Math.max(timed(plain), 0.05);
}

describe('regular expressions run in linear time', () => {
	it('grep -E (a+)+$ on 29 a and ! finishes at once (it backtracked for over a minute)', () => {
		const r = f('grep', ['-E', '(a+)+$'], bomb);
		expect(r).toEqual({stdout: '', stderr: '', exitCode: 1});
		expect(slowerThanPlain(() => f('grep', ['-E', '(a+)+$'], bomb), () => f('grep', ['-E', 'a+$'], bomb))).toBeLessThan(50);
		expect(slowerThanPlain(() => f('grep', ['\\(a*\\)*$'], bomb.repeat(1000)), () => f('grep', ['a*$'], bomb.repeat(1000)))).toBeLessThan(50);
	});
	it('sed -E and awk with the same pattern finish at once too', () => {
		expect(f('sed', ['-E', 's/(a+)+$/X/'], bomb).stdout).toBe(bomb);
		expect(f('awk', ['/(a+)+$/{print "m"} $0 ~ "(a|aa)+$" {print "n"}'], bomb).stdout).toBe('');
		expect(f('awk', ['{print gsub(/(a+)+b/, "x")}'], bomb).stdout).toBe('0\n');
		expect(slowerThanPlain(() => f('sed', ['-E', 's/(a+)+$/X/'], bomb), () => f('sed', ['-E', 's/a+$/X/'], bomb))).toBeLessThan(50);
		expect(slowerThanPlain(() => f('awk', ['/(a+)+$/{print "m"} $0 ~ "(a|aa)+$" {print "n"}'], bomb), () => f('awk', ['/a+$/{print "m"} $0 ~ "a+$" {print "n"}'], bomb))).toBeLessThan(50);
		expect(slowerThanPlain(() => f('awk', ['{print gsub(/(a+)+b/, "x")}'], bomb), () => f('awk', ['{print gsub(/a+b/, "x")}'], bomb))).toBeLessThan(50);
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
