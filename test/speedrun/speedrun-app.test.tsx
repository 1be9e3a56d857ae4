import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {fileURLToPath} from 'node:url';
import SpeedrunApp, {type FinishResult} from '../../src/ui/speedrun/SpeedrunApp.js';
import {RunRecorder} from '../../src/speedrun/recorder.js';
import {updateBests, type PackPersonalBests} from '../../src/speedrun/splits.js';
import {GameSession} from '../../src/game/game-session.js';
import {loadPacks, localize} from '../../src/levels/index.js';
import {verifyRun} from '../../src/speedrun/verify.js';
import {replayKeys} from '../../src/cli/verify-run-replay.js';
import type {RunFile} from '../../src/speedrun/run-file.js';
import type {Category} from '../../src/speedrun/run-file.js';
import {keys, settle, stripAnsi} from '../ui/helpers.js';
import {HANDOVER_DELAY_MS} from '../../src/ui/play/use-play-state.js';

afterEach(() => {
	cleanup();
});

const pack = loadPacks([fileURLToPath(new URL('./fixtures/duo', import.meta.url))]).packs[0]!;
const levels = pack.levels.map((l) => ({id: l.id, title: localize(l.title, 'en'), par: l.par}));

const against = {id: pack.id, hash: pack.hash, levels: pack.levels, gameVersion: '0.1.0'};

function setup(bests?: PackPersonalBests, briefing = false, category: Category = 'any%') {
	let clock = 1000;
	const recorder = new RunRecorder('duo', levels.map((l) => l.id), 1, {packHash: pack.hash, category, pauseBetweenLevels: briefing});
	const finish = vi.fn((r: RunRecorder): FinishResult => {
		const update = updateBests(bests, r.record(new Date('2025-01-01T00:00:00Z')));
		return {update, runFile: '/tmp/runs/duo-x.json', sumOfBestMs: 2000, warnings: []};
	});
	const solved = vi.fn();
	const attempted = vi.fn();
	const view = render(
		<SpeedrunApp
			packTitle="Duo"
			levels={levels}
			newGame={(i) => new GameSession(pack.levels[i], {seed: 1})}
			recorder={recorder}
			bests={bests}
			finish={finish}
			onLevelSolved={solved}
			briefing={briefing}
			lang="en"
			color={false}
			now={() => clock}
			onAttempt={attempted}
			{...(bests ? {attempt: (bests.attempts ?? bests.runs ?? 0) + 1} : {})}
		/>,
	);
	const type = async (text: string) => {
		view.stdin.write(text);
		await settle();
	};
	const line = async (text: string) => {
		await type(text);
		await type(keys.enter);
		// The play screen hands over only after the solving line reached the scrollback.
		await new Promise((r) => setTimeout(r, HANDOVER_DELAY_MS + 30));
		await settle();
	};
	return {
		view,
		recorder,
		finish,
		solved,
		attempted,
		type,
		line,
		advance: (ms: number) => (clock += ms),
		frame: () => stripAnsi(view.lastFrame()),
		all: () => stripAnsi(view.frames.join('\n')),
	};
}

