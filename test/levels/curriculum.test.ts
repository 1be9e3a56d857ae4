// Every built-in level is self-checking: its reference solution solves it, every other correct
// route in test/levels/solutions/<id>/alt-*.txt solves it, and every plausible mistake in
// wrong-*.txt does not.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtinLevelsDir, formatLevelError, loadPacks} from '../../src/levels/index.js';
import {playSolution} from '../../src/game/play-solution.js';
import {scriptLines} from '../../src/shell/script.js';

const {packs, errors} = loadPacks([builtinLevelsDir()]);
const solutionsDir = join(import.meta.dirname, 'solutions');

function unmet(report: ReturnType<typeof playSolution>): string {
	return report.goals.filter((g) => !g.met).map((g) => `${g.id}: ${g.detail}`).join('\n');
}

describe('the built-in curriculum', () => {
	it('loads without errors', () => {
		expect(errors.map(formatLevelError)).toEqual([]);
	});

	it('has at least 23 levels in the basics, drivers, isolation, under-the-hood and debug packs', () => {
		const ids = packs.map((p) => p.id);
		for (const id of ['basics', 'drivers', 'isolation', 'under-the-hood', 'debug']) expect(ids).toContain(id);
		expect(packs.reduce((n, p) => n + p.levels.length, 0)).toBeGreaterThanOrEqual(23);
		expect(packs.find((p) => p.id === 'debug')!.levels.length).toBeGreaterThanOrEqual(3);
	});

	for (const pack of packs) {
		for (const level of pack.levels) {
			describe(`${pack.id}/${level.id}`, () => {
				it('starts unsolved, and its setup runs cleanly', () => {
					const report = playSolution(level, []);
					expect(report.setupProblems).toEqual([]);
					expect(report.solved).toBe(false);
				});

				it('has a takeaway for the solved screen, in English and Korean', () => {
					const t = level.takeaway;
					expect(typeof t === 'object' && t.en.length > 40 && (t.ko ?? '').length > 20).toBe(true);
				});

				it('is solved by its reference solution within par', () => {
					const report = playSolution(level, level.solution);
					expect(unmet(report)).toBe('');
					expect(report.solved).toBe(true);
					expect(report.commands).toBeLessThanOrEqual(level.par);
				});

				const dir = join(solutionsDir, level.id);
				const files = existsSync(dir) ? readdirSync(dir).sort() : [];
				it('has at least one other correct route and one plausible mistake', () => {
					expect(files.some((f) => f.startsWith('alt-'))).toBe(true);
					expect(files.some((f) => f.startsWith('wrong-'))).toBe(true);
				});
				for (const file of files) {
					const lines = scriptLines(readFileSync(join(dir, file), 'utf8'));
					if (file.startsWith('alt-')) {
						it(`is solved by ${file}`, () => {
							const report = playSolution(level, lines);
							expect(unmet(report)).toBe('');
						});
					} else if (file.startsWith('wrong-')) {
						it(`is not solved by ${file}`, () => {
							expect(playSolution(level, lines).solved).toBe(false);
						});
					}
				}
			});
		}
	}
});
