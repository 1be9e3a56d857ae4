// What a student handed in, read into one shape: per level, the lines to replay (with times and
// saved edits when the source has them). A student is one entry of the SUBMISSIONS folder:
// a transcript (`netdojo play --record`), a speed-run file, or a folder of per-level solutions
// (LEVEL.txt / LEVEL.sh). Everything read is bounded; nothing read here is ever run outside the
// simulation. Plain data only, so a worker thread can take it.
import {closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync} from 'node:fs';
import {basename, join} from 'node:path';
import {stripControlChars} from '../levels/index.js';
import {invalidUtf8Offset} from '../levels/yaml-limits.js';
import {parseTranscript, TRANSCRIPT_FORMAT, TRANSCRIPT_LIMITS} from '../game/transcript.js';
import {parseRunFile, RUN_FORMAT} from '../speedrun/run-file.js';
// Solution files are read as a shell reads a script: a here-document spans its lines.
import {scriptLines} from '../shell/script.js';

/** Bytes read from one submitted file: a solution is a few hundred, a long transcript some hundred KB. */
export const MAX_SUBMISSION_BYTES = 4 * 1024 * 1024;

export interface AttemptLine {
	readonly line: string;
	readonly atMs?: number;
	readonly edit?: {readonly file: string; readonly content: string};
}

export interface Attempt {
	readonly lines: AttemptLine[];
	/** The file had no lines to run (empty, blank or only comments). */
	readonly empty: boolean;
	/** Not text: bytes that are not UTF-8, NULs or terminal control characters. Not replayed. */
	readonly garbage?: string;
	/** The student's own time on the level, when the source has one (transcript, run file). */
	readonly timeMs?: number;
	/** The pack hash the source says it was played with. */
	readonly packHash?: string;
	/** How many times the level was played in the source (a transcript may hold it more than once). */
	readonly plays: number;
}

export interface Submission {
	/** Shown in tables: the entry's name without its extension, control characters removed. */
	readonly name: string;
	readonly source: 'transcript' | 'run' | 'folder' | 'unreadable';
	readonly seed: number;
	readonly attempts: Record<string, Attempt>;
	/** Things the grader should know (an unknown level file, a transcript from another version). */
	readonly notes: string[];
	readonly netdojoVersion?: string;
}

type Read = {ok: true; bytes: Buffer} | {ok: false; reason: string};

