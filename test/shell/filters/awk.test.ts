import {BudgetExceeded} from '../../../src/shell/budget.js';
import {describe, expect, it} from 'vitest';
import {f} from './run.js';

const ps = 'NAME IMAGE STATUS\nweb nginx Up\napi python Exited\n';
const awk = (prog: string, stdin = ps, ...opts: string[]) => f('awk', [...opts, prog], stdin);

describe('awk', () => {
	it('prints fields', () => {
		expect(awk('{print $1}').stdout).toBe('NAME\nweb\napi\n');
		expect(awk('{print $1, $3}').stdout).toBe('NAME STATUS\nweb Up\napi Exited\n');
		expect(awk('{print $NF}').stdout).toBe('STATUS\nUp\nExited\n');
		expect(awk('{print $(NF-1)}').stdout).toBe('IMAGE\nnginx\npython\n');
		expect(awk('{print}', ' a  b \n').stdout).toBe(' a  b \n');
	});
	it('splits on -F', () => {
		expect(awk('{print $2}', 'a:b:c\n', '-F:').stdout).toBe('b\n');
		expect(awk('{print $2}', 'a\tb c\n', '-F\\t').stdout).toBe('b c\n');
		expect(awk('{print $2}', 'a, b\n', '-F', ', ').stdout).toBe('b\n');
		expect(awk('{print $3}', 'a1b22c\n', '-F', '[0-9]+').stdout).toBe('c\n');
	});
	it('selects with NR and regex patterns', () => {
		expect(awk('NR==2').stdout).toBe('web nginx Up\n');
		expect(awk('NR>1 {print $1}').stdout).toBe('web\napi\n');
		expect(awk('/Up/ {print $2}').stdout).toBe('nginx\n');
		expect(awk('$3 ~ /^Ex/ {print $1}').stdout).toBe('api\n');
		expect(awk('$1 != "NAME"').stdout).toBe('web nginx Up\napi python Exited\n');
		expect(awk('NR==1,NR==2 {print NR}').stdout).toBe('1\n2\n');
	});
	it('runs END and BEGIN', () => {
		expect(awk('END {print NR}').stdout).toBe('3\n');
		expect(awk('BEGIN {print "start"} END {print "end"}', '').stdout).toBe('start\nend\n');
		expect(awk('BEGIN { x = 1; print x + 1 }', '').stdout).toBe('2\n');
	});
	it('concatenates and prints literals', () => {
		expect(awk('NR>1 {print "name=" $1 " image=" $2}').stdout).toBe('name=web image=nginx\nname=api image=python\n');
		expect(awk('{print $1 "-" NR}', 'a\n').stdout).toBe('a-1\n');
	});
	it('sums, counts and uses arrays', () => {
		expect(awk('{s += $1} END {print s, s/NR}', '1\n2\n3\n4\n').stdout).toBe('10 2.5\n');
		expect(awk('{c[$1]++} END {for (k in c) print k, c[k]}', 'a\nb\na\n').stdout).toBe('a 2\nb 1\n');
		expect(awk('{ if ($1 > 2) print "big"; else print "small" }', '1\n10\n').stdout).toBe('small\nbig\n');
		expect(awk('BEGIN { for (i = 0; i < 3; i++) printf "%d,", i; print "" }', '').stdout).toBe('0,1,2,\n');
	});
	it('compares numeric input numerically', () => {
		expect(awk('$1 > 9', '10\n9\n100\n').stdout).toBe('10\n100\n');
	});
	it('has printf and string functions', () => {
		expect(awk('{printf "%-5s|%3d|%.2f\\n", $1, $2, $3}', 'ab 7 3.14159\n').stdout).toBe('ab   |  7|3.14\n');
		expect(awk('{print length($1), substr($1, 2, 3), index($1, "c"), toupper($1)}', 'abcdef\n').stdout).toBe('6 bcd 3 ABCDEF\n');
		expect(awk('{n = split($0, a, "."); print n, a[4]}', '172.17.0.2\n').stdout).toBe('4 2\n');
		expect(awk('{gsub(/o/, "0"); print}', 'foo boo\n').stdout).toBe('f00 b00\n');
		expect(awk('{sub(/[0-9]+/, "<&>"); print}', 'port 8080 open\n').stdout).toBe('port <8080> open\n');
		expect(awk('{print sprintf("%05.1f", $1)}', '3.14159\n').stdout).toBe('003.1\n');
		expect(awk('{ $2 = "X"; print }', 'a b c\n').stdout).toBe('a X c\n');
		expect(awk('{ print 1/3 }', 'x\n').stdout).toBe('0.333333\n');
	});
	it('takes -v assignments and exit codes', () => {
		expect(awk('{print v, $1}', 'a\n', '-v', 'v=hi').stdout).toBe('hi a\n');
		expect(awk('NR==1 {exit 3} END {print "end"}', 'a\nb\n')).toEqual({stdout: 'end\n', stderr: '', exitCode: 3});
	});
	it('reports syntax errors and unsupported features with exit 2', () => {
		expect(awk('{print $1')).toEqual({stdout: '', stderr: expect.stringMatching(/^awk: cmd\. line:1: /), exitCode: 2});
		expect(awk('{print > "file"}').stderr).toMatch(/output redirection is not supported/);
		expect(awk('function f(x) { return x }').exitCode).toBe(2);
		expect(awk('{getline x}').exitCode).toBe(2);
		// An endless loop spends the line's budget; the shell shows that as ^C (test/shell/budget.test.ts).
		expect(() => awk('BEGIN { while (1) x++ }', '')).toThrow(BudgetExceeded);
		expect(f('awk', ['{print}', 'missing.txt']).exitCode).toBe(2);
		expect(f('awk', []).exitCode).toBe(2);
	});
});
