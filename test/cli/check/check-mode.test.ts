import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from '../../../src/cli/args.js';
import {checkMode} from '../../../src/cli/check-mode.js';
import {parseXml, type XmlElement} from './xml.js';

// Graded against the first built-in level: publish nginx on host port 8080.
const LEVEL = 'first-contact';
const GOOD = 'docker run -d --name web -p 8080:80 nginx\n';

let dir: string;
let out: string;
let err: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-check-'));
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

function classFolder(files: Record<string, string>): string {
	const folder = path.join(dir, 'class');
	fs.mkdirSync(folder, {recursive: true});
	for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
	return folder;
}

async function check(...argv: string[]): Promise<number> {
	const parsed = parseArgs(['check', ...argv]);
	if (!parsed.ok) throw new Error(parsed.error);
	return checkMode(parsed.options);
}

const mixed = {
	'alice.txt': GOOD,
	'bob.sh': '# bob publishes the wrong container port\ndocker run -d --name web -p 8080:8080 nginx\n',
	'carol.txt': 'docker ps\n' + GOOD,
	'README.md': 'not a solution, ignored',
};

describe('netdojo check says what a bare result hides (issue 18)', () => {
	it('solved then broken, reset (counted, not zeroed), hints and the solution, empty and garbage files', async () => {
		const folder = classFolder({
			'broken.txt': `${GOOD}docker rm -f web\n`,
			'reset.txt': `docker run -d --name other nginx\nreset\n${GOOD}`,
			'helped.txt': `hint\nhint\nhint\nsolution\n${GOOD}`,
			'empty.txt': '# todo\n\n',
		});
		fs.writeFileSync(path.join(folder, 'random.txt'), Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x0a, 0x1b, 0x5b]));
		expect(await check(LEVEL, '--solution', folder, '--json')).toBe(1);
		const rows = JSON.parse(out) as {file: string; solved: boolean; commands: number; solvedAt: number | null; flags: string[]; hintsUsed: number; solutionShown: boolean; garbage?: string}[];
		const by = Object.fromEntries(rows.map((r) => [path.basename(r.file), r]));
		expect(by['broken.txt']).toMatchObject({solved: false, solvedAt: 1, flags: ['solved-then-broken']});
		expect(by['reset.txt']).toMatchObject({solved: true, commands: 2, flags: ['used-reset']});
		expect(by['helped.txt']!.hintsUsed).toBeGreaterThan(0);
		expect(by['helped.txt']).toMatchObject({solved: true, solutionShown: true});
		expect(by['empty.txt']).toMatchObject({solved: false, commands: 0, flags: ['empty']});
		expect(by['random.txt']).toMatchObject({solved: false, commands: 0, flags: ['garbage']});
		expect(by['random.txt']!.garbage).toMatch(/^not text: byte 0xbe at byte 3 is not UTF-8/);
		out = '';
		await check(LEVEL, '--solution', path.join(folder, 'broken.txt'));
		expect(out).toContain('  solved after line 1, then broken again by the last line\n  flags: solved-then-broken\n');
	});

	it('--junit times each testcase with its replay, not 0', async () => {
		const report = path.join(dir, 'r.xml');
		await check(LEVEL, '--solution', classFolder({'a.txt': GOOD}), '--junit', report);
		const {root} = parseXml(fs.readFileSync(report, 'utf8'));
		const testcase = root.children[0]!.children[0]!;
		expect(Number(testcase.attributes.time)).toBeGreaterThan(0);
	});
});

