// The long fuzz run behind `npm run fuzz` (scripts/fuzz.mjs bundles and runs this file):
// 100,000 random lines in long sessions and 10,000 random sequences in fresh sessions, all
// through the `netdojo script` code path. Prints crashes, hangs over 2 s, peak memory, leaked
// internal error texts and invariant violations; exits 1 when any of them is not zero.
import {Session} from '../../src/shell/session.js';
import {checkLine, checkSequence, newStats, summarize, type Finding} from './harness.js';
import {Rng, randomLine, randomSequence} from './vocabulary.js';

export function longRun(opts: {lines: number; sequences: number; seed: number; progress: (s: string) => void}): number {
	const stats = newStats();
	const r = new Rng(opts.seed);
	const started = Date.now();
	let session = new Session({seed: opts.seed});
	for (let i = 0; i < opts.lines; i++) {
		// A fresh session now and then, so worlds do not only grow.
		if (i % 2000 === 0) session = new Session({seed: opts.seed + i});
		checkLine(session, randomLine(r, true), stats, 2000);
		if (i % 500 === 0) stats.peakRss = Math.max(stats.peakRss, process.memoryUsage().rss);
		if (i % 10_000 === 0) opts.progress(`lines ${i}/${opts.lines}, ${stats.findings.length} findings, ${Math.round((Date.now() - started) / 1000)} s`);
	}
	for (let i = 0; i < opts.sequences; i++) {
		checkSequence(randomSequence(r, 2 + r.int(15), true), opts.seed + i, stats, 2000);
		if (i % 1000 === 0) opts.progress(`sequences ${i}/${opts.sequences}, ${stats.findings.length} findings, ${Math.round((Date.now() - started) / 1000)} s`);
	}
	const count = (k: Finding['kind']): number => stats.findings.filter((f) => f.kind === k).length;
	const report = [
		`netdojo fuzz: ${opts.lines} lines + ${opts.sequences} sequences (${stats.lines} lines in all), seed ${opts.seed}, ${Math.round((Date.now() - started) / 1000)} s`,
		`crashes:               ${count('crash')}`,
		`hangs over 2 s:        ${count('hang')}`,
		`peak memory (RSS):     ${Math.round(stats.peakRss / 1024 ** 2)} MB`,
		`leaked internal texts: ${count('leak')}`,
		`invariant violations:  ${count('invariant') + count('shape')}`,
		`slowest line:          ${Math.round(stats.slowestMs)} ms: ${stats.slowestLine.slice(0, 160)}`,
	];
	if (stats.findings.length > 0) report.push('', summarize(stats.findings));
	opts.progress(report.join('\n'));
	return stats.findings.length === 0 ? 0 : 1;
}
