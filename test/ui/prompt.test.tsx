import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';

// The cursor is an inverse cell; without a colour-capable stdout Ink drops the style and
// trims the cell away. Force colour before Ink (and chalk) are imported.
vi.hoisted(() => {
	process.env['FORCE_COLOR'] = '1';
});
import {cleanup, render} from 'ink-testing-library';
import {Prompt, promptReducer, initialPromptState, commonPrefix, formatCandidates, type Completer, type PromptState} from '../../src/ui/prompt/index.js';
import {keys, settle, stripAnsi} from './helpers.js';

const noCompletion: Completer = (_line, cursor) => ({replaceFrom: cursor, candidates: []});

// Completes the word under the cursor from a fixed list, like the shell's completer will.
const wordCompleter =
	(words: string[]): Completer =>
	(line, cursor) => {
		const from = line.lastIndexOf(' ', cursor - 1) + 1;
		const word = line.slice(from, cursor);
		return {replaceFrom: from, candidates: words.filter(w => w.startsWith(word))};
	};

async function setup(props: Partial<React.ComponentProps<typeof Prompt>> = {}) {
	const onSubmit = vi.fn();
	const onExit = vi.fn();
	const view = render(
		<Prompt prompt="$ " history={[]} complete={noCompletion} onSubmit={onSubmit} onExit={onExit} {...props} />,
	);
	await settle();
	const type = async (...chunks: string[]) => {
		for (const chunk of chunks) {
			view.stdin.write(chunk);
			await settle();
		}
	};

	return {...view, onSubmit, onExit, type, frame: () => stripAnsi(view.lastFrame())};
}

afterEach(() => {
	cleanup();
});

