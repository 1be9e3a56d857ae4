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
	/** Keys pressed (the golf board); missing in records from before it existed. */
	totalKeystrokes?: number;
	/** The pack's levels in order, each with its split (ms), counted commands and keystrokes. */
	levels: {id: string; splitMs: number; commands: number; keystrokes?: number}[];
	seed: number;
	/** `any%` or `no-hints`; missing means any%. */
	category?: string;
	/** ISO 8601. */
	finishedAt: string;
}

/** A pack's speed-run bests: a time board, a fewest-commands board and a fewest-keystrokes (golf) board. */
export interface PackPersonalBests {
	time?: SpeedrunRecord;
	commands?: SpeedrunRecord;
	keystrokes?: SpeedrunRecord;
	/** Fastest split ever per level id (for the sum of best segments). */
	bestSegments?: Record<string, number>;
	/** Finished runs so far. */
	runs?: number;
	/** Runs started (the first keystroke), finished or not. */
	attempts?: number;
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

/** Why a level entry is not one this version understands, or undefined when it is. */
function levelProblem(level: unknown): string | undefined {
	if (!isRecord(level)) return `is ${JSON.stringify(level) ?? String(level)}, not an object`;
	if (typeof level['solved'] !== 'boolean') return `has "solved": ${JSON.stringify(level['solved']) ?? 'nothing'}, not true or false`;
	if (!isCount(level['hintsUsed'])) return `has "hintsUsed": ${JSON.stringify(level['hintsUsed']) ?? 'nothing'}, not a count`;
	for (const key of ['bestTimeMs', 'bestCommands'] as const) {
		if (level[key] !== undefined && !isCount(level[key])) return `has "${key}": ${JSON.stringify(level[key])}, not a count`;
	}
	if (level['solvedAt'] !== undefined && typeof level['solvedAt'] !== 'string') return `has "solvedAt": ${JSON.stringify(level['solvedAt'])}, not a date`;
	return undefined;
}

/** A notice quotes the file's own text; keep it one short line. */
const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}...` : text).replace(/[\x00-\x1f\x7f-\x9f]/g, '?');

export type ReadValue =
	| {
			ok: true;
			/** What this version understands: odd entries dropped, everything else as it was. */
			progress: ProgressFile;
			/** One line per dropped entry, naming it. */
			notices: string[];
			/** Set when the file says a newer format: it is read this far and must never be written. */
			newerVersion?: number;
	  }
	| {ok: false; reason: string};

/**
 * Reads a parsed progress file entry by entry (issue 12): one odd entry costs that entry, not the
 * file. Only a file that is no progress file at all (not an object, no version) is refused.
 */
export function readProgressValue(value: unknown): ReadValue {
	if (!isRecord(value)) return {ok: false, reason: 'not a JSON object'};
	const version = value['version'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return {ok: false, reason: `unsupported version ${JSON.stringify(version) ?? 'none'}`};
	}
	const notices: string[] = [];
	const levels: Record<string, LevelProgress> = {};
	const rawLevels = value['levels'];
	if (rawLevels !== undefined && !isRecord(rawLevels)) notices.push(short(`progress: "levels" is ${JSON.stringify(rawLevels)}, not an object; ignored`));
	else {
		for (const [id, level] of Object.entries(rawLevels ?? {})) {
			const problem = levelProblem(level);
			if (problem === undefined) levels[id] = level as unknown as LevelProgress;
			else notices.push(short(`progress: level "${id}" ${problem}; that entry is dropped`));
		}
	}
	const progress = {...value, version: currentVersion, levels} as ProgressFile;
	if (value['personalBests'] !== undefined && !isRecord(value['personalBests'])) {
		notices.push('progress: "personalBests" is not an object; dropped');
		delete progress.personalBests;
	}
	return version > currentVersion ? {ok: true, progress, notices, newerVersion: version} : {ok: true, progress, notices};
}

/** Why `value` is not a progress file this version may write back, or undefined if it is one. */
export function progressProblem(value: unknown): string | undefined {
	const read = readProgressValue(value);
	if (!read.ok) return read.reason;
	if (read.newerVersion !== undefined) return `written by a newer netdojo (format ${read.newerVersion})`;
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
