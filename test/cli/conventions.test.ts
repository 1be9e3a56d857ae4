// Issue 12, CLI conventions: an unknown mode is named in one line (exit 2), each mode has its own
// --help, exit codes are 0 ok / 1 not solved or invalid / 2 bad usage or unreadable input, a closed
// pipe ends quietly, counts have the right plural, and the npm package ships what README links to.
// The process tests run the built game (npm test builds it first).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {MODE_WORDS, parseArgs} from '../../src/cli/args.js';
import {usage} from '../../src/cli/usage.js';
import {runMode} from '../../src/cli/modes.js';
import {plural} from '../../src/cli/plural.js';
import {level} from '../levels/hostile/make-pack.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/netdojo.js');

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-conv-'));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

function netdojo(args: string[], input = '') {
	const r = spawnSync(process.execPath, [BIN, ...args], {input, encoding: 'utf8', env: {...process.env, NETDOJO_HOME: path.join(dir, 'home'), CI: '1'}, timeout: 60_000});
	return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

function options(argv: string[]) {
	const parsed = parseArgs(argv);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.options;
}

/** Runs a mode in this process with stdout/stderr captured. */
async function run(argv: string[]) {
	let out = '';
	let err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
	process.env.NETDOJO_HOME = path.join(dir, 'home');
	try {
		const code = await runMode(options(argv));
		return {code, out, err};
	} finally {
		delete process.env.NETDOJO_HOME;
		vi.restoreAllMocks();
	}
}

function pack(name: string, files: Record<string, string>): string {
	const root = path.join(dir, name);
	fs.mkdirSync(root, {recursive: true});
	for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
	return root;
}

describe('unknown modes and help', () => {
	it('an unknown mode is a one-line error naming it, exit 2, with or without a terminal', () => {
		const parsed = parseArgs(['bogus']);
		expect(parsed).toEqual({ok: false, error: expect.stringContaining('unknown mode "bogus"')});
		const r = netdojo(['bogus']);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain('"bogus"');
	});

	it('each MODE --help prints that mode\'s own help, not the global one', () => {
		const global = usage();
		for (const mode of MODE_WORDS) {
			const parsed = parseArgs([mode, '--help']);
			expect(parsed.ok && parsed.options).toMatchObject({mode: 'help', helpFor: mode});
			const own = usage(mode);
			expect(own, mode).not.toBe(global);
			expect(own, mode).toMatch(new RegExp(`^Usage: netdojo ${mode}\\b`));
		}
		expect(parseArgs(['help', 'check'])).toMatchObject({ok: true, options: {mode: 'help', helpFor: 'check'}});
		expect(parseArgs(['--help'])).toMatchObject({ok: true, options: {mode: 'help'}});
		const r = netdojo(['validate', '--help']);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^Usage: netdojo validate/);
	});
});

describe('extra words', () => {
	it('a mode given more arguments than it takes is bad usage, naming the first extra one', () => {
		expect(parseArgs(['levels', 'extra'])).toEqual({ok: false, error: 'levels: unexpected argument "extra"'});
		expect(parseArgs(['script', 'a.txt', 'b.txt'])).toEqual({ok: false, error: 'script: unexpected argument "b.txt"'});
		expect(parseArgs(['play', 'first-contact', 'user-bridge'])).toEqual({ok: false, error: 'play: unexpected argument "user-bridge"'});
		expect(parseArgs(['validate', 'a', 'b', 'c']).ok).toBe(true);
		const r = netdojo(['levels', 'extra']);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(`netdojo: levels: unexpected argument "extra"; see 'netdojo --help'\n`);
	});
});

