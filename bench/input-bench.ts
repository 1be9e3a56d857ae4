// Figures for what a typed line can cost before it runs: parsing very long lines (the parser must
// stay linear; a 1 MB line is the input bound) and the regular expressions that make a
// backtracking engine run for minutes. Moved here from unit tests, which compare instead of timing.
import {parse} from '../src/shell/syntax/index.js';
import {filters} from '../src/shell/filters/index.js';

const runFilter = (name: string, args: string[], stdin: string) => filters[name]!([name, ...args], {stdin, env: {HOME: '/root'}});

function best(fn: () => void, runs = 5): number {
	fn();
	let ms = Infinity;
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		ms = Math.min(ms, performance.now() - t);
	}
	return ms;
}

export function inputFigures(): {label: string; ms: number}[] {
	const line = (n: number) => `echo ${'abc "d$e" '.repeat(n)}| wc -l`;
	const bomb = `${'a'.repeat(29)}!\n`;
	return [
		{label: 'parse a 100 KB line', ms: best(() => parse(line(10_000)))},
		{label: 'parse a 1 MB line', ms: best(() => parse(line(100_000)), 3)},
		{label: "grep -E '(a+)+$' on 29 a's and !", ms: best(() => runFilter('grep', ['-E', '(a+)+$'], bomb))},
		{label: "grep '\\(a*\\)*$' on 30 KB of them", ms: best(() => runFilter('grep', ['\\(a*\\)*$'], bomb.repeat(1000)))},
	];
}
