import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';

// The cursor is an inverse cell; force colour before Ink (and chalk) are imported.
vi.hoisted(() => {
	process.env['FORCE_COLOR'] = '1';
});
import {cleanup, render} from 'ink-testing-library';
import {Editor, countLines, editorContent, editorReducer, initialEditorState, joinLines, splitContent, type EditorAction, type EditorState} from '../../src/ui/editor/index.js';
import {keys, settle, stripAnsi} from './helpers.js';

const ctrlS = '\u0013';
const ctrlQ = '\u0011';

async function setup(props: Partial<React.ComponentProps<typeof Editor>> = {}) {
	const onSave = vi.fn();
	const onCancel = vi.fn();
	const view = render(<Editor fileName="notes.txt" content="" onSave={onSave} onCancel={onCancel} width={60} height={6} minHeight={3} lang="en" color={false} {...props} />);
	await settle();
	const type = async (...chunks: string[]) => {
		for (const chunk of chunks) {
			view.stdin.write(chunk);
			await settle();
		}
	};
	return {...view, onSave, onCancel, type, frame: () => stripAnsi(view.lastFrame())};
}

const run = (content: string, ...actions: EditorAction[]): EditorState => actions.reduce(editorReducer, initialEditorState(content, 5));

afterEach(() => {
	cleanup();
});

describe('editor state', () => {
	it('reads and writes files line by line', () => {
		expect(splitContent('a\nb\n')).toEqual(['a', 'b']);
		expect(splitContent('a\nb')).toEqual(['a', 'b']);
		expect(splitContent('')).toEqual(['']);
		expect(splitContent('a\r\nb\r\n')).toEqual(['a', 'b']);
		expect(joinLines(['a', 'b'])).toBe('a\nb\n');
		expect(joinLines([''])).toBe('');
		expect(countLines('a\nb\n')).toBe(2);
		expect(countLines('a')).toBe(1);
		expect(countLines('')).toBe(0);
	});

	it('splits a line at the cursor and joins lines with Backspace and Delete', () => {
		let s = run('hello world\n', {type: 'right'}, {type: 'right'}, {type: 'right'}, {type: 'right'}, {type: 'right'}, {type: 'newline'});
		expect(s.lines).toEqual(['hello', ' world']);
		expect([s.row, s.col]).toEqual([1, 0]);
		s = editorReducer(s, {type: 'backspace'});
		expect(s.lines).toEqual(['hello world']);
		expect([s.row, s.col]).toEqual([0, 5]);
		s = run('ab\ncd\n', {type: 'end'}, {type: 'delete'});
		expect(s.lines).toEqual(['abcd']);
		expect(editorContent(s)).toBe('abcd\n');
		expect(s.modified).toBe(true);
	});

	it('does nothing at the edges', () => {
		const s = run('x\n', {type: 'backspace'}, {type: 'left'}, {type: 'up'});
		expect(s.lines).toEqual(['x']);
		expect(s.modified).toBe(false);
		const t = run('x\n', {type: 'end'}, {type: 'delete'}, {type: 'right'});
		expect(t.lines).toEqual(['x']);
		expect(t.col).toBe(1);
	});

	it('keeps the column through short lines and counts Korean as two cells', () => {
		// Down from column 4 of "abcdef": "안녕" is four cells wide, so the cursor lands after it.
		let s = run('abcdef\n안녕하세요\nxy\n', {type: 'right'}, {type: 'right'}, {type: 'right'}, {type: 'right'}, {type: 'down'});
		expect([s.row, s.col]).toEqual([1, 2]);
		s = editorReducer(s, {type: 'down'});
		expect([s.row, s.col]).toEqual([2, 2]);
		s = editorReducer(s, {type: 'up'});
		expect([s.row, s.col]).toEqual([1, 2]);
		s = editorReducer(s, {type: 'backspace'});
		expect(s.lines[1]).toBe('안하세요');
	});

	it('moves over a surrogate pair as one character', () => {
		let s = run('a😀b\n', {type: 'right'}, {type: 'right'});
		expect(s.col).toBe(3);
		s = editorReducer(s, {type: 'backspace'});
		expect(s.lines).toEqual(['ab']);
		expect(s.col).toBe(1);
	});

	it('scrolls to keep the cursor on screen', () => {
		const text = Array.from({length: 20}, (_, i) => `line ${i + 1}`).join('\n');
		let s = initialEditorState(text, 5);
		for (let i = 0; i < 7; i++) s = editorReducer(s, {type: 'down'});
		expect(s.row).toBe(7);
		expect(s.top).toBe(3);
		s = editorReducer(s, {type: 'pageDown'});
		expect(s.row).toBe(11);
		for (let i = 0; i < 11; i++) s = editorReducer(s, {type: 'up'});
		expect(s.top).toBe(0);
		s = editorReducer(s, {type: 'resize', height: 2});
		expect(s.height).toBe(2);
	});
});

