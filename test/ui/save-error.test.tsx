// Issue 12: a save that fails (full disk, no permission) is shown on the solved screen at once,
// not only after the game exits.
import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import App from '../../src/ui/app/App.js';
import SolvedScreen from '../../src/ui/solved/SolvedScreen.js';
import {GameSession} from '../../src/game/game-session.js';
import {builtinLevelsDir, loadPacks} from '../../src/levels/index.js';
import {keys, settle, stripAnsi} from './helpers.js';

afterEach(() => {
	cleanup();
});

const ERROR = 'Could not save your progress to /home/p/.config/netdojo/progress.json: the disk is full (ENOSPC).';

describe('a failed save', () => {
	it('SolvedScreen shows the error beside the result', async () => {
		const view = render(<SolvedScreen levelTitle="T" commands={1} par={1} timeMs={1000} hintsUsed={0} onNext={() => {}} onMenu={() => {}} color={false} saveError={ERROR} />);
		await settle();
		const frame = stripAnsi(view.lastFrame()).replace(/[║│\s]+/g, ' ');
		expect(frame).toContain('the disk is full (ENOSPC).');
		const without = render(<SolvedScreen levelTitle="T" commands={1} par={1} timeMs={1000} hintsUsed={0} onNext={() => {}} onMenu={() => {}} color={false} />);
		await settle();
		expect(stripAnsi(without.lastFrame())).not.toContain('Could not save');
	});

	it('solving a level in the App shows what record() reported, at once', async () => {
		const level = loadPacks([builtinLevelsDir()]).packs.flatMap((p) => p.levels).find((l) => l.id === 'first-contact');
		expect(level).toBeDefined();
		const record = vi.fn(() => ERROR);
		const start = () => ({game: new GameSession(level, {terminal: true}), heading: 'basics 01', title: 'First contact', par: level?.par ?? 1});
		const view = render(<App packs={() => []} start={start} record={record} initial={{screen: 'play', levelId: 'first-contact'}} lang="en" color={false} />);
		await settle();
		for (const line of level?.solution ?? []) {
			view.stdin.write(line);
			await settle();
			view.stdin.write(keys.enter);
			await settle();
		}
		// The play screen hands over to the solved screen after a short pause.
		await vi.waitFor(() => expect(record).toHaveBeenCalled(), {timeout: 5000});
		await settle();
		expect(record).toHaveBeenCalledTimes(1);
		const frame = stripAnsi(view.lastFrame()).replace(/[║│\s]+/g, ' ');
		expect(frame).toContain('Could not save your progress');
		expect(frame).toContain('(ENOSPC).');
	});
});
