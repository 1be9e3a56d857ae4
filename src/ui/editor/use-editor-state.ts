// The built-in editor's state: the file as lines, the cursor and the first line on screen. A pure
// reducer (tested on its own) behind a small hook, like the prompt's use-prompt-state.ts.
import {useReducer} from 'react';
import stringWidth from 'string-width';

export interface EditorState {
	readonly lines: readonly string[];
	/** The cursor's line (0-based). */
	readonly row: number;
	/** The cursor's offset in its line, in UTF-16 code units, always on a code point boundary. */
	readonly col: number;
	/** The column (in terminal cells) Up/Down try to keep, from the last sideways move. */
	readonly goal: number | undefined;
	/** The first line shown. */
	readonly top: number;
	/** How many lines fit on screen. */
	readonly height: number;
	/** Whether the text differs from what was loaded. */
	readonly modified: boolean;
}

export type EditorAction =
	| {type: 'insert'; text: string}
	| {type: 'newline'}
	| {type: 'backspace'}
	| {type: 'delete'}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'up'}
	| {type: 'down'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'pageUp'}
	| {type: 'pageDown'}
	| {type: 'resize'; height: number};

/** A file's text as editor lines: a final newline ends the last line rather than starting an empty one. */
export function splitContent(content: string): string[] {
	const lines = content.replace(/\r\n/g, '\n').split('\n');
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** The lines as a file: each ends with a newline (as vi and nano write them); nothing at all stays empty. */
export function joinLines(lines: readonly string[]): string {
	if (lines.length === 1 && lines[0] === '') return '';
	return `${lines.join('\n')}\n`;
}

/** How many lines a file's text has (a last line without a newline counts too). */
export function countLines(content: string): number {
	if (content === '') return 0;
	return content.split('\n').length - (content.endsWith('\n') ? 1 : 0);
}

export function initialEditorState(content: string, height = 10): EditorState {
	return {lines: splitContent(content), row: 0, col: 0, goal: undefined, top: 0, height: Math.max(1, height), modified: false};
}

export function editorContent(state: EditorState): string {
	return joinLines(state.lines);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The offset one code point before `col` (a surrogate pair is one character). */
function prevPoint(line: string, col: number): number {
	if (col <= 0) return 0;
	if (col >= 2 && isLow(line.charCodeAt(col - 1)) && isHigh(line.charCodeAt(col - 2))) return col - 2;
	return col - 1;
}

function nextPoint(line: string, col: number): number {
	if (col >= line.length) return line.length;
	if (isHigh(line.charCodeAt(col)) && isLow(line.charCodeAt(col + 1))) return col + 2;
	return col + 1;
}

/** Terminal cells taken by the start of a line up to `col` (Korean syllables take two). */
export function cellsBefore(line: string, col: number): number {
	return stringWidth(line.slice(0, col));
}

/** The offset in `line` whose cell column is closest to `cells` without passing it. */
function offsetAtCells(line: string, cells: number): number {
	let used = 0;
	let col = 0;
	for (const char of line) {
		const w = stringWidth(char);
		if (used + w > cells) break;
		used += w;
		col += char.length;
	}
	return col;
}

/** Keeps the cursor's line on screen. */
function scrolled(state: EditorState): EditorState {
	let top = Math.min(state.top, Math.max(0, state.lines.length - state.height));
	if (state.row < top) top = state.row;
	if (state.row >= top + state.height) top = state.row - state.height + 1;
	top = Math.max(0, top);
	return top === state.top ? state : {...state, top};
}

function moveVertically(state: EditorState, rows: number): EditorState {
	const line = state.lines[state.row]!;
	const goal = state.goal ?? cellsBefore(line, state.col);
	const row = Math.max(0, Math.min(state.lines.length - 1, state.row + rows));
	if (row === state.row) {
		// Up on the first line goes to its start, Down on the last to its end (as nano does).
		const col = rows < 0 ? 0 : line.length;
		return {...state, col, goal: undefined};
	}
	return {...state, row, col: offsetAtCells(state.lines[row]!, goal), goal};
}

function replaceLines(state: EditorState, from: number, count: number, lines: string[], row: number, col: number): EditorState {
	const next = [...state.lines];
	next.splice(from, count, ...lines);
	return {...state, lines: next, row, col, goal: undefined, modified: true};
}

function reduce(state: EditorState, action: EditorAction): EditorState {
	const line = state.lines[state.row]!;
	switch (action.type) {
		case 'insert': {
			// Text arrives without line breaks (the input hook turns those into `newline`).
			const text = action.text.replace(/[\r\n]/g, '');
			if (text === '') return state;
			return replaceLines(state, state.row, 1, [line.slice(0, state.col) + text + line.slice(state.col)], state.row, state.col + text.length);
		}
		case 'newline':
			return replaceLines(state, state.row, 1, [line.slice(0, state.col), line.slice(state.col)], state.row + 1, 0);
		case 'backspace': {
			if (state.col > 0) {
				const from = prevPoint(line, state.col);
				return replaceLines(state, state.row, 1, [line.slice(0, from) + line.slice(state.col)], state.row, from);
			}
			if (state.row === 0) return state;
			const previous = state.lines[state.row - 1]!;
			return replaceLines(state, state.row - 1, 2, [previous + line], state.row - 1, previous.length);
		}
		case 'delete': {
			if (state.col < line.length) {
				return replaceLines(state, state.row, 1, [line.slice(0, state.col) + line.slice(nextPoint(line, state.col))], state.row, state.col);
			}
			if (state.row >= state.lines.length - 1) return state;
			return replaceLines(state, state.row, 2, [line + state.lines[state.row + 1]!], state.row, state.col);
		}
		case 'left':
			if (state.col > 0) return {...state, col: prevPoint(line, state.col), goal: undefined};
			if (state.row === 0) return state;
			return {...state, row: state.row - 1, col: state.lines[state.row - 1]!.length, goal: undefined};
		case 'right':
			if (state.col < line.length) return {...state, col: nextPoint(line, state.col), goal: undefined};
			if (state.row >= state.lines.length - 1) return state;
			return {...state, row: state.row + 1, col: 0, goal: undefined};
		case 'up':
			return moveVertically(state, -1);
		case 'down':
			return moveVertically(state, 1);
		case 'pageUp':
			return moveVertically(state, -Math.max(1, state.height - 1));
		case 'pageDown':
			return moveVertically(state, Math.max(1, state.height - 1));
		case 'home':
			return {...state, col: 0, goal: undefined};
		case 'end':
			return {...state, col: line.length, goal: undefined};
		case 'resize':
			return {...state, height: Math.max(1, action.height)};
	}
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
	return scrolled(reduce(state, action));
}

export type EditorDispatch = (action: EditorAction) => void;

export function useEditorState(content: string, height: number): [EditorState, EditorDispatch] {
	return useReducer(editorReducer, undefined, () => initialEditorState(content, height));
}
