// Grades one student: each level's lines replayed against a fresh copy of the level (GameSession,
// the same code play, `check` and verify-run use), with what `check` alone hides made visible:
// solved and then broken again, `reset` (which zeroes the game's own count; here every counted line
// counts), hints and the solution shown, empty and garbage submissions. No I/O; the only clock is
// the replay's own duration (JUnit's time when the source has no times of its own).
import type {Level} from '../levels/schema.js';
import type {GoalStatus} from '../levels/checker.js';
import {commandWords} from '../shell/syntax/index.js';
import {GameSession} from '../game/game-session.js';
import type {Attempt, Submission} from './submission.js';

export type Flag = 'solved-then-broken' | 'empty' | 'garbage' | 'used-reset' | 'other-pack' | 'not-attempted';

export interface ReplayedLine {
	readonly command: string;
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: number;
	readonly atMs?: number;
}

export interface LevelGrade {
	readonly id: string;
	readonly attempted: boolean;
	readonly solved: boolean;
	/** Counted lines (shell lines, answers, saved edits) over the whole attempt, `reset` or not. */
	readonly commands: number;
	readonly par: number;
	/** 1-based line (counting every line played, as `check` does) after which every goal was first met, or null. */
	readonly solvedAt: number | null;
	readonly hintsUsed: number;
	readonly solutionShown: boolean;
	readonly flags: Flag[];
	readonly goals: GoalStatus[];
	/** The student's own time when the source has one, else undefined. */
	readonly timeMs?: number;
	/** Why the attempt is garbage, when it is. */
	readonly garbage?: string;
	readonly transcript: ReplayedLine[];
	/** How long the replay took here, in ms. */
	readonly replayMs: number;
}

export interface StudentGrade {
	readonly name: string;
	readonly source: Submission['source'];
	readonly seed: number;
	readonly notes: string[];
	readonly levels: LevelGrade[];
}

/** Output kept per replayed line for the HTML report: enough to read, bounded for 30 students. */
const MAX_OUTPUT = 2000;
const clip = (text: string) => (text.length > MAX_OUTPUT ? `${text.slice(0, MAX_OUTPUT)}\n[... ${text.length - MAX_OUTPUT} more characters]` : text);

function firstWord(line: string): string | undefined {
	return commandWords(line)[0]?.[0];
}

/** One level's attempt (undefined: not attempted), replayed with `seed`; `packHash` is the level's pack's. */
export function gradeAttempt(level: Level, attempt: Attempt | undefined, seed: number, packHash?: string): LevelGrade {
	const started = performance.now();
	const grade = replay(level, attempt, seed, packHash);
	return {...grade, replayMs: Math.round((performance.now() - started) * 10) / 10};
}

function replay(level: Level, attempt: Attempt | undefined, seed: number, packHash: string | undefined): Omit<LevelGrade, 'replayMs'> {
	const game = new GameSession(level, {seed});
	const base = {id: level.id, par: level.par, hintsUsed: 0, solutionShown: false, transcript: [] as ReplayedLine[]};
	if (!attempt) return {...base, attempted: false, solved: false, commands: 0, solvedAt: null, flags: ['not-attempted'], goals: game.goals()};
	const flags: Flag[] = [];
	if (attempt.packHash !== undefined && packHash !== undefined && attempt.packHash !== packHash) flags.push('other-pack');
	if (attempt.garbage) {
		flags.push('garbage');
		return {...base, attempted: true, solved: false, commands: 0, solvedAt: null, flags, goals: game.goals(), garbage: attempt.garbage, ...(attempt.timeMs !== undefined ? {timeMs: attempt.timeMs} : {})};
	}
	if (attempt.empty) flags.push('empty');
	let commands = 0;
	let solvedAt: number | null = null;
	let solutionShown = false;
	let notFound = 0;
	const transcript: ReplayedLine[] = [];
	for (const [i, entry] of attempt.lines.entries()) {
		const onHost = game.session.location.kind === 'host';
		const word = firstWord(entry.line);
		const r = entry.edit ? game.saveFile(entry.edit.file, entry.edit.content) : game.run(entry.line);
		if (r.counted) commands++;
		if (r.exitCode === 127) notFound++;
		if (onHost && word === 'reset' && !flags.includes('used-reset')) flags.push('used-reset');
		if (onHost && word === 'solution' && game.hintsShown >= level.hints.length) solutionShown = true;
		if (solvedAt === null && game.solved) solvedAt = i + 1;
		transcript.push({command: r.command, stdout: clip(r.stdout), stderr: clip(r.stderr), exitCode: r.exitCode, ...(entry.atMs !== undefined ? {atMs: entry.atMs} : {})});
	}
	// Lines that are mostly "command not found": typed noise, not an attempt at the level.
	if (attempt.lines.length >= 3 && notFound * 2 >= attempt.lines.length) flags.push('garbage');
	if (solvedAt !== null && !game.solved) flags.push('solved-then-broken');
	return {
		...base,
		attempted: true,
		solved: game.solved,
		commands,
		solvedAt,
		hintsUsed: game.hintsShown,
		solutionShown,
		flags,
		goals: game.goals(),
		...(attempt.timeMs !== undefined ? {timeMs: attempt.timeMs} : {}),
		...(flags.includes('garbage') ? {garbage: `${notFound} of ${attempt.lines.length} lines are not commands (exit status 127)`} : {}),
		transcript,
	};
}

/** `hashes`: each level's pack hash, to flag a student who played another version of the pack. */
export function gradeStudent(levels: readonly Level[], submission: Submission, hashes: Readonly<Record<string, string>> = {}): StudentGrade {
	return {
		name: submission.name,
		source: submission.source,
		seed: submission.seed,
		notes: submission.notes,
		levels: levels.map((level) => gradeAttempt(level, submission.attempts[level.id], submission.seed, hashes[level.id])),
	};
}