describe('Editor', () => {
	it('shows the file with line numbers, a header and how to save or leave', async () => {
		const {frame} = await setup({content: 'first\nsecond\n', isNew: false});
		const f = frame();
		expect(f).toContain('edit notes.txt');
		expect(f).toContain(' 1 first');
		expect(f).toContain(' 2 second');
		expect(f).toContain('Ctrl+S save');
		expect(f).toContain('Esc/Ctrl+Q');
	});

	it('types two lines and saves them with Ctrl+S', async () => {
		const {type, onSave, frame} = await setup({isNew: true});
		expect(frame()).toContain('[new file]');
		await type('hello', keys.enter, 'world');
		expect(frame()).toContain(' 1 hello');
		expect(frame()).toContain(' 2 world');
		expect(frame()).toContain('[modified]');
		await type(ctrlS);
		expect(onSave).toHaveBeenCalledWith('hello\nworld\n');
	});

	it('moves with the arrows, Home and End, and edits in the middle', async () => {
		const {type, onSave} = await setup({content: 'abc\ndef\n'});
		await type(keys.down, keys.end, 'X', keys.home, 'Y', keys.up, keys.right, keys.delete, keys.backspace);
		await type(ctrlS);
		expect(onSave).toHaveBeenCalledWith('a\nYdefX\n');
	});

	it('splits and joins lines with Enter, Backspace and Delete', async () => {
		const {type, onSave} = await setup({content: 'onetwo\nthree\n'});
		await type(keys.right, keys.right, keys.right, keys.enter);
		await type(keys.down, keys.home, keys.backspace);
		await type(keys.end, keys.delete);
		await type(ctrlS);
		// "one" / "two" split, then "three" joined back onto "two", then nothing after the last line.
		expect(onSave).toHaveBeenCalledWith('one\ntwothree\n');
	});

	it('takes a paste with line breaks', async () => {
		const {type, onSave} = await setup();
		await type('services:\r  web:\r    image: nginx');
		await type(ctrlS);
		expect(onSave).toHaveBeenCalledWith('services:\n  web:\n    image: nginx\n');
	});

	it('cancels with Esc and with Ctrl+Q, saving nothing', async () => {
		const first = await setup({content: 'keep\n'});
		await first.type('x', keys.escape);
		expect(first.onCancel).toHaveBeenCalledTimes(1);
		expect(first.onSave).not.toHaveBeenCalled();
		cleanup();
		const second = await setup({content: 'keep\n'});
		await second.type('x', ctrlQ);
		expect(second.onCancel).toHaveBeenCalledTimes(1);
		expect(second.onSave).not.toHaveBeenCalled();
	});

	it('edits Korean text without breaking it', async () => {
		const {type, onSave, frame} = await setup({lang: 'ko'});
		await type('안녕하세요', keys.enter, '세계');
		expect(frame()).toContain(' 1 안녕하세요');
		expect(frame()).toContain(' 2 세계');
		expect(frame()).toContain('저장');
		await type(keys.up, keys.end, keys.backspace, keys.left, keys.left, '네');
		await type(ctrlS);
		expect(onSave).toHaveBeenCalledWith('안녕네하세\n세계\n');
	});

	it('scrolls within its height and sideways on a long line', async () => {
		const text = Array.from({length: 30}, (_, i) => `row ${i + 1}`).join('\n');
		const {type, frame} = await setup({content: text, height: 5});
		expect(frame()).toContain(' 1 row 1');
		expect(frame()).not.toContain('row 6');
		for (let i = 0; i < 9; i++) await type(keys.down);
		expect(frame()).toContain('10 row 10');
		expect(frame()).not.toContain(' 1 row 1\n');
		cleanup();
		const long = await setup({content: `${'a'.repeat(100)}Z\n`, width: 40});
		await long.type(keys.end);
		const f = long.frame();
		expect(f).toContain('Z');
		for (const line of f.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
	});
});
