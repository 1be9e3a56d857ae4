// `netdojo check LEVEL --solution FILE... [--json] [--junit FILE]`: grades solution files.
// Exit 0 when every solution solves the level, 1 when one does not, 2 on bad input.
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import type {Options} from './args.js';
import {findLevel, loadCatalog} from './catalog.js';
import {playSolution, type SolutionReport} from '../game/play-solution.js';
import {scriptLines} from '../shell/script.js';
import {junitXml} from './junit.js';

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

function toJson(r: SolutionReport, file?: string) {
	return {
		...(file !== undefined ? {file} : {}),
		level: r.level,
		solved: r.solved,
		goals: r.goals.map((g) => ({id: g.id, met: g.met, detail: g.detail})),
		commands: r.commands,
		par: r.par,
		solvedAt: r.solvedAt,
	};
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
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (e) {
			process.stderr.write(`netdojo check: cannot read ${file}: ${(e as Error).message}\n`);
			return 2;
		}
		reports.push({file, report: playSolution(level, scriptLines(text), options.seed ?? 1)});
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
		const out = single ? toJson(reports[0].report) : reports.map((r) => toJson(r.report, r.file));
		process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
		return allSolved ? 0 : 1;
	}
	if (single) {
		const r = reports[0].report;
		process.stdout.write(`${level.id}: ${r.solved ? 'solved' : 'not solved'} (${r.commands} commands, par ${r.par}${r.solvedAt !== null ? `, solved after line ${r.solvedAt}` : ''})\n`);
		for (const g of r.goals) process.stdout.write(`  ${g.met ? '[x]' : '[ ]'} ${g.id}: ${g.detail}\n`);
		return allSolved ? 0 : 1;
	}
	const names = reports.map((r) => basename(r.file));
	const width = Math.max(8, ...names.map((n) => n.length)) + 2;
	process.stdout.write(`${pad('SOLUTION', width)}${pad('RESULT', 12)}${pad('GOALS', 8)}${pad('COMMANDS', 10)}PAR\n`);
	reports.forEach((r, i) => {
		const met = r.report.goals.filter((g) => g.met).length;
		process.stdout.write(`${pad(names[i], width)}${pad(r.report.solved ? 'solved' : 'not solved', 12)}${pad(`${met}/${r.report.goals.length}`, 8)}${pad(String(r.report.commands), 10)}${r.report.par}\n`);
	});
	const solvedCount = reports.filter((r) => r.report.solved).length;
	process.stdout.write(`\n${solvedCount} of ${reports.length} solved\n`);
	return allSolved ? 0 : 1;
}
