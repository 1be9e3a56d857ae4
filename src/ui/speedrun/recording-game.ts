// Wraps a level's game for the speed-run: every line typed goes to the recorder with its offset,
// and the line that solves the level closes the split and gets the split line (and a blank line) under its output.
import type {PlayGame} from '../play/use-play-state.js';
import type {RunRecorder} from '../../speedrun/recorder.js';
import type {LevelSplit} from '../../speedrun/splits.js';
import type {Lang} from '../i18n.js';

export class RecordingGame implements PlayGame {
	private solved = false;

	constructor(
		private readonly inner: PlayGame,
		private readonly recorder: RunRecorder,
		private readonly now: () => number,
		/** Text printed under the solving line (the split line); '' for none. */
		private readonly onSplit: (split: LevelSplit) => string,
	) {}

	run(line: string): ReturnType<PlayGame['run']> {
		// Between the solving line and the next level nothing more belongs to this level.
		if (this.solved) return {command: line, prompt: this.inner.prompt(), stdout: '', stderr: '', exitCode: 0, solvedNow: false};
		this.recorder.line(line, this.now());
		const r = this.inner.run(line);
		if (!r.solvedNow) return r;
		this.solved = true;
		const text = this.onSplit(this.recorder.solve(this.inner.commands));
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

	goalLines(): ReturnType<PlayGame['goalLines']> {
		return this.inner.goalLines();
	}

	topology(): ReturnType<PlayGame['topology']> {
		return this.inner.topology();
	}

	get complete(): PlayGame['complete'] {
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
