// Plays a list of lines against a level headlessly: what `netdojo check`, `validate` and the
// level tests use. Lines run exactly as typed in the game (in-game commands such as `answer` too).
import type {Level} from '../levels/schema.js';
import type {GoalStatus} from '../levels/checker.js';
import {GameSession} from './game-session.js';

export interface SolutionReport {
	readonly level: string;
	readonly solved: boolean;
	readonly goals: GoalStatus[];
	/** Lines that count as commands (shell lines and answers). */
	readonly commands: number;
	readonly par: number;
	/** 1-based line (counting every line played) after which every goal was first met, or null. */
	readonly solvedAt: number | null;
	readonly transcript: {command: string; stdout: string; stderr: string; exitCode: number}[];
	readonly setupProblems: {line: string; stderr: string}[];
}

export function playSolution(level: Level, lines: readonly string[], seed = 1): SolutionReport {
	const game = new GameSession(level, {seed});
	const transcript: SolutionReport['transcript'] = [];
	let solvedAt: number | null = game.solved ? 0 : null;
	lines.forEach((line, i) => {
		const r = game.run(line);
		transcript.push({command: line, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode});
		if (solvedAt === null && game.solved) solvedAt = i + 1;
	});
	return {
		level: level.id,
		solved: game.solved,
		goals: game.goals(),
		commands: game.commands,
		par: level.par,
		solvedAt,
		transcript,
		setupProblems: game.setupProblems,
	};
}
