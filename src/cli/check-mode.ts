// `netdojo check LEVEL --solution FILE... [--json] [--junit FILE]`: grades solution files.
// Exit 0 when every solution solves the level, 1 when one does not, 2 on bad input.
// Each file is graded as `netdojo grade` grades a level (src/grade): every counted line counts
// (`reset` does not zero it), and what a bare solved/not solved hides is flagged.
import {readdirSync, statSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import type {Options} from './args.js';
import {findLevel, loadCatalog} from './catalog.js';
import {readBounded, solutionAttempt} from '../grade/submission.js';
import {gradeAttempt, type LevelGrade} from '../grade/grade-student.js';
import {junitXml} from './junit.js';
import {whyText} from '../game/trace/why.js';
import type {Lang} from '../game/messages.js';

type SolutionReport = LevelGrade & {level: string};

function expandSolutionPaths(paths: readonly string[]): {files: string[]; error?: string} {
	const files: string[] = [];
	for (const p of paths) {
		let stat;
		try {
			stat = statSync(p);
		} catch {
			return {files, error: `cannot read solution ${p}: no such file or folder`};
		}
		if (stat.isDirectory()) {
			// Files only: a sub-folder named old.txt is not a solution.
			const inside = readdirSync(p, {withFileTypes: true})
				.filter((e) => e.isFile() && /\.(txt|sh)$/.test(e.name))
				.map((e) => e.name)
				.sort()
				.map((f) => join(p, f));
			if (inside.length === 0) return {files, error: `no solution files (*.txt, *.sh) in ${p}`};
			files.push(...inside);
		} else files.push(p);
	}
	return {files};
}

function toJson(r: SolutionReport, lang: Lang, file?: string) {
	return {
		...(file !== undefined ? {file} : {}),
		level: r.level,
		solved: r.solved,
		// `why`: an unmet goal's failing probe and the first hop that stopped it, in the player's language.
		goals: r.goals.map((g) => ({id: g.id, met: g.met, detail: g.detail, ...(!g.met && g.why ? {why: whyText(g.why, lang)} : {})})),
		commands: r.commands,
		par: r.par,
		solvedAt: r.solvedAt,
		hintsUsed: r.hintsUsed,
		solutionShown: r.solutionShown,
		flags: r.flags,
		...(r.garbage !== undefined ? {garbage: r.garbage} : {}),
	};
}

/** `solved-then-broken, used-reset`, with the solution shown and hints too: what a bare result hides. */
function flagList(r: SolutionReport): string {
	const parts: string[] = [...r.flags];
	if (r.hintsUsed > 0) parts.push(`hints: ${r.hintsUsed}`);
	if (r.solutionShown) parts.push('solution shown');
	return parts.join(', ') || '-';
}

function pad(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - text.length));
}

export async function checkMode(options: Options): Promise<number> {
	const id = options.positionals[0];
	if (!id) {
		process.stderr.write('netdojo check: which level? usage: netdojo check LEVEL --solution FILE [--json]\n');
		return 2;
	}
	if (options.solutions.length === 0) {
		process.stderr.write('netdojo check: no solution given; usage: netdojo check LEVEL --solution FILE [--json]\n');
		return 2;
	}
	const catalog = loadCatalog(options);
	for (const e of catalog.errors) process.stderr.write(`${e}\n`);
	const level = findLevel(catalog, id);
	if (!level) {
		process.stderr.write(`netdojo check: unknown level "${id}" (netdojo levels lists them)\n`);
		return 2;
	}
	const {files, error} = expandSolutionPaths(options.solutions);
	if (error) {
		process.stderr.write(`netdojo check: ${error}\n`);
		return 2;
	}
	const reports: {file: string; report: SolutionReport}[] = [];
	for (const file of files) {
		const read = readBounded(file);
		if (!read.ok) {
			process.stderr.write(`netdojo check: cannot read ${file}: ${read.reason}\n`);
			return 2;
		}
		reports.push({file, report: {...gradeAttempt(level, solutionAttempt(read.bytes), options.seed ?? 1), level: level.id}});
	}
	const allSolved = reports.every((r) => r.report.solved);
	if (options.junit) {
		try {
			writeFileSync(options.junit, junitXml(level.id, reports));
		} catch (e) {
			process.stderr.write(`netdojo check: cannot write ${options.junit}: ${(e as Error).message}\n`);
			return 2;
		}
	}
	// One solution file named on the command line: a single object / the goal list. A folder (even
	// of one file) or several files: an array / the class table.
	const single = reports.length === 1 && options.solutions.length === 1 && files.length === 1 && !statSync(options.solutions[0]).isDirectory();
	if (options.json) {
		const lang = options.lang ?? 'en';
		const out = single ? toJson(reports[0].report, lang) : reports.map((r) => toJson(r.report, lang, r.file));
		process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
		return allSolved ? 0 : 1;
	}
	if (single) {
		const r = reports[0].report;
		process.stdout.write(`${level.id}: ${r.solved ? 'solved' : 'not solved'} (${r.commands} commands, par ${r.par}${r.solvedAt !== null ? `, solved after line ${r.solvedAt}` : ''})\n`);
		if (r.flags.includes('solved-then-broken')) process.stdout.write(`  solved after line ${r.solvedAt}, then broken again by the last line\n`);
		if (r.garbage !== undefined) process.stdout.write(`  garbage: ${r.garbage}\n`);
		if (flagList(r) !== '-') process.stdout.write(`  flags: ${flagList(r)}\n`);
		for (const g of r.goals) process.stdout.write(`  ${g.met ? '[x]' : '[ ]'} ${g.id}: ${g.detail}\n`);
		return allSolved ? 0 : 1;
	}
	const names = reports.map((r) => basename(r.file));
	const width = Math.max(8, ...names.map((n) => n.length)) + 2;
	process.stdout.write(`${pad('SOLUTION', width)}${pad('RESULT', 12)}${pad('GOALS', 8)}${pad('COMMANDS', 10)}${pad('PAR', 5)}FLAGS\n`);
	reports.forEach((r, i) => {
		const met = r.report.goals.filter((g) => g.met).length;
		process.stdout.write(`${pad(names[i], width)}${pad(r.report.solved ? 'solved' : 'not solved', 12)}${pad(`${met}/${r.report.goals.length}`, 8)}${pad(String(r.report.commands), 10)}${pad(String(r.report.par), 5)}${flagList(r.report)}\n`);
	});
	const solvedCount = reports.filter((r) => r.report.solved).length;
	process.stdout.write(`\n${solvedCount} of ${reports.length} solved\n`);
	return allSolved ? 0 : 1;
}
