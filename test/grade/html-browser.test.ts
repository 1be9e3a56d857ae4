// The HTML report in a real headless browser (issue 18, "Done when"): Debian's chromium loads
// the page with no console errors, its DOM holds the class table, and it can take a screenshot.
// Needs chromium (.ci/run installs it, as it does tmux): the test fails, rather than skips, without it.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {parseArgs} from '../../src/cli/args.js';
import {runMode} from '../../src/cli/modes.js';
import {level} from '../levels/hostile/make-pack.js';

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-html-'));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

function write(rel: string, content: string): void {
	fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
	fs.writeFileSync(path.join(dir, rel), content);
}

const chromium = ['chromium', 'chromium-browser'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);

function browser(args: string[]) {
	// A profile of its own, so nothing of the machine's is read or written.
	return spawnSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${path.join(dir, 'profile')}`, '--enable-logging=stderr', '--v=0', ...args], {encoding: 'utf8', timeout: 90_000});
}

describe('grade --html in headless chromium', () => {
	it('opens without console errors, shows the class table and takes a screenshot', async () => {
		expect(chromium, 'chromium is not installed (apt-get install chromium; .ci/run does)').toBeDefined();
		write('pack/01-a.yaml', level('h-a'));
		write('pack/02-b.yaml', level('h-b'));
		write('subs/ana/h-a.txt', 'docker run -d --name web nginx\n');
		write('subs/ben/h-a.txt', 'docker run -d --name other nginx\n');
		write('subs/ben/h-b.txt', '# <script>alert(1)</script>\n');
		const page = path.join(dir, 'class.html');
		vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const parsed = parseArgs(['grade', path.join(dir, 'pack'), path.join(dir, 'subs'), '--html', page]);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(await runMode(parsed.options)).toBe(1);
		vi.restoreAllMocks();

		const url = pathToFileURL(page).href;
		const dom = browser(['--dump-dom', url]);
		expect(dom.status).toBe(0);
		expect(dom.stderr).not.toMatch(/CONSOLE|Uncaught|Refused to/);
		const table = /<table id="class">([\s\S]*?)<\/table>/.exec(dom.stdout)?.[1] ?? '';
		expect([...table.matchAll(/<a href="#student-[^"]*">([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(['ana', 'ben']);
		expect(dom.stdout).not.toContain('<script>');

		const shot = path.join(dir, 'class.png');
		const r = browser([`--screenshot=${shot}`, '--window-size=1200,900', url]);
		expect(r.status).toBe(0);
		const png = fs.readFileSync(shot);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.length).toBeGreaterThan(5000);
	}, 200_000);
});
