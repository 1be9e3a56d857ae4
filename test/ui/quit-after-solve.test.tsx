// Issue 12: `play connect-second-network`, solve, `m`, `q` hung with memory growing by gigabytes.
// Ink kept rendering the play screen's <Static> after it was unmounted (its Yoga node freed); every
// screen without a scrollback now mounts an empty one of its own (src/ui/app/static-anchor.tsx).
import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {render as inkTestRender} from 'ink-testing-library';
import App from '../../src/ui/app/App.js';
import SolvedScreen from '../../src/ui/solved/SolvedScreen.js';
import {GameSession} from '../../src/game/game-session.js';
import {builtinLevelsDir, loadPacks, type Level} from '../../src/levels/index.js';
import type {PackSummary} from '../../src/ui/level-map/LevelMap.js';
import {keys, settle} from './helpers.js';
import {renderTty, staticNodeIsLive, type TtyRender} from './tty.js';

// Ink decides when it is imported whether it runs in CI (is-in-ci), and there it draws only the
// last frame. This test reads the frames as a terminal shows them, so Ink must not think so; the
// e2e tests get the same with `env -u CI`. vi.hoisted runs before the imports above.
vi.hoisted(() => {
	process.env.CI = 'false';
});

const packs = loadPacks([builtinLevelsDir()]).packs;
const levels = packs.flatMap((p) => p.levels);
const summaries = (): PackSummary[] => packs.map((p) => ({id: p.id, title: p.id, levels: p.levels.map((l) => ({id: l.id, title: l.id, par: l.par, solved: false}))}));
const start = (id: string | undefined) => {
	const index = levels.findIndex((l) => l.id === id);
	return {game: new GameSession(levels[index], {terminal: true}), heading: String(id), title: String(id), par: 1, nextLevelId: levels[index + 1]?.id, nextLevelTitle: levels[index + 1]?.id};
};

let open: TtyRender | undefined;
afterEach(() => {
	open?.instance.unmount();
	open = undefined;
});

async function solve(view: TtyRender, level: Level): Promise<void> {
	for (const line of level.solution) {
		view.stdin.write(line);
		await settle();
		view.stdin.write(keys.enter);
		await settle();
	}
}

describe('leaving the play screen', () => {
	for (const id of ['connect-second-network', 'host-mode', 'first-contact']) {
		it(`${id}: solved, m, q: Ink's <Static> stays mounted and the game exits`, async () => {
			const level = levels.find((l) => l.id === id)!;
			const record = vi.fn(() => undefined);
			const view = renderTty(<App packs={summaries} start={start} record={record} initial={{screen: 'play', levelId: id}} lang="en" color={false} />);
			open = view;
			await settle();
			await solve(view, level);
			await vi.waitFor(() => expect(record).toHaveBeenCalled(), {timeout: 5000});
			await settle();
			expect(staticNodeIsLive(view.stdout)).toBe(true);
			view.stdin.write('m');
			await vi.waitFor(() => expect(view.stdout.text()).toContain('q/Esc quit'), {timeout: 5000});
			await settle();
			expect(staticNodeIsLive(view.stdout)).toBe(true);
			view.stdin.write('q');
			let exited = false;
			void view.instance.waitUntilExit().then(() => {
				exited = true;
			});
			await vi.waitFor(() => expect(exited).toBe(true), {timeout: 5000});
			expect(view.detachedRenders()).toBe(0);
		});
	}

	it('the solved screen, then Enter: the next level plays with its own scrollback', async () => {
		const level = levels.find((l) => l.id === 'connect-second-network')!;
		const record = vi.fn(() => undefined);
		const view = renderTty(<App packs={summaries} start={start} record={record} initial={{screen: 'play', levelId: level.id}} lang="en" color={false} />);
		open = view;
		await settle();
		await solve(view, level);
		await vi.waitFor(() => expect(record).toHaveBeenCalled(), {timeout: 5000});
		await settle();
		const before = view.stdout.text().length;
		view.stdin.write(keys.enter);
		// The next level's briefing is printed through its scrollback's <Static>.
		const next = levels[levels.indexOf(level) + 1]!;
		await vi.waitFor(() => expect(view.stdout.text().slice(before)).toContain(next.id), {timeout: 5000});
		await settle();
		expect(staticNodeIsLive(view.stdout)).toBe(true);
		expect(view.detachedRenders()).toBe(0);
	});
});

describe('the solved screen', () => {
	it('q quits (when the app gives it a way to), and says so', async () => {
		const onQuit = vi.fn();
		const onMenu = vi.fn();
		const view = inkTestRender(<SolvedScreen levelTitle="T" commands={1} par={1} timeMs={1000} hintsUsed={0} onNext={() => {}} onMenu={onMenu} onQuit={onQuit} color={false} nextLevelTitle="N" />);
		await settle();
		expect(view.lastFrame()).toContain('m/Esc: level map   q: quit');
		view.stdin.write('q');
		await settle();
		expect(onQuit).toHaveBeenCalledTimes(1);
		expect(onMenu).not.toHaveBeenCalled();
		view.unmount();
	});
});
