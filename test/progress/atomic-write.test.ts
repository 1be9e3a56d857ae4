import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {loadProgress, recordResult} from '../../src/progress/index.js';

// A writer that dies between writing its temp file and renaming it: make rename fail on demand.
// And a full disk or a folder we may not write to: make the temp file's write or open fail.
const failRename = vi.hoisted(() => ({on: false}));
const failWrite = vi.hoisted(() => ({code: undefined as string | undefined}));
const failOpen = vi.hoisted(() => ({code: undefined as string | undefined}));
vi.mock('node:fs', async importOriginal => {
	const real = await importOriginal<typeof import('node:fs')>();
	const renameSync: typeof real.renameSync = (from, to) => {
		if (failRename.on && String(from).includes('.tmp-')) {
			throw Object.assign(new Error('simulated crash before rename'), {code: 'EIO'});
		}

		real.renameSync(from, to);
	};

	const writeSync = ((fd: number, ...rest: unknown[]) => {
		if (failWrite.code !== undefined && typeof rest[0] === 'string' && rest[0].startsWith('{')) {
			throw Object.assign(new Error(`${failWrite.code}: simulated`), {code: failWrite.code});
		}

		return (real.writeSync as (...args: unknown[]) => number)(fd, ...rest);
	}) as typeof real.writeSync;
	const openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
		if (failOpen.code !== undefined && String(file).includes('.tmp-')) {
			throw Object.assign(new Error(`${failOpen.code}: simulated`), {code: failOpen.code});
		}

		return (real.openSync as (...args: unknown[]) => number)(file, ...rest);
	}) as typeof real.openSync;
	const patched = {renameSync, writeSync, openSync};
	return {...real, ...patched, default: {...real, ...patched}};
});

let home: string;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-atomic-'));
	failRename.on = false;
	failWrite.code = undefined;
	failOpen.code = undefined;
});

afterEach(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

describe('writeFileAtomic through recordResult', () => {
	it('keeps the old file whole when the rename never happens', () => {
		recordResult('a', {timeMs: 1000, commands: 3, hintsUsed: 0}, {home});
		const before = fs.readFileSync(path.join(home, 'progress.json'), 'utf8');

		failRename.on = true;
		const failed = recordResult('b', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(failed.saved).toBe(false);
		expect(failed.error).toBe(`Could not save your progress to ${path.join(home, 'progress.json')}: EIO.`);
		failRename.on = false;

		expect(fs.readFileSync(path.join(home, 'progress.json'), 'utf8')).toBe(before);
		expect(Object.keys(loadProgress({home}).progress.levels)).toEqual(['a']);
		// The failed writer cleaned up its temp file and released the lock.
		expect(fs.readdirSync(home)).toEqual(['progress.json']);
		recordResult('b', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(Object.keys(loadProgress({home}).progress.levels).sort()).toEqual(['a', 'b']);
	});

	for (const [code, words, where] of [
		['ENOSPC', 'the disk is full (ENOSPC)', 'write'],
		['EDQUOT', 'the disk quota is used up (EDQUOT)', 'write'],
		['EACCES', 'no permission to write there (EACCES)', 'open'],
		['EROFS', 'the folder is on a read-only file system (EROFS)', 'open'],
	] as const) {
		it(`reports ${code} in the save result at once, keeps the old file and leaves nothing behind`, () => {
			recordResult('a', {timeMs: 1000, commands: 3, hintsUsed: 0}, {home});
			const before = fs.readFileSync(path.join(home, 'progress.json'), 'utf8');
			if (where === 'write') failWrite.code = code;
			else failOpen.code = code;
			const r = recordResult('b', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
			failWrite.code = undefined;
			failOpen.code = undefined;
			expect(r.saved).toBe(false);
			expect(r.error).toBe(`Could not save your progress to ${path.join(home, 'progress.json')}: ${words}.`);
			expect(Object.keys(r.progress.levels)).toEqual(['a']);
			expect(fs.readFileSync(path.join(home, 'progress.json'), 'utf8')).toBe(before);
			expect(fs.readdirSync(home)).toEqual(['progress.json']);
		});
	}
});
