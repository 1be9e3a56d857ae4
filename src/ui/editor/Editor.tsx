// The built-in minimal editor, for terminals without $EDITOR (or with NETDOJO_EDITOR=builtin):
// the file with line numbers, a cursor, a header and a status line saying how to save and leave.
import React, {useEffect, useRef} from 'react';
import {Box, Text} from 'ink';
import {pictureControlChars} from '../../levels/control-chars.js';
import stringWidth from 'string-width';
import {t, type Lang} from '../i18n.js';
import {cellsBefore, editorContent, useEditorState, type EditorState} from './use-editor-state.js';
import {useEditorInput} from './use-editor-input.js';

export interface EditorProps {
	fileName: string;
	/** The file's text when the editor opened ('' for a new file). */
	content: string;
	/** The file did not exist before. */
	isNew?: boolean;
	/** Ctrl+S: the text to write (each line ends with a newline). */
	onSave: (content: string) => void;
	/** Esc or Ctrl+Q: leave without writing. */
	onCancel: () => void;
	/** Columns available. */
	width: number;
	/** The most rows the text may take (the header and status line take two more). */
	height: number;
	/** The fewest rows the text takes; below `height` the editor grows with the file. */
	minHeight?: number;
	lang: Lang;
	color: boolean;
	isActive?: boolean;
}

/** Rows the editor takes besides its text: the header and the status line. */
export const EDITOR_CHROME_ROWS = 2;

/** Cuts `text` to at most `cells` terminal cells, never splitting a wide character. */
function fitCells(text: string, cells: number): string {
	let used = 0;
	let out = '';
	for (const char of text) {
		const w = stringWidth(char);
		if (used + w > cells) break;
		used += w;
		out += char;
	}
	return out;
}

/** The part of the cursor's line to show so the cursor stays in view (the line scrolls sideways). */
function cursorWindow(line: string, col: number, cells: number): {before: string; at: string; after: string} {
	const point = line.codePointAt(col);
	const at = point === undefined ? '' : String.fromCodePoint(point);
	const atWidth = at === '' ? 1 : Math.max(1, stringWidth(at));
	let start = 0;
	// Drop characters from the left until the text before the cursor and the cursor cell fit.
	while (start < col && cellsBefore(line.slice(start), col - start) + atWidth > cells) {
		const p = line.codePointAt(start)!;
		start += p > 0xffff ? 2 : 1;
	}
	const before = line.slice(start, col);
	const room = cells - stringWidth(before) - atWidth;
	return {before, at, after: fitCells(line.slice(col + at.length), Math.max(0, room))};
}

export function EditorView({fileName, state, isNew, width, lang, color, showCursor}: {fileName: string; state: EditorState; isNew?: boolean; width: number; lang: Lang; color: boolean; showCursor: boolean}) {
	const numberWidth = Math.max(2, String(state.lines.length).length);
	const textCells = Math.max(1, width - numberWidth - 1);
	const rows: React.ReactNode[] = [];
	for (let i = state.top; i < state.top + state.height; i++) {
		// A file may hold escape sequences (a level's setup wrote it): shown as symbols, never sent.
		const raw = state.lines[i];
		const line = raw === undefined ? undefined : pictureControlChars(raw);
		if (line === undefined) {
			rows.push(
				<Text key={i} dimColor={color}>
					{'~'}
				</Text>,
			);
			continue;
		}
		const number = (
			<Text dimColor={color}>
				{String(i + 1).padStart(numberWidth)}
				{' '}
			</Text>
		);
		if (i === state.row) {
			const {before, at, after} = cursorWindow(line, state.col, textCells);
			rows.push(
				<Text key={i}>
					{number}
					{before}
					{showCursor ? <Text inverse>{at === '' ? ' ' : at}</Text> : at}
					{after}
				</Text>,
			);
		} else {
			rows.push(
				<Text key={i}>
					{number}
					{fitCells(line, textCells)}
				</Text>,
			);
		}
	}
	const flags = [isNew && !state.modified ? t(lang, 'editorNewFile') : '', state.modified ? t(lang, 'editorModified') : ''].filter(Boolean);
	const position = t(lang, 'editorPosition', {line: state.row + 1, lines: state.lines.length, col: cellsBefore(state.lines[state.row]!, state.col) + 1});
	const title = `${t(lang, 'editorTitle', {file: fileName})}${flags.length ? `  [${flags.join(', ')}]` : ''}`;
	const gap = Math.max(2, width - stringWidth(title) - stringWidth(position));
	return (
		<Box flexDirection="column" width={width}>
			<Text bold={color} inverse={color} wrap="truncate-end">
				{title}
				{' '.repeat(gap)}
				{position}
			</Text>
			{rows}
			<Text dimColor={color} wrap="truncate-end">
				{t(lang, 'editorHelp')}
			</Text>
		</Box>
	);
}

/** The editor: state, keys and view. Saving or cancelling is the caller's business (it closes it). */
export default function Editor({fileName, content, isNew, onSave, onCancel, width, height, minHeight = 8, lang, color, isActive = true}: EditorProps) {
	// A short file gets a short editor, so the screen above it stays in view.
	const fit = (lines: number) => Math.max(1, Math.min(height, Math.max(minHeight, lines + 1)));
	const [state, dispatch] = useEditorState(content, fit(content.split('\n').length));
	const stateRef = useRef(state);
	stateRef.current = state;
	const wanted = fit(state.lines.length);
	useEffect(() => {
		if (wanted !== stateRef.current.height) dispatch({type: 'resize', height: wanted});
	}, [wanted, dispatch]);
	useEditorInput({
		dispatch,
		onSave: () => onSave(editorContent(stateRef.current)),
		onCancel,
		isActive,
	});
	return <EditorView fileName={fileName} state={state} isNew={isNew} width={width} lang={lang} color={color} showCursor={isActive} />;
}
