// Records a speed-run as it is played: the clock starts on the first keystroke, every line typed is
// kept with its offset, and each solved level closes a split at the line that solved it. The same
// arithmetic is what verifyRun checks, so a recorded run always verifies.
import {RUN_FORMAT, RUN_VERSION, type RunFile, type RunLine} from './run-file.js';
import type {LevelSplit} from './splits.js';
import type {SpeedrunRecord} from '../progress/schema.js';

interface OpenLevel {
	id: string;
	lines: RunLine[];
}

export class RunRecorder {
	/** Clock reading at the first keystroke; undefined until then. */
	startedAt: number | undefined;
	readonly splits: LevelSplit[] = [];
	private readonly done: {id: string; commands: RunLine[]; splitMs: number; commandCount: number}[] = [];
	private current: OpenLevel;
	private lastSolveAtMs = 0;

	constructor(
		readonly pack: string,
		readonly levelIds: readonly string[],
		readonly seed: number,
	) {
		if (levelIds.length === 0) throw new Error(`pack ${pack} has no levels`);
		this.current = {id: levelIds[0]!, lines: []};
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

	/** Starts the clock (the first keystroke); later calls change nothing. */
	start(now: number): void {
		if (this.startedAt === undefined) this.startedAt = now;
	}

	/** Time on the clock, 0 before the first keystroke; frozen once the run is finished. */
	elapsed(now: number): number {
		if (this.startedAt === undefined) return 0;
		if (this.finished) return this.lastSolveAtMs;
		return Math.max(0, now - this.startedAt);
	}

	/** A line was submitted to the current level. Returns its offset in whole ms. */
	line(line: string, now: number): number {
		this.start(now);
		const previous = this.current.lines.at(-1)?.atMs ?? this.lastSolveAtMs;
		// Whole ms; the clock is monotonic, but never let rounding step backwards either.
		const atMs = Math.max(previous, Math.round(now - this.startedAt!));
		this.current.lines.push({line, atMs});
		return atMs;
	}

	/** The last line solved the current level: closes its split and opens the next level. */
	solve(commandCount: number): LevelSplit {
		if (this.finished) throw new Error('the run is already finished');
		const at = this.current.lines.at(-1)?.atMs ?? this.lastSolveAtMs;
		const split: LevelSplit = {id: this.current.id, splitMs: at - this.lastSolveAtMs, commands: commandCount};
		this.done.push({id: this.current.id, commands: this.current.lines, splitMs: split.splitMs, commandCount});
		this.splits.push(split);
		this.lastSolveAtMs = at;
		const next = this.levelIds[this.done.length];
		this.current = {id: next ?? '', lines: []};
		return split;
	}

	get totalMs(): number {
		return this.splits.reduce((n, s) => n + s.splitMs, 0);
	}

	get totalCommands(): number {
		return this.splits.reduce((n, s) => n + s.commands, 0);
	}

	/** The run file of a finished run. */
	runFile(netdojoVersion: string, finishedAt: Date): RunFile {
		if (!this.finished) throw new Error('the run is not finished');
		return {
			format: RUN_FORMAT,
			version: RUN_VERSION,
			netdojoVersion,
			pack: this.pack,
			seed: this.seed,
			levels: this.done.map((l) => ({id: l.id, commands: l.commands, splitMs: l.splitMs, commandCount: l.commandCount})),
			totalMs: this.totalMs,
			totalCommands: this.totalCommands,
			finishedAt: finishedAt.toISOString(),
		};
	}

	/** What a personal-best board keeps of a finished run. */
	record(finishedAt: Date): SpeedrunRecord {
		return {totalMs: this.totalMs, totalCommands: this.totalCommands, levels: [...this.splits], seed: this.seed, finishedAt: finishedAt.toISOString()};
	}
}
