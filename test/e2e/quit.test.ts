// Quitting always quits (issue 12): in a real terminal (tmux), after a solve, from the level map,
// by signal and when the terminal closes. See tmux.ts for the harness.
import {describe, expect, test} from 'vitest';
import {useTerminals} from './tmux.js';

const terminal = useTerminals();

describe('quitting', () => {
	test('connect-second-network solved from `netdojo play`, then m, then q: the game exits within a second', async () => {
		const t = terminal({args: ['play', 'connect-second-network']});
		await t.waitFor(/Goals \d\/3/, 20_000);
		t.line('docker network connect my_bridge legacy');
		await t.waitFor('Level solved!', 20_000);
		t.type('m');
		await t.waitFor('q/Esc quit', 20_000);
		const pressed = Date.now();
		t.type('q');
		expect(await t.waitForExit(20_000)).toBe(0);
		const took = Date.now() - pressed;
		// The shell around the game writes the status only once the game's process has ended.
		expect(t.status().dead).toBe(true);
		// Within a second on an idle machine (issue 12's bound); the margin is for a loaded one. The
		// hang this guards against never ends at all.
		expect(took).toBeLessThan(3000);
	}, 90_000);
});
