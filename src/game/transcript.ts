// A play session's transcript (issue 18 item 1): every line typed, with its time, whether the game
// answered it (hint, answer, reset, ...) or the shell did, its exit status, and each level's
// outcome, plus the pack's content hash and the game's version. It is what students hand in and
// what `netdojo grade` replays. Pure: the clock is passed in and the caller writes the text.
//   {format: 'netdojo-transcript', version: 1, netdojoVersion, mode, seed, startedAt,
//    levels: [{id, pack, packHash, startedAtMs, lines: [{line, atMs, game, counted, exitCode, solvedNow?, edit?}],
//              outcome: {solved, commands, hintsUsed, solutionShown, solvedAtMs?}}]}
import {commandWords} from '../shell/syntax/index.js';
import type {GameSession, LineOutcome} from './game-session.js';
import {isGameCommand} from './game-commands.js';

export const TRANSCRIPT_FORMAT = 'netdojo-transcript';
export const TRANSCRIPT_VERSION = 1;
/** Lines kept per level and characters per line: a transcript stays a few hundred KB at most. */
export const TRANSCRIPT_LIMITS = {maxLines: 5000, maxLineChars: 4096, maxLevels: 500, maxEditChars: 65536} as const;

export interface TranscriptLine {
	readonly line: string;
	/** Milliseconds since the session started. */
	readonly atMs: number;
	/** The game answered it (hint, goals, answer, reset, ...), not the simulated shell. */
	readonly game: boolean;
	/** It counts towards commands vs par. */
	readonly counted: boolean;
	readonly exitCode: number;
	/** Every goal became met with this line. */
	readonly solvedNow?: true;
	/** `edit FILE` saved in the editor: the file and what was saved (so a replay can save it too). */
	readonly edit?: {readonly file: string; readonly content: string};
}

export interface TranscriptLevel {
	/** The level id; null in the sandbox. */
	readonly id: string | null;
	readonly pack?: string;
	readonly packHash?: string;
	readonly startedAtMs: number;
	readonly lines: TranscriptLine[];
	readonly outcome: {solved: boolean; commands: number; hintsUsed: number; solutionShown: boolean; solvedAtMs?: number};
}

export interface Transcript {
	readonly format: typeof TRANSCRIPT_FORMAT;
	readonly version: typeof TRANSCRIPT_VERSION;
	readonly netdojoVersion: string;
	readonly mode: string;
	readonly seed: number;
	readonly startedAt: string;
	readonly levels: TranscriptLevel[];
}

