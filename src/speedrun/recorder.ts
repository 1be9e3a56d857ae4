// Records a speed-run as it is played. Every input event is kept with its real time (ms since the
// run's screen opened, whole ms); the clock starts on the first keystroke of a level, every line
// typed is kept at its game time (real time with the briefings left out), and each solved level
// closes a split at the line that solved it. All times are whole ms since the screen opened, so a
// replay of the keys at their recorded times computes exactly the same figures (verify-run).
import {RUN_FORMAT, RUN_VERSION, type Category, type RunFile, type RunKey, type RunLine} from './run-file.js';
import {keystrokeCount} from './count.js';
import type {LevelSplit} from './splits.js';
import type {SpeedrunRecord} from '../progress/schema.js';

interface OpenLevel {
	id: string;
	lines: RunLine[];
	commands: number;
	keystrokes: number;
	hintsUsed: number;
}

export interface RunOptions {
	readonly packHash?: string;
	readonly category?: Category;
	/** An individual-level run of this level (levelIds is then just it). */
	readonly level?: string;
	/** Briefings are shown between levels: the game clock stops from a solve until `resume`. */
	readonly pauseBetweenLevels?: boolean;
}

const openLevel = (id: string): OpenLevel => ({id, lines: [], commands: 0, keystrokes: 0, hintsUsed: 0});

export class RunRecorder {
	/** Clock reading when the run's screen opened; undefined until the first reading. */
	private openedAt: number | undefined;
	/** Ms since opening at the first keystroke; undefined until then. */
	startedAt: number | undefined;
	readonly splits: LevelSplit[] = [];
	readonly keys: RunKey[] = [];
	private readonly done: {id: string; commands: RunLine[]; splitMs: number; commandCount: number; keystrokes: number; hintsUsed: number}[] = [];
	private current: OpenLevel;
	private lastSolveAtMs = 0;
	private pausedMs = 0;
	private pausedSince: number | undefined;
	private finishedAt: number | undefined;
	/** Real time (ms since opening) of the last line. */
	private lastLineAt = 0;
	readonly category: Category;

	constructor(
		readonly pack: string,
		readonly levelIds: readonly string[],
		readonly seed: number,
		readonly options: RunOptions = {},
	) {
		if (levelIds.length === 0) throw new Error(`pack ${pack} has no levels`);
		this.current = openLevel(levelIds[0]!);
		this.category = options.category ?? 'any%';
	}

	get started(): boolean {
		return this.startedAt !== undefined;
	}

	get finished(): boolean {
		return this.done.length === this.levelIds.length;
	}

	/** Index of the level being played. */
	get levelIndex(): number {
		return this.done.length;
	}

	get paused(): boolean {
		return this.pausedSince !== undefined;
	}

	/** The screen opened (the origin of every time); later calls change nothing. */
	open(now: number): void {
		if (this.openedAt === undefined) this.openedAt = now;
	}

	/** Whole ms since the screen opened. */
	private at(now: number): number {
		this.open(now);
		return Math.max(0, Math.round(now - this.openedAt!));
	}

	/** Game time at `t` (ms since opening): from the first keystroke, without the pauses. */
	private gameAt(t: number): number {
		if (this.startedAt === undefined) return 0;
		const pausedNow = this.pausedSince !== undefined ? t - this.pausedSince : 0;
		return Math.max(0, t - this.startedAt - this.pausedMs - pausedNow);
	}

	/** Starts the clock (the first keystroke); later calls change nothing. */
	start(now: number): void {
		const t = this.at(now);
		if (this.startedAt === undefined) this.startedAt = t;
	}

	/**
	 * An input event from the terminal. `playing`: it went to a level being played (it starts the
	 * clock and counts on the keystroke board); otherwise (a briefing's Enter) it is only kept.
	 */
	key(data: string, now: number, playing: boolean): void {
		if (this.finished) return;
		const t = this.at(now);
		this.keys.push({atMs: t, data});
		if (!playing) return;
		if (this.startedAt === undefined) this.startedAt = t;
		this.current.keystrokes += keystrokeCount(data);
	}

	/** The briefing was left: the game clock runs again. */
	resume(now: number): void {
		if (this.pausedSince === undefined) return;
		this.pausedMs += this.at(now) - this.pausedSince;
		this.pausedSince = undefined;
	}

	/** Time on the clock (game time), 0 before the first keystroke; frozen once the run is finished. */
	elapsed(now: number): number {
		if (this.startedAt === undefined) return 0;
		if (this.finished) return this.lastSolveAtMs;
		return this.gameAt(this.at(now));
	}

