// The game in a real terminal (tmux): the level map, playing and solving levels in English and
// Korean, progress between runs, the sandbox and its map, history and Tab completion, the keys
// that leave or clear, colours off, and a small 80x24 terminal. See tmux.ts for the harness.
import {spawnSync} from 'node:child_process';
import {openSync, closeSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadLevelFile, localize, type Level} from '../../src/levels/index.js';
import {ROOT, useTerminals} from './tmux.js';

function levelFile(pack: string, number: string): Level {
	const dir = path.join(ROOT, 'levels', pack);
	const file = readdirSync(dir).find((f) => f.startsWith(`${number}-`) && f.endsWith('.yaml'));
	if (!file) throw new Error(`no level ${number}-*.yaml in ${dir}`);
	const loaded = loadLevelFile(path.join(dir, file));
	if (!loaded.ok) throw new Error(`cannot load ${file}: ${JSON.stringify(loaded.errors)}`);
	return loaded.level;
}

/** A short piece of a text that fits on one terminal row (no wrapping inside it). */
const fragment = (text: string, chars = 14) => text.split('\n')[0]!.trim().slice(0, chars);

const terminal = useTerminals();

// The level's prompt line at the bottom of the live area.
const PROMPT = /^\$ ?$/m;

describe('levels', () => {
	test('the level map, the first level solved with its reference solution, progress kept between runs', async () => {
		const level = levelFile('01-basics', '01');
		const t = terminal();
		let screen = await t.waitFor('Enter play');
		expect(screen).toContain('Learn Docker networking by doing it.');
		expect(screen).toMatch(/❯ {3}01 /);
		expect(screen).toContain(localize(level.title, 'en'));

		t.press('Enter');
		screen = await t.waitFor('Goals 0/');
		expect(screen).toContain(fragment(localize(level.briefing, 'en'), 30));
		for (const goal of level.goals) expect(screen).toContain(fragment(localize(goal.text, 'en'), 30));
		expect(screen).toMatch(PROMPT);

		for (const line of level.solution) {
			t.line(line);
		}
		screen = await t.waitFor('Level solved!');
		// The line that solved the level stays in the scrollback above the solved screen.
		expect(screen).toContain(`$ ${level.solution.at(-1)}`);
		expect(screen).toContain(`Goals ${level.goals.length}/${level.goals.length}`);
		expect(screen).not.toContain('✘');
		expect(screen).toContain(`commands: ${level.solution.length} / par ${level.par}`);
		expect(screen).toMatch(/time: \d+:\d\d\.\d/);

		// m: back to the map, with the level marked solved; q: out.
		t.type('m');
		screen = await t.waitFor(/✔ 01 /);
		expect(screen).toMatch(/❯ ✔ 01 /);
		expect(screen).toMatch(/best \d+:\d\d {2}1\/1 cmds/);
		t.type('q');
		expect(await t.waitForExit()).toBe(0);

		const progress = JSON.parse(readFileSync(path.join(t.home, 'progress.json'), 'utf8')) as {levels: Record<string, {solved: boolean; bestCommands: number}>};
		expect(progress.levels[level.id]).toMatchObject({solved: true, bestCommands: level.solution.length});

		// A new run reads the same progress.
		const again = terminal({home: t.home});
		screen = await again.waitFor('Enter play');
		expect(screen).toMatch(/✔ 01 /);
		expect(screen).toMatch(/ {2}02 /);
		again.press('C-c');
		expect(await again.waitForExit()).toBe(0);
	});

	test('a level in Korean: briefing, goals and the solved screen', async () => {
		const level = levelFile('01-basics', '02');
		const t = terminal({args: ['play', level.id, '--lang', 'ko']});
		let screen = await t.waitFor('목표 0/');
		expect(screen).toContain(fragment(localize(level.briefing, 'ko')));
		for (const goal of level.goals) expect(screen).toContain(fragment(localize(goal.text, 'ko')));

		for (const line of level.solution) t.line(line);
		screen = await t.waitFor('레벨 클리어!');
		expect(screen).toContain(`목표 ${level.goals.length}/${level.goals.length}`);
		expect(screen).toContain(localize(level.title, 'ko'));
		expect(screen).toContain('다음 레벨');
		// Enter: the next level, still in Korean.
		const next = levelFile('01-basics', '03');
		t.press('Enter');
		screen = await t.waitFor(fragment(localize(next.briefing, 'ko')));
		expect(screen).toContain('목표 0/');
	});

	test('Ctrl+C clears the line and keeps the level; Ctrl+D and `exit` leave it', async () => {
		const t = terminal({args: ['play', levelFile('01-basics', '01').id]});
		await t.waitFor('Goals 0/');
		t.type('docker ps --all');
		await t.waitFor('$ docker ps --all');
		t.press('C-c');
		await t.waitFor((s) => !s.includes('docker ps --all') && PROMPT.test(s));
		expect(t.status().dead).toBe(false);

		// Ctrl+D on an empty line: back to the level map (this run started in a level).
		t.press('C-d');
		await t.waitFor('Enter play');
		t.press('Enter');
		await t.waitFor('Goals 0/');
		t.line('exit');
		await t.waitFor('Enter play');
		t.type('q');
		expect(await t.waitForExit()).toBe(0);
	});

	test('`clear` empties the screen but keeps the heading, goals and prompt', async () => {
		const level = levelFile('01-basics', '01');
		const t = terminal({args: ['play', level.id]});
		await t.waitFor('Goals 0/');
		t.line('docker network ls');
		await t.waitFor('NETWORK ID');
		t.line('clear');
		const screen = await t.waitFor((s) => !s.includes('NETWORK ID') && s.includes('Goals 0/'));
		expect(screen).not.toContain(fragment(localize(level.briefing, 'en'), 30));
		expect(screen.split('\n')[0]).toContain(localize(level.title, 'en'));
		t.line('docker network ls');
		await t.waitFor('NETWORK ID');
		expect(t.history().match(/NETWORK ID/g)).toHaveLength(1);
	});
});

