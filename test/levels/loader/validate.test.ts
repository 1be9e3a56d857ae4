import {describe, expect, it} from 'vitest';
import {formatLevelError, loadPacks, validateLevels, type Level} from '../../../src/levels/index.js';
import {levelText, tempTree} from './helpers.js';

describe('validateLevels', () => {
	const made = tempTree({
		'p/01-solved.yaml': levelText('solved'),
		'p/02-unsolved.yaml': levelText('unsolved'),
		'p/03-crashes.yaml': levelText('crashes'),
		'p/04-par-too-high.yaml': levelText('par-too-high').replace('par: 1', 'par: 3'),
	});
	const {packs} = loadPacks([`${made.root}/p`]);
	const file = (name: string) => `${made.root}/p/${name}`;

	it('needs no engine: without solve it finds nothing more', () => {
		expect(validateLevels(packs)).toEqual([]);
	});

	it('reports a reference solution that does not solve its level, a crash, and a dishonest par', () => {
		const solve = (level: Level) => {
			if (level.id === 'crashes') throw new Error('engine exploded');
			return level.id === 'unsolved' ? {solved: false, detail: 'goal "web-runs" is not met'} : {solved: true, detail: ''};
		};
		const errors = validateLevels(packs, {solve}).map(formatLevelError);
		made.remove();
		expect(errors).toEqual([
			`${file('02-unsolved.yaml')}:11:1: the reference solution does not solve level "unsolved": goal "web-runs" is not met`,
			`${file('03-crashes.yaml')}:11:1: playing the reference solution failed: engine exploded`,
			`${file('04-par-too-high.yaml')}:4:6: par is 3, but the reference solution solves level "par-too-high" in 1 commands`,
		]);
	});
});
