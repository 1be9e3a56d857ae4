import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs, type Options} from '../../src/cli/args.js';
import {verifyRunMode} from '../../src/cli/verify-run-mode.js';
import {loadPacks} from '../../src/levels/index.js';
import {RunRecorder} from '../../src/speedrun/recorder.js';
import {GameSession} from '../../src/game/game-session.js';
import {VERSION} from '../../src/cli/version.js';

const duoDir = fileURLToPath(new URL('./fixtures/duo', import.meta.url));
let dir: string;
let out: string;
let err: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-verify-'));
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

function options(...argv: string[]): Options {
	const r = parseArgs(argv);
	if (!r.ok) throw new Error(r.error);
	return r.options;
}

/**
 * A run as the speed-run screen records it: each line typed as one key event per character and
 * Enter, the line entered at its Enter's time. verify-run types these keys again.
 */
function recordRun(times: [number, number] = [1234, 2468], spacing = 10): any {
	const pack = loadPacks([duoDir]).packs[0]!;
	const rec = new RunRecorder('duo', pack.levels.map((l) => l.id), 1, {packHash: pack.hash});
	rec.open(0);
	const lines = ['docker network create duonet', 'docker network create duoback'];
	pack.levels.forEach((level, i) => {
		const game = new GameSession(level);
		const enter = times[i]!;
		const chars = [...lines[i]!];
		chars.forEach((c, j) => rec.key(c, enter - (chars.length - j) * spacing, true));
		rec.key('\r', enter, true);
		rec.line(lines[i]!, enter);
		rec.count(1);
		expect(game.run(lines[i]!).solvedNow).toBe(true);
		rec.solve();
	});
	return JSON.parse(JSON.stringify(rec.runFile(VERSION, new Date())));
}

function writeRun(edit: (r: any) => void = () => {}, run = recordRun()): string {
	edit(run);
	const file = path.join(dir, 'run.json');
	fs.writeFileSync(file, JSON.stringify(run));
	return file;
}

describe('netdojo verify-run', () => {
	it('parses the mode and its options', () => {
		const o = options('verify-run', 'x.json', '--levels', 'd', '--json');
		expect(o.mode).toBe('verify-run');
		expect(o.positionals).toEqual(['x.json']);
		const s = options('speedrun', 'basics', '--briefing', '--run-file', 'r.json');
		expect(s).toMatchObject({mode: 'speedrun', positionals: ['basics'], briefing: true, runFile: 'r.json'});
		expect(options('speedrun').briefing).toBe(false);
	});

	it('confirms an honest run (exit 0)', async () => {
		const code = await verifyRunMode(options('verify-run', writeRun(), '--levels', duoDir));
		expect(err).toBe('');
		expect(out).toBe('verified: pack duo, 2 levels, 0:01.5, 2 commands, 59 keystrokes, any%\n');
		expect(code).toBe(0);
	});

	it('prints JSON with --json', async () => {
		const file = writeRun();
		const code = await verifyRunMode(options('verify-run', file, '--levels', duoDir, '--json'));
		// The clock starts on the first key (the first line's first character), 280 ms before its Enter.
		expect(JSON.parse(out)).toEqual({file, verified: true, pack: 'duo', levels: 2, totalMs: 1514, totalCommands: 2, totalKeystrokes: 59, realMs: 1514, category: 'any%'});
		expect(code).toBe(0);
	});

	it('refuses a hand-edited run with the reason (exit 1)', async () => {
		const changedTime = writeRun((r) => ((r.levels[0].splitMs = 1000), (r.totalMs -= 234)));
		expect(await verifyRunMode(options('verify-run', changedTime, '--levels', duoDir))).toBe(1);
		expect(out).toMatch(/^refused: level duo-make-a-network: split 1000 ms \(0:01\.0\) does not match its lines: solved at 280 ms/);
		out = '';
		const removed = writeRun((r) => (r.levels[1].commands = []));
		expect(await verifyRunMode(options('verify-run', removed, '--levels', duoDir))).toBe(1);
		expect(out).toBe('refused: level duo-make-another is not solved by its 0 recorded lines (unmet: duoback-exists)\n');
		out = '';
		const other = writeRun((r) => (r.levels[0].id = 'first-contact'));
		expect(await verifyRunMode(options('verify-run', other, '--levels', duoDir, '--json'))).toBe(1);
		expect(JSON.parse(out)).toMatchObject({verified: false, reason: expect.stringMatching(/^level first-contact \(position 1\) is not a level of pack duo/)});
		out = '';
		const version = writeRun((r) => (r.version = 7));
		expect(await verifyRunMode(options('verify-run', version, '--levels', duoDir))).toBe(1);
		expect(out).toMatch(/^refused: unsupported run file version 7/);
	});

	it('exit 2 when the file cannot be read or its pack is not loaded', async () => {
		expect(await verifyRunMode(options('verify-run', path.join(dir, 'nope.json')))).toBe(2);
		expect(err).toMatch(/cannot read .*nope\.json: no such file/);
		fs.writeFileSync(path.join(dir, 'bad.json'), '{"format":');
		expect(await verifyRunMode(options('verify-run', path.join(dir, 'bad.json')))).toBe(2);
		expect(err).toMatch(/bad\.json: not valid JSON/);
		expect(await verifyRunMode(options('verify-run', dir))).toBe(2);
		expect(err).toMatch(/is a folder/);
		expect(await verifyRunMode(options('verify-run', writeRun()))).toBe(2);
		expect(err).toMatch(/pack "duo" is not loaded \(add its folder with --levels DIR\)/);
		expect(await verifyRunMode(options('verify-run'))).toBe(2);
		expect(out).toBe('');
	});
});

