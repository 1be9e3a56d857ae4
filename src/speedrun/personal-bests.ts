// Personal bests in the progress file (`personalBests[pack]`): read tolerantly, written under the
// progress lock with an atomic replace, exactly as src/progress/store.ts writes level results.
import fs from 'node:fs';
import path from 'node:path';
import {emptyProgress, progressPath, progressProblem, withLock, writeFileAtomic, type ProgressFile} from '../progress/index.js';
import type {ProgressOptions} from '../progress/index.js';
import type {PackPersonalBests, SpeedrunRecord} from '../progress/schema.js';
import {updateBests, type BestsUpdate} from './splits.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function asRecord(v: unknown): SpeedrunRecord | undefined {
	if (!isRecord(v) || !isMs(v['totalMs']) || !isMs(v['totalCommands']) || !Array.isArray(v['levels'])) return undefined;
	const levels = v['levels'];
	if (!levels.every((l) => isRecord(l) && typeof l['id'] === 'string' && isMs(l['splitMs']) && isMs(l['commands']))) return undefined;
	return {
		totalMs: v['totalMs'],
		totalCommands: v['totalCommands'],
		...(isMs(v['totalKeystrokes']) ? {totalKeystrokes: v['totalKeystrokes']} : {}),
		levels: (levels as Record<string, unknown>[]).map((l) => ({id: l['id'] as string, splitMs: l['splitMs'] as number, commands: l['commands'] as number, ...(isMs(l['keystrokes']) ? {keystrokes: l['keystrokes']} : {})})),
		seed: typeof v['seed'] === 'number' ? v['seed'] : 1,
		...(typeof v['category'] === 'string' ? {category: v['category']} : {}),
		finishedAt: typeof v['finishedAt'] === 'string' ? v['finishedAt'] : '',
	};
}

/** A pack's bests from a progress file; entries of another shape are ignored, not fatal. */
export function packBests(progress: Pick<ProgressFile, 'personalBests'>, pack: string): PackPersonalBests | undefined {
	const raw = progress.personalBests?.[pack];
	if (!isRecord(raw)) return undefined;
	const time = asRecord(raw['time']);
	const commands = asRecord(raw['commands']);
	const keystrokes = asRecord(raw['keystrokes']);
	const segments: Record<string, number> = {};
	if (isRecord(raw['bestSegments'])) for (const [id, ms] of Object.entries(raw['bestSegments'])) if (isMs(ms)) segments[id] = ms;
	return {
		...(time ? {time} : {}),
		...(commands ? {commands} : {}),
		...(keystrokes ? {keystrokes} : {}),
		bestSegments: segments,
		runs: isMs(raw['runs']) ? raw['runs'] : 0,
		...(isMs(raw['attempts']) ? {attempts: raw['attempts']} : {}),
	};
}

/**
 * Saves a finished run: read progress under `progress.json.lock`, fold the run into the pack's
 * bests, write atomically. An unreadable progress file is left alone (loadProgress moves it
 * aside when the game starts); the bests are then not saved and the caller shows the error.
 */
export function saveRun(pack: string, run: SpeedrunRecord, options: ProgressOptions = {}): BestsUpdate {
	return updateProgress(options, 'personal best not saved', (progress) => {
		const update = updateBests(packBests(progress, pack), run);
		return {next: {...progress, personalBests: {...(progress.personalBests ?? {}), [pack]: update.next}}, result: update};
	});
}

/** One more attempt on board `pack` (a run's first keystroke); returns the attempts so far. */
export function countAttempt(pack: string, options: ProgressOptions = {}): number {
	return updateProgress(options, 'attempt not counted', (progress) => {
		const bests = packBests(progress, pack) ?? {bestSegments: {}, runs: 0};
		const attempts = Math.max(bests.attempts ?? 0, bests.runs ?? 0) + 1;
		const raw = progress.personalBests?.[pack];
		const entry = {...(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}), attempts};
		return {next: {...progress, personalBests: {...(progress.personalBests ?? {}), [pack]: entry}}, result: attempts};
	});
}

function updateProgress<T>(options: ProgressOptions, notSaved: string, change: (progress: ProgressFile) => {next: ProgressFile; result: T}): T {
	const file = progressPath(options);
	fs.mkdirSync(path.dirname(file), {recursive: true});
	return withLock(
		`${file}.lock`,
		() => {
			let progress: ProgressFile = emptyProgress();
			let text: string | undefined;
			try {
				text = fs.readFileSync(file, 'utf8');
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
			}
			if (text !== undefined) {
				let value: unknown;
				try {
					value = JSON.parse(text);
				} catch {
					throw new Error(`${file} is not valid JSON; ${notSaved}`);
				}
				// progressProblem refuses only what cannot be written back: no progress file at all, or
				// one a newer netdojo wrote (never overwritten). Odd entries stay as they are.
				const problem = progressProblem(value);
				if (problem) throw new Error(`${file}: ${problem}; ${notSaved}`);
				progress = value as ProgressFile;
			}
			const {next, result} = change(progress);
			writeFileAtomic(file, `${JSON.stringify(next, null, '\t')}\n`);
			return result;
		},
		options.lock,
	);
}