describe('netdojo check on a folder of solutions', () => {
	it('exit 0 when every solution solves the level, with the summary table', async () => {
		const folder = classFolder({'alice.txt': GOOD, 'carol.txt': 'docker ps\n' + GOOD});
		expect(await check(LEVEL, '--solution', folder)).toBe(0);
		expect(err).toBe('');
		expect(out).toBe(
			[
				'SOLUTION   RESULT      GOALS   COMMANDS  PAR  FLAGS',
				'alice.txt  solved      1/1     1         1    -',
				'carol.txt  solved      1/1     2         1    -',
				'',
				'2 of 2 solved',
				'',
			].join('\n'),
		);
	});

	it('exit 1 when any solution does not solve it; files in name order, *.txt and *.sh only', async () => {
		expect(await check(LEVEL, '--solution', classFolder(mixed))).toBe(1);
		const lines = out.split('\n');
		expect(lines[0]).toBe('SOLUTION   RESULT      GOALS   COMMANDS  PAR  FLAGS');
		expect(lines.slice(1, 4).map((l) => l.split(/\s{2,}/).slice(0, 4))).toEqual([
			['alice.txt', 'solved', '1/1', '1'],
			['bob.sh', 'not solved', '0/1', '1'],
			['carol.txt', 'solved', '1/1', '2'],
		]);
		expect(out).toContain('\n2 of 3 solved\n');
		expect(out).not.toContain('README');
	});

	it('--json prints one array entry per file', async () => {
		const folder = classFolder(mixed);
		expect(await check(LEVEL, '--solution', folder, '--json')).toBe(1);
		const rows = JSON.parse(out) as {file: string; level: string; solved: boolean; goals: {id: string; met: boolean; detail: string}[]; commands: number; par: number; solvedAt: number | null}[];
		expect(Array.isArray(rows)).toBe(true);
		expect(rows.map((r) => [path.basename(r.file), r.level, r.solved, r.commands, r.par, r.solvedAt])).toEqual([
			['alice.txt', LEVEL, true, 1, 1, 1],
			['bob.sh', LEVEL, false, 1, 1, null],
			['carol.txt', LEVEL, true, 2, 1, 2],
		]);
		expect(rows[1]!.goals).toEqual([{id: 'host-reaches-nginx', met: false, detail: expect.any(String), why: expect.stringContaining('nothing listens on port 8080')}]);
		// The paths are the ones a script can open.
		for (const r of rows) expect(fs.existsSync(r.file)).toBe(true);
	});

	it('one file with --json prints a single object, not an array', async () => {
		const file = path.join(dir, 'one.txt');
		fs.writeFileSync(file, GOOD);
		expect(await check(LEVEL, '--solution', file, '--json')).toBe(0);
		expect(JSON.parse(out)).toMatchObject({level: LEVEL, solved: true, commands: 1, par: 1});
	});

	it('--junit writes XML with the JUnit schema’s required elements and attributes', async () => {
		const folder = classFolder({...mixed, 'd&"q" <x>.txt': 'docker run -d --name web -p 9090:80 nginx\n'});
		const report = path.join(dir, 'report.xml');
		expect(await check(LEVEL, '--solution', folder, '--junit', report)).toBe(1);
		const {declaration, root} = parseXml(fs.readFileSync(report, 'utf8'));
		expect(declaration).toMatch(/version="1\.0"/);
		expect(declaration).toMatch(/encoding="UTF-8"/);

		expect(root.name).toBe('testsuites');
		expect(root.attributes).toMatchObject({tests: '4', failures: '2'});
		const suites = root.children;
		expect(suites.map((s) => s.name)).toEqual(['testsuite']);
		const suite = suites[0]!;
		for (const attr of ['name', 'tests', 'failures']) expect(suite.attributes).toHaveProperty(attr);
		expect(suite.attributes['name']).toBe(LEVEL);

		const cases = suite.children;
		expect(cases.every((c) => c.name === 'testcase')).toBe(true);
		expect(Number(suite.attributes['tests'])).toBe(cases.length);
		const failed = (c: XmlElement) => c.children.some((x) => x.name === 'failure');
		expect(Number(suite.attributes['failures'])).toBe(cases.filter(failed).length);
		for (const c of cases) {
			expect(c.attributes['classname']).toBe(`netdojo.${LEVEL}`);
			expect(c.attributes['name']).toMatch(/\.(txt|sh)$/);
			for (const f of c.children) {
				expect(f.name).toBe('failure');
				expect(f.attributes['message']).toMatch(/^not solved: /);
			}
		}
		expect(cases.map((c) => [c.attributes['name'], failed(c)])).toEqual([
			['alice.txt', false],
			['bob.sh', true],
			['carol.txt', false],
			['d&"q" <x>.txt', true],
		]);
		const bob = cases[1]!.children[0]!;
		expect(bob.attributes['message']).toBe('not solved: host-reaches-nginx');
		expect(bob.text).toMatch(/^host-reaches-nginx: /);
		// The table still goes to stdout.
		expect(out).toContain('2 of 4 solved');
	});

	it('an all-solved JUnit report has no failure elements', async () => {
		const report = path.join(dir, 'ok.xml');
		expect(await check(LEVEL, '--solution', classFolder({'a.txt': GOOD}), '--junit', report)).toBe(0);
		const {root} = parseXml(fs.readFileSync(report, 'utf8'));
		expect(root.children[0]!.attributes).toMatchObject({tests: '1', failures: '0'});
		expect(root.children[0]!.children[0]!.children).toEqual([]);
	});

	it('exit 2 on bad input: empty folder, unknown level, no solution, unwritable report', async () => {
		const empty = path.join(dir, 'empty');
		fs.mkdirSync(empty);
		expect(await check(LEVEL, '--solution', empty)).toBe(2);
		expect(err).toMatch(/no solution files \(\*\.txt, \*\.sh\) in /);
		expect(await check('no-such-level', '--solution', empty)).toBe(2);
		expect(err).toMatch(/unknown level "no-such-level"/);
		expect(await check(LEVEL)).toBe(2);
		expect(await check(LEVEL, '--solution', classFolder({'a.txt': GOOD}), '--junit', path.join(dir, 'missing', 'dir', 'r.xml'))).toBe(2);
		expect(err).toMatch(/cannot write .*r\.xml/);
	});

	it('a folder whose name ends in .txt inside the class folder is not read as a solution', async () => {
		const folder = classFolder({'a.txt': GOOD});
		fs.mkdirSync(path.join(folder, 'old.txt'));
		expect(await check(LEVEL, '--solution', folder)).toBe(0);
		expect(out).toContain('1 of 1 solved');
	});
});

describe('netdojo check output shape', () => {
	it('a folder of one solution still prints the class table (as --json prints an array)', async () => {
		expect(await check(LEVEL, '--solution', classFolder({'only.txt': GOOD}))).toBe(0);
		expect(out).toMatch(/^SOLUTION +RESULT/);
		expect(out).toContain('1 of 1 solved');
	});

	it('one solution file prints the goal list', async () => {
		const file = path.join(dir, 'one.txt');
		fs.writeFileSync(file, GOOD);
		expect(await check(LEVEL, '--solution', file)).toBe(0);
		expect(out).toMatch(/^first-contact: solved \(1 commands, par 1, solved after line 1\)\n {2}\[x\] host-reaches-nginx: /);
	});
});
