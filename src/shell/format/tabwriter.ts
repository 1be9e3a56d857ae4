/**
 * docker's table layout: its fork of Go's text/tabwriter
 * (cli/command/formatter/tabwriter) as created by `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`.
 *
 * Cells are terminated by '\t'; the text after a line's last tab is not part of any column
 * and is never padded. A column's width is its widest cell plus 3, at least 10, computed
 * over a "column block": the consecutive lines that have a cell in that column. A line with
 * no tab at all flushes everything before it, so it also ends every block. Widths are
 * display widths (go-runewidth), not rune counts as in Go's own tabwriter.
 */
import {stringWidth} from './rune-width.js';

const MIN_WIDTH = 10;
const PADDING = 3;

interface Cell {
	text: string;
	width: number;
}

/** Lays out text containing '\t' cell separators and '\n' line ends, as the writer would. */
export function tabwriterFormat(text: string, minWidth = MIN_WIDTH, padding = PADDING): string {
	let out = '';
	let lines: Cell[][] = [];
	const flush = (): void => {
		out += formatBlock(lines, minWidth, padding);
		lines = [];
	};
	const rawLines = text.split('\n');
	rawLines.forEach((raw, i) => {
		const isLast = i === rawLines.length - 1;
		const cells = raw.split('\t').map((t) => ({text: t, width: stringWidth(t)}));
		if (isLast) {
			// Text after the final newline is an unterminated line, written out on Flush
			// without a newline of its own.
			if (raw === '') return flush();
			lines.push(cells);
			flush();
			out = out.slice(0, -1);
			return;
		}
		lines.push(cells);
		// A newline ending a line with a single cell flushes (Go: ncells == 1).
		if (cells.length === 1) flush();
	});
	return out;
}

/**
 * Go's tabwriter.format: recursively finds column blocks and their widths, then writes
 * each line with its cells padded (all but the last cell of a line).
 */
function formatBlock(lines: Cell[][], minWidth: number, padding: number): string {
	const widths: number[] = [];
	let out = '';
	const writeLines = (line0: number, line1: number): void => {
		for (let i = line0; i < line1; i++) {
			const line = lines[i];
			line.forEach((c, j) => {
				out += c.text;
				if (j < line.length - 1 && j < widths.length) out += ' '.repeat(Math.max(0, widths[j] - c.width));
			});
			out += '\n';
		}
	};
	const format = (line0: number, line1: number): void => {
		const column = widths.length;
		for (let t = line0; t < line1; t++) {
			if (column >= lines[t].length - 1) continue;
			// Cell exists in this column: print the lines above, then measure the block.
			writeLines(line0, t);
			line0 = t;
			let width = minWidth;
			for (; t < line1; t++) {
				if (column >= lines[t].length - 1) break;
				width = Math.max(width, lines[t][column].width + padding);
			}
			widths.push(width);
			format(line0, t);
			widths.pop();
			line0 = t;
			t--;
		}
		writeLines(line0, line1);
	};
	format(0, lines.length);
	return out;
}

/** Formats rows of cells as a docker table; every line ends with "\n". */
export function formatTable(rows: string[][]): string {
	return tabwriterFormat(rows.map((r) => r.join('\t') + '\n').join(''));
}