describe('sandbox', () => {
	test('docker run with a published port, then `map` shows the container with its address', async () => {
		const t = terminal({args: ['sandbox']});
		await t.waitFor(PROMPT);
		t.line('docker run -d --name web -p 8080:80 nginx');
		await t.waitFor(/^[0-9a-f]{64}$/m);
		t.line('map');
		const screen = await t.waitFor(/web 172\.17\.0\.2/);
		expect(screen).toMatch(/bridge +docker0 +172\.17\.0\.0\/16/);
		expect(screen).toContain('0.0.0.0:8080->80/tcp');
		// `exit` on the host ends the sandbox, and the shell gets a clean screen (no frame left).
		t.line('exit');
		expect(await t.waitForExit()).toBe(0);
	});

	test('Up recalls history and Tab completes `docker netw` to `docker network `', async () => {
		const t = terminal({args: ['sandbox']});
		await t.waitFor(PROMPT);
		t.line('docker network ls');
		await t.waitFor('NETWORK ID');
		t.line('docker ps');
		await t.waitFor('CONTAINER ID');
		// The prompt is the screen's last line; the same text higher up is the scrollback.
		const promptIs = (text: string) => (s: string) => s.split('\n').at(-1) === text;
		t.press('Up');
		await t.waitFor(promptIs('$ docker ps'));
		t.press('Up');
		await t.waitFor(promptIs('$ docker network ls'));
		t.press('C-u');
		await t.waitFor((s) => PROMPT.test(s.split('\n').at(-1)!));

		t.type('docker netw');
		await t.waitFor(/^\$ docker netw$/m);
		t.press('Tab');
		await t.waitFor(/^\$ docker network$/m);
		// The completion adds the space after the word: the (inverse) cursor sits after it.
		expect(t.screenWithEscapes()).toMatch(/\$ docker network \u001b\[7m/);
		t.type('ls');
		t.press('Enter');
		await t.waitFor(/^\$ docker network ls$/m);
	});

	test('Ctrl+D leaves the sandbox', async () => {
		const t = terminal({args: ['sandbox']});
		await t.waitFor(PROMPT);
		t.press('C-d');
		expect(await t.waitForExit()).toBe(0);
	});
});

describe('terminal handling', () => {
	test('without a terminal: one line pointing at script/check, exit 2, no stack trace', () => {
		const stdin = openSync('/dev/null', 'r');
		try {
			const env = {...process.env};
			delete env['CI'];
			const r = spawnSync(process.execPath, ['bin/netdojo.js'], {cwd: ROOT, stdio: [stdin, 'pipe', 'pipe'], encoding: 'utf8', env});
			expect(r.status).toBe(2);
			const out = `${r.stdout}${r.stderr}`;
			expect(out.trim().split('\n')).toHaveLength(1);
			expect(out).toMatch(/terminal/);
			expect(out).toContain('netdojo script');
			expect(out).toContain('netdojo check');
			expect(out).not.toMatch(/^\s+at /m);
		} finally {
			closeSync(stdin);
		}
	});

	test.each([
		['NO_COLOR', {env: {NO_COLOR: '1'}}],
		['--no-color', {args: ['--no-color']}],
	] as const)('%s: no colour escapes on the map, the play screen or the solved screen', async (_name, extra) => {
		const colour = /\u001b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;
		const level = levelFile('01-basics', '01');
		const t = terminal({...extra, args: [...(('args' in extra ? extra.args : []) as string[])]});
		await t.waitFor('Enter play');
		expect(t.screenWithEscapes()).not.toMatch(colour);
		t.press('Enter');
		await t.waitFor('Goals 0/');
		expect(t.screen()).toContain('[ ]');
		t.line('docker rm -f nope');
		await t.waitFor('No such container');
		expect(t.screenWithEscapes()).not.toMatch(colour);
		for (const line of level.solution) t.line(line);
		await t.waitFor('Level solved!');
		expect(t.screenWithEscapes()).not.toMatch(colour);
	});

	test('80x24: the heading, the map, the goals and the prompt all stay on screen', async () => {
		const t = terminal({args: ['play', levelFile('01-basics', '01').id], cols: 80, rows: 24});
		await t.waitFor('Goals 0/');
		t.line('map');
		for (let i = 1; i <= 14; i++) t.line(`docker run -d --name app${i} -p 80${String(i).padStart(2, '0')}:80 nginx`);
		t.line('docker network create back');
		t.line('docker network connect back app1');
		let screen = await t.waitFor(/^\$ docker network connect back app1$/m);
		screen = await t.waitFor((s) => /Goals/.test(s) && PROMPT.test(s.split('\n').at(-1)!));
		const rows = screen.split('\n');
		expect(rows.length).toBeLessThanOrEqual(24);
		expect(rows.some((r) => r.includes('basics 01'))).toBe(true);
		expect(rows.some((r) => /host +\d/.test(r))).toBe(true);
		expect(rows.some((r) => r.includes('more lines'))).toBe(true);
		// The live area never filled the screen: Ink did not clear and reprint the scrollback.
		expect(t.history().match(/^\$ map$/gm)).toHaveLength(1);

		// A Tab listing fits too.
		await t.pressApart('Tab', 'Tab');
		screen = await t.waitFor(/more$/m);
		expect(screen.split('\n').some((r) => r.includes('basics 01'))).toBe(true);
		expect(screen.split('\n').some((r) => r.startsWith('$'))).toBe(true);
	});

	test('80x24: the level map fits and scrolls', async () => {
		const t = terminal({cols: 80, rows: 24});
		let screen = await t.waitFor('Enter play');
		expect(screen.split('\n').length).toBeLessThan(24);
		expect(screen).toMatch(/❯ {3}01 /);
		const total = readdirSync(path.join(ROOT, 'levels'), {recursive: true}).filter((f) => String(f).endsWith('.yaml') && !String(f).endsWith('pack.yaml')).length;
		// Keys sent back to back may arrive in one read; every one of them must move the pointer.
		for (let i = 1; i < total + 3; i++) t.press('Down');
		screen = await t.waitFor(new RegExp(`❯ {3}${total} `));
		// The window scrolls (it does not wrap around) and names the pack at its top.
		expect(screen).not.toMatch(/ 01 /);
		expect(screen.split('\n')[1]).toMatch(/^[A-Z]/);
		expect(screen.split('\n').length).toBeLessThan(24);
		// Never taller than the terminal, so Ink never cleared the screen and reprinted the map.
		expect(t.history().match(/Enter play/g)).toHaveLength(1);
		t.press('Up', 'Up', 'Enter');
		// The level two from the end may start with some goals met (a broken world that is half right).
		screen = await t.waitFor(/Goals \d+\/\d+/);
		expect(screen).toContain(String(total - 2));
		// The map's last frame is erased when the level starts.
		expect(t.history()).not.toContain('Enter play');
	});
});
