/** What is kept per level between runs. */
export interface LevelProgress {
	solved: boolean;
	bestTimeMs?: number;
	bestCommands?: number;
	/** Hints taken in the best (fewest hints) solve; a player who needed none keeps 0. */
	hintsUsed: number;
	/** When the level was first solved, ISO 8601. */
	solvedAt?: string;
}

/** One finished speed-run of a pack, as kept on a personal-best board. */
export interface SpeedrunRecord {
	totalMs: number;
	totalCommands: number;
	/** The pack's levels in order, each with its split (ms) and counted commands. */
	levels: {id: string; splitMs: number; commands: number}[];
	seed: number;
	/** ISO 8601. */
	finishedAt: string;
}

/** A pack's speed-run bests: a time board and a separate fewest-commands board. */
export interface PackPersonalBests {
	time?: SpeedrunRecord;
	commands?: SpeedrunRecord;
	/** Fastest split ever per level id (for the sum of best segments). */
	bestSegments?: Record<string, number>;
	/** Finished runs so far. */
	runs?: number;
}

export interface ProgressFile {
	version: 1;
	levels: Record<string, LevelProgress>;
	/**
	 * Speed-run bests by pack id (PackPersonalBests); kept as-is here and checked entry by entry
	 * by src/speedrun/personal-bests.ts, so one odd entry never costs the player their progress.
	 */
	personalBests?: Record<string, unknown>;
}

export const currentVersion = 1;

export function emptyProgress(): ProgressFile {
	return {version: currentVersion, levels: {}};
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Why `value` is not a progress file, or undefined if it is one. */
export function progressProblem(value: unknown): string | undefined {
	if (!isRecord(value)) {
		return 'not a JSON object';
	}

	if (value['version'] !== currentVersion) {
		return `unsupported version ${JSON.stringify(value['version'])}`;
	}

	const levels = value['levels'];
	if (!isRecord(levels)) {
		return '"levels" is not an object';
	}

	for (const [id, level] of Object.entries(levels)) {
		if (!isRecord(level)) {
			return `level ${id} is not an object`;
		}

		if (typeof level['solved'] !== 'boolean' || !isCount(level['hintsUsed'])) {
			return `level ${id} lacks "solved" or "hintsUsed"`;
		}

		for (const key of ['bestTimeMs', 'bestCommands'] as const) {
			if (level[key] !== undefined && !isCount(level[key])) {
				return `level ${id} has a bad "${key}"`;
			}
		}

		if (level['solvedAt'] !== undefined && typeof level['solvedAt'] !== 'string') {
			return `level ${id} has a bad "solvedAt"`;
		}
	}

	if (value['personalBests'] !== undefined && !isRecord(value['personalBests'])) {
		return '"personalBests" is not an object';
	}

	return undefined;
}

export interface LevelResult {
	timeMs: number;
	commands: number;
	hintsUsed: number;
}

const min = (a: number | undefined, b: number) => (a === undefined ? b : Math.min(a, b));

/** Folds one solve into what was known: best time and fewest commands are kept separately. */
export function mergeResult(previous: LevelProgress | undefined, result: LevelResult, now: Date): LevelProgress {
	return {
		...previous,
		solved: true,
		bestTimeMs: min(previous?.bestTimeMs, result.timeMs),
		bestCommands: min(previous?.bestCommands, result.commands),
		hintsUsed: previous?.solved ? Math.min(previous.hintsUsed, result.hintsUsed) : result.hintsUsed,
		solvedAt: previous?.solvedAt ?? now.toISOString(),
	};
}
