import {spawnSync} from 'node:child_process';
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

	const unreadable: Array<[string, string]> = [
		['garbage JSON', '{"version": 1, "levels": {'],
		['an empty file', ''],
		['no version', JSON.stringify({levels: {}})],
		['an array', '[]'],
	];

	for (const [what, content] of unreadable) {
		it(`reads ${what} as no progress, says so, and leaves the file as it is`, () => {
			fs.writeFileSync(file(), content);
			const {progress, warning} = loadProgress({home});
			expect(progress).toEqual({version: 1, levels: {}});
			expect(warning).toMatch(new RegExp(`^Your progress file .*progress\\.json is unreadable \\(.+\\); it is left as it is for now`));
			expect(fs.readFileSync(file(), 'utf8')).toBe(content);
			expect(leftovers()).toEqual([]);
		});
	}

	it('drops an odd entry with a one-line notice naming it, and keeps the rest', () => {
		const content = JSON.stringify({
			version: 1,
			levels: {
				good: {solved: true, hintsUsed: 0, bestTimeMs: 5},
				odd: {solved: true, hintsUsed: '0'},
				negative: {solved: true, hintsUsed: 0, bestTimeMs: -1},
				notObject: 7,
			},
		});
		fs.writeFileSync(file(), content);
		const {progress, notices} = loadProgress({home});
		expect(progress.levels).toEqual({good: {solved: true, hintsUsed: 0, bestTimeMs: 5}});
		expect(notices).toEqual([
			'progress: level "odd" has "hintsUsed": "0", not a count; that entry is dropped',
			'progress: level "negative" has "bestTimeMs": -1, not a count; that entry is dropped',
			'progress: level "notObject" is 7, not an object; that entry is dropped',
		]);
		for (const notice of notices ?? []) expect(notice).not.toContain('\n');
		// Reading changed nothing on disk.
		expect(fs.readFileSync(file(), 'utf8')).toBe(content);
		// The next save keeps the good entry and leaves the odd ones out.
		const saved = recordResult('new', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(saved.saved).toBe(true);
		expect(Object.keys((read() as {levels: object}).levels).sort()).toEqual(['good', 'new']);
	});

	it('a newer version is read as far as understood and never moved or overwritten', () => {
		const content = `${JSON.stringify({version: 2, levels: {a: {solved: true, hintsUsed: 0}, b: {solved: true, hintsUsed: 0, stars: 3}, c: {solved: 'maybe'}}, achievements: ['x']})}\n`;
		fs.writeFileSync(file(), content);
		const loaded = loadProgress({home});
		expect(Object.keys(loaded.progress.levels).sort()).toEqual(['a', 'b']);
		expect(loaded.notices?.[0]).toMatch(/written by a newer netdojo \(format 2\); it is read as far as this version understands it and never changed by it/);
		const saved = recordResult('d', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(saved.saved).toBe(false);
		expect(saved.error).toMatch(/newer netdojo \(format 2\).*This result is not saved\./);
		expect(fs.readFileSync(file(), 'utf8')).toBe(content);
		expect(leftovers()).toEqual([]);
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

	it('recovers from a corrupt file while recording: moved aside (never deleted), then a fresh file', () => {
		fs.writeFileSync(file(), 'not json');
		const {progress, warning, saved} = recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home});
		expect(saved).toBe(true);
		expect(warning).toMatch(/^Your progress file was unreadable \(not valid JSON\) and was moved to .*progress\.json\.corrupt-.*; starting fresh\.$/);
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

	it('waits for a live lock and gives up after the timeout, saying so in the result', () => {
		const lock = path.join(home, 'progress.json.lock');
		fs.writeFileSync(lock, `${process.pid} now\n`);
		const started = Date.now();
		const r = recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home, lock: {timeoutMs: 200}});
		expect(r.saved).toBe(false);
		expect(r.error).toMatch(/^Could not save your progress to .*: Timed out waiting for the lock/);
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
		expect(fs.existsSync(file())).toBe(false);
		expect(() => withLock(lock, () => 1, {timeoutMs: 50})).toThrow(/Timed out waiting for the lock/);
	});

	it('breaks a fresh lock at once when the pid in it is dead (a game killed with -9)', () => {
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
		const pid = Number(dead.stdout);
		expect(pid).toBeGreaterThan(0);
		const lock = path.join(home, 'progress.json.lock');
		fs.writeFileSync(lock, `${pid} ${new Date().toISOString()}\n`);
		// Not stale by age for a minute, and a timeout of one second: only the dead pid can free it.
		const r = recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home, lock: {staleMs: 60_000, timeoutMs: 1000}});
		expect(r.saved).toBe(true);
		expect(fs.existsSync(lock)).toBe(false);
	});

	it('breaks an empty lock two seconds old (its writer was killed before writing its pid)', () => {
		const lock = path.join(home, 'progress.json.lock');
		fs.writeFileSync(lock, '');
		const old = new Date(Date.now() - 2000);
		fs.utimesSync(lock, old, old);
		const r = recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home, lock: {staleMs: 60_000, timeoutMs: 500}});
		expect(r.saved).toBe(true);
	});

	it('keeps waiting for a fresh lock whose pid is alive', () => {
		const lock = path.join(home, 'progress.json.lock');
		fs.writeFileSync(lock, `${process.ppid} ${new Date().toISOString()}\n`);
		const r = recordResult('a', {timeMs: 1, commands: 1, hintsUsed: 0}, {home, lock: {staleMs: 60_000, timeoutMs: 100}});
		expect(r.saved).toBe(false);
		expect(fs.existsSync(lock)).toBe(true);
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
