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

function writeRun(edit: (r: any) => void = () => {}): string {
	const pack = loadPacks([duoDir]).packs[0]!;
	const rec = new RunRecorder('duo', pack.levels.map((l) => l.id), 1);
	rec.start(0);
	const lines = ['docker network create duonet', 'docker network create duoback'];
	pack.levels.forEach((level, i) => {
		const game = new GameSession(level);
		rec.line(lines[i]!, 1234 * (i + 1) + 0.4);
		expect(game.run(lines[i]!).solvedNow).toBe(true);
		rec.solve(game.commands);
	});
	const run = JSON.parse(JSON.stringify(rec.runFile('0.1.0', new Date())));
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
		expect(out).toBe('verified: pack duo, 2 levels, 0:02.4, 2 commands\n');
		expect(code).toBe(0);
	});

	it('prints JSON with --json', async () => {
		const file = writeRun();
		const code = await verifyRunMode(options('verify-run', file, '--levels', duoDir, '--json'));
		expect(JSON.parse(out)).toEqual({file, verified: true, pack: 'duo', levels: 2, totalMs: 2468, totalCommands: 2});
		expect(code).toBe(0);
	});

	it('refuses a hand-edited run with the reason (exit 1)', async () => {
		const changedTime = writeRun((r) => ((r.levels[0].splitMs = 1000), (r.totalMs -= 234)));
		expect(await verifyRunMode(options('verify-run', changedTime, '--levels', duoDir))).toBe(1);
		expect(out).toMatch(/^refused: level duo-make-a-network: split 1000 ms \(0:01\.0\) does not match its lines: solved at 1234 ms/);
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

describe('netdojo verify-run and versions', () => {
	it('a refusal of a run recorded by another netdojo version names both versions', async () => {
		const file = writeRun((r) => ((r.netdojoVersion = '0.0.1'), (r.levels[1].commands[0].line = 'docker ps')));
		expect(await verifyRunMode(options('verify-run', file, '--levels', duoDir))).toBe(1);
		expect(out).toMatch(/^refused: level duo-make-another is not solved .* \(recorded with netdojo 0\.0\.1, replayed with \d+\.\d+\.\d+\)\n$/);
	});
});
