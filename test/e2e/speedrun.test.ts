// A speed-run in a real terminal (tmux): a two-level test pack played to the summary screen, the
// run file it wrote verified by `netdojo verify-run`, then a second run abandoned with Ctrl+D.
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {ROOT, useTerminals} from './tmux.js';

const PACK_DIR = 'test/speedrun/fixtures/duo';
const terminal = useTerminals();

describe('speedrun', () => {
	test('a two-level pack: timer, splits, summary, run file verified; a second run abandoned', async () => {
		const t = terminal({args: ['speedrun', 'duo', '--levels', PACK_DIR]});
		let screen = await t.waitFor('the timer starts on your first keystroke');
		expect(screen).toContain('Duo: a two-level test pack 1/2 · Make a network');
		expect(screen).toContain('⏱ 0:00.0');

		// The first keystroke starts the clock; it ticks while the player types.
		t.type('docker network create duonet');
		screen = await t.waitFor(/⏱ 0:0\d\.[1-9]/);
		expect(screen).not.toContain('first keystroke');
		t.press('Enter');
		screen = await t.waitFor('Duo: a two-level test pack 2/2 · Make another network');
		const history = t.history();
		expect(history).toMatch(/✓ 1\/2 Make a network {3}split 0:\d\d\.\d {3}total 0:\d\d\.\d/);
		// No personal best yet: the split line has no difference.
		expect(history).not.toMatch(/total 0:\d\d\.\d {3}[-+±]/);

		t.line('docker network create duoback');
		// The summary's last line: the whole screen is drawn (under load a capture can catch it half-way).
		screen = await t.waitFor((s) => s.includes('Run complete') && s.includes('Enter/q/Esc: quit'));
		expect(screen).toMatch(/1 +Make a network +0:\d\d\.\d +0:\d\d\.\d +1 \/ par 1/);
		expect(screen).toMatch(/2 +Make another network +0:\d\d\.\d +0:\d\d\.\d +1 \/ par 1/);
		expect(screen).toContain('commands: 2 / par 2');
		expect(screen).toContain('★ New personal best!');
		expect(screen).toContain('★ New fewest-commands record! 2');
		expect(screen).toContain('Enter/q/Esc: quit');

		const runs = readdirSync(path.join(t.home, 'runs'));
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatch(/^duo-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
		const file = path.join(t.home, 'runs', runs[0]!);
		const run = JSON.parse(readFileSync(file, 'utf8'));
		expect(run).toMatchObject({format: 'netdojo-run', version: 2, pack: 'duo', seed: 1, category: 'any%', totalCommands: 2});
		expect(run.levels.map((l: {commands: {line: string}[]}) => l.commands.map((c) => c.line))).toEqual([['docker network create duonet'], ['docker network create duoback']]);
		const verify = spawnSync(process.execPath, ['bin/netdojo.js', 'verify-run', file, '--levels', PACK_DIR], {cwd: ROOT, encoding: 'utf8'});
		expect(verify.stderr).toBe('');
		expect(verify.stdout).toMatch(/^verified: pack duo, 2 levels, 0:\d\d\.\d, 2 commands, \d+ keystrokes, any%\n$/);
		expect(verify.status).toBe(0);

		t.press('Enter');
		expect(await t.waitForExit()).toBe(0);
		const progress = JSON.parse(readFileSync(path.join(t.home, 'progress.json'), 'utf8'));
		expect(progress.personalBests.duo.time.totalMs).toBe(run.totalMs);
		expect(progress.levels['duo-make-a-network'].solved).toBe(true);

		// A second run compares with the personal best, and Ctrl+D abandons it: nothing is saved.
		const again = terminal({args: ['speedrun', 'duo', '--levels', PACK_DIR], home: t.home});
		screen = await again.waitFor('the timer starts on your first keystroke');
		expect(screen).toMatch(/PB 0:\d\d\.\d {3}SoB 0:\d\d\.\d/);
		again.line('docker network create duonet');
		await again.waitFor('2/2 · Make another network');
		expect(again.history()).toMatch(/✓ 1\/2 Make a network {3}split 0:\d\d\.\d {3}total 0:\d\d\.\d {3}[-+±]0:\d\d\.\d/);
		again.press('C-d');
		await again.waitForExit();
		expect(again.history()).toContain('speed-run abandoned after 1 of 2 levels');
		expect(readdirSync(path.join(t.home, 'runs'))).toHaveLength(1);
		const after = JSON.parse(readFileSync(path.join(t.home, 'progress.json'), 'utf8'));
		// Only the attempt counter moved: an abandoned run was still an attempt.
		expect(after.personalBests).toEqual({duo: {...progress.personalBests.duo, attempts: 2}});
		expect(progress.personalBests.duo.attempts).toBe(1);
	}, 60_000);
});