describe('exit codes', () => {
	it('validate /nonexistent and --levels /nonexistent are bad input: exit 2, one line', async () => {
		const missing = path.join(dir, 'nonexistent');
		const v = await run(['validate', missing]);
		expect(v.code).toBe(2);
		expect(v.err).toBe(`netdojo validate: cannot read ${missing}: no such file or folder\n`);
		for (const mode of ['levels', 'validate', 'check']) {
			const argv = mode === 'check' ? ['check', 'first-contact', '--solution', missing] : [mode];
			const r = await run([...argv, '--levels', missing]);
			expect(r.code, mode).toBe(2);
			expect(r.err, mode).toContain(`--levels ${missing}: no such file or folder`);
		}
		const p = netdojo(['levels', '--levels', missing]);
		expect(p.code).toBe(2);
	});

	it('validate: 0 for a valid pack, 1 for an invalid one', async () => {
		const good = pack('good', {'01-a.yaml': level('conv-good')});
		expect((await run(['validate', good])).code).toBe(0);
		const bad = pack('bad', {'01-a.yaml': level('conv-bad').replace('par: 1', 'par: lots')});
		expect((await run(['validate', bad])).code).toBe(1);
	});
});

describe('validate finds what would break at play time', () => {
	it('a setup line that fails fails the level, naming the line', async () => {
		const text = level('conv-setup').replace('goals:', 'world:\n  setup:\n    - docker network create fine\n    - docker run -d --name db ngnix\n    - docker netwrk create x\ngoals:');
		const p = pack('setup', {'01-a.yaml': text});
		const r = await run(['validate', p]);
		expect(r.code).toBe(1);
		const file = path.join(p, '01-a.yaml');
		expect(r.err).toContain(`${file}:8:7: setup line 2 failed: "docker run -d --name db ngnix": Unable to find image 'ngnix:latest' locally`);
		expect(r.err).toContain(`${file}:9:7: setup line 3 failed: "docker netwrk create x": docker: unknown command: docker netwrk`);
		expect(r.err).not.toContain('setup line 1');
	});

	it('a level id used by a built-in level is reported for `validate DIR`', async () => {
		const p = pack('clash', {'01-a.yaml': level('first-contact'), '02-b.yaml': level('conv-unique')});
		const r = await run(['validate', p]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(new RegExp(`${path.join(p, '01-a.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:5: level id "first-contact" is already used by .*01-first-contact\\.yaml`));
		expect(r.err).not.toContain('conv-unique');
	});

	it('a pack id used by a built-in pack is reported too', async () => {
		const p = pack('basics', {'01-a.yaml': level('conv-own')});
		const r = await run(['validate', p]);
		expect(r.code).toBe(1);
		expect(r.err).toContain('pack id "basics" is already used by');
	});

	it('validating the built-in folder itself is no clash', async () => {
		const r = await run(['validate', path.join(ROOT, 'levels', '01-basics')]);
		expect(r.err).not.toContain('already used');
	});
});

describe('words', () => {
	it('plural forms', async () => {
		expect(plural(1, 'level')).toBe('1 level');
		expect(plural(2, 'level')).toBe('2 levels');
		expect(plural(0, 'pack')).toBe('0 packs');
		const one = pack('one', {'01-a.yaml': level('conv-one')});
		expect((await run(['validate', one])).out).toBe('1 level in 1 pack: all valid\n');
	});
});

describe('pipes', () => {
	it('`netdojo levels | head -1` ends quietly when head has read enough', () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 1500; i++) files[`${String(i).padStart(4, '0')}.yaml`] = level(`pipe-${i}`, '', `A rather long level title to fill the pipe ${i}`);
		const big = pack('big', files);
		const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" levels --levels "${big}" | head -1`], {encoding: 'utf8', env: {...process.env, NETDOJO_HOME: path.join(dir, 'home')}, timeout: 60_000});
		expect(r.stdout).toBe('basics\n');
		expect(r.stderr).toBe('');
		// Loading 1,500 level files is what takes the time (the pipe must overflow); on a loaded
		// 2-core machine that passed the suite's 20 s, so this test waits as long as its child may.
	}, 70_000);
});

describe('the npm package', () => {
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {files: string[]; license: string};

	it('ships every file the README links to', () => {
		const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			expect(fs.existsSync(path.join(ROOT, link)), link).toBe(true);
			const top = link.split('/')[0];
			expect(manifest.files.includes(top) || ['README.md', 'LICENSE', 'package.json'].includes(link), `${link} is in package.json "files"`).toBe(true);
		}
	});

	it('has the LICENSE its package.json names', () => {
		expect(manifest.license).toBe('MIT');
		const license = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
		expect(license).toMatch(/^MIT License/);
		expect(license).toContain('Copyright (c) 2026 netdojo contributors');
	});
});
