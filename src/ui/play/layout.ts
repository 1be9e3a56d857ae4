// How the play screen's live area (everything below the scrollback) fits the terminal. Ink redraws
// the live area on every keystroke; once it is as tall as the terminal, Ink clears the whole screen
// and reprints the scrollback on every frame (flicker, and the prompt leaves the screen). So the
// map and the completion list get only the rows the heading, goals panel and prompt leave free.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Rows the goals panel takes: border, title, and each goal's text wrapped like Ink wraps it. */
export function goalsPanelHeight(goals: readonly {text: string}[], width: number, color: boolean): number {
	if (goals.length === 0) return 0;
	// GoalsPanel: round border (2 columns), paddingX 1 (2 columns), and the mark column.
	const markWidth = color ? 2 : 4;
	const textWidth = Math.max(1, width - 4 - markWidth);
	let rows = 3;
	for (const goal of goals) {
		rows += stringWidth(goal.text) <= textWidth ? 1 : wrapAnsi(goal.text, textWidth, {trim: false, hard: true}).split('\n').length;
	}
	return rows;
}

export interface LiveBudget {
	/** Lines the topology map may take (0: not shown). */
	readonly mapLines: number;
	/** Lines the completion list under the prompt may take. */
	readonly candidateLines: number;
}

/**
 * Splits the free rows between the map and the completion list. One row stays free so the live
 * area is always shorter than the terminal; the prompt keeps two rows for a wrapped long line.
 */
export function liveBudget({rows, fixedRows, mapWanted, mapLength}: {rows: number; fixedRows: number; mapWanted: boolean; mapLength: number}): LiveBudget {
	const free = Math.max(0, rows - 1 - fixedRows - 2);
	// Keep a few rows for a Tab listing so it does not push the screen past the bottom.
	const candidateReserve = Math.min(3, free);
	const mapLines = mapWanted ? Math.min(mapLength, Math.max(0, free - candidateReserve)) : 0;
	return {mapLines, candidateLines: Math.max(1, free - mapLines)};
}

/**
 * Lays text out for the scrollback the way it should look at `width` columns. Command output is
 * cut at the last column like a terminal does (a docker table wraps exactly as it would on a real
 * machine); prose (the briefing, hints, help) wraps at spaces, keeping each line's indentation.
 * Lines are then never wider than the terminal, so Ink does not wrap them again.
 */
export function wrapForTerminal(text: string, width: number, prose: boolean): string {
	const columns = Math.max(10, width);
	return text
		.split('\n')
		.flatMap((line) => (stringWidth(line) <= columns ? [line] : prose ? wrapProse(line, columns) : wrapHard(line, columns)))
		.join('\n');
}

function wrapProse(line: string, columns: number): string[] {
	const indent = /^\s*/.exec(line)![0];
	const room = Math.max(10, columns - stringWidth(indent));
	return wrapAnsi(line.slice(indent.length), room, {hard: true, trim: true}).split('\n').map((part) => indent + part);
}

function wrapHard(line: string, columns: number): string[] {
	const rows: string[] = [];
	let row = '';
	let used = 0;
	for (const char of line) {
		const w = stringWidth(char);
		if (used + w > columns) {
			rows.push(row);
			row = '';
			used = 0;
		}
		row += char;
		used += w;
	}
	rows.push(row);
	return rows;
}
