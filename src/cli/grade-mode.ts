// `netdojo grade PACK SUBMISSIONS [--json] [--junit FILE] [--html FILE]`: grades a class.
// PACK: a pack folder or file, a loaded pack's id, or `all`. SUBMISSIONS: a folder, one entry per
// student. Exit 0 when every student solved every level, 1 when one did not, 2 on bad input.
import {statSync, writeFileSync} from 'node:fs';
import {loadPacks, formatLevelError, localize, type Pack} from '../levels/index.js';
import type {Options} from './args.js';
import {loadCatalog} from './catalog.js';
import {classJunitXml} from './junit.js';
import {readSubmissions} from '../grade/submission.js';
import {bundledWorkerFile, gradeAll} from '../grade/pool.js';
import {goalSummaries, type ClassReport} from '../grade/class-report.js';
import {reportText} from '../grade/tables.js';
import {reportHtml} from '../grade/html.js';

const USAGE = 'usage: netdojo grade PACK SUBMISSIONS [--json] [--junit FILE] [--html FILE]';

function findPacks(spec: string, options: Options): {packs: Pack[]} | {error: string} {
	let isPath = false;
	try {
		statSync(spec);
		isPath = true;
	} catch {
		// Not a path: a pack id.
	}
	if (isPath) {
		const {packs, errors} = loadPacks([spec]);
		for (const e of errors) process.stderr.write(`${formatLevelError(e)}\n`);
		const withLevels = packs.filter((p) => p.levels.length > 0);
		return withLevels.length > 0 ? {packs: withLevels} : {error: `no levels could be loaded from ${spec}`};
	}
	const catalog = loadCatalog(options);
	for (const e of catalog.errors) process.stderr.write(`${e}\n`);
	if (spec === 'all') return {packs: catalog.packs.filter((p) => p.levels.length > 0)};
	const pack = catalog.packs.find((p) => p.id === spec);
	return pack ? {packs: [pack]} : {error: `no pack "${spec}" and no such file or folder (packs: ${catalog.packs.map((p) => p.id).join(', ')}, or all)`};
}

/** The report as data: everything but the replayed output, which only the HTML page shows. */
function reportJson(report: ClassReport) {
	return {
		packs: report.packs,
		levels: report.levels,
		students: report.students.map((s) => ({...s, levels: s.levels.map(({transcript, ...rest}) => ({...rest, lines: transcript.length}))})),
		goals: report.goals,
		allSolved: report.allSolved,
	};
}

export async function gradeMode(options: Options): Promise<number> {
	const fail = (message: string) => (process.stderr.write(`netdojo grade: ${message}\n`), 2);
	const [packSpec, dir] = options.positionals;
	if (packSpec === undefined || dir === undefined) return fail(`which pack and which submissions? ${USAGE}`);
	const found = findPacks(packSpec, options);
	if ('error' in found) return fail(found.error);
	let stats;
	try {
		stats = statSync(dir);
	} catch {
		return fail(`${dir}: no such folder`);
	}
	if (!stats.isDirectory()) return fail(`${dir} is not a folder; SUBMISSIONS is a folder with one transcript, run file or folder of solutions per student`);
	const levels = found.packs.flatMap((p) => p.levels);
	const hashes: Record<string, string> = {};
	for (const p of found.packs) for (const l of p.levels) hashes[l.id] = p.hash;
	let submissions;
	try {
		submissions = readSubmissions(dir, new Set(levels.map((l) => l.id)), options.seed ?? 1);
	} catch (e) {
		return fail(`cannot read ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
	}
	if (submissions.length === 0) return fail(`no submissions in ${dir}`);
	const started = performance.now();
	// NETDOJO_GRADE_THREADS: how many threads to grade on (default: one per core); the bench compares 1 and 2.
	const threads = Number(process.env.NETDOJO_GRADE_THREADS) || undefined;
	const students = await gradeAll(levels, hashes, submissions, {workerFile: bundledWorkerFile(), ...(threads ? {threads} : {})});
	const levelRows = levels.map((l) => ({id: l.id, title: localize(l.title, options.lang ?? 'en'), par: l.par, goals: l.goals.map((g) => g.id)}));
	const report: ClassReport = {
		packs: found.packs.map((p) => ({id: p.id, hash: p.hash})),
		levels: levelRows,
		students,
		goals: goalSummaries(levelRows, students),
		allSolved: students.every((s) => s.levels.every((l) => l.solved)),
		gradingMs: Math.round(performance.now() - started),
	};
	const writes: [string | undefined, () => string][] = [
		[options.junit, () => classJunitXml(report)],
		[options.html, () => reportHtml(report)],
	];
	for (const [file, text] of writes) {
		if (file === undefined) continue;
		try {
			writeFileSync(file, text());
		} catch (e) {
			return fail(`cannot write ${file}: ${(e as Error).message}`);
		}
	}
	process.stdout.write(options.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : reportText(report));
	return report.allSolved ? 0 : 1;
}
