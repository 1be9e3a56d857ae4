import {describe, expect, it} from 'vitest';
import {fileURLToPath} from 'node:url';
import {loadPacks, builtinLevelsDir, type Pack} from '../../src/levels/index.js';
import {RunRecorder} from '../../src/speedrun/recorder.js';
import {parseRunFile, runFileName, type RunFile} from '../../src/speedrun/run-file.js';
import {verifiedLine, verifyRun} from '../../src/speedrun/verify.js';
import {GameSession} from '../../src/game/game-session.js';

const duoDir = fileURLToPath(new URL('./fixtures/duo', import.meta.url));

function pack(dir: string, id?: string): Pack {
	const {packs, errors} = loadPacks([dir]);
	expect(errors).toEqual([]);
	const p = id ? packs.find((x) => x.id === id) : packs[0];
	if (!p) throw new Error(`no pack ${id}`);
	return p;
}

/** Plays a pack's levels with the given lines through the recorder, as the speed-run screen does. */
function record(p: Pack, linesFor: (i: number) => string[], stepMs = 700): RunFile {
	const rec = new RunRecorder(p.id, p.levels.map((l) => l.id), 1, {packHash: p.hash});
	let clock = 5000;
	rec.start(clock);
	p.levels.forEach((level, i) => {
		const game = new GameSession(level, {seed: 1});
		for (const line of linesFor(i)) {
			clock += stepMs + i;
			rec.line(line, clock);
			if (game.run(line).solvedNow) {
				rec.solve(game.commands);
				break;
			}
		}
	});
	expect(rec.finished).toBe(true);
	return rec.runFile('0.1.0', new Date('2025-03-04T05:06:07.089Z'));
}

const clone = (r: RunFile): any => JSON.parse(JSON.stringify(r));
const against = (p: Pack, gameVersion = '0.1.0') => ({id: p.id, hash: p.hash, levels: p.levels, gameVersion});

