import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic, removeStrayTempFiles} from './atomic-write.js';
import {withLock, type LockOptions} from './lock.js';
import {progressPath, type ProgressLocationOptions} from './paths.js';
import {emptyProgress, mergeResult, progressProblem, type LevelResult, type ProgressFile} from './schema.js';

export interface ProgressOptions extends ProgressLocationOptions {
	lock?: LockOptions;
	/** Clock for solvedAt and the corrupt file's name; tests pin it. */
	now?: () => Date;
}

export interface LoadedProgress {
	progress: ProgressFile;
	/** Set when the file was unreadable and moved aside; show it to the player once. */
	warning?: string;
}

type ReadOutcome = {kind: 'ok'; progress: ProgressFile} | {kind: 'missing'} | {kind: 'corrupt'; reason: string};

function readProgress(file: string): ReadOutcome {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return {kind: 'missing'};
		}

		throw error;
	}

	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {kind: 'corrupt', reason: 'not valid JSON'};
	}

	const problem = progressProblem(value);
	return problem === undefined ? {kind: 'ok', progress: value as ProgressFile} : {kind: 'corrupt', reason: problem};
}

// Windows forbids ':' in file names, so the ISO timestamp is made file-name safe.
function corruptName(file: string, now: Date): string {
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	let candidate = `${file}.corrupt-${stamp}`;
	for (let n = 2; fs.existsSync(candidate); n++) {
		candidate = `${file}.corrupt-${stamp}-${n}`;
	}

	return candidate;
}

/** Moves an unreadable file out of the way (never deletes it: it may be worth rescuing). */
function moveAside(file: string, now: Date): string {
	const target = corruptName(file, now);
	fs.renameSync(file, target);
	return `Your progress file was unreadable and was moved to ${target}; starting fresh.`;
}

const lockPathOf = (file: string) => `${file}.lock`;

/**
 * Reads progress. A missing file is a fresh start; an unreadable one (bad JSON, another
 * version, wrong shape) is moved to `progress.json.corrupt-<timestamp>` and play goes on.
 */
export function loadProgress(options: ProgressOptions = {}): LoadedProgress {
	const file = progressPath(options);
	const first = readProgress(file);
	if (first.kind === 'ok') {
		return {progress: first.progress};
	}

	if (first.kind === 'missing') {
		return {progress: emptyProgress()};
	}

	// Re-check under the lock: another process may have just replaced the file with a good one.
	return withLock(
		lockPathOf(file),
		() => {
			const again = readProgress(file);
			if (again.kind === 'ok') {
				return {progress: again.progress};
			}

			if (again.kind === 'missing') {
				return {progress: emptyProgress()};
			}

			return {progress: emptyProgress(), warning: moveAside(file, (options.now ?? (() => new Date()))())};
		},
		options.lock,
	);
}

/**
 * Records a solve: read, merge (best time and fewest commands kept), write atomically, all under
 * `progress.json.lock` so two netdojo processes finishing levels at once lose nothing.
 */
export function recordResult(levelId: string, result: LevelResult, options: ProgressOptions = {}): LoadedProgress {
	const file = progressPath(options);
	const now = (options.now ?? (() => new Date()))();
	// The lock file lives beside progress.json, so the folder must exist before the first lock.
	fs.mkdirSync(path.dirname(file), {recursive: true});
	return withLock(
		lockPathOf(file),
		() => {
			const current = readProgress(file);
			let warning: string | undefined;
			let progress: ProgressFile;
			if (current.kind === 'ok') {
				progress = current.progress;
			} else {
				if (current.kind === 'corrupt') {
					warning = moveAside(file, now);
				}

				progress = emptyProgress();
			}

			const next: ProgressFile = {
				...progress,
				levels: {...progress.levels, [levelId]: mergeResult(progress.levels[levelId], result, now)},
			};
			writeFileAtomic(file, `${JSON.stringify(next, null, '\t')}\n`);
			removeStrayTempFiles(file, 60_000, now.getTime());
			return warning === undefined ? {progress: next} : {progress: next, warning};
		},
		options.lock,
	);
}
