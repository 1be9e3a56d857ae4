// The progress file: read forgivingly, written atomically under a lock (issue 12).
// - Reading never moves or rewrites anything (`netdojo levels`, the level map): an odd entry is
//   dropped with a one-line notice naming it, the rest is kept; a file of a newer format is read
//   as far as understood and never written by this version.
// - A save reports what went wrong (full disk, no permission, read-only folder) in its result, at
//   the moment it happens, so the solved screen can say so; it never throws.
import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic, removeStrayTempFiles} from './atomic-write.js';
import {withLock, type LockOptions} from './lock.js';
import {progressPath, type ProgressLocationOptions} from './paths.js';
import {emptyProgress, mergeResult, readProgressValue, type LevelResult, type ProgressFile} from './schema.js';

export interface ProgressOptions extends ProgressLocationOptions {
	lock?: LockOptions;
	/** Clock for solvedAt and the corrupt file's name; tests pin it. */
	now?: () => Date;
}

export interface LoadedProgress {
	progress: ProgressFile;
	/** What the player should read once: the notices, one per line (absent when there are none). */
	warning?: string;
	/** The same, one line each. */
	notices?: string[];
}

export interface SaveResult extends LoadedProgress {
	/** False when the result could not be written; `error` says why in a sentence. */
	saved: boolean;
	error?: string;
}

type ReadOutcome =
	| {kind: 'ok'; progress: ProgressFile; notices: string[]; newerVersion?: number}
	| {kind: 'missing'}
	| {kind: 'corrupt'; reason: string};

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

	const read = readProgressValue(value);
	if (!read.ok) {
		return {kind: 'corrupt', reason: read.reason};
	}

	return {kind: 'ok', progress: read.progress, notices: read.notices, ...(read.newerVersion !== undefined ? {newerVersion: read.newerVersion} : {})};
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
function moveAside(file: string, now: Date, reason: string): string {
	const target = corruptName(file, now);
	fs.renameSync(file, target);
	return `Your progress file was unreadable (${reason}) and was moved to ${target}; starting fresh.`;
}

const lockPathOf = (file: string) => `${file}.lock`;

const newerNotice = (file: string, version: number) =>
	`Your progress file ${file} was written by a newer netdojo (format ${version}); it is read as far as this version understands it and never changed by it.`;

function withNotices<T extends object>(value: T, notices: string[]): T & {warning?: string; notices?: string[]} {
	return notices.length === 0 ? value : {...value, warning: notices.join('\n'), notices};
}

/** What went wrong in a save, in words a player can act on. */
export function saveErrorMessage(file: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	const why =
		code === 'ENOSPC' ? 'the disk is full (ENOSPC)'
		: code === 'EACCES' || code === 'EPERM' ? `no permission to write there (${code})`
		: code === 'EROFS' ? 'the folder is on a read-only file system (EROFS)'
		: code === 'EDQUOT' ? 'the disk quota is used up (EDQUOT)'
		: code !== undefined ? code
		: (error as Error | undefined)?.message ?? String(error);
	return `Could not save your progress to ${file}: ${why}.`;
}

/**
 * Reads progress. A missing file is a fresh start. Nothing is moved or written here: a file that is
 * no progress file at all (bad JSON) shows as no progress, and is moved aside by the next save.
 */
export function loadProgress(options: ProgressOptions = {}): LoadedProgress {
	const file = progressPath(options);
	let read: ReadOutcome;
	try {
		read = readProgress(file);
	} catch (error) {
		// No permission to read it, a folder in its place: say so in words, show no progress, touch nothing.
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'EACCES' || code === 'EPERM' ? `no permission to read it (${code})` : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
		return withNotices({progress: emptyProgress()}, [`Could not read your progress file ${file}: ${why}; showing no progress.`]);
	}

	if (read.kind === 'missing') {
		return {progress: emptyProgress()};
	}

	if (read.kind === 'corrupt') {
		return withNotices({progress: emptyProgress()}, [
			`Your progress file ${file} is unreadable (${read.reason}); it is left as it is for now, and moved aside when you next solve a level.`,
		]);
	}

	const notices = read.newerVersion !== undefined ? [newerNotice(file, read.newerVersion), ...read.notices] : read.notices;
	return withNotices({progress: read.progress}, notices);
}

/**
 * Records a solve: read, merge (best time and fewest commands kept), write atomically, all under
 * `progress.json.lock` so two netdojo processes finishing levels at once lose nothing. Never throws:
 * a failed save comes back with `saved: false` and `error`, for the solved screen to show.
 */
export function recordResult(levelId: string, result: LevelResult, options: ProgressOptions = {}): SaveResult {
	const file = progressPath(options);
	const now = (options.now ?? (() => new Date()))();
	// After a failed save: what is on disk, which is what the level map will show.
	const onDisk = (): ProgressFile => {
		try {
			const read = readProgress(file);
			return read.kind === 'ok' ? read.progress : emptyProgress();
		} catch {
			return emptyProgress();
		}
	};
	try {
		// The lock file lives beside progress.json, so the folder must exist before the first lock.
		fs.mkdirSync(path.dirname(file), {recursive: true});
		return withLock(
			lockPathOf(file),
			(): SaveResult => {
				const current = readProgress(file);
				const notices: string[] = [];
				let progress: ProgressFile;
				if (current.kind === 'ok') {
					if (current.newerVersion !== undefined) {
						// Never overwrite what a newer netdojo wrote: it may hold more than this version knows.
						const error = `${newerNotice(file, current.newerVersion)} This result is not saved.`;
						return {progress: current.progress, saved: false, error};
					}

					notices.push(...current.notices);
					progress = current.progress;
				} else {
					if (current.kind === 'corrupt') {
						notices.push(moveAside(file, now, current.reason));
					}

					progress = emptyProgress();
				}

				const next: ProgressFile = {
					...progress,
					levels: {...progress.levels, [levelId]: mergeResult(progress.levels[levelId], result, now)},
				};
				writeFileAtomic(file, `${JSON.stringify(next, null, '\t')}\n`);
				removeStrayTempFiles(file, 60_000, now.getTime());
				return withNotices({progress: next, saved: true}, notices);
			},
			options.lock,
		);
	} catch (error) {
		return {progress: onDisk(), saved: false, error: saveErrorMessage(file, error)};
	}
}
