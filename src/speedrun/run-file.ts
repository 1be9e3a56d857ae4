// The run file: everything typed in a finished speed-run, with times, so anyone can replay it.
//   {format: 'netdojo-run', version: 1, netdojoVersion, pack, seed,
//    levels: [{id, commands: [{line, atMs}], splitMs, commandCount}], totalMs, totalCommands, finishedAt}
// atMs is the offset from the run's first keystroke; splitMs is the level's own time.
import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../progress/index.js';

export const RUN_FORMAT = 'netdojo-run';
export const RUN_VERSION = 1;

export interface RunLine {
	readonly line: string;
	readonly atMs: number;
}

export interface RunLevel {
	readonly id: string;
	readonly commands: readonly RunLine[];
	readonly splitMs: number;
	readonly commandCount: number;
}

export interface RunFile {
	readonly format: typeof RUN_FORMAT;
	readonly version: typeof RUN_VERSION;
	readonly netdojoVersion: string;
	readonly pack: string;
	readonly seed: number;
	readonly levels: readonly RunLevel[];
	readonly totalMs: number;
	readonly totalCommands: number;
	readonly finishedAt: string;
}

export type ParsedRun = {ok: true; run: RunFile} | {ok: false; unreadable: boolean; reason: string};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Why `value` is not a run file of this version (its shape only; verifyRun judges the content). */
export function runFileProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'not a JSON object';
	if (value['format'] !== RUN_FORMAT) return `unknown format ${JSON.stringify(value['format'] ?? null)} (expected "${RUN_FORMAT}")`;
	if (value['version'] !== RUN_VERSION) return `unsupported run file version ${JSON.stringify(value['version'] ?? null)} (this netdojo reads version ${RUN_VERSION})`;
	if (typeof value['pack'] !== 'string' || value['pack'] === '') return '"pack" is not a pack id';
	if (!isCount(value['seed'])) return '"seed" is not a whole number';
	if (typeof value['netdojoVersion'] !== 'string') return '"netdojoVersion" is missing';
	if (typeof value['finishedAt'] !== 'string' || Number.isNaN(Date.parse(value['finishedAt']))) return '"finishedAt" is not a date';
	if (!isNumber(value['totalMs']) || value['totalMs'] < 0) return '"totalMs" is not a time';
	if (!isCount(value['totalCommands'])) return '"totalCommands" is not a count';
	const levels = value['levels'];
	if (!Array.isArray(levels) || levels.length === 0) return '"levels" is not a list of levels';
	for (const [i, level] of levels.entries()) {
		const where = `levels[${i}]`;
		if (!isRecord(level)) return `${where} is not an object`;
		if (typeof level['id'] !== 'string') return `${where} has no "id"`;
		if (!isNumber(level['splitMs']) || level['splitMs'] < 0) return `${where} (${level['id']}) has a bad "splitMs"`;
		if (!isCount(level['commandCount'])) return `${where} (${level['id']}) has a bad "commandCount"`;
		if (!Array.isArray(level['commands'])) return `${where} (${level['id']}) has no "commands" list`;
		for (const [j, c] of level['commands'].entries()) {
			if (!isRecord(c) || typeof c['line'] !== 'string' || !isNumber(c['atMs'])) return `${where}.commands[${j}] (${level['id']}) is not {line, atMs}`;
		}
	}
	return undefined;
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
		const base = runFileName(run.pack, run.finishedAt);
		file = path.join(target.dir, base);
		for (let n = 2; fs.existsSync(file); n++) file = path.join(target.dir, base.replace(/\.json$/, `-${n}.json`));
	}
	writeFileAtomic(file, `${JSON.stringify(run, null, '\t')}\n`);
	return file;
}