	/** Wall-clock time since the first keystroke (briefings included); frozen at the last solve. */
	realElapsed(now: number): number {
		if (this.startedAt === undefined) return 0;
		return (this.finishedAt ?? this.at(now)) - this.startedAt;
	}

	/** A line was submitted to the current level. Returns its offset (game time, whole ms). */
	line(line: string, now: number): number {
		this.start(now);
		const previous = this.current.lines.at(-1)?.atMs ?? this.lastSolveAtMs;
		this.lastLineAt = this.at(now);
		const atMs = Math.max(previous, this.gameAt(this.lastLineAt));
		this.current.lines.push({line, atMs});
		return atMs;
	}

	/** The last line cost `n` on the commands board. */
	count(n: number): void {
		this.current.commands += n;
	}

	/** Hints shown so far in the current level. */
	hints(n: number): void {
		this.current.hintsUsed = Math.max(this.current.hintsUsed, n);
	}

	/**
	 * The last line solved the current level: closes its split and opens the next level. The
	 * commands-board count is what count() added up, unless given (tests of the arithmetic).
	 */
	solve(commandCount?: number): LevelSplit {
		if (this.finished) throw new Error('the run is already finished');
		const at = this.current.lines.at(-1)?.atMs ?? this.lastSolveAtMs;
		const commands = commandCount ?? this.current.commands;
		const split: LevelSplit = {id: this.current.id, splitMs: at - this.lastSolveAtMs, commands, keystrokes: this.current.keystrokes};
		this.done.push({id: this.current.id, commands: this.current.lines, splitMs: split.splitMs, commandCount: commands, keystrokes: this.current.keystrokes, hintsUsed: this.current.hintsUsed});
		this.splits.push(split);
		this.lastSolveAtMs = at;
		// The solving line's real time: the run ends there, or the briefing's pause starts there.
		const t = this.lastLineAt;
		if (this.finished) this.finishedAt = Math.max(t, this.startedAt ?? 0);
		else if (this.options.pauseBetweenLevels && this.startedAt !== undefined) this.pausedSince = t;
		const next = this.levelIds[this.done.length];
		this.current = openLevel(next ?? '');
		return split;
	}

	/** The levels so far, the one being played included (a replay compares them with a run file). */
	levelsSoFar(): {id: string; commands: readonly RunLine[]; keystrokes: number; commandCount: number; splitMs?: number}[] {
		const open = this.finished ? [] : [{id: this.current.id, commands: [...this.current.lines], keystrokes: this.current.keystrokes, commandCount: this.current.commands}];
		return [...this.done.map((l) => ({id: l.id, commands: l.commands, keystrokes: l.keystrokes, commandCount: l.commandCount, splitMs: l.splitMs})), ...open];
	}

	get totalMs(): number {
		return this.splits.reduce((n, s) => n + s.splitMs, 0);
	}

	get totalCommands(): number {
		return this.splits.reduce((n, s) => n + s.commands, 0);
	}

	get totalKeystrokes(): number {
		return this.splits.reduce((n, s) => n + (s.keystrokes ?? 0), 0);
	}

	/** The run file of a finished run. */
	runFile(netdojoVersion: string, finishedAt: Date): RunFile {
		if (!this.finished) throw new Error('the run is not finished');
		return {
			format: RUN_FORMAT,
			version: RUN_VERSION,
			netdojoVersion,
			pack: this.pack,
			packHash: this.options.packHash ?? '',
			seed: this.seed,
			category: this.category,
			...(this.options.level !== undefined ? {level: this.options.level} : {}),
			briefings: this.options.pauseBetweenLevels === true,
			levels: this.done.map((l) => ({id: l.id, commands: l.commands, splitMs: l.splitMs, commandCount: l.commandCount, keystrokes: l.keystrokes, hintsUsed: l.hintsUsed})),
			keys: [...this.keys],
			totalMs: this.totalMs,
			realMs: this.realElapsed(0),
			totalCommands: this.totalCommands,
			totalKeystrokes: this.totalKeystrokes,
			finishedAt: finishedAt.toISOString(),
		};
	}

	/** What a personal-best board keeps of a finished run. */
	record(finishedAt: Date): SpeedrunRecord {
		return {
			totalMs: this.totalMs,
			totalCommands: this.totalCommands,
			totalKeystrokes: this.totalKeystrokes,
			levels: [...this.splits],
			seed: this.seed,
			category: this.category,
			finishedAt: finishedAt.toISOString(),
		};
	}
}
