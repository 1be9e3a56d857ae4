import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {formatLevelError, loadPacks} from '../../../src/levels/index.js';
import {levelText, tempTree} from './helpers.js';

const trees: Array<{remove: () => void}> = [];
function tree(files: Record<string, string>): string {
	const made = tempTree(files);
	trees.push(made);
	return made.root;
}
afterEach(() => {
	for (const made of trees.splice(0)) made.remove();
});

describe('loadPacks', () => {
	it('loads a folder of packs: levels in file-name order, packs by pack.yaml order then folder name', () => {
		const root = tree({
			'01-basics/pack.yaml': 'id: basics\ntitle: {en: Basics, ko: 기초}\norder: 5\n',
			'01-basics/02-second.yaml': levelText('second'),
			'01-basics/01-first.yaml': levelText('first'),
			'02-drivers/01-host-mode.yaml': levelText('host-mode'),
			'03-extra/01-extra.yaml': levelText('extra'),
			'notes/readme.txt': 'not a pack',
		});
		const {packs, errors} = loadPacks([root]);
		expect(errors).toEqual([]);
		expect(packs.map((p) => [p.id, p.order, p.levels.map((l) => l.id)])).toEqual([
			['drivers', 2, ['host-mode']],
			['extra', 3, ['extra']],
			['basics', 5, ['first', 'second']],
		]);
		const basics = packs[2];
		expect(basics.title).toEqual({en: 'Basics', ko: '기초'});
		expect(basics.dir).toBe(join(root, '01-basics'));
		expect(basics.sources.map((s) => s.file)).toEqual([join(root, '01-basics', '01-first.yaml'), join(root, '01-basics', '02-second.yaml')]);
		expect(packs[0].title).toBe('drivers');
	});

	it('loads a single pack folder, and a single level file', () => {
		const root = tree({'my-pack/a.yaml': levelText('a'), 'my-pack/b.yml': levelText('b')});
		expect(loadPacks([join(root, 'my-pack')]).packs.map((p) => [p.id, p.levels.map((l) => l.id)])).toEqual([['my-pack', ['a', 'b']]]);
		expect(loadPacks([join(root, 'my-pack', 'b.yml')]).packs.map((p) => [p.id, p.levels.map((l) => l.id)])).toEqual([['my-pack', ['b']]]);
	});

	it('a broken file is reported and skipped; the rest of its pack loads', () => {
		const root = tree({
			'pack/01-good.yaml': levelText('good'),
			'pack/02-broken.yaml': levelText('broken').replace('hints:', 'hintz:'),
			'pack/03-also-good.yaml': levelText('also-good'),
		});
		const {packs, errors} = loadPacks([join(root, 'pack')]);
		expect(packs[0].levels.map((l) => l.id)).toEqual(['good', 'also-good']);
		expect(errors.map(formatLevelError)).toEqual([`${join(root, 'pack', '02-broken.yaml')}:9:1: unknown key "hintz" in level (did you mean "hints"?)`]);
	});

	it('a broken pack.yaml is reported; its levels still load', () => {
		const root = tree({'pack/pack.yaml': 'id: pack\ntitel: Oops\n', 'pack/a.yaml': levelText('a')});
		const {packs, errors} = loadPacks([join(root, 'pack')]);
		expect(packs.map((p) => [p.id, p.levels.length])).toEqual([['pack', 1]]);
		expect(errors.map(formatLevelError)).toEqual([`${join(root, 'pack', 'pack.yaml')}:2:1: unknown key "titel" in pack.yaml (did you mean "title"?)`]);
	});

	it('duplicate level ids across packs: the second is skipped, the error names both files', () => {
		const root = tree({
			'one/01-a.yaml': levelText('shared'),
			'two/01-b.yaml': levelText('shared'),
			'two/02-c.yaml': levelText('unique'),
		});
		const {packs, errors} = loadPacks([join(root, 'one'), join(root, 'two')]);
		expect(packs.map((p) => [p.id, p.levels.map((l) => l.id)])).toEqual([
			['one', ['shared']],
			['two', ['unique']],
		]);
		expect(errors.map(formatLevelError)).toEqual([
			`${join(root, 'two', '01-b.yaml')}:1:5: level id "shared" is already used by ${join(root, 'one', '01-a.yaml')}; this file is skipped`,
		]);
	});

	it('duplicate pack ids: the second pack is skipped', () => {
		const root = tree({'a/pack.yaml': 'id: same\n', 'a/x.yaml': levelText('x'), 'b/pack.yaml': 'id: same\n', 'b/y.yaml': levelText('y')});
		const {packs, errors} = loadPacks([join(root, 'a'), join(root, 'b')]);
		expect(packs.map((p) => p.id)).toEqual(['same']);
		expect(errors.map(formatLevelError)).toEqual([`${join(root, 'b')}: pack id "same" is already used by ${join(root, 'a')}; this pack is skipped`]);
	});

	it('the same folder given twice loads once', () => {
		const root = tree({'p/a.yaml': levelText('a')});
		const {packs, errors} = loadPacks([join(root, 'p'), root]);
		expect(errors).toEqual([]);
		expect(packs.map((p) => p.levels.length)).toEqual([1]);
	});

	it('a missing folder and an empty one are errors, not crashes', () => {
		const root = tree({'empty/.keep': ''});
		const {packs, errors} = loadPacks([join(root, 'nope'), join(root, 'empty')]);
		expect(packs).toEqual([]);
		expect(errors.map(formatLevelError)).toEqual([
			`${join(root, 'nope')}: no such file or folder`,
			`${join(root, 'empty')}: no level files (*.yaml) and no pack folders in it`,
		]);
	});
});
