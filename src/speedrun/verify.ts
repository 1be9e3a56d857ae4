// Verifies a run file by replaying it: each level's lines are played headlessly with the run's seed
// (playSolution, the same code `check` uses) and every recorded figure is recomputed from them.
import type {Level} from '../levels/schema.js';
import {playSolution} from '../game/play-solution.js';
import type {RunFile} from './run-file.js';
import {formatClock} from './splits.js';

/** Recorded times may be off by rounding; anything more is an edit. */
export const TOLERANCE_MS = 1;

export interface VerifiedRun {
	readonly pack: string;
	readonly levels: number;
	readonly totalMs: number;
	readonly totalCommands: number;
}

export type Verdict = {ok: true; run: VerifiedRun} | {ok: false; reason: string};

const refuse = (reason: string): Verdict => ({ok: false, reason});

/** Checks a (well-shaped, see runFileProblem) run against its pack's levels, in order. */
const levelsWord = (n: number) => `${n} level${n === 1 ? '' : 's'}`;

export function verifyRun(run: RunFile, packLevels: readonly Level[]): Verdict {
	const expected = packLevels.map((l) => l.id);
	const known = new Set(expected);
	// 1. The course: the pack's levels, all of them, in order.
	for (let i = 0; i < Math.max(expected.length, run.levels.length); i++) {
		const got = run.levels[i]?.id;
		const want = expected[i];
		if (got === want) continue;
		if (got !== undefined && !known.has(got)) return refuse(`level ${got} (position ${i + 1}) is not a level of pack ${run.pack}${want !== undefined ? `; expected ${want}` : ''}`);
		if (want !== undefined && !run.levels.some((l) => l.id === want)) return refuse(`level ${want} (position ${i + 1} of pack ${run.pack}) is missing from the run`);
		if (got === undefined) return refuse(`the run stops after ${run.levels.length} of the pack's ${levelsWord(expected.length)}`);
		if (want === undefined) return refuse(`level ${got} appears again at position ${i + 1}; the pack has ${levelsWord(expected.length)}`);
		return refuse(`levels out of order: position ${i + 1} is ${got}, expected ${want}`);
	}

	// 2. The clock: offsets never go backwards over the whole run.
	let previous = 0;
	for (const level of run.levels) {
		for (const [j, c] of level.commands.entries()) {
			if (c.atMs < 0) return refuse(`level ${level.id}, line ${j + 1} ("${c.line}"): offset ${c.atMs} ms is before the run started`);
			if (c.atMs < previous) return refuse(`level ${level.id}, line ${j + 1} ("${c.line}"): offset ${c.atMs} ms is earlier than the line before it (${previous} ms); offsets must increase`);
			previous = c.atMs;
		}
	}

	// 3. Each level: solved by its lines, by the last of them, and its figures match the replay.
	const byId = new Map(packLevels.map((l) => [l.id, l]));
	let lastSolveAt = 0;
	for (const level of run.levels) {
		const lines = level.commands.map((c) => c.line);
		const report = playSolution(byId.get(level.id)!, lines, run.seed);
		if (!report.solved || report.solvedAt === null || report.solvedAt === 0) {
			const unmet = report.goals.filter((g) => !g.met).map((g) => g.id);
			return refuse(`level ${level.id} is not solved by its ${lines.length} recorded line${lines.length === 1 ? '' : 's'}${unmet.length > 0 ? ` (unmet: ${unmet.join(', ')})` : ''}`);
		}
		if (report.solvedAt !== lines.length) {
			return refuse(`level ${level.id} was solved by line ${report.solvedAt} but has ${lines.length - report.solvedAt} more line(s) after it`);
		}
		if (level.commandCount !== report.commands) {
			return refuse(`level ${level.id}: commandCount is ${level.commandCount} but its lines count ${report.commands} command${report.commands === 1 ? '' : 's'}`);
		}
		const solveAt = level.commands[lines.length - 1]!.atMs;
		const want = solveAt - lastSolveAt;
		if (Math.abs(level.splitMs - want) > TOLERANCE_MS) {
			return refuse(
				`level ${level.id}: split ${level.splitMs} ms (${formatClock(level.splitMs)}) does not match its lines: solved at ${solveAt} ms, previous split at ${lastSolveAt} ms, so ${want} ms (${formatClock(want)})`,
			);
		}
		lastSolveAt = solveAt;
	}

	// 4. The totals.
	const sumMs = run.levels.reduce((n, l) => n + l.splitMs, 0);
	if (Math.abs(run.totalMs - sumMs) > TOLERANCE_MS) return refuse(`totalMs ${run.totalMs} (${formatClock(run.totalMs)}) is not the sum of the splits, ${sumMs} ms (${formatClock(sumMs)})`);
	const sumCommands = run.levels.reduce((n, l) => n + l.commandCount, 0);
	if (run.totalCommands !== sumCommands) return refuse(`totalCommands ${run.totalCommands} is not the sum of the levels' commands, ${sumCommands}`);

	return {ok: true, run: {pack: run.pack, levels: run.levels.length, totalMs: run.totalMs, totalCommands: run.totalCommands}};
}

/** `verified: pack basics, 8 levels, 4:12.3, 23 commands` */
export function verifiedLine(v: VerifiedRun): string {
	return `verified: pack ${v.pack}, ${v.levels} level${v.levels === 1 ? '' : 's'}, ${formatClock(v.totalMs)}, ${v.totalCommands} command${v.totalCommands === 1 ? '' : 's'}`;
}