describe('Prompt', () => {
	it('shows the prompt and an inverse cursor', async () => {
		const {lastFrame, frame} = await setup();
		expect(frame()).toBe('$  ');
		expect(lastFrame()).toContain('\u001B[7m');
	});

	it('types, submits and clears the line', async () => {
		const {type, onSubmit, frame} = await setup();
		await type('d', 'o', 'c', 'k', 'e', 'r', ' ', 'p', 's');
		expect(frame()).toBe('$ docker ps ');
		await type(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('docker ps');
		expect(frame()).toBe('$  ');
	});

	it('inserts a pasted chunk at once, at the cursor', async () => {
		const {type, onSubmit} = await setup();
		await type('docker  ps', keys.left, keys.left, keys.left, 'network', keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('docker network ps');
	});

	it('submits each line of a multi-line paste', async () => {
		const {type, onSubmit, frame} = await setup();
		await type('docker ps\r\ndocker images\rdocker net');
		expect(onSubmit.mock.calls).toEqual([['docker ps'], ['docker images']]);
		expect(frame()).toBe('$ docker net ');
	});

	it('moves with Left/Right/Home/End and Ctrl+A/Ctrl+E', async () => {
		const {type, onSubmit} = await setup();
		await type('bc', keys.home, 'a', keys.end, 'd', keys.ctrlA, '<', keys.ctrlE, '>', keys.left, keys.right, '!', keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('<abcd>!');
	});

	it('Backspace deletes before the cursor and Delete after it', async () => {
		const {type, onSubmit} = await setup();
		await type('abcd', keys.left, keys.left, keys.backspace, keys.delete, keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('ad');
	});

	it('Ctrl+U kills to the start, Ctrl+K to the end, Ctrl+W one word back', async () => {
		const {type, onSubmit} = await setup();
		await type('docker run nginx', keys.ctrlW, keys.enter);
		await type('docker run nginx', keys.left, keys.left, keys.left, keys.left, keys.left, keys.ctrlU, keys.enter);
		await type('docker run nginx', keys.home, keys.right, keys.right, keys.right, keys.right, keys.right, keys.right, keys.ctrlK, keys.enter);
		expect(onSubmit.mock.calls).toEqual([['docker run '], ['nginx'], ['docker']]);
	});

	it('walks history with Up/Down and keeps the line being edited', async () => {
		const {type, onSubmit, frame} = await setup({history: ['docker ps', 'docker images']});
		await type('half typed', keys.up);
		expect(frame()).toBe('$ docker images ');
		await type(keys.up);
		expect(frame()).toBe('$ docker ps ');
		await type(keys.up);
		expect(frame()).toBe('$ docker ps ');
		await type(keys.down, keys.down);
		expect(frame()).toBe('$ half typed ');
		await type(keys.up, keys.up, keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('docker ps');
	});

	it('Ctrl+C clears the line without submitting', async () => {
		const {type, onSubmit, frame} = await setup();
		await type('docker rm -f everything', keys.ctrlC);
		expect(frame()).toBe('$  ');
		expect(onSubmit).not.toHaveBeenCalled();
	});

	it('Ctrl+D exits only on an empty line', async () => {
		const {type, onExit, onSubmit} = await setup();
		await type('ab', keys.home, keys.ctrlD);
		expect(onExit).not.toHaveBeenCalled();
		await type(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('b');
		await type(keys.ctrlD);
		expect(onExit).toHaveBeenCalledTimes(1);
	});

	it('Tab completes a single candidate and adds a space', async () => {
		const {type, frame} = await setup({complete: wordCompleter(['network', 'run', 'ps'])});
		await type('docker net', keys.tab);
		expect(frame()).toBe('$ docker network  ');
	});

	it('Tab completes the common prefix, a second Tab lists the candidates', async () => {
		const {type, frame} = await setup({
			complete: wordCompleter(['webapp', 'webdb', 'worker']),
			width: 40,
		});
		await type('docker logs w', keys.tab);
		expect(frame()).toBe('$ docker logs w ');
		await type(keys.tab);
		expect(frame()).toContain('webapp  webdb   worker');
		await type('e', keys.tab);
		expect(frame()).toBe('$ docker logs web ');
		await type(keys.tab);
		expect(frame().split('\n')[1]).toBe('webapp  webdb');
		await type('a', keys.tab);
		expect(frame()).toBe('$ docker logs webapp  ');
	});

	it('ignores keys when inactive', async () => {
		const {type, frame, lastFrame} = await setup({isActive: false});
		await type('abc');
		// Ink trims the trailing blank; what matters is that nothing was typed and no cursor shows.
		expect(frame()).toBe('$');
		expect(lastFrame()).not.toContain('\u001B[7m');
	});

	it('handles keys that arrive faster than React renders', async () => {
		const {stdin, onSubmit} = await setup();
		// No waiting between writes: each key must see the state the previous one left.
		for (const chunk of ['d', 'o', keys.left, 'x', keys.end, '!', keys.enter]) {
			stdin.write(chunk);
		}

		await settle();
		expect(onSubmit).toHaveBeenCalledWith('dxo!');
	});

	it('keeps Korean text intact while moving over it', async () => {
		const {type, onSubmit} = await setup();
		await type('안녕', keys.left, '하', keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('안하녕');
	});
});

describe('promptReducer', () => {
	const at = (line: string, cursor = line.length): PromptState => ({...initialPromptState, line, cursor});

	it('never splits a surrogate pair', () => {
		let state = at('a😀b', 1);
		state = promptReducer(state, {type: 'right'});
		expect(state.cursor).toBe(3);
		state = promptReducer(state, {type: 'backspace'});
		expect(state.line).toBe('ab');
	});

	it('Ctrl+W skips trailing blanks first', () => {
		expect(promptReducer(at('docker ps   '), {type: 'deleteWordBack'}).line).toBe('docker ');
	});

	it('does not add a space after a path or a flag with =', () => {
		const state = promptReducer(at('cat /et'), {type: 'complete', completion: {replaceFrom: 4, candidates: ['/etc/']}});
		expect(state.line).toBe('cat /etc/');
	});

	it('Down without walking history does nothing', () => {
		const state = at('x');
		expect(promptReducer(state, {type: 'historyNext', history: ['a']})).toBe(state);
	});
});

describe('commonPrefix and formatCandidates', () => {
	it('finds the common prefix', () => {
		expect(commonPrefix(['network', 'netdojo', 'nettle'])).toBe('net');
		expect(commonPrefix([])).toBe('');
	});

	it('lays candidates in columns within the width, top to bottom', () => {
		const lines = formatCandidates(['alpha', 'beta', 'gamma', 'delta', 'epsilon'], 20);
		expect(lines).toEqual(['alpha    delta', 'beta     epsilon', 'gamma']);
		for (const line of lines) {
			expect(line.length).toBeLessThanOrEqual(20);
		}
	});
});
