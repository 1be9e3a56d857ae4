import {describe, expect, it} from 'vitest';
import {runScript} from '../../src/shell/script.js';
import {BudgetExceeded, DEFAULT_LIMITS, LineBudget, withLineBudget, currentBudget} from '../../src/shell/budget.js';

/** Runs one line and returns what it printed and how long it took. */
function line(text: string) {
	const t = performance.now();
	const [r] = runScript([text]).transcript;
	return {...r, ms: performance.now() - t};
}

const STOPPED = /\^C\nnetdojo: stopped this line.*as Ctrl\+C would/;

describe('every line has a budget', () => {
	it('LineBudget: check() counts steps and reads the clock, charge() counts text, size() caps one string', () => {
		let now = 0;
		const b = new LineBudget({ms: 100, steps: 10_000, bytes: 1000, stringLength: 50}, () => now);
		expect(b.deadline).toBe(100);
		b.check(255);
		now = 200;
		expect(() => b.check(1)).toThrow(BudgetExceeded);
		expect(b.expired()).toBe(true);
		const c = new LineBudget({ms: 100, steps: 10, bytes: 1000, stringLength: 50}, () => 0);
		expect(() => c.check(11)).toThrow(expect.objectContaining({reason: 'steps'}));
		const d = new LineBudget({ms: 100, steps: 10_000, bytes: 1000, stringLength: 50}, () => 0);
		expect(() => d.size(51)).toThrow(expect.objectContaining({reason: 'string'}));
		expect(() => d.charge(1001)).toThrow(expect.objectContaining({reason: 'bytes'}));
	});
	it('one budget per line, shared by everything the line runs, readable by other code', () => {
		const outer = new LineBudget();
		withLineBudget(() => {
			expect(currentBudget()).toBe(outer);
			withLineBudget(() => expect(currentBudget()).toBe(outer));
		}, outer);
		expect(currentBudget()).not.toBe(outer);
	});
	it('an endless awk loop stops like Ctrl+C, keeping what it printed, status 130', () => {
		const r = line(`awk 'BEGIN { print "start"; while (1) n++ }'`);
		expect(r.stdout).toBe('start\n');
		expect(r.stderr).toMatch(STOPPED);
		expect(r.exitCode).toBe(130);
		expect(r.ms).toBeLessThan(2500);
	});
	it('strings that double (awk s = s s, x=$x$x, printf %999999999d) stop instead of running out of memory', () => {
		for (const text of [`awk 'BEGIN { s = "ab"; while (1) s = s s }'`, 'x=ab; ' + Array(40).fill('x=$x$x').join('; ') + '; echo done', "printf '%.999999999d' 1", "printf '%999999999s' 1", `awk 'BEGIN { printf "%s", sprintf("%9999s", 1) }' | awk '{ while (1) $0 = $0 $0 }'`]) {
			const r = line(text);
			expect(r.stderr, text).toMatch(STOPPED);
			expect(r.stderr + r.stdout, text).not.toMatch(/Invalid string length|RangeError/);
			expect(r.ms, text).toBeLessThan(2500);
		}
	});
	it('an awk array that grows forever stops too', () => {
		const r = line(`awk 'BEGIN { while (1) a[i++] = i }'`);
		expect(r).toMatchObject({exitCode: 130, stderr: expect.stringMatching(STOPPED)});
	});
	it('a stopped writer feeds its reader as a pipe would: awk forever | head -2', () => {
		expect(line(`awk 'BEGIN { while (1) print "y" }' | head -2`)).toMatchObject({stdout: 'y\ny\n', stderr: '', exitCode: 0});
	});
	it('a line nested in a line (sh -c) stops the whole line, and $(...) output is not shown', () => {
		const r = line(`sh -c "awk 'BEGIN { while (1) n++ }'"; echo after`);
		expect(r.stdout).toBe('');
		expect(r.exitCode).toBe(130);
		const s = line('echo $(awk "BEGIN { while (1) print 1 }")');
		expect(s).toMatchObject({stdout: '', exitCode: 130});
	});
	it('ordinary work is untouched', () => {
		// Counted, not timed: with the clock stopped only the step and text budgets can end the line,
		// so this holds on a loaded machine too (how fast it runs is the bench's business).
		const counted = (text: string) => withLineBudget(() => line(text), new LineBudget(DEFAULT_LIMITS, () => 0));
		expect(counted(`awk 'BEGIN { for (i = 0; i < 300000; i++) s += i; print s }'`)).toMatchObject({stdout: '44999850000\n', exitCode: 0});
		expect(counted('printf "%s-%s\\n" a b c d')).toMatchObject({stdout: 'a-b\nc-d\n', exitCode: 0});
	});
});