describe('netdojo verify-run refuses tampering', () => {
	const refused = async (file: string) => {
		expect(await verifyRunMode(options('verify-run', file, '--levels', duoDir))).toBe(1);
		return out;
	};

	it('a run recorded by another netdojo version: named, never replayed', async () => {
		expect(await refused(writeRun((r) => (r.netdojoVersion = '0.0.1')))).toMatch(new RegExp(`^refused: recorded with netdojo 0\\.0\\.1, a game version this netdojo \\(${VERSION.replace(/\./g, '\\.')}\\) does not replay`));
	});

	it('a pack hash that is not the pack\'s', async () => {
		expect(await refused(writeRun((r) => (r.packHash = `sha256:${'a'.repeat(64)}`)))).toMatch(/^refused: the run was played on pack duo with content hash aaaaaaaaaaaa/);
	});

	it('hint or solution lines in a no-hints run', async () => {
		expect(await refused(writeRun((r) => ((r.category = 'no-hints'), r.levels[0].commands.unshift({line: 'hint', atMs: 0}))))).toMatch(/^refused: a no-hints run, but level duo-make-a-network has the line "hint"/);
	});

	it('an edited key, a dropped key, a key at another time', async () => {
		expect(await refused(writeRun((r) => (r.keys[3].data = 'X')))).toMatch(/^refused: the keystrokes type "docXer network create duonet" as line 1 of level duo-make-a-network, but the run file has "docker network create duonet" there/);
		out = '';
		expect(await refused(writeRun((r) => r.keys.splice(40, 1)))).toMatch(/^refused: the keystrokes type "docker netwrk create duoback" as line 1 of level duo-make-another, but the run file has "docker network create duoback" there\n$/);
		out = '';
		expect(await refused(writeRun((r) => (r.keys[28].atMs += 100)))).toMatch(/^refused: the keystrokes enter line 1 of level duo-make-a-network \("docker network create duonet"\) at 380 ms, but the run file says 280 ms/);
		out = '';
		// Keys and lines edited together, but the keystroke count left: the replay counts again.
		expect(
			await refused(
				writeRun((r) => {
					r.keys.splice(30, 0, {atMs: r.keys[29].atMs, data: 'x'}, {atMs: r.keys[29].atMs, data: '\u007f'});
				}),
			),
		).toMatch(/^refused: level duo-make-another records 30 keystrokes, but its keys are 32/);
		out = '';
		expect(await refused(writeRun((r) => (r.keys = r.keys.slice(0, 29))))).toMatch(/^refused: the keystrokes type no line as line 1 of level duo-make-another, but the run file has "docker network create duoback" there/);
	});

	it('what it cannot tell: a clock scaled uniformly (every time x 1/100) still verifies', async () => {
		const scaled = writeRun(
			(r) => {
				const k = (ms: number) => ms / 100;
				for (const key of r.keys) key.atMs = k(key.atMs);
				for (const level of r.levels) {
					level.splitMs = k(level.splitMs);
					for (const c of level.commands) c.atMs = k(c.atMs);
				}
				r.totalMs = k(r.totalMs);
				r.realMs = k(r.realMs);
			},
			recordRun([100_000, 200_000], 100),
		);
		expect(await verifyRunMode(options('verify-run', scaled, '--levels', duoDir))).toBe(0);
		expect(out).toMatch(/^verified: pack duo, 2 levels, 0:01\.0 \(|verified: pack duo, 2 levels, 0:01\.0, 2 commands/);
	});
});