/** At most MAX_SUBMISSION_BYTES of a regular file (a FIFO or /dev/zero never hangs it). */
export function readBounded(path: string): Read {
	let fd;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (e) {
		return {ok: false, reason: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`};
	}
	try {
		if (!fstatSync(fd).isFile()) return {ok: false, reason: 'not a regular file'};
		const buffer = Buffer.alloc(MAX_SUBMISSION_BYTES + 1);
		let length = 0;
		while (length < buffer.length) {
			const n = readSync(fd, buffer, length, buffer.length - length, null);
			if (n === 0) break;
			length += n;
		}
		if (length > MAX_SUBMISSION_BYTES) return {ok: false, reason: `over ${MAX_SUBMISSION_BYTES / 1024 / 1024} MB`};
		return {ok: true, bytes: buffer.subarray(0, length)};
	} finally {
		closeSync(fd);
	}
}

/** Why bytes are not a solution someone typed, or undefined when they are text. */
function garbageReason(bytes: Buffer): string | undefined {
	const bad = invalidUtf8Offset(bytes);
	if (bad !== undefined) return `not text: byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte ${bad + 1} is not UTF-8`;
	const text = bytes.toString('utf8');
	// Tab, CR and LF are what editors write; anything else below 0x20 (NUL, ESC, ...) is not typed at a prompt.
	const control = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.exec(text);
	if (control) return `not text: control character 0x${control[0].charCodeAt(0).toString(16).padStart(2, '0')} at character ${control.index + 1}`;
	return undefined;
}

/** A solution file's lines: the same rule as `check` and `script` (blank and `#` lines skipped). */
export function solutionAttempt(bytes: Buffer): Attempt {
	const garbage = garbageReason(bytes);
	if (garbage) return {lines: [], empty: false, garbage, plays: 1};
	const lines = scriptLines(bytes.toString('utf8'), TRANSCRIPT_LIMITS.maxLineChars)
		.slice(0, TRANSCRIPT_LIMITS.maxLines)
		.map((l) => ({line: l.slice(0, TRANSCRIPT_LIMITS.maxLineChars)}));
	return {lines, empty: lines.length === 0, plays: 1};
}

const displayName = (entry: string) => stripControlChars(entry.replace(/\.(json|txt|sh)$/i, '')) || '(unnamed)';

function unreadable(name: string, reason: string, seed: number): Submission {
	return {name, source: 'unreadable', seed, attempts: {}, notes: [reason]};
}

function fromJson(name: string, bytes: Buffer, levelIds: ReadonlySet<string>, seed: number): Submission {
	const garbage = garbageReason(bytes);
	if (garbage) return unreadable(name, garbage, seed);
	const text = bytes.toString('utf8');
	const format = /"format"\s*:\s*"([^"]*)"/.exec(text.slice(0, 4096))?.[1];
	if (format === RUN_FORMAT) {
		const parsed = parseRunFile(text);
		if (!parsed.ok) return unreadable(name, `run file: ${parsed.reason}`, seed);
		const {run} = parsed;
		const attempts: Record<string, Attempt> = {};
		const notes: string[] = [];
		for (const level of run.levels) {
			if (!levelIds.has(level.id)) {
				notes.push(`run file: level ${stripControlChars(level.id)} is not in the pack`);
				continue;
			}
			const lines = level.commands.slice(0, TRANSCRIPT_LIMITS.maxLines).map((c) => ({line: c.line.slice(0, TRANSCRIPT_LIMITS.maxLineChars), atMs: c.atMs}));
			attempts[level.id] = {lines, empty: lines.length === 0, timeMs: level.splitMs, plays: 1};
		}
		return {name, source: 'run', seed: run.seed, attempts, notes, netdojoVersion: run.netdojoVersion};
	}
	if (format !== TRANSCRIPT_FORMAT) return unreadable(name, `not a transcript or a run file (format ${JSON.stringify(format ?? null)})`, seed);
	const parsed = parseTranscript(text);
	if (!parsed.ok) return unreadable(name, `transcript: ${parsed.reason}`, seed);
	const {transcript} = parsed;
	const attempts: Record<string, Attempt> = {};
	const notes: string[] = [];
	const solvedBefore = new Set<string>();
	for (const level of transcript.levels) {
		if (level.id === null) continue; // the sandbox
		if (!levelIds.has(level.id)) {
			notes.push(`transcript: level ${stripControlChars(level.id)} is not in the pack`);
			continue;
		}
		const previous = attempts[level.id];
		const end = level.outcome?.solvedAtMs ?? level.lines.at(-1)?.atMs ?? level.startedAtMs;
		const attempt: Attempt = {
			lines: level.lines.map((l) => ({line: l.line, atMs: l.atMs, ...(l.edit ? {edit: {file: l.edit.file, content: l.edit.content}} : {})})),
			empty: level.lines.length === 0,
			timeMs: Math.max(0, end - (level.startedAtMs ?? 0)),
			...(level.packHash !== undefined ? {packHash: level.packHash} : {}),
			plays: (previous?.plays ?? 0) + 1,
		};
		// Played more than once: the last play that solved it counts, else the last play.
		const solved = level.outcome?.solved === true;
		if (previous && solvedBefore.has(level.id) && !solved) {
			attempts[level.id] = {...previous, plays: attempt.plays};
			continue;
		}
		if (solved) solvedBefore.add(level.id);
		attempts[level.id] = attempt;
	}
	return {name, source: 'transcript', seed: transcript.seed, attempts, notes, netdojoVersion: transcript.netdojoVersion};
}

function fromFolder(name: string, dir: string, levelIds: ReadonlySet<string>, seed: number): Submission {
	const attempts: Record<string, Attempt> = {};
	const notes: string[] = [];
	let entries: string[];
	try {
		entries = readdirSync(dir).sort();
	} catch (e) {
		return unreadable(name, `cannot read the folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`, seed);
	}
	for (const entry of entries) {
		if (entry.startsWith('.')) continue;
		const id = entry.replace(/\.(txt|sh)$/, '');
		if (id === entry) continue;
		if (!levelIds.has(id)) {
			notes.push(`${stripControlChars(entry)}: no level "${stripControlChars(id)}" in the pack`);
			continue;
		}
		const read = readBounded(join(dir, entry));
		attempts[id] = read.ok ? solutionAttempt(read.bytes) : {lines: [], empty: false, garbage: `${stripControlChars(entry)}: ${read.reason}`, plays: 1};
	}
	return {name, source: 'folder', seed, attempts, notes};
}

/** Every student of a SUBMISSIONS folder, in name order. Throws only when the folder itself cannot be read. */
export function readSubmissions(dir: string, levelIds: ReadonlySet<string>, seed: number): Submission[] {
	const entries = readdirSync(dir)
		.filter((e) => !e.startsWith('.'))
		.sort();
	const out: Submission[] = [];
	for (const entry of entries) {
		const path = join(dir, entry);
		const name = displayName(entry);
		let stats;
		try {
			stats = statSync(path);
		} catch {
			out.push(unreadable(name, 'a symlink to nowhere', seed));
			continue;
		}
		if (stats.isDirectory()) out.push(fromFolder(name, path, levelIds, seed));
		else if (/\.json$/i.test(entry)) {
			const read = readBounded(path);
			out.push(read.ok ? fromJson(name, read.bytes, levelIds, seed) : unreadable(name, read.reason, seed));
		} else out.push(unreadable(name, `${stripControlChars(basename(path))}: not a transcript (.json), a run file (.json) or a folder of solutions`, seed));
	}
	return out;
}
