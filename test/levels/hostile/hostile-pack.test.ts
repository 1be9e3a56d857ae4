// Issue 12: a level pack with hostile content of every kind validates or is refused, naming the
// file and the line, and never takes the built-in levels down with it. (Timings: see the report;
// these tests assert what happens, not how fast.)
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtinLevelsDir, loadLevelFile, loadPacks, parseLevel, stripControlChars} from '../../../src/levels/index.js';
import {makeHostilePack, type HostileFile} from './make-pack.js';

let pack: ReturnType<typeof makeHostilePack>;
beforeAll(() => {
	pack = makeHostilePack();
});
afterAll(() => pack.remove());

const builtinIds = () => loadPacks([builtinLevelsDir()]).packs.flatMap((p) => p.levels.map((l) => l.id));

describe('a hostile level pack', () => {
	it('loads beside the built-in levels: every built-in level stays, every hostile file is loaded or refused by name', () => {
		const {packs, errors} = loadPacks([builtinLevelsDir(), pack.root]);
		const ids = packs.flatMap((p) => p.levels.map((l) => l.id));
		expect(ids).toEqual(expect.arrayContaining(builtinIds()));
		const hostileFiles = new Set(pack.files.map((f) => join(pack.root, f.name)));
		for (const error of errors) expect(hostileFiles, `${error.file}: ${error.message}`).toContain(error.file);
		for (const file of pack.files) {
			const path = join(pack.root, file.name);
			const mine = errors.filter((e) => e.file === path);
			if (file.expect === 'load') {
				expect(mine, file.name).toEqual([]);
				continue;
			}
			expect(mine.length, `${file.name} is refused`).toBeGreaterThan(0);
			if (file.line !== undefined) expect(mine[0].line, file.name).toBe(file.line);
			if (file.says) expect(mine[0].message, file.name).toMatch(file.says);
		}
		expect(ids).toContain('hostile-good');
		expect(ids).not.toContain('hostile-dashes');
	});

	it('each file on its own: a result, never a throw; refusals carry a line when the content is at fault', () => {
		const byName = new Map<string, HostileFile>(pack.files.map((f) => [f.name, f]));
		for (const name of ['02-dashes.yaml', '03-flow.yaml', '04-nest-300.yaml', '05-nest-2000.yaml', '06-laughs.yaml', '07-briefing.yaml', '09-bad-utf8.yaml', '11-many-aliases.yaml', '16-long-list.yaml', '17-many-keys.yaml']) {
			const result = loadLevelFile(join(pack.root, name));
			expect(result.ok, name).toBe(false);
			if (!result.ok) {
				expect(result.errors[0].file).toBe(join(pack.root, name));
				expect(result.errors[0].line, name).toBeGreaterThan(0);
				const wanted = byName.get(name)?.line;
				if (wanted !== undefined) expect(result.errors[0].line, name).toBe(wanted);
			}
		}
		for (const name of ['14-zero.yaml', '15-fifo.yaml']) {
			if (!byName.has(name)) continue;
			const result = loadLevelFile(join(pack.root, name));
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors[0].message).toMatch(/not a regular file/);
		}
		// A symlink to a good level is followed: alone it loads.
		expect(loadLevelFile(join(pack.root, '12-link.yaml')).ok).toBe(true);
	});

	it('NUL bytes and bidi controls in level text are stripped, the rest kept', () => {
		const {packs} = loadPacks([pack.root]);
		const levels = new Map(packs.flatMap((p) => p.levels.map((l) => [l.id, l] as const)));
		expect(levels.get('hostile-nul')?.title).toBe('ab');
		expect(levels.get('hostile-bidi')?.title).toBe('eviltxt.exex');
	});
});

describe('YAML limits', () => {
	it('nesting up to 64 deep is fine; 65 is refused at the line where it passes', () => {
		const nested = (depth: number) => `x: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n`;
		const ok = parseLevel(nested(64), 'deep.yaml');
		expect(ok.ok || !ok.errors.some((e) => /nested/.test(e.message))).toBe(true);
		const refused = parseLevel(`a: 1\n${nested(65)}`, 'deeper.yaml');
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.errors[0]).toMatchObject({file: 'deeper.yaml', line: 2, message: expect.stringMatching(/nested more than 64/)});
	});

	it('a few aliases are fine (a level may reuse a spec)', () => {
		const text = `anchor: &h [a, b]\ncopy: *h\nagain: *h\n`;
		const result = parseLevel(text, 'alias.yaml');
		if (!result.ok) expect(result.errors.every((e) => !/alias/.test(e.message))).toBe(true);
	});

	it('text over the size limit is refused without being parsed', () => {
		const result = parseLevel(`briefing: "${'y'.repeat(2 * 1024 * 1024)}"\n`, 'huge.yaml');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0].message).toMatch(/at most/);
	});
});

describe('stripControlChars', () => {
	it('removes bidi overrides, embeddings, isolates and marks', () => {
		expect(stripControlChars('a\u202Eb\u202Ac\u202Bd\u202Ce\u202Df\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm')).toBe('abcdefghijklm');
	});
	it('keeps ordinary Unicode text (Korean, emoji, accents)', () => {
		expect(stripControlChars('레벨 ★ café')).toBe('레벨 ★ café');
	});
});
