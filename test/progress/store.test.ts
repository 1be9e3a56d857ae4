import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {loadProgress, progressDir, progressPath, recordResult, withLock} from '../../src/progress/index.js';

let home: string;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-progress-'));
});

afterEach(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

const file = () => path.join(home, 'progress.json');
const read = () => JSON.parse(fs.readFileSync(file(), 'utf8')) as unknown;
const leftovers = () => fs.readdirSync(home).filter(name => name !== 'progress.json');

describe('where progress lives', () => {
	it('uses NETDOJO_HOME when set', () => {
		expect(progressPath({env: {NETDOJO_HOME: home}})).toBe(path.join(home, 'progress.json'));
		recordResult('basics/01', {timeMs: 1000, commands: 2, hintsUsed: 0}, {env: {NETDOJO_HOME: home}});
		expect(fs.existsSync(file())).toBe(true);
		expect(loadProgress({env: {NETDOJO_HOME: home}}).progress.levels['basics/01']?.solved).toBe(true);
	});

	it('falls back to the config folder without a suffix', () => {
		const dir = progressDir({env: {}});
		expect(path.basename(dir)).toBe('netdojo');
		expect(progressDir({env: {NETDOJO_HOME: ''}})).toBe(dir);
	});

	it('follows XDG_CONFIG_HOME on Linux', () => {
		if (process.platform !== 'linux') {
			return;
		}

		const saved = process.env['XDG_CONFIG_HOME'];
		process.env['XDG_CONFIG_HOME'] = home;
		try {
			expect(progressPath({env: {}})).toBe(path.join(home, 'netdojo', 'progress.json'));
		} finally {
			if (saved === undefined) {
				delete process.env['XDG_CONFIG_HOME'];
			} else {
				process.env['XDG_CONFIG_HOME'] = saved;
			}
		}
	});

	it('creates the folder on first write', () => {
		const nested = path.join(home, 'a', 'b');
		recordResult('x', {timeMs: 1, commands: 1, hintsUsed: 0}, {home: nested});
		expect(fs.existsSync(path.join(nested, 'progress.json'))).toBe(true);
	});
});

describe('loadProgress', () => {
	it('starts fresh without a file and without a warning', () => {
		expect(loadProgress({home})).toEqual({progress: {version: 1, levels: {}}});
		expect(fs.readdirSync(home)).toEqual([]);
	});

	const broken: Array<[string, string]> = [
		['garbage JSON', '{"version": 1, "levels": {'],
		['an empty file', ''],
		['another version', JSON.stringify({version: 2, levels: {}})],
		['the wrong shape', JSON.stringify({version: 1, levels: []})],
		['a bad level entry', JSON.stringify({version: 1, levels: {a: {solved: 'yes', hintsUsed: 0}}})],
		['a negative best', JSON.stringify({version: 1, levels: {a: {solved: true, hintsUsed: 0, bestTimeMs: -1}}})],
		['an array', '[]'],
	];

	for (const [what, content] of broken) {
		it(`moves ${what} aside with a warning and goes on`, () => {
			fs.writeFileSync(file(), content);
			const now = new Date('2025-03-04T05:06:07.890Z');
			const {progress, warning} = loadProgress({home, now: () => now});
			expect(progress).toEqual({version: 1, levels: {}});
			const aside = path.join(home, 'progress.json.corrupt-2025-03-04T05-06-07-890Z');
			expect(warning).toBe(`Your progress file was unreadable and was moved to ${aside}; starting fresh.`);
			expect(fs.readFileSync(aside, 'utf8')).toBe(content);
			expect(fs.existsSync(file())).toBe(false);
			// The next load is quiet.
			expect(loadProgress({home}).warning).toBeUndefined();
		});
	}

	it('never overwrites an earlier corrupt copy', () => {
		const now = () => new Date('2025-03-04T05:06:07.890Z');
		fs.writeFileSync(file(), 'first');
		loadProgress({home, now});
		fs.writeFileSync(file(), 'second');
		loadProgress({home, now});
		const copies = leftovers().sort();
		expect(copies).toHaveLength(2);
		expect(copies.map(name => fs.readFileSync(path.join(home, name), 'utf8')).sort()).toEqual(['first', 'second']);
	});

	it('keeps unknown personal bests as they are', () => {
		const content = {version: 1, levels: {}, personalBests: {basics: {totalMs: 1234, splits: [1, 2]}}};
		fs.writeFileSync(file(), JSON.stringify(content));
		expect(loadProgress({home}).progress).toEqual(content);
		recordResult('a', {timeMs: 5, commands: 1, hintsUsed: 0}, {home});
		expect((read() as {personalBests: unknown}).personalBests).toEqual(content.personalBests);
	});
});

describe('recordResult', () => {
	it('merges: best time and fewest commands kept separately, first solve date kept', () => {
		const at = (iso: string) => () => new Date(iso);
		recordResult('basics/03', {timeMs: 42_000, commands: 5, hintsUsed: 2}, {home, now: at('2025-01-01T00:00:00.000Z')});
		recordResult('basics/03', {timeMs: 50_000, commands: 3, hintsUsed: 0}, {home, now: at('2025-01-02T00:00:00.000Z')});
		const {progress} = recordResult('basics/03', {timeMs: 41_000, commands: 4, hintsUsed: 1}, {home});
		expect(progress.levels['basics/03']).toEqual({
			solved: true,
			bestTimeMs: 41_000,
			bestCommands: 3,
			hintsUsed: 0,
			solvedAt: '2025-01-01T00:00:00.000Z',
		});
		expect(read()).toEqual(progress);
	});

	it('keeps other levels', () => {
		recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		recordResult('b', {timeMs: 2, commands: 2, hintsUsed: 0}, {home});
		expect(Object.keys(loadProgress({home}).progress.levels).sort()).toEqual(['a', 'b']);
	});

	it('recovers from a corrupt file while recording', () => {
		fs.writeFileSync(file(), 'not json');
		const {progress, warning} = recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(warning).toMatch(/^Your progress file was unreadable and was moved to .*progress\.json\.corrupt-.*; starting fresh\.$/);
		expect(Object.keys(progress.levels)).toEqual(['a']);
		expect(leftovers().filter(name => name.includes('.corrupt-'))).toHaveLength(1);
	});

	it('leaves no lock or temp file behind', () => {
		recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(leftovers()).toEqual([]);
	});
});

describe('atomic write', () => {
	it('a crash between temp write and rename leaves the old file intact', () => {
		recordResult('a', {timeMs: 1000, commands: 3, hintsUsed: 0}, {home});
		const before = fs.readFileSync(file(), 'utf8');
		// What a writer killed before its rename leaves: a half-written sibling.
		const stray = path.join(home, 'progress.json.tmp-99999-deadbeef');
		fs.writeFileSync(stray, '{"version": 1, "levels": {"a": {"sol');

		expect(fs.readFileSync(file(), 'utf8')).toBe(before);
		expect(loadProgress({home}).warning).toBeUndefined();
		expect(loadProgress({home}).progress.levels['a']?.bestTimeMs).toBe(1000);

		// The next write goes through, and an old stray is swept up.
		const old = new Date(Date.now() - 120_000);
		fs.utimesSync(stray, old, old);
		recordResult('b', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(Object.keys(loadProgress({home}).progress.levels).sort()).toEqual(['a', 'b']);
		expect(fs.existsSync(stray)).toBe(false);
	});

	it('the file on disk is always complete JSON', () => {
		for (let i = 0; i < 20; i++) {
			recordResult(`level-${i}`, {timeMs: i, commands: i, hintsUsed: 0}, {home});
			expect(() => JSON.parse(fs.readFileSync(file(), 'utf8'))).not.toThrow();
		}
	});
});

describe('lock', () => {
	it('breaks a stale lock from a crashed process', () => {
		const lock = path.join(home, 'progress.json.lock');
		fs.writeFileSync(lock, '12345 long ago\n');
		const old = new Date(Date.now() - 10_000);
		fs.utimesSync(lock, old, old);
		const started = Date.now();
		recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(Date.now() - started).toBeLessThan(2000);
		expect(fs.existsSync(lock)).toBe(false);
	});

	it('waits for a live lock and gives up after the timeout', () => {
		const lock = path.join(home, 'progress.json.lock');
		fs.writeFileSync(lock, `${process.pid} now\n`);
		const started = Date.now();
		expect(() => recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home, lock: {timeoutMs: 200}})).toThrow(
			/Timed out waiting for the lock/,
		);
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
		expect(fs.existsSync(file())).toBe(false);
	});

	it('releases the lock when the work throws', () => {
		const lock = path.join(home, 'x.lock');
		expect(() =>
			withLock(lock, () => {
				throw new Error('boom');
			}),
		).toThrow('boom');
		expect(fs.existsSync(lock)).toBe(false);
	});
});
