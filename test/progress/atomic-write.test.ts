import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {loadProgress, recordResult} from '../../src/progress/index.js';

// A writer that dies between writing its temp file and renaming it: make rename fail on demand.
const failRename = vi.hoisted(() => ({on: false}));
vi.mock('node:fs', async importOriginal => {
	const real = await importOriginal<typeof import('node:fs')>();
	const renameSync: typeof real.renameSync = (from, to) => {
		if (failRename.on && String(from).includes('.tmp-')) {
			throw Object.assign(new Error('simulated crash before rename'), {code: 'EIO'});
		}

		real.renameSync(from, to);
	};

	return {...real, renameSync, default: {...real, renameSync}};
});

let home: string;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-atomic-'));
	failRename.on = false;
});

afterEach(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

describe('writeFileAtomic through recordResult', () => {
	it('keeps the old file whole when the rename never happens', () => {
		recordResult('a', {timeMs: 1000, commands: 3, hintsUsed: 0}, {home});
		const before = fs.readFileSync(path.join(home, 'progress.json'), 'utf8');

		failRename.on = true;
		expect(() => recordResult('b', {timeMs: 1, commands: 1, hintsUsed: 0}, {home})).toThrow('simulated crash');
		failRename.on = false;

		expect(fs.readFileSync(path.join(home, 'progress.json'), 'utf8')).toBe(before);
		expect(Object.keys(loadProgress({home}).progress.levels)).toEqual(['a']);
		// The failed writer cleaned up its temp file and released the lock.
		expect(fs.readdirSync(home)).toEqual(['progress.json']);
		recordResult('b', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(Object.keys(loadProgress({home}).progress.levels).sort()).toEqual(['a', 'b']);
	});
});
