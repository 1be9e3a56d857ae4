// Wraps a level's game for the speed-run: every line typed goes to the recorder with its offset,
// and the line that solves the level closes the split and gets the split line (and a blank line)
// under its output. Speed-run logic, so it lives here; the play screen sees it as any other game.
import type {RunRecorder} from './recorder.js';
import type {LevelSplit} from './splits.js';
import type {TopologyModel} from '../game/topology-model.js';
import type {Lang} from '../game/messages.js';
import {splitCommands} from '../levels/command-words.js';
import {simpleCommandCount} from './count.js';

/** Lines the no-hints category refuses: they show a hint or the solution. */
export function isHintLine(line: string): boolean {
	const name = splitCommands(line)[0]?.[0];
	return name === 'hint' || name === 'solution';
}

export const NO_HINTS_MESSAGE = 'hint and solution are off in the no-hints category';

/** What one line gave back, as far as the recorder needs it (the play screen's outcome has more). */
export interface SpeedrunOutcome {
	readonly command: string;
	readonly prompt: string;
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: number;
	/** The game's own text printed under stdout as it is (the split line goes here). */
	readonly after?: string;
	readonly solvedNow: boolean;
	/** Whether the line counts towards commands (GameSession says; a missing flag counts). */
	readonly counted?: boolean;
}

/** The game a speed-run level is played on (GameSession, or the play screen's view of one). */
export interface SpeedrunGame<O extends SpeedrunOutcome> {
	run(line: string): O;
	prompt(): string;
	briefing(): string;
	goalLines(): {id: string; text: string; met: boolean}[];
	topology(): TopologyModel;
	complete: (line: string, cursor: number) => {replaceFrom: number; candidates: string[]};
	readonly commands: number;
	readonly hintsShown: number;
	lang: Lang;
}

export class RecordingGame<O extends SpeedrunOutcome> implements SpeedrunGame<O> {
	private solved = false;

	constructor(
		private readonly inner: SpeedrunGame<O>,
		private readonly recorder: RunRecorder,
		private readonly now: () => number,
		/** Text printed under the solving line (the split line); '' for none. */
		private readonly onSplit: (split: LevelSplit) => string,
	) {}

	/** The level's solving line has run: nothing more belongs to it. */
	get isSolved(): boolean {
		return this.solved;
	}

	run(line: string): O {
		// Between the solving line and the next level nothing more belongs to this level.
		if (this.solved) return {command: line, prompt: this.inner.prompt(), stdout: '', stderr: '', exitCode: 0, solvedNow: false} as SpeedrunOutcome as O;
		// Refused before the game sees it, and not a line of the run: the replay refuses it the same way.
		if (this.recorder.category === 'no-hints' && isHintLine(line)) {
			return {command: line, prompt: this.inner.prompt(), stdout: '', stderr: `${NO_HINTS_MESSAGE}\n`, exitCode: 1, solvedNow: false} as SpeedrunOutcome as O;
		}
		this.recorder.line(line, this.now());
		const r = this.inner.run(line);
		if (r.counted !== false && line.trim() !== '') this.recorder.count(simpleCommandCount(line));
		this.recorder.hints(this.inner.hintsShown);
		if (!r.solvedNow) return r;
		this.solved = true;
		const text = this.onSplit(this.recorder.solve());
		const sep = r.stdout === '' || r.stdout.endsWith('\n') ? '' : '\n';
		// The split line is the game's own (coloured) text: `after`, which the play screen prints as it is.
		return text === '' ? r : {...r, stdout: `${r.stdout}${sep}`, after: `${r.after ?? ''}${text}\n\n`};
	}

	prompt(): string {
		return this.inner.prompt();
	}

	briefing(): string {
		return this.inner.briefing();
	}

	goalLines(): ReturnType<SpeedrunGame<O>['goalLines']> {
		return this.inner.goalLines();
	}

	topology(): TopologyModel {
		return this.inner.topology();
	}

	get complete(): SpeedrunGame<O>['complete'] {
		return this.inner.complete;
	}

	get commands(): number {
		return this.inner.commands;
	}

	get hintsShown(): number {
		return this.inner.hintsShown;
	}

	get lang(): Lang {
		return this.inner.lang;
	}

	set lang(value: Lang) {
		this.inner.lang = value;
	}
}
