// One undo history for a game session. Each entry is what a change took away: the world before
// it, the answers given before it and the line that made it. Only a line that changes something
// pushes an entry; game commands (help, goals, trace, ...) and lines that change nothing (an empty
// line, `docker ps`) do not, so `undo` always takes back the last change the player made.
import type {World} from '../engine/index.js';

export interface HistoryEntry {
	readonly world: World;
	readonly answers: readonly string[];
	readonly line: string;
	/** How many sandbox lines `build level` had kept before it (undo drops the ones after). */
	readonly built?: number;
}

/** How many changes `undo` can take back; older ones are forgotten (bounded memory). */
export const HISTORY_LIMIT = 200;

export class History {
	private readonly entries: HistoryEntry[] = [];

	push(entry: HistoryEntry): void {
		this.entries.push(entry);
		if (this.entries.length > HISTORY_LIMIT) this.entries.shift();
	}

	/** The last change, removed from the history; undefined when there is none. */
	pop(): HistoryEntry | undefined {
		return this.entries.pop();
	}

	clear(): void {
		this.entries.length = 0;
	}

	get length(): number {
		return this.entries.length;
	}
}
