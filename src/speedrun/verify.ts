// Verifies a run file by replaying it: each level's lines are played headlessly with the run's seed
// on the same GameSession the game uses, and every recorded figure is recomputed from them. The
// keystrokes are typed again through the play screen by `verify-run` (src/cli/verify-run-replay.tsx);
// this file judges everything that needs no terminal.
import type {Level} from '../levels/schema.js';
import {GameSession} from '../game/game-session.js';
import type {RunFile} from './run-file.js';
import {formatClock} from './splits.js';
import {simpleCommandCount} from './count.js';
import {isHintLine} from './recording-game.js';

/** Recorded times may be off by rounding; anything more is an edit. */
export const TOLERANCE_MS = 1;

export interface VerifiedRun {
	readonly pack: string;
	readonly levels: number;
	readonly totalMs: number;
	readonly totalCommands: number;
	readonly totalKeystrokes?: number;
	readonly realMs?: number;
	readonly category?: string;
	readonly level?: string;
}

export type Verdict = {ok: true; run: VerifiedRun} | {ok: false; reason: string};

/** What a run is checked against: the pack as loaded here and the netdojo doing the checking. */
export interface VerifyAgainst {
	readonly id: string;
	readonly hash: string;
	readonly levels: readonly Level[];
	/** This netdojo's version; a run recorded by any other is refused (its simulation may differ). */
	readonly gameVersion: string;
}

const refuse = (reason: string): Verdict => ({ok: false, reason});
const levelsWord = (n: number) => `${n} level${n === 1 ? '' : 's'}`;
const short = (hash: string) => hash.replace(/^sha256:/, '').slice(0, 12);

function courseProblem(run: RunFile, expected: readonly string[], known: ReadonlySet<string>): string | undefined {
	for (let i = 0; i < Math.max(expected.length, run.levels.length); i++) {
		const got = run.levels[i]?.id;
		const want = expected[i];
		if (got === want) continue;
		if (got !== undefined && !known.has(got)) return `level ${got} (position ${i + 1}) is not a level of pack ${run.pack}${want !== undefined ? `; expected ${want}` : ''}`;
		if (want !== undefined && !run.levels.some((l) => l.id === want)) return `level ${want} (position ${i + 1} of pack ${run.pack}) is missing from the run`;
		if (got === undefined) return `the run stops after ${run.levels.length} of the pack's ${levelsWord(expected.length)}`;
		if (want === undefined) return `level ${got} appears again at position ${i + 1}; the pack has ${levelsWord(expected.length)}`;
		return `levels out of order: position ${i + 1} is ${got}, expected ${want}`;
	}
	return undefined;
}

