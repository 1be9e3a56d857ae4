// One list of the game's languages (src/shell/lang.ts): no other file spells the Lang type out,
// and each message table has every language of that list.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {LANGS, isLang, messageTable} from '../../src/shell/lang.js';
import {msg} from '../../src/game/messages.js';
import {t} from '../../src/ui/i18n.js';

const src = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
}

describe('languages', () => {
	it('the Lang type is written out once, in src/shell/lang.ts', () => {
		const spelled = files(src).filter((f) => /['"]en['"]\s*\|\s*['"]ko['"]/.test(readFileSync(f, 'utf8')));
		expect(spelled).toEqual([]);
		// engine/apps has its own Lang: the learner's app languages (py, js), another thing.
		const defined = files(src).filter((f) => !f.includes('/engine/') && /^\s*(?:export\s+)?type\s+Lang\s*=/m.test(readFileSync(f, 'utf8')));
		expect(defined.map((f) => f.slice(src.length + 1))).toEqual(['shell/lang.ts']);
	});

	it('isLang knows exactly the list', () => {
		for (const l of LANGS) expect(isLang(l)).toBe(true);
		expect(isLang('de')).toBe(false);
		expect(isLang(undefined)).toBe(false);
		expect(isLang('constructor')).toBe(false);
	});

	it('the game and UI tables answer in each language', () => {
		for (const l of LANGS) {
			expect(msg(l, 'langSet')).not.toBe('');
			expect(t(l, 'goals')).not.toBe('');
		}
	});

	it('every message table is made by the one messageTable, which fills placeholders alike', () => {
		const tables = files(src).filter((f) => /^const ko\b/m.test(readFileSync(f, 'utf8')));
		expect(tables.map((f) => f.slice(src.length + 1)).sort()).toEqual(['game/messages.ts', 'ui/i18n.ts', 'ui/speedrun/strings.ts']);
		for (const f of tables) expect(readFileSync(f, 'utf8')).toMatch(/= messageTable<\w+>\(/);
		const say = messageTable<'hi'>({en: {hi: 'hi {name}, {typo}'}, ko: {hi: '안녕 {name}'}});
		expect(say('en', 'hi', {name: 'web'})).toBe('hi web, {typo}');
		expect(say('ko', 'hi', {name: 'web'})).toBe('안녕 web');
	});
});
