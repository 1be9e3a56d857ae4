// Issue 12: terminals that cannot do what the game usually draws with. TERM=dumb cannot move the
// cursor (the game says so and exits 2); a locale without UTF-8 gets ASCII marks and lines.
import {describe, expect, test} from 'vitest';
import {useTerminals} from './tmux.js';

const terminal = useTerminals();
const NOT_ASCII = /[^\x00-\x7f]/;

describe('terminals', () => {
	test('TERM=dumb: one line saying why and what works instead, exit 2', async () => {
		for (const args of [[], ['play', 'first-contact']]) {
			const t = terminal({args, env: {TERM: 'dumb'}});
			expect(await t.waitForExit(20_000)).toBe(2);
			const screen = t.history().replace(/\n/g, '');
			expect(screen).toContain('netdojo: TERM=dumb cannot move the cursor');
			expect(screen).toContain("'netdojo script FILE|-'.");
			expect(screen).not.toContain('Levels');
		}
	}, 60_000);

	test('LANG=C: the level map, the goals, the solved screen and the map in ASCII', async () => {
		const t = terminal({env: {LANG: 'C', LC_ALL: '', LC_CTYPE: ''}});
		let screen = await t.waitFor('Enter play', 20_000);
		expect(screen).toMatch(/^> {3}01 /m);
		expect(screen).toContain('Up/Down move');
		expect(screen).not.toMatch(NOT_ASCII);
		t.press('Enter');
		screen = await t.waitFor('Goals 0/1', 20_000);
		expect(screen).toContain('[ ] From the host');
		t.line('map');
		screen = await t.waitFor(/^`-\+ bridge/m, 20_000);
		expect(screen).not.toMatch(NOT_ASCII);
		t.line('docker run -d --name web -p 8080:80 nginx');
		screen = await t.waitFor('Level solved!', 20_000);
		expect(screen).toMatch(/\+-{20,}\+/);
		expect(screen).toContain('[x] From the host');
		expect(screen).not.toMatch(NOT_ASCII);
		t.type('m');
		screen = await t.waitFor(/> \* 01 /, 20_000);
		expect(screen).not.toMatch(NOT_ASCII);
		t.type('q');
		expect(await t.waitForExit(20_000)).toBe(0);
	}, 90_000);
});
