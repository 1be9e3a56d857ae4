// The run file: everything typed in a finished speed-run, with times, so anyone can replay it.
//   {format: 'netdojo-run', version: 2, netdojoVersion, pack, packHash, seed, category, level?,
//    levels: [{id, commands: [{line, atMs}], splitMs, commandCount, keystrokes, hintsUsed}],
//    briefings, keys: [{atMs, data}], totalMs, realMs, totalCommands, totalKeystrokes, finishedAt}
// Times of lines and splits are game time: milliseconds from the run's first keystroke with the
// briefings left out. `keys` are every input event the terminal sent while the run was on screen,
// at real time from the moment it opened; `verify-run` types them again through the same input
// path. realMs is the wall-clock time from the first keystroke to the last solve.
// Version 1 (no keys, no pack hash, a line's command count) is still read, for `grade`.
import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../progress/index.js';

export const RUN_FORMAT = 'netdojo-run';
export const RUN_VERSION = 2;
/** Run categories: `any%` allows hints and solutions; `no-hints` refuses both. */
export const CATEGORIES = ['any%', 'no-hints'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Bounds on what a run file may hold (a run is minutes of typing, never megabytes). */
export const RUN_LIMITS = {maxKeys: 200_000, maxKeyChars: 65_536, maxLines: 20_000} as const;

export interface RunLine {
	readonly line: string;
	readonly atMs: number;
}

export interface RunKey {
	/** Real milliseconds since the run's screen opened. */
	readonly atMs: number;
	/** The input event as the terminal sent it (a key, an escape sequence, a paste). */
	readonly data: string;
}

export interface RunLevel {
	readonly id: string;
	readonly commands: readonly RunLine[];
	readonly splitMs: number;
	/** Commands board: each pipeline of each counted line (count.ts). */
	readonly commandCount: number;
	/** Keystroke board: keys pressed while this level was played (version 2). */
	readonly keystrokes?: number;
	readonly hintsUsed?: number;
}

export interface RunFile {
	readonly format: typeof RUN_FORMAT;
	readonly version: 1 | typeof RUN_VERSION;
	readonly netdojoVersion: string;
	readonly pack: string;
	readonly packHash?: string;
	readonly seed: number;
	readonly category?: Category;
	/** An individual-level run: the one level played. */
	readonly level?: string;
	/** Briefings were shown between levels (the game clock stopped for them). */
	readonly briefings?: boolean;
	readonly levels: readonly RunLevel[];
	readonly keys?: readonly RunKey[];
	readonly totalMs: number;
	readonly realMs?: number;
	readonly totalCommands: number;
	readonly totalKeystrokes?: number;
	readonly finishedAt: string;
}

export type ParsedRun = {ok: true; run: RunFile} | {ok: false; unreadable: boolean; reason: string};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function v2Problem(value: Record<string, unknown>): string | undefined {
	if (typeof value['packHash'] !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(value['packHash'])) return '"packHash" is not a sha256 content hash';
	if (!(CATEGORIES as readonly unknown[]).includes(value['category'])) return `"category" is not one of ${CATEGORIES.join(', ')}`;
	if (value['level'] !== undefined && typeof value['level'] !== 'string') return '"level" is not a level id';
	if (typeof value['briefings'] !== 'boolean') return '"briefings" is not true or false';
	if (!isNumber(value['realMs']) || value['realMs'] < 0) return '"realMs" is not a time';
	if (!isCount(value['totalKeystrokes'])) return '"totalKeystrokes" is not a count';
	const keys = value['keys'];
	if (!Array.isArray(keys) || keys.length > RUN_LIMITS.maxKeys) return `"keys" is not a list of at most ${RUN_LIMITS.maxKeys} keys`;
	for (const [i, k] of keys.entries()) {
		if (!isRecord(k) || !isNumber(k['atMs']) || typeof k['data'] !== 'string' || k['data'].length > RUN_LIMITS.maxKeyChars) return `keys[${i}] is not {atMs, data}`;
	}
	const levels = value['levels'] as Record<string, unknown>[];
	for (const [i, level] of levels.entries()) {
		if (!isCount(level['keystrokes'])) return `levels[${i}] (${level['id']}) has a bad "keystrokes"`;
		if (!isCount(level['hintsUsed'])) return `levels[${i}] (${level['id']}) has a bad "hintsUsed"`;
	}
	return undefined;
}

/** Why `value` is not a run file this netdojo reads (its shape only; verifyRun judges the content). */
export function runFileProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'not a JSON object';
	if (value['format'] !== RUN_FORMAT) return `unknown format ${JSON.stringify(value['format'] ?? null)} (expected "${RUN_FORMAT}")`;
	if (value['version'] !== RUN_VERSION && value['version'] !== 1) return `unsupported run file version ${JSON.stringify(value['version'] ?? null)} (this netdojo reads versions 1 and ${RUN_VERSION})`;
	if (typeof value['pack'] !== 'string' || value['pack'] === '') return '"pack" is not a pack id';
	if (!isCount(value['seed'])) return '"seed" is not a whole number';
	if (typeof value['netdojoVersion'] !== 'string') return '"netdojoVersion" is missing';
	if (typeof value['finishedAt'] !== 'string' || Number.isNaN(Date.parse(value['finishedAt']))) return '"finishedAt" is not a date';
	if (!isNumber(value['totalMs']) || value['totalMs'] < 0) return '"totalMs" is not a time';
	if (!isCount(value['totalCommands'])) return '"totalCommands" is not a count';
	const levels = value['levels'];
	if (!Array.isArray(levels) || levels.length === 0) return '"levels" is not a list of levels';
	let lines = 0;
	for (const [i, level] of levels.entries()) {
		const where = `levels[${i}]`;
		if (!isRecord(level)) return `${where} is not an object`;
		if (typeof level['id'] !== 'string') return `${where} has no "id"`;
		if (!isNumber(level['splitMs']) || level['splitMs'] < 0) return `${where} (${level['id']}) has a bad "splitMs"`;
		if (!isCount(level['commandCount'])) return `${where} (${level['id']}) has a bad "commandCount"`;
		if (!Array.isArray(level['commands'])) return `${where} (${level['id']}) has no "commands" list`;
		lines += level['commands'].length;
		if (lines > RUN_LIMITS.maxLines) return `more than ${RUN_LIMITS.maxLines} lines`;
		for (const [j, c] of level['commands'].entries()) {
			if (!isRecord(c) || typeof c['line'] !== 'string' || !isNumber(c['atMs'])) return `${where}.commands[${j}] (${level['id']}) is not {line, atMs}`;
		}
	}
	return value['version'] === RUN_VERSION ? v2Problem(value) : undefined;
}