/** Checks a (well-shaped, see runFileProblem) run against its pack, as loaded here. */
export function verifyRun(run: RunFile, pack: VerifyAgainst): Verdict {
	if (run.version !== 2 || run.keys === undefined || run.packHash === undefined) {
		return refuse(`a version ${run.version} run file has no keystrokes and no pack hash, so it cannot be verified; record the run again`);
	}
	// 1. What it was played with: this netdojo, this pack's content.
	if (run.netdojoVersion !== pack.gameVersion) {
		return refuse(`recorded with netdojo ${run.netdojoVersion}, a game version this netdojo (${pack.gameVersion}) does not replay; verify it with netdojo ${run.netdojoVersion}`);
	}
	if (run.packHash !== pack.hash) {
		return refuse(`the run was played on pack ${run.pack} with content hash ${short(run.packHash)}, but the pack loaded here has ${short(pack.hash)}: its levels differ`);
	}

	// 2. The course: the pack's levels, all of them, in order (or the one level of an individual-level run).
	const all = pack.levels.map((l) => l.id);
	if (run.level !== undefined && !all.includes(run.level)) return refuse(`level ${run.level} is not a level of pack ${run.pack}`);
	const expected = run.level !== undefined ? [run.level] : all;
	const course = courseProblem(run, expected, new Set(expected));
	if (course) return refuse(course);

	// 3. The clock: offsets never go backwards over the whole run, nor do the keys.
	let previous = 0;
	for (const level of run.levels) {
		for (const [j, c] of level.commands.entries()) {
			if (c.atMs < 0) return refuse(`level ${level.id}, line ${j + 1} ("${c.line}"): offset ${c.atMs} ms is before the run started`);
			if (c.atMs < previous) return refuse(`level ${level.id}, line ${j + 1} ("${c.line}"): offset ${c.atMs} ms is earlier than the line before it (${previous} ms); offsets must increase`);
			previous = c.atMs;
		}
	}
	for (let i = 1; i < run.keys.length; i++) {
		if (run.keys[i]!.atMs < run.keys[i - 1]!.atMs) return refuse(`key ${i + 1} at ${run.keys[i]!.atMs} ms is earlier than the key before it (${run.keys[i - 1]!.atMs} ms); keystroke times must increase`);
	}

	// 4. The category: no-hints runs show no hint and no solution.
	if (run.category === 'no-hints') {
		for (const level of run.levels) {
			const line = level.commands.find((c) => isHintLine(c.line));
			if (line) return refuse(`a no-hints run, but level ${level.id} has the line "${line.line}"`);
			if ((level.hintsUsed ?? 0) > 0) return refuse(`a no-hints run, but level ${level.id} records ${level.hintsUsed} hint(s) used`);
		}
	}

	// 5. Each level: solved by its lines, by the last of them, and its figures match the replay.
	const byId = new Map(pack.levels.map((l) => [l.id, l]));
	let lastSolveAt = 0;
	for (const level of run.levels) {
		const game = new GameSession(byId.get(level.id)!, {seed: run.seed, terminal: true});
		let commands = 0;
		let solvedAt: number | undefined;
		level.commands.forEach((c, i) => {
			const r = game.run(c.line);
			if (r.counted && c.line.trim() !== '') commands += simpleCommandCount(c.line);
			if (solvedAt === undefined && r.solvedNow) solvedAt = i + 1;
		});
		const lines = level.commands.length;
		if (solvedAt === undefined) {
			const unmet = game.goals().filter((g) => !g.met).map((g) => g.id);
			return refuse(`level ${level.id} is not solved by its ${lines} recorded line${lines === 1 ? '' : 's'}${unmet.length > 0 ? ` (unmet: ${unmet.join(', ')})` : ''}`);
		}
		if (solvedAt !== lines) return refuse(`level ${level.id} was solved by line ${solvedAt} but has ${lines - solvedAt} more line(s) after it`);
		if (level.commandCount !== commands) return refuse(`level ${level.id}: commandCount is ${level.commandCount} but its lines count ${commands} command${commands === 1 ? '' : 's'}`);
		if ((level.hintsUsed ?? 0) !== game.hintsShown) return refuse(`level ${level.id}: hintsUsed is ${level.hintsUsed} but its lines show ${game.hintsShown} hint(s)`);
		const solveAt = level.commands[lines - 1]!.atMs;
		const want = solveAt - lastSolveAt;
		if (Math.abs(level.splitMs - want) > TOLERANCE_MS) {
			return refuse(
				`level ${level.id}: split ${level.splitMs} ms (${formatClock(level.splitMs)}) does not match its lines: solved at ${solveAt} ms, previous split at ${lastSolveAt} ms, so ${want} ms (${formatClock(want)})`,
			);
		}
		lastSolveAt = solveAt;
	}

	// 6. The totals.
	const sumMs = run.levels.reduce((n, l) => n + l.splitMs, 0);
	if (Math.abs(run.totalMs - sumMs) > TOLERANCE_MS) return refuse(`totalMs ${run.totalMs} (${formatClock(run.totalMs)}) is not the sum of the splits, ${sumMs} ms (${formatClock(sumMs)})`);
	const sumCommands = run.levels.reduce((n, l) => n + l.commandCount, 0);
	if (run.totalCommands !== sumCommands) return refuse(`totalCommands ${run.totalCommands} is not the sum of the levels' commands, ${sumCommands}`);
	const sumKeys = run.levels.reduce((n, l) => n + (l.keystrokes ?? 0), 0);
	if (run.totalKeystrokes !== sumKeys) return refuse(`totalKeystrokes ${run.totalKeystrokes} is not the sum of the levels' keystrokes, ${sumKeys}`);
	if ((run.realMs ?? 0) + TOLERANCE_MS < run.totalMs) return refuse(`realMs ${run.realMs} is less than the game time ${run.totalMs}; game time leaves briefings out of real time, never adds to it`);

	return {
		ok: true,
		run: {pack: run.pack, levels: run.levels.length, totalMs: run.totalMs, totalCommands: run.totalCommands, totalKeystrokes: sumKeys, ...(run.realMs !== undefined ? {realMs: run.realMs} : {}), category: run.category ?? 'any%', ...(run.level !== undefined ? {level: run.level} : {})},
	};
}

/** `verified: pack basics, 8 levels, 4:12.3, 23 commands, 412 keystrokes (any%)` */
export function verifiedLine(v: VerifiedRun): string {
	const keys = v.totalKeystrokes !== undefined ? `, ${v.totalKeystrokes} keystroke${v.totalKeystrokes === 1 ? '' : 's'}` : '';
	const real = v.realMs !== undefined && v.realMs !== v.totalMs ? ` (real time ${formatClock(v.realMs)})` : '';
	const what = v.level !== undefined ? `level ${v.level} of pack ${v.pack}` : `pack ${v.pack}, ${v.levels} level${v.levels === 1 ? '' : 's'}`;
	return `verified: ${what}, ${formatClock(v.totalMs)}${real}, ${v.totalCommands} command${v.totalCommands === 1 ? '' : 's'}${keys}, ${v.category ?? 'any%'}`;
}
