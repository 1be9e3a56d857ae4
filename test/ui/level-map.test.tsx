import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import LevelMap, {type PackSummary} from '../../src/ui/level-map/LevelMap.js';
import {formatLevelLabel} from '../../src/ui/level-map/format-level.js';
import {formatDuration} from '../../src/ui/format-time.js';
import {keys, settle, stripAnsi} from './helpers.js';

afterEach(() => {
	cleanup();
});

const packs: PackSummary[] = [
	{
		id: 'basics',
		title: 'basics',
		levels: [
			{id: 'basics/01', title: 'Publish a port', par: 2, solved: true, bestTimeMs: 42_000, bestCommands: 2},
			{id: 'basics/02', title: 'Build and reach', par: 3, solved: false},
			{id: 'basics/03', title: 'Connection reset', par: 3, solved: true, bestTimeMs: 42_900, bestCommands: 4},
		],
	},
	{
		id: 'drivers',
		title: 'drivers',
		levels: [{id: 'drivers/09', title: 'Host mode', par: 1, solved: false}],
	},
];

async function setup(props: Partial<React.ComponentProps<typeof LevelMap>> = {}) {
	const onSelect = vi.fn();
	const onQuit = vi.fn();
	const view = render(<LevelMap packs={packs} onSelect={onSelect} onQuit={onQuit} color={false} {...props} />);
	await settle();
	const press = async (...chunks: string[]) => {
		for (const chunk of chunks) {
			view.stdin.write(chunk);
			await settle();
		}
	};

	return {...view, onSelect, onQuit, press, frame: () => stripAnsi(view.lastFrame())};
}

describe('LevelMap', () => {
	it('shows packs as headings and levels with marks, bests and par', async () => {
		const {frame} = await setup();
		const lines = frame().split('\n');
		expect(lines).toContain('basics');
		expect(lines).toContain('drivers');
		expect(frame()).toContain('❯ ✔ 01 Publish a port    best 0:42  2/2 cmds');
		expect(frame()).toContain('    02 Build and reach');
		expect(frame()).toContain('  ✔ 03 Connection reset  best 0:42  4/3 cmds');
		expect(frame()).toContain('    04 Host mode');
		expect(lines.indexOf('drivers')).toBe(lines.findIndex(line => line.includes('04 Host mode')) - 1);
	});

	it('selects any level, solved or not (no locks)', async () => {
		const {press, onSelect} = await setup();
		await press(keys.down, keys.enter);
		expect(onSelect).toHaveBeenLastCalledWith('basics/02');
		await press(keys.down, keys.down, keys.enter);
		expect(onSelect).toHaveBeenLastCalledWith('drivers/09');
	});

	// The three behaviours for which the map keeps its own list instead of ink-select-input 6.2
	// (measured: there, Down x3 + Enter in one chunk chose the first item, Up on the first item
	// wrapped to the last, and a digit chose the n-th *visible* row): see docs/ARCHITECTURE.md.
	it('acts on every key of one chunk, as a busy terminal delivers them', async () => {
		const {press, onSelect} = await setup();
		await press(`${keys.down}${keys.down}${keys.down}${keys.enter}`);
		expect(onSelect).toHaveBeenLastCalledWith('drivers/09');
	});

	it('never wraps around, and a digit chooses nothing', async () => {
		const {press, onSelect, frame} = await setup({limit: 2});
		await press(keys.up);
		expect(frame()).toContain('❯ ✔ 01 Publish a port');
		await press('2');
		expect(onSelect).not.toHaveBeenCalled();
		await press(keys.enter);
		expect(onSelect).toHaveBeenLastCalledWith('basics/01');
	});

	it('starts on the given level', async () => {
		const {press, onSelect, frame} = await setup({initialLevelId: 'basics/03'});
		expect(frame()).toContain('❯ ✔ 03 Connection reset');
		await press(keys.enter);
		expect(onSelect).toHaveBeenCalledWith('basics/03');
	});

	it('quits on q and on Esc', async () => {
		const {press, onQuit, onSelect} = await setup();
		await press('q');
		expect(onQuit).toHaveBeenCalledTimes(1);
		await press(keys.escape);
		// Esc arrives alone only after Ink's escape timeout; give it a moment.
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(onQuit).toHaveBeenCalledTimes(2);
		expect(onSelect).not.toHaveBeenCalled();
	});

	it('uses ASCII marks on request and Korean labels', async () => {
		const {frame} = await setup({ascii: true, lang: 'ko'});
		expect(frame()).toContain('> * 01 Publish a port    최고 0:42  2/2 명령');
	});
});

describe('formatting', () => {
	it('formats durations, truncating rather than rounding up', () => {
		expect(formatDuration(42_000)).toBe('0:42');
		expect(formatDuration(59_960, {tenths: true})).toBe('0:59.9');
		expect(formatDuration(65_300, {tenths: true})).toBe('1:05.3');
		expect(formatDuration(4_500_000)).toBe('75:00');
		expect(formatDuration(Number.NaN)).toBe('0:00');
	});

	it('shows a level\'s own number when it has one', () => {
		expect(formatLevelLabel({id: 'h', title: 'Host mode', par: 1, solved: false, number: 9}, {number: 4, titleColumn: 0, ascii: false, lang: 'en'})).toBe('  09 Host mode');
	});

	it('pads Korean titles by display width', () => {
		const a = formatLevelLabel({id: 'a', title: '포트 공개', par: 2, solved: true, bestTimeMs: 1000}, {number: 1, titleColumn: 12, ascii: false, lang: 'ko'});
		const b = formatLevelLabel({id: 'b', title: 'abc', par: 2, solved: true, bestTimeMs: 1000}, {number: 2, titleColumn: 12, ascii: false, lang: 'ko'});
		// Same display column for the best time: 9 wide chars count twice.
		const column = (label: string) => [...label.slice(0, label.indexOf('최고'))].reduce((n, c) => n + (/[가-힣]/.test(c) ? 2 : 1), 0);
		expect(column(a)).toBe(column(b));
	});
});
