// `netdojo pack DIR -o FILE` (issue 18 item 3): one file with the pack's content hash, loaded by
// --levels like the folder (same levels, same hash), refused when edited, and bounded like any
// level file from a stranger.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {parseArgs} from '../../src/cli/args.js';
import {runMode} from '../../src/cli/modes.js';
import {builtinLevelsDir, loadPacks, packHash} from '../../src/levels/index.js';
import {BUNDLE_LIMITS, isBundleText} from '../../src/levels/bundle.js';
import {level} from '../levels/hostile/make-pack.js';

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-pack-'));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

async function run(argv: string[]) {
	let out = '';
	let err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
	process.env.NETDOJO_HOME = path.join(dir, 'home');
	try {
		const parsed = parseArgs(argv);
		if (!parsed.ok) throw new Error(parsed.error);
		return {code: await runMode(parsed.options), out, err};
	} finally {
		delete process.env.NETDOJO_HOME;
		vi.restoreAllMocks();
	}
}

function writePack(name: string, files: Record<string, string>): string {
	const root = path.join(dir, name);
	fs.mkdirSync(root, {recursive: true});
	for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
	return root;
}

const WORKSHOP = {'pack.yaml': 'id: workshop\ntitle: {en: "Workshop"}\norder: 20\n', '01-one.yaml': `# a comment\n${level('w-one')}`, '02-two.yaml': level('w-two')};

describe('netdojo pack', () => {
	it('writes one file that --levels loads as the same pack with the same hash', async () => {
		const src = writePack('workshop', WORKSHOP);
		const file = path.join(dir, 'workshop.yaml');
		const r = await run(['pack', src, '-o', file]);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		const folder = loadPacks([src]).packs[0];
		expect(folder.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(r.out).toBe(`packed workshop: 2 levels, ${folder.hash} (${folder.hash.slice(7, 19)}) -> ${file}\n`);
		const text = fs.readFileSync(file, 'utf8');
		expect(isBundleText(text)).toBe(true);
		expect(text).toContain('# a comment');
		const loaded = loadPacks([file]);
		expect(loaded.errors).toEqual([]);
		expect(loaded.packs).toHaveLength(1);
		const bundle = loaded.packs[0];
		expect({id: bundle.id, title: bundle.title, order: bundle.order, hash: bundle.hash}).toEqual({id: 'workshop', title: {en: 'Workshop'}, order: 20, hash: folder.hash});
		expect(bundle.levels).toEqual(folder.levels);
		// The levels command sees it beside the built-in packs.
		const listed = await run(['levels', '--json', '--levels', file]);
		expect(listed.code).toBe(0);
		expect(listed.out).toContain('"w-two"');
	});

	it('the hash is over content: reformatting or comments do not change it, a changed word does', () => {
		const a = loadPacks([writePack('a', WORKSHOP)]).packs[0];
		const b = loadPacks([writePack('b', {...WORKSHOP, '01-one.yaml': `${level('w-one')}\n\n# another comment\n`})]).packs[0];
		const c = loadPacks([writePack('c', {...WORKSHOP, '01-one.yaml': level('w-one', '', 'Level one, renamed')})]).packs[0];
		expect(b.hash).toBe(a.hash);
		expect(c.hash).not.toBe(a.hash);
		expect(packHash(a)).toBe(a.hash);
	});

	it('the built-in packs carry their hash (also from the precompiled file)', () => {
		const {packs} = loadPacks([builtinLevelsDir()]);
		for (const p of packs) expect(p.hash).toBe(packHash(p));
	});

	it('an edited pack file is refused with the reason, not half-trusted', async () => {
		const file = path.join(dir, 'w.yaml');
		expect((await run(['pack', writePack('workshop', WORKSHOP), '-o', file])).code).toBe(0);
		fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Run it.', 'Just run it.'));
		const loaded = loadPacks([file]);
		expect(loaded.packs).toEqual([]);
		expect(loaded.errors.map((e) => e.message).join('\n')).toMatch(/hash does not match its content \(its levels were changed after it was packed\)/);
	});

	it('a broken level inside a pack file is reported at its line in the pack file', () => {
		const file = path.join(dir, 'w.yaml');
		const good = fs.readFileSync(path.join(writePack('workshop', WORKSHOP), '02-two.yaml'), 'utf8');
		const body = good.replace('par: 1', 'par: one');
		const text = `format: netdojo-pack\nversion: 1\nid: workshop\ntitle: W\nhash: sha256:${'0'.repeat(64)}\nlevels:\n  - file: 02-two.yaml\n    text: |\n${body
			.split('\n')
			.map((l) => `      ${l}`)
			.join('\n')}\n`;
		fs.writeFileSync(file, text);
		const {errors} = loadPacks([file]);
		const parErr = errors.find((e) => e.path === 'par');
		const parLine = text.split('\n').findIndex((l) => l.includes('par: one')) + 1;
		expect(parErr).toMatchObject({file, line: parLine, column: 12});
	});

	it('refuses bad input: no folder, no -o, a broken pack, a too-big pack file', async () => {
		expect((await run(['pack', path.join(dir, 'none'), '-o', 'x.yaml'])).code).toBe(2);
		expect((await run(['pack', writePack('w', WORKSHOP)])).code).toBe(2);
		const broken = await run(['pack', writePack('b', {'01-x.yaml': level('bx').replace('par: 1', 'par: zero')}), '-o', path.join(dir, 'b.yaml')]);
		expect(broken.code).toBe(1);
		expect(broken.err).toMatch(/01-x\.yaml:4:\d+: .*par/);
		expect(fs.existsSync(path.join(dir, 'b.yaml'))).toBe(false);
		const huge = path.join(dir, 'huge.yaml');
		fs.writeFileSync(huge, `format: netdojo-pack\n# ${'x'.repeat(BUNDLE_LIMITS.maxBytes)}\n`);
		const loaded = loadPacks([huge]);
		expect(loaded.packs.flatMap((p) => p.levels)).toEqual([]);
		expect(loaded.errors[0].message).toMatch(/this file is over \d+ MB/);
	});

	it('escape sequences in a pack file never reach the terminal', async () => {
		const file = path.join(dir, 'e.yaml');
		expect((await run(['pack', writePack('workshop', {...WORKSHOP, '02-two.yaml': level('w-two', '', 'Two \u001b]52;c;aGk=\u0007 \u001b[2J')}), '-o', file])).code).toBe(0);
		const listed = await run(['levels', '--levels', file]);
		expect(listed.out).toContain('Two');
		expect(listed.out).not.toMatch(/\u001b/);
	});
});