/** Which game a line went to: the game command registry's rule, as GameSession routes by it. */
function isGameLine(line: string, onHost: boolean): boolean {
	return isGameCommand(commandWords(line)[0]?.[0], onHost);
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export class TranscriptRecorder {
	private readonly levels: TranscriptLevel[] = [];

	constructor(
		private readonly meta: {netdojoVersion: string; mode: string; seed: number; startedAt: Date},
		/** Milliseconds since the session started. */
		private readonly clock: () => number,
	) {}

	/** Records everything `game` is asked to run from now on (its run and saveFile), as one level. Returns `game`. */
	attach(game: GameSession, where: {pack?: string; packHash?: string} = {}): GameSession {
		if (this.levels.length >= TRANSCRIPT_LIMITS.maxLevels) return game;
		const level: TranscriptLevel = {
			id: game.level?.id ?? null,
			...(where.pack !== undefined ? {pack: where.pack} : {}),
			...(where.packHash !== undefined ? {packHash: where.packHash} : {}),
			startedAtMs: Math.round(this.clock()),
			lines: [],
			outcome: {solved: game.solved, commands: 0, hintsUsed: 0, solutionShown: false},
		};
		this.levels.push(level);
		const note = (r: LineOutcome, onHost: boolean, edit?: TranscriptLine['edit']) => {
			const atMs = Math.max(level.lines.at(-1)?.atMs ?? level.startedAtMs, Math.round(this.clock()));
			const name = commandWords(r.command)[0]?.[0];
			if (name === 'solution' && game.level && game.hintsShown >= game.level.hints.length && onHost) level.outcome.solutionShown = true;
			level.outcome.solved = game.solved;
			level.outcome.commands += r.counted ? 1 : 0;
			level.outcome.hintsUsed = game.hintsShown;
			if (r.solvedNow && level.outcome.solvedAtMs === undefined) level.outcome.solvedAtMs = atMs;
			if (level.lines.length >= TRANSCRIPT_LIMITS.maxLines) return;
			level.lines.push({
				line: clip(r.command, TRANSCRIPT_LIMITS.maxLineChars),
				atMs,
				game: edit !== undefined || isGameLine(r.command, onHost),
				counted: r.counted,
				exitCode: r.exitCode,
				...(r.solvedNow ? {solvedNow: true as const} : {}),
				...(edit ? {edit} : {}),
			});
		};
		const run = game.run.bind(game);
		const saveFile = game.saveFile.bind(game);
		game.run = (line: string) => {
			const onHost = game.session.location.kind === 'host';
			const r = run(line);
			note(r, onHost);
			return r;
		};
		game.saveFile = (name: string, content: string) => {
			const r = saveFile(name, content);
			note(r, true, r.exitCode === 0 ? {file: name, content: clip(content, TRANSCRIPT_LIMITS.maxEditChars)} : undefined);
			return r;
		};
		return game;
	}

	transcript(): Transcript {
		return {
			format: TRANSCRIPT_FORMAT,
			version: TRANSCRIPT_VERSION,
			netdojoVersion: this.meta.netdojoVersion,
			mode: this.meta.mode,
			seed: this.meta.seed,
			startedAt: this.meta.startedAt.toISOString(),
			// A level left without a line typed says nothing (the solved screen also builds a game for its titles).
			levels: this.levels.filter((l) => l.lines.length > 0).map((l) => ({...l, lines: [...l.lines], outcome: {...l.outcome}})),
		};
	}
}

export function serializeTranscript(t: Transcript): string {
	return `${JSON.stringify(t, null, '\t')}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Why `value` is not a transcript this version reads (its shape; grading judges the content). */
export function transcriptProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'not a JSON object';
	if (value['format'] !== TRANSCRIPT_FORMAT) return `unknown format ${JSON.stringify(value['format'] ?? null)} (expected "${TRANSCRIPT_FORMAT}")`;
	if (value['version'] !== TRANSCRIPT_VERSION) return `unsupported transcript version ${JSON.stringify(value['version'] ?? null)} (this netdojo reads version ${TRANSCRIPT_VERSION})`;
	if (typeof value['netdojoVersion'] !== 'string') return '"netdojoVersion" is missing';
	if (!Number.isInteger(value['seed']) || (value['seed'] as number) < 0) return '"seed" is not a whole number';
	const levels = value['levels'];
	if (!Array.isArray(levels)) return '"levels" is not a list';
	if (levels.length > TRANSCRIPT_LIMITS.maxLevels) return `more than ${TRANSCRIPT_LIMITS.maxLevels} levels`;
	for (const [i, level] of levels.entries()) {
		if (!isRecord(level)) return `levels[${i}] is not an object`;
		if (level['id'] !== null && typeof level['id'] !== 'string') return `levels[${i}] has no "id"`;
		if (level['packHash'] !== undefined && typeof level['packHash'] !== 'string') return `levels[${i}] has a bad "packHash"`;
		const lines = level['lines'];
		if (!Array.isArray(lines) || lines.length > TRANSCRIPT_LIMITS.maxLines) return `levels[${i}] has no "lines" list of at most ${TRANSCRIPT_LIMITS.maxLines}`;
		for (const [j, l] of lines.entries()) {
			if (!isRecord(l) || typeof l['line'] !== 'string' || !isMs(l['atMs'])) return `levels[${i}].lines[${j}] is not {line, atMs, ...}`;
			if (l['line'].length > TRANSCRIPT_LIMITS.maxLineChars) return `levels[${i}].lines[${j}] is longer than ${TRANSCRIPT_LIMITS.maxLineChars} characters`;
			const edit = l['edit'];
			if (edit !== undefined && (!isRecord(edit) || typeof edit['file'] !== 'string' || typeof edit['content'] !== 'string' || edit['content'].length > TRANSCRIPT_LIMITS.maxEditChars)) {
				return `levels[${i}].lines[${j}] has a bad "edit"`;
			}
		}
	}
	return undefined;
}

export type ParsedTranscript = {ok: true; transcript: Transcript} | {ok: false; reason: string};

export function parseTranscript(text: string): ParsedTranscript {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return {ok: false, reason: `not valid JSON (${(e as Error).message})`};
	}
	const problem = transcriptProblem(value);
	return problem === undefined ? {ok: true, transcript: value as Transcript} : {ok: false, reason: problem};
}
