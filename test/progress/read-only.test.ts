// Issue 12: `netdojo levels` only reads progress. An odd entry or a newer format is reported in one
// line per entry, the rest shown, and the file on disk is never moved or rewritten.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {parseArgs} from '../../src/cli/args.js';
import {levelsMode} from '../../src/cli/levels-mode.js';
import {saveRun} from '../../src/speedrun/personal-bests.js';

let home: string;
let out: string;
let err: string;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-readonly-'));
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
	process.env.NETDOJO_HOME = home;
});
afterEach(() => {
	vi.restoreAllMocks();
	delete process.env.NETDOJO_HOME;
	fs.rmSync(home, {recursive: true, force: true});
});

const file = () => path.join(home, 'progress.json');

async function levelsJson(): Promise<{id: string; solved: boolean}[]> {
	const parsed = parseArgs(['levels', '--json']);
	if (!parsed.ok) throw new Error(parsed.error);
	expect(await levelsMode(parsed.options)).toBe(0);
	return JSON.parse(out) as {id: string; solved: boolean}[];
}

describe('netdojo levels is read-only', () => {
	it('an odd entry ("hintsUsed":"0") is dropped with a notice naming it; the other solved levels stay solved', async () => {
		const content = JSON.stringify({version: 1, levels: {'first-contact': {solved: true, hintsUsed: 0}, 'user-bridge': {solved: true, hintsUsed: '0'}}});
		fs.writeFileSync(file(), content);
		const rows = await levelsJson();
		expect(rows.find((r) => r.id === 'first-contact')?.solved).toBe(true);
		expect(rows.find((r) => r.id === 'user-bridge')?.solved).toBe(false);
		expect(err).toBe('netdojo: progress: level "user-bridge" has "hintsUsed": "0", not a count; that entry is dropped\n');
		expect(fs.readFileSync(file(), 'utf8')).toBe(content);
		expect(fs.readdirSync(home)).toEqual(['progress.json']);
	});

	it('a newer version is read as far as understood, and kept untouched', async () => {
		const content = JSON.stringify({version: 3, levels: {'first-contact': {solved: true, hintsUsed: 0, medal: 'gold'}}, newThing: {}});
		fs.writeFileSync(file(), content);
		const rows = await levelsJson();
		expect(rows.find((r) => r.id === 'first-contact')?.solved).toBe(true);
		expect(err).toMatch(/newer netdojo \(format 3\)/);
		expect(err.trimEnd().split('\n')).toHaveLength(1);
		expect(fs.readFileSync(file(), 'utf8')).toBe(content);
		expect(fs.readdirSync(home)).toEqual(['progress.json']);
	});

	it('a file that is not JSON is shown as no progress, and left where it is', async () => {
		fs.writeFileSync(file(), '{"version": 1, "lev');
		const rows = await levelsJson();
		expect(rows.every((r) => !r.solved)).toBe(true);
		expect(err).toMatch(/unreadable \(not valid JSON\); it is left as it is for now/);
		expect(fs.readdirSync(home)).toEqual(['progress.json']);
	});

	it('a progress file that cannot be read (a folder in its place) is one line, no trace', async () => {
		fs.mkdirSync(file());
		const rows = await levelsJson();
		expect(rows.every((r) => !r.solved)).toBe(true);
		expect(err).toBe(`netdojo: Could not read your progress file ${file()}: it is a folder; showing no progress.\n`);
	});
});

describe('personal bests and a newer progress file', () => {
	it('a speed-run never overwrites what a newer netdojo wrote', () => {
		const content = JSON.stringify({version: 2, levels: {}});
		fs.writeFileSync(file(), content);
		const run = {totalMs: 3, totalCommands: 2, levels: [{id: 'a', splitMs: 3, commands: 2}], seed: 1, finishedAt: '2026-01-01T00:00:00.000Z'};
		expect(() => saveRun('duo', run, {home})).toThrow(/newer netdojo \(format 2\); personal best not saved/);
		expect(fs.readFileSync(file(), 'utf8')).toBe(content);
	});

	it('an odd level entry does not stop a speed-run from saving, and stays as it was', () => {
		fs.writeFileSync(file(), JSON.stringify({version: 1, levels: {odd: {solved: true, hintsUsed: '0'}}}));
		const run = {totalMs: 3, totalCommands: 2, levels: [{id: 'a', splitMs: 3, commands: 2}], seed: 1, finishedAt: '2026-01-01T00:00:00.000Z'};
		saveRun('duo', run, {home});
		const after = JSON.parse(fs.readFileSync(file(), 'utf8')) as {levels: unknown; personalBests: Record<string, unknown>};
		expect(after.levels).toEqual({odd: {solved: true, hintsUsed: '0'}});
		expect(after.personalBests['duo']).toBeDefined();
	});
});