/** Reads a run file's text. Not JSON is "unreadable" (exit 2); a wrong shape is a refusal (exit 1). */
export function parseRunFile(text: string): ParsedRun {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return {ok: false, unreadable: true, reason: `not valid JSON (${(e as Error).message})`};
	}
	const problem = runFileProblem(value);
	return problem === undefined ? {ok: true, run: value as RunFile} : {ok: false, unreadable: false, reason: problem};
}

/** `<pack>-<ISO time>.json`, with ':' and '.' made file-name safe (Windows forbids ':'). */
export function runFileName(pack: string, finishedAt: string): string {
	return `${pack}-${finishedAt.replace(/[:.]/g, '-')}.json`;
}

/** Writes the run to `file`, or to `<dir>/<pack>-<time>.json` (never over another run). Returns the path. */
export function writeRunFile(run: RunFile, target: {file: string} | {dir: string}): string {
	let file: string;
	if ('file' in target) file = path.resolve(target.file);
	else {
		const base = runFileName(run.level ? `${run.pack}-${run.level}` : run.pack, run.finishedAt);
		file = path.join(target.dir, base);
		for (let n = 2; fs.existsSync(file); n++) file = path.join(target.dir, base.replace(/\.json$/, `-${n}.json`));
	}
	writeFileAtomic(file, `${JSON.stringify(run, null, '\t')}\n`);
	return file;
}