describe('SpeedrunApp', () => {
	it('waits for the first keystroke, records splits, and ends on the summary', async () => {
		const t = setup();
		await settle();
		expect(t.frame()).toContain('⏱ 0:00.0');
		expect(t.frame()).toContain('the timer starts on your first keystroke');
		expect(t.frame()).toContain('Duo 1/2 · Make a network');
		t.advance(5000); // idle before the first key: not counted
		await t.type('d');
		// Times are kept from the moment the screen opened (clock 1000).
		expect(t.recorder.startedAt).toBe(5000);
		expect(t.frame()).not.toContain('first keystroke');
		t.advance(1234);
		await t.line('ocker network create duonet');
		expect(t.all()).toContain('✓ 1/2 Make a network   split 0:01.2   total 0:01.2');
		expect(t.solved).toHaveBeenCalledWith(0, {timeMs: 1234, commands: 1, hintsUsed: 0});
		expect(t.frame()).toContain('Duo 2/2 · Make another network');
		t.advance(2000);
		await t.line('hint');
		t.advance(1000);
		await t.line('docker network create duoback');
		expect(t.finish).toHaveBeenCalledTimes(1);
		const f = t.frame();
		expect(f).toContain('Run complete · Duo');
		expect(f).toMatch(/1 +Make a network +0:01\.2 +0:01\.2 +1 \/ par 1/);
		expect(f).toMatch(/2 +Make another network +0:03\.0 +0:04\.2 +1 \/ par 1/);
		expect(f).toContain('time: 0:04.2');
		expect(f).toContain('commands: 2 / par 2');
		expect(f).toContain('★ New personal best! 0:04.2 (first finished run');
		expect(f).toContain('★ New fewest-commands record! 2');
		expect(f).toContain('sum of best segments: 0:02.0');
		expect(f).toContain('netdojo verify-run /tmp/runs/duo-x.json');
		// What was recorded replays.
		const run = t.recorder.runFile('0.1.0', new Date());
		expect(run.levels.map((l) => l.commands.map((c) => c.line))).toEqual([['docker network create duonet'], ['hint', 'docker network create duoback']]);
		expect(run.levels.map((l) => l.splitMs)).toEqual([1234, 3000]);
		expect(verifyRun(run, against).ok).toBe(true);
		// Keys: 'd', the rest of the line, Enter; then hint + Enter, the last line + Enter.
		expect(run.levels.map((l) => l.keystrokes)).toEqual([29, 5 + 30]);
		expect(run.totalKeystrokes).toBe(64);
		expect(run.keys![0]).toEqual({atMs: 5000, data: 'd'});
	});

	it('shows the difference to the personal best at each split', async () => {
		const pb = updateBests(undefined, {totalMs: 3000, totalCommands: 2, levels: [{id: levels[0]!.id, splitMs: 2000, commands: 1}, {id: levels[1]!.id, splitMs: 1000, commands: 1}], seed: 1, finishedAt: 'x'}).next;
		const t = setup(pb);
		await settle();
		expect(t.frame()).toContain('PB 0:03.0');
		await t.type('d');
		t.advance(800);
		await t.line('ocker network create duonet');
		expect(t.all()).toContain('split 0:00.8   total 0:00.8   -0:01.2');
		t.advance(3000);
		await t.line('docker network create duoback');
		const f = t.frame();
		expect(f).toMatch(/1 +Make a network +0:00\.8 +0:00\.8 +-0:01\.2/);
		expect(f).toMatch(/2 +Make another network +0:03\.0 +0:03\.8 +\+0:00\.8/);
		expect(f).toContain('personal best: 0:03.0 — +0:00.8 behind your personal best');
		expect(f).toContain('fewest commands: 2 (±0)');
	});

	it('Ctrl+D abandons the run: no summary, nothing saved', async () => {
		const t = setup();
		await settle();
		await t.type('x');
		await t.type(keys.ctrlU);
		await t.type(keys.ctrlD);
		await settle();
		expect(t.finish).not.toHaveBeenCalled();
		expect(t.recorder.finished).toBe(false);
		expect(t.frame()).not.toContain('Run complete');
	});

	it('the commands board counts each pipeline of a `;`/`&&` list', async () => {
		const t = setup();
		await settle();
		await t.line('docker network ls; docker network ls | grep bridge && docker network create duonet');
		await t.line('docker network create duoback');
		const run = t.recorder.runFile('0.1.0', new Date());
		expect(run.levels.map((l) => l.commandCount)).toEqual([3, 1]);
		expect(run.totalCommands).toBe(4);
		expect(verifyRun(run, against).ok).toBe(true);
	});

	it('no-hints: hint and solution are refused and are not lines of the run', async () => {
		const t = setup(undefined, false, 'no-hints');
		await settle();
		expect(t.frame()).toContain('no hints');
		await t.line('hint');
		expect(t.all()).toContain('hint and solution are off in the no-hints category');
		await t.line('docker network create duonet');
		await t.line('solution');
		await t.line('docker network create duoback');
		const run = t.recorder.runFile('0.1.0', new Date());
		expect(run.category).toBe('no-hints');
		expect(run.levels.map((l) => l.commands.map((c) => c.line))).toEqual([['docker network create duonet'], ['docker network create duoback']]);
		expect(run.levels.map((l) => l.hintsUsed)).toEqual([0, 0]);
		expect(verifyRun(run, against).ok).toBe(true);
		expect(await replayKeys(run, pack.levels)).toBeUndefined();
	});

	it('gold splits, best-segment deltas, sum of best and the attempt are on screen', async () => {
		const pb = updateBests(undefined, {totalMs: 3000, totalCommands: 2, levels: [{id: levels[0]!.id, splitMs: 2000, commands: 1}, {id: levels[1]!.id, splitMs: 1000, commands: 1}], seed: 1, finishedAt: 'x'}).next;
		const u = setup({...pb, bestSegments: {[levels[0]!.id]: 1500, [levels[1]!.id]: 900}, attempts: 4});
		await settle();
		await u.type('d');
		// Once the clock runs, the waiting note is gone and the whole label fits.
		expect(u.frame()).toMatch(/PB 0:03\.0 {3}SoB 0:02\.4 {3}attempt #5/);
		u.advance(800);
		await u.line('ocker network create duonet');
		expect(u.all()).toContain('split 0:00.8   total 0:00.8   -0:01.2   seg -0:00.7 ★ gold');
		u.advance(3000);
		await u.line('docker network create duoback');
		expect(u.all()).toMatch(/split 0:03\.0 {3}total 0:03\.8 {3}\+0:00\.8 {3}seg \+0:02\.1\n/);
		expect(u.attempted).toHaveBeenCalledTimes(1);
	});

	it('--briefing stops the game clock while a briefing is shown; real time keeps running', async () => {
		const t = setup(undefined, true);
		await settle();
		await t.type(keys.enter);
		t.advance(3000); // reading the first briefing: the clock has not started
		await t.type('d');
		t.advance(1000);
		await t.line('ocker network create duonet');
		expect(t.frame()).toContain('Enter: start the level');
		t.advance(60_000); // reading the second briefing
		await t.type(keys.enter);
		t.advance(500);
		await t.line('docker network create duoback');
		const run = t.recorder.runFile('0.1.0', new Date());
		expect(run.levels.map((l) => l.splitMs)).toEqual([1000, 500]);
		expect(run.totalMs).toBe(1500);
		expect(run.realMs).toBe(61_500);
		expect(run.briefings).toBe(true);
		expect(verifyRun(run, against).ok).toBe(true);
		expect(await replayKeys(run, pack.levels)).toBeUndefined();
	});

	it('--briefing shows each briefing and waits for Enter', async () => {
		const t = setup(undefined, true);
		await settle();
		expect(t.frame()).toContain('Create a bridge network named `duonet`.');
		expect(t.frame()).toContain('Enter: start the level');
		await t.type(keys.enter);
		expect(t.frame()).toContain('Goals');
		expect(t.recorder.started).toBe(false);
		await t.type('d');
		await t.line('ocker network create duonet');
		expect(t.frame()).toContain('Create a bridge network named `duoback`.');
		expect(t.frame()).toContain('Enter: start the level');
	});
});
