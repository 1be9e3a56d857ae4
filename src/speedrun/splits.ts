// Split and personal-best arithmetic for speed-runs. Pure: no clock, no files, no UI.
// A split is the time one level took (from the previous level's solving line, or the run's first
// keystroke, to this level's solving line); the cumulative time is what the timer showed then.
import type {PackPersonalBests, SpeedrunRecord} from '../progress/schema.js';
import {formatDuration} from '../game/format-time.js';

export type {PackPersonalBests, SpeedrunRecord} from '../progress/schema.js';

export interface LevelSplit {
	readonly id: string;
	readonly splitMs: number;
	readonly commands: number;
	readonly keystrokes?: number;
}

/** Running totals: cumulative(s)[i] is the time on the timer when level i was solved. */
export function cumulative(splits: readonly number[]): number[] {
	let total = 0;
	return splits.map((s) => (total += s));
}

export type DeltaTone = 'ahead' | 'behind' | 'even' | 'none';

/** `current - best`: negative is ahead of the personal best. Undefined when there is no best. */
export function splitDelta(currentMs: number, bestMs: number | undefined): number | undefined {
	return bestMs === undefined ? undefined : currentMs - bestMs;
}

export function deltaTone(delta: number | undefined): DeltaTone {
	if (delta === undefined) return 'none';
	return delta < 0 ? 'ahead' : delta > 0 ? 'behind' : 'even';
}

/** m:ss.t, truncated (never rounded up), as on the timer. */
export function formatClock(ms: number): string {
	return formatDuration(ms, {tenths: true});
}

/** `-0:01.2` ahead, `+0:00.8` behind, `±0:00.0` level; '' when there is nothing to compare with. */
export function formatDelta(delta: number | undefined): string {
	if (delta === undefined) return '';
	const sign = delta < 0 ? '-' : delta > 0 ? '+' : '±';
	return `${sign}${formatClock(Math.abs(delta))}`;
}

/** `+2` / `-1` / `±0` for command counts; '' without a best. */
export function formatCountDelta(delta: number | undefined): string {
	if (delta === undefined) return '';
	return `${delta < 0 ? '-' : delta > 0 ? '+' : '±'}${Math.abs(delta)}`;
}

/** The personal best's cumulative time at each of its levels, by level id. */
export function bestCumulativeById(best: SpeedrunRecord | undefined): Map<string, number> {
	const map = new Map<string, number>();
	if (!best) return map;
	const totals = cumulative(best.levels.map((l) => l.splitMs));
	best.levels.forEach((l, i) => map.set(l.id, totals[i]!));
	return map;
}

/**
 * The difference to the personal best after level `index` of a run in progress: the run's
 * cumulative time then minus the best run's cumulative time at the same level.
 */
export function deltaAt(splits: readonly LevelSplit[], index: number, best: SpeedrunRecord | undefined): number | undefined {
	if (!best || index < 0 || index >= splits.length || best.levels[index]?.id !== splits[index]!.id) return undefined;
	const bestAt = cumulative(best.levels.map((l) => l.splitMs))[index]!;
	const now = cumulative(splits.map((s) => s.splitMs))[index]!;
	return splitDelta(now, bestAt);
}

/** Sum of best segments over `levelIds`; undefined until every level has a best segment. */
export function sumOfBest(levelIds: readonly string[], bestSegments: Readonly<Record<string, number>> | undefined): number | undefined {
	if (!bestSegments || levelIds.length === 0) return undefined;
	let total = 0;
	for (const id of levelIds) {
		const s = bestSegments[id];
		if (s === undefined) return undefined;
		total += s;
	}
	return total;
}

/** Whether a personal best was set on the same course (the same levels in the same order). */
export function sameCourse(a: {levels: readonly {id: string}[]}, b: {levels: readonly {id: string}[]}): boolean {
	return a.levels.length === b.levels.length && a.levels.every((l, i) => l.id === b.levels[i]!.id);
}

