// The checks on loaded levels that need the simulation: does the reference
// solution solve its level, and is `par` honest. The loader cannot run the
// engine, so the caller passes `solve` in (the lead wires it to the goal checker);
// without it only the engine-free checks already done at load time apply.
import type {LevelError} from './errors.js';
import type {Pack} from './packs.js';
import type {Level} from './schema.js';
import {formatPath} from './errors.js';
import type {PathSegment} from './yaml-positions.js';

export interface SolveOutcome {
	solved: boolean;
	/** Why not, in a sentence: which goals are unmet, or which command failed. */
	detail: string;
	/** Setup lines (index into world.setup) that failed, each with why: a broken world is a broken level. */
	setupFailures?: {index: number; message: string}[];
}

export interface ValidateOptions {
	/** Plays level.solution on a fresh world (setup applied) and says whether every goal is met. */
	solve?: (level: Level) => SolveOutcome;
}

/** Problems with already-loaded levels, each pointing into its file. */
export function validateLevels(packs: readonly Pack[], options: ValidateOptions = {}): LevelError[] {
	const errors: LevelError[] = [];
	for (const pack of packs) {
		pack.levels.forEach((level, index) => {
			const source = pack.sources[index];
			const report = (path: PathSegment[], message: string, key = false) => {
				const {line, column} = source ? source.locate(path, {key}) : {line: 0, column: 0};
				errors.push({file: source?.file ?? pack.dir, line, column, path: formatPath(path), message});
			};
			if (!options.solve) return;
			let outcome: SolveOutcome;
			try {
				outcome = options.solve(level);
			} catch (error) {
				// An engine crash on a level is the level's problem to report, not validate's to die of.
				report(['solution'], `playing the reference solution failed: ${(error as Error).message}`, true);
				return;
			}
			for (const failure of outcome.setupFailures ?? []) {
				report(['world', 'setup', failure.index], `setup line ${failure.index + 1} failed: ${failure.message}`);
			}
			if (!outcome.solved) {
				report(['solution'], `the reference solution does not solve level "${level.id}": ${outcome.detail}`, true);
			} else if (level.solution.length < level.par) {
				report(['par'], `par is ${level.par}, but the reference solution solves level "${level.id}" in ${level.solution.length} commands`);
			}
		});
	}
	return errors;
}
