import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {packBests, saveRun} from '../../src/speedrun/personal-bests.js';
import {loadProgress, recordResult} from '../../src/progress/index.js';
import type {SpeedrunRecord} from '../../src/progress/schema.js';

let home: string;
beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-pb-'));
});
afterEach(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

const run = (ms: [number, number], commands: [number, number], at = '2025-01-01T00:00:00.000Z'): SpeedrunRecord => ({
	totalMs: ms[0] + ms[1],
	totalCommands: commands[0] + commands[1],
	levels: [
		{id: 'a', splitMs: ms[0], commands: commands[0]},
		{id: 'b', splitMs: ms[1], commands: commands[1]},
	],
	seed: 1,
	finishedAt: at,
});

describe('personal bests in the progress file', () => {
	it('saves under the progress lock, keeps level progress, and updates only when beaten', () => {
		recordResult('a', {timeMs: 5, commands: 1, hintsUsed: 0}, {home});
		const first = saveRun('duo', run([3000, 4000], [2, 2], 'first'), {home});
		expect(first.newTimeBest && first.newCommandsBest).toBe(true);
		const slower = saveRun('duo', run([3000, 5000], [1, 2], 'second'), {home});
		expect(slower.newTimeBest).toBe(false);
		expect(slower.newCommandsBest).toBe(true);
		const tie = saveRun('duo', run([3500, 3500], [1, 2], 'third'), {home});
		expect(tie.newTimeBest).toBe(false);
		expect(tie.newCommandsBest).toBe(false);

		const {progress} = loadProgress({home});
		expect(progress.levels['a']?.solved).toBe(true);
		const bests = packBests(progress, 'duo');
		expect(bests?.time?.finishedAt).toBe('first');
		expect(bests?.commands?.finishedAt).toBe('second');
		expect(bests?.bestSegments).toEqual({a: 3000, b: 3500});
		expect(bests?.runs).toBe(3);
		expect(fs.existsSync(path.join(home, 'progress.json.lock'))).toBe(false);
	});

	it('ignores a personal-best entry of another shape instead of failing', () => {
		fs.writeFileSync(path.join(home, 'progress.json'), JSON.stringify({version: 1, levels: {}, personalBests: {duo: {totalMs: 1234, splits: [1, 2]}, other: 'x'}}));
		const {progress} = loadProgress({home});
		expect(packBests(progress, 'duo')).toEqual({bestSegments: {}, runs: 0});
		expect(packBests(progress, 'other')).toBeUndefined();
		const u = saveRun('duo', run([1, 2], [1, 1]), {home});
		expect(u.newTimeBest).toBe(true);
		const again = JSON.parse(fs.readFileSync(path.join(home, 'progress.json'), 'utf8'));
		expect(again.personalBests.other).toBe('x');
		expect(again.personalBests.duo.time.totalMs).toBe(3);
	});

	it('does not overwrite an unreadable progress file', () => {
		fs.writeFileSync(path.join(home, 'progress.json'), '{not json');
		expect(() => saveRun('duo', run([1, 2], [1, 1]), {home})).toThrow(/not valid JSON; personal best not saved/);
		expect(fs.readFileSync(path.join(home, 'progress.json'), 'utf8')).toBe('{not json');
	});
});