/** Time board: strictly faster takes it; a tie keeps the older record. A record from another course is replaced. */
export function beatsTime(run: SpeedrunRecord, best: SpeedrunRecord | undefined): boolean {
	if (!best || !sameCourse(run, best)) return true;
	return run.totalMs < best.totalMs;
}

/** Commands board: strictly fewer commands takes it; a tie keeps the older record (even if slower). */
export function beatsCommands(run: SpeedrunRecord, best: SpeedrunRecord | undefined): boolean {
	if (!best || !sameCourse(run, best)) return true;
	return run.totalCommands < best.totalCommands;
}

/** Golf board: strictly fewer keystrokes takes it; a tie keeps the older record. */
export function beatsKeystrokes(run: SpeedrunRecord, best: SpeedrunRecord | undefined): boolean {
	if (run.totalKeystrokes === undefined) return false;
	if (!best || !sameCourse(run, best) || best.totalKeystrokes === undefined) return true;
	return run.totalKeystrokes < best.totalKeystrokes;
}

/** A split faster than every earlier one of that level (a gold split); the first ever is not gold. */
export function isGoldSplit(split: LevelSplit, bestSegments: Readonly<Record<string, number>> | undefined): boolean {
	const best = bestSegments?.[split.id];
	return best !== undefined && split.splitMs < best;
}

/** This split minus the level's best segment before the run; undefined without one. */
export function segmentDelta(split: LevelSplit, bestSegments: Readonly<Record<string, number>> | undefined): number | undefined {
	return splitDelta(split.splitMs, bestSegments?.[split.id]);
}

/** Where personal bests are kept: the pack (any%), `pack#no-hints`, and `pack/level` for an individual level. */
export function boardKey(pack: string, category: string = 'any%', level?: string): string {
	return `${pack}${level !== undefined ? `/${level}` : ''}${category === 'any%' ? '' : `#${category}`}`;
}

export interface BestsUpdate {
	readonly next: PackPersonalBests;
	readonly newTimeBest: boolean;
	readonly newCommandsBest: boolean;
	readonly newKeystrokesBest: boolean;
	/** What the boards held before this run (for "was 4:12.3"). */
	readonly previousTime?: SpeedrunRecord;
	readonly previousCommands?: SpeedrunRecord;
	readonly previousKeystrokes?: SpeedrunRecord;
	/** Levels whose segment is a new best segment. */
	readonly newBestSegments: string[];
}

/** Folds a finished run into a pack's personal bests. */
export function updateBests(previous: PackPersonalBests | undefined, run: SpeedrunRecord): BestsUpdate {
	const newTimeBest = beatsTime(run, previous?.time);
	const newCommandsBest = beatsCommands(run, previous?.commands);
	const newKeystrokesBest = beatsKeystrokes(run, previous?.keystrokes);
	const bestSegments: Record<string, number> = {...(previous?.bestSegments ?? {})};
	const newBestSegments: string[] = [];
	for (const l of run.levels) {
		const old = bestSegments[l.id];
		if (old === undefined || l.splitMs < old) {
			bestSegments[l.id] = l.splitMs;
			newBestSegments.push(l.id);
		}
	}
	const next: PackPersonalBests = {
		...(newTimeBest ? {time: run} : previous?.time ? {time: previous.time} : {}),
		...(newCommandsBest ? {commands: run} : previous?.commands ? {commands: previous.commands} : {}),
		...(newKeystrokesBest ? {keystrokes: run} : previous?.keystrokes ? {keystrokes: previous.keystrokes} : {}),
		bestSegments,
		runs: (previous?.runs ?? 0) + 1,
		// A run that finished was started: attempts are never fewer than runs.
		attempts: Math.max(previous?.attempts ?? 0, (previous?.runs ?? 0) + 1),
	};
	return {
		next,
		newTimeBest,
		newCommandsBest,
		newKeystrokesBest,
		...(previous?.keystrokes ? {previousKeystrokes: previous.keystrokes} : {}),
		...(previous?.time ? {previousTime: previous.time} : {}),
		...(previous?.commands ? {previousCommands: previous.commands} : {}),
		newBestSegments,
	};
}