describe('run recording and verification', () => {
	const duo = pack(duoDir);
	const good = record(duo, (i) => (i === 0 ? ['help', 'docker network ls', 'docker network create duonet'] : ['docker network create duoback']));

	it('records offsets from the first keystroke, splits at the solving lines, and totals', () => {
		expect(good.format).toBe('netdojo-run');
		expect(good.version).toBe(2);
		expect(good.packHash).toBe(duo.hash);
		expect(good.category).toBe('any%');
		expect(good.levels.map((l) => l.commands.map((c) => c.atMs))).toEqual([[700, 1400, 2100], [2801]]);
		expect(good.levels.map((l) => l.splitMs)).toEqual([2100, 701]);
		// `help` is not a counted command.
		expect(good.levels.map((l) => l.commandCount)).toEqual([2, 1]);
		expect(good.totalMs).toBe(2801);
		expect(good.totalCommands).toBe(3);
		expect(runFileName('duo', good.finishedAt)).toBe('duo-2025-03-04T05-06-07-089Z.json');
	});

	it('verifies an honest run', () => {
		const v = verifyRun(good, against(duo));
		expect(v).toEqual({ok: true, run: {pack: 'duo', levels: 2, totalMs: 2801, totalCommands: 3, totalKeystrokes: 0, realMs: 2801, category: 'any%'}});
		if (v.ok) expect(verifiedLine(v.run)).toBe('verified: pack duo, 2 levels, 0:02.8, 3 commands, 0 keystrokes, any%');
	});

	it('verifies a whole built-in pack played with the reference solutions', () => {
		const basics = pack(builtinLevelsDir(), 'basics');
		const run = record(basics, (i) => basics.levels[i]!.solution);
		const v = verifyRun(run, against(basics));
		expect(v.ok).toBe(true);
		if (v.ok) expect(verifiedLine(v.run)).toMatch(/^verified: pack basics, \d+ levels, \d+:\d\d\.\d, \d+ commands, 0 keystrokes, any%$/);
	});

	const refusals: [string, (r: any) => void, RegExp][] = [
		['a changed split', (r) => (r.levels[1].splitMs -= 300), /level duo-make-another: split 401 ms .* so 701 ms/],
		['a changed split and total together', (r) => ((r.levels[0].splitMs -= 1000), (r.totalMs -= 1000)), /level duo-make-a-network: split 1100 ms/],
		['a changed offset', (r) => (r.levels[0].commands[2].atMs = 1500), /level duo-make-a-network: split 2100 ms .* solved at 1500 ms/],
		['offsets going backwards', (r) => (r.levels[0].commands[1].atMs = 600), /offset 600 ms is earlier than the line before it \(700 ms\)/],
		['a negative offset', (r) => (r.levels[0].commands[0].atMs = -5), /before the run started/],
		['a removed command', (r) => r.levels[0].commands.splice(2, 1), /level duo-make-a-network is not solved by its 2 recorded lines \(unmet: duonet-exists\)/],
		['a changed command', (r) => (r.levels[1].commands[0].line = 'docker network create other'), /level duo-make-another is not solved/],
		['lines after the solving line', (r) => r.levels[1].commands.push({line: 'docker ps', atMs: 9000}), /solved by line 1 but has 1 more line/],
		['a wrong commandCount', (r) => (r.levels[0].commandCount = 1), /commandCount is 1 but its lines count 2 commands/],
		['a total that is not the sum of the splits', (r) => (r.totalMs = 2000), /totalMs 2000 .* is not the sum of the splits, 2801 ms/],
		['a command total that is not the sum', (r) => (r.totalCommands = 2), /totalCommands 2 is not the sum of the levels' commands, 3/],
		['another level', (r) => (r.levels[1].id = 'first-contact'), /level first-contact \(position 2\) is not a level of pack duo; expected duo-make-another/],
		['a missing level', (r) => r.levels.pop(), /level duo-make-another \(position 2 of pack duo\) is missing from the run/],
		['levels in another order', (r) => r.levels.reverse(), /levels out of order: position 1 is duo-make-another, expected duo-make-a-network/],
		['a level twice', (r) => r.levels.push(r.levels[1]), /level duo-make-another appears again at position 3; the pack has 2 levels$/],
		['an unknown game version', (r) => (r.netdojoVersion = '9.9.9'), /^recorded with netdojo 9\.9\.9, a game version this netdojo \(0\.1\.0\) does not replay/],
		['a pack hash that is not the pack\'s', (r) => (r.packHash = `sha256:${'0'.repeat(64)}`), /^the run was played on pack duo with content hash 000000000000, but the pack loaded here has [0-9a-f]{12}: its levels differ$/],
		['a version 1 file (no keys, no hash)', (r) => ((r.version = 1), delete r.keys, delete r.packHash), /^a version 1 run file has no keystrokes and no pack hash/],
		['a hint line in a no-hints run', (r) => ((r.category = 'no-hints'), (r.levels[0].commands[0].line = 'hint')), /^a no-hints run, but level duo-make-a-network has the line "hint"$/],
		['a solution line in a no-hints run', (r) => ((r.category = 'no-hints'), (r.levels[0].commands[0].line = 'solution')), /^a no-hints run, but level duo-make-a-network has the line "solution"$/],
		['hints recorded in a no-hints run', (r) => ((r.category = 'no-hints'), (r.levels[1].hintsUsed = 1)), /^a no-hints run, but level duo-make-another records 1 hint/],
		['a hint line whose hint count was removed', (r) => (r.levels[0].commands[0].line = 'hint'), /^level duo-make-a-network: hintsUsed is 0 but its lines show 1 hint/],
		['keys going backwards', (r) => (r.keys = [{atMs: 10, data: 'a'}, {atMs: 5, data: 'b'}]), /^key 2 at 5 ms is earlier than the key before it/],
		['a keystroke total that is not the sum', (r) => (r.totalKeystrokes = 9), /^totalKeystrokes 9 is not the sum of the levels' keystrokes, 0$/],
		['a real time shorter than the game time', (r) => (r.realMs = 100), /^realMs 100 is less than the game time 2801/],
	];
	for (const [what, edit, reason] of refusals) {
		it(`refuses ${what}`, () => {
			const r = clone(good);
			edit(r);
			const v = verifyRun(r, against(duo));
			expect(v.ok).toBe(false);
			if (!v.ok) expect(v.reason).toMatch(reason);
		});
	}

	it('says "1 level" for a pack of one', () => {
		const r = clone(good);
		r.levels = [r.levels[0], r.levels[0]];
		const v = verifyRun(r, {...against(duo), levels: duo.levels.slice(0, 1)});
		expect(v.ok).toBe(false);
		if (!v.ok) expect(v.reason).toMatch(/the pack has 1 level$/);
	});

	it('accepts rounding within 1 ms, not more', () => {
		const r = clone(good);
		r.levels[1].splitMs += 1;
		r.totalMs += 1;
		expect(verifyRun(r, against(duo)).ok).toBe(true);
		r.levels[1].splitMs += 1;
		r.totalMs += 1;
		expect(verifyRun(r, against(duo)).ok).toBe(false);
	});

	it('reads run files: not JSON is unreadable, another format or version is refused', () => {
		expect(parseRunFile(JSON.stringify(good))).toEqual({ok: true, run: good});
		expect(parseRunFile('{oops')).toMatchObject({ok: false, unreadable: true, reason: expect.stringMatching(/^not valid JSON/)});
		expect(parseRunFile(JSON.stringify({...good, format: 'speedrun'}))).toEqual({ok: false, unreadable: false, reason: 'unknown format "speedrun" (expected "netdojo-run")'});
		expect(parseRunFile(JSON.stringify({...good, version: 3}))).toMatchObject({ok: false, unreadable: false, reason: expect.stringMatching(/^unsupported run file version 3/)});
		expect(parseRunFile(JSON.stringify({...good, category: 'glitchless'}))).toMatchObject({ok: false, reason: '"category" is not one of any%, no-hints'});
		expect(parseRunFile(JSON.stringify({...good, keys: [{atMs: 1}]}))).toMatchObject({ok: false, reason: 'keys[0] is not {atMs, data}'});
		expect(parseRunFile('[]')).toMatchObject({ok: false, unreadable: false, reason: 'not a JSON object'});
		const noLines = clone(good);
		delete noLines.levels[0].commands;
		expect(parseRunFile(JSON.stringify(noLines))).toMatchObject({ok: false, reason: 'levels[0] (duo-make-a-network) has no "commands" list'});
		const badLine = clone(good);
		badLine.levels[1].commands[0].atMs = 'soon';
		expect(parseRunFile(JSON.stringify(badLine))).toMatchObject({ok: false, reason: 'levels[1].commands[0] (duo-make-another) is not {line, atMs}'});
	});
});
