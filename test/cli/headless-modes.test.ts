// The headless modes as a user calls them: script (terminal transcript and --json, exec -it
// moving inside), check --json, validate on a pack with a broken solution, --levels DIR beside the
// built-in packs with a broken file skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {parseArgs} from '../../src/cli/args.js';
import {scriptMode} from '../../src/cli/script-mode.js';
import {checkMode} from '../../src/cli/check-mode.js';
import {validateMode} from '../../src/cli/validate-mode.js';
import {levelsMode} from '../../src/cli/levels-mode.js';

let dir: string;
let out: string;
let err: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-cli-'));
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
	process.env.NETDOJO_HOME = path.join(dir, 'home');
});
afterEach(() => {
	vi.restoreAllMocks();
	delete process.env.NETDOJO_HOME;
	fs.rmSync(dir, {recursive: true, force: true});
});

function options(argv: string[]) {
	const parsed = parseArgs(argv);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.options;
}

function file(name: string, text: string): string {
	const p = path.join(dir, name);
	fs.mkdirSync(path.dirname(p), {recursive: true});
	fs.writeFileSync(p, text);
	return p;
}

const LEVEL = `id: tiny-web
title: {en: "Tiny web", ko: "작은 웹"}
briefing: {en: "Publish nginx on 8080."}
par: 1
goals:
  - id: host-reaches
    text: {en: "localhost:8080 answers"}
    probe: {from: host, to: "http://localhost:8080/", expect: reachable, body: "Welcome to nginx"}
hints:
  - {en: "-p HOST:CONTAINER"}
solution:
  - docker run -d -p 8080:80 nginx
`;

describe('netdojo script', () => {
	it('prints a terminal transcript, skipping blank and # lines, and follows exec -it inside', async () => {
		const f = file('s.txt', '# a comment\n\ndocker run -d --name web nginx\ndocker exec -it web sh\nhostname\nexit\necho back\n');
		expect(await scriptMode(options(['script', f, '--seed', '1']))).toBe(0);
		const lines = out.split('\n');
		expect(lines[0]).toBe('$ docker run -d --name web nginx');
		expect(lines[1]).toMatch(/^[0-9a-f]{64}$/);
		expect(out).toContain('$ docker exec -it web sh\n');
		// Inside the container the prompt is the image's (nginx is Debian: bash's root prompt).
		expect(out).toMatch(/\n(root@[0-9a-f]{12}:\/# |\/ # )hostname\n[0-9a-f]{12}\n/);
		expect(out).toContain('\n$ echo back\nback\n');
	});

	it('--json prints one array of {command, stdout, stderr, exitCode, output}', async () => {
		const f = file('s.txt', 'docker network create n1\ndocker network create n1\n');
		expect(await scriptMode(options(['script', '--json', f]))).toBe(0);
		const entries = JSON.parse(out) as {command: string; stdout: string; stderr: string; exitCode: number}[];
		expect(entries.map((e) => Object.keys(e))).toEqual([['command', 'stdout', 'stderr', 'exitCode', 'output'], ['command', 'stdout', 'stderr', 'exitCode', 'output']]);
		const error = 'Error response from daemon: network with name n1 already exists\n';
		expect(entries[1]).toEqual({command: 'docker network create n1', stdout: '', stderr: error, exitCode: 1, output: [{fd: 2, text: error}]});
	});

	it('prints stdout and stderr in the order written; --json keeps them apart and adds that order', async () => {
		const f = file('s.txt', 'echo one; ls /nope; echo two\n');
		expect(await scriptMode(options(['script', f]))).toBe(0);
		expect(out).toBe("$ echo one; ls /nope; echo two\none\nls: cannot access '/nope': No such file or directory\ntwo\n");
		out = '';
		expect(await scriptMode(options(['script', '--json', f]))).toBe(0);
		const [entry] = JSON.parse(out) as {stdout: string; stderr: string; output: {fd: number; text: string}[]}[];
		expect(entry.stdout).toBe('one\ntwo\n');
		expect(entry.output.map((c) => c.fd)).toEqual([1, 2, 1]);
	});

	it('the same seed prints the same ids', async () => {
		const f = file('s.txt', 'docker run -d nginx\n');
		await scriptMode(options(['script', '--seed', '7', f]));
		const first = out;
		out = '';
		await scriptMode(options(['script', '--seed', '7', f]));
		expect(out).toBe(first);
	});

	it('a missing file is bad input (exit 2) with a clear message', async () => {
		expect(await scriptMode(options(['script', path.join(dir, 'nope.txt')]))).toBe(2);
		expect(err).toContain('cannot read');
	});

	it('--level runs in that level\'s world', async () => {
		const f = file('s.txt', 'docker ps --format "{{.Names}}"\n');
		expect(await scriptMode(options(['script', '--level', 'port-taken', f]))).toBe(0);
		expect(out).toContain('app1');
	});
});

describe('netdojo check, validate and --levels DIR', () => {
	it('check --json reports solvedAt as the line after which every goal was first met', async () => {
		const pack = path.dirname(file('pack/01-tiny.yaml', LEVEL));
		const sol = file('sol.txt', 'docker ps\ndocker run -d -p 8080:80 nginx\ncurl -s localhost:8080\n');
		expect(await checkMode(options(['check', 'tiny-web', '--levels', pack, '--solution', sol, '--json']))).toBe(0);
		const report = JSON.parse(out);
		expect(report).toMatchObject({level: 'tiny-web', solved: true, commands: 3, par: 1, solvedAt: 2});
		expect(report.goals).toEqual([{id: 'host-reaches', met: true, detail: expect.any(String)}]);
	});

	it('an unknown level is bad input (exit 2)', async () => {
		const sol = file('sol.txt', 'docker ps\n');
		expect(await checkMode(options(['check', 'no-such-level', '--solution', sol]))).toBe(2);
		expect(err).toContain('unknown level "no-such-level"');
	});

	it('validate reports a reference solution that does not solve its level, with file and line', async () => {
		const broken = LEVEL.replace('  - docker run -d -p 8080:80 nginx', '  - docker run -d -p 8080:8080 nginx');
		const f = file('pack/01-tiny.yaml', broken);
		expect(await validateMode(options(['validate', path.dirname(f)]))).toBe(1);
		const line = broken.split('\n').findIndex((l) => l.startsWith('solution:')) + 1;
		expect(err).toContain(`${f}:${line}:`);
		expect(err).toContain('goal "host-reaches" is not met');
	});

	it('a pack passed with --levels loads beside the built-in ones; a broken file in it is reported and skipped', async () => {
		const pack = path.dirname(file('pack/01-tiny.yaml', LEVEL));
		file('pack/02-broken.yaml', 'id: broken\ntitle: x\nbriefng: typo\n');
		expect(await levelsMode(options(['levels', '--json', '--levels', pack]))).toBe(0);
		const ids = (JSON.parse(out) as {id: string}[]).map((r) => r.id);
		expect(ids).toContain('first-contact');
		expect(ids).toContain('tiny-web');
		expect(ids).not.toContain('broken');
		expect(err).toContain('02-broken.yaml:3:');
	});
});
