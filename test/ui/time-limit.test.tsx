// A level with `time-limit`: the heading counts down on the play screen's clock; when it runs out
// the level cannot be solved in that round, and `reset` starts a new round with a full clock.
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import PlayScreen from '../../src/ui/play/PlayScreen.js';
import {GameSession} from '../../src/game/game-session.js';
import {parseLevel} from '../../src/levels/index.js';
import {levelText} from '../levels/loader/helpers.js';
import {keys, settle, stripAnsi} from './helpers.js';

afterEach(() => {
	cleanup();
});

const parsed = parseLevel(`${levelText('timed')}time-limit: 60\n`, 'timed.yaml');
if (!parsed.ok) throw new Error('the timed level does not parse');
const level = parsed.level;

/** Waits until the screen's clock (a 250 ms interval) has looked at the fake time. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('time-limit', () => {
	it('counts down, then fails the round; reset gives a full clock again', async () => {
		let clock = 1_000;
		const solved: number[] = [];
		const game = new GameSession(level);
		const view = render(<PlayScreen game={game} lang="en" color={false} heading="timed" now={() => clock} onSolved={(n) => solved.push(n)} onLeave={() => {}} />);
		await settle();
		await tick();
		expect(stripAnsi(view.lastFrame())).toContain('time left 1:00');
		clock += 61_000;
		await tick();
		const frame = stripAnsi(view.lastFrame());
		expect(frame).toContain('time is up');
		expect(game.expired).toBe(true);
		view.stdin.write('docker run -d --name web nginx');
		await settle();
		view.stdin.write(keys.enter);
		await settle();
		expect(game.goals()[0].met).toBe(true);
		expect(game.solved).toBe(false);
		expect(solved).toEqual([]);
		game.run('reset');
		await tick();
		expect(game.expired).toBe(false);
		expect(stripAnsi(view.lastFrame())).toContain('time left 1:00');
		expect(game.run('docker run -d --name web nginx').solvedNow).toBe(true);
	});

	it('a solved level is not expired afterwards', () => {
		const game = new GameSession(level);
		game.run('docker run -d --name web nginx');
		game.expire();
		expect(game.expired).toBe(false);
		expect(game.solved).toBe(true);
	});
});
