// The first frame drawn before Ink loads (src/cli/first-frame.ts) must be byte for byte the frame
// the real App draws, or Ink's takeover redraws the screen; the precompiled levels must be exactly
// what the YAML loader gives.
import {EventEmitter} from 'node:events';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import React from 'react';
import {render} from 'ink';
import chalk from 'chalk';
import {describe, expect, it} from 'vitest';
import App, {levelMapLimit as appLevelMapLimit} from '../../../src/ui/app/App.js';
import {titleArt} from '../../../src/ui/title/Title.js';
import {formatLevelLabel, type PackSummary} from '../../../src/ui/level-map/format-level.js';
import stringWidth from 'string-width';
import {levelLabel, levelMapLimit, menuFrame, TITLE_ART, width} from '../../../src/cli/first-frame.js';
import {builtinLevelsDir, loadLevelFile, loadPacks, localize, type Lang} from '../../../src/levels/index.js';
import {levelsHash, packsFromPrecompiled, precompileBuiltins, readPrecompiled} from '../../../src/levels/precompiled.js';
import {packageRoot} from '../../../src/levels/builtin-dir.js';

class FakeStdout extends EventEmitter {
	readonly writes: string[] = [];
	readonly isTTY = true;
	constructor(
		readonly columns: number,
		readonly rows: number,
	) {
		super();
	}
	write(chunk: string): boolean {
		this.writes.push(chunk);
		return true;
	}
}

class FakeStdin extends EventEmitter {
	readonly isTTY = true;
	setRawMode() {}
	setEncoding() {}
	read() {
		return null;
	}
	ref() {}
	unref() {}
	resume() {}
	pause() {}
}

/** The first frame the real App renders, as Ink writes it (debug mode: no CI quirks, no throttle). */
function inkFrame(packs: PackSummary[], lang: Lang, color: boolean, columns: number, rows: number): string {
	const stdout = new FakeStdout(columns, rows);
	const instance = render(
		<App packs={() => packs} start={() => ({}) as never} record={() => {}} initial={{screen: 'menu'}} lang={lang} color={color} />,
		{stdout: stdout as never, stdin: new FakeStdin() as never, debug: true, exitOnCtrlC: false, patchConsole: false},
	);
	instance.unmount();
	instance.cleanup();
	return stdout.writes.find((w) => w.includes('\n'))!;
}

const {packs: loaded} = loadPacks([builtinLevelsDir()]);
function summaries(lang: Lang, solved: boolean): PackSummary[] {
	let n = 0;
	return loaded.map((pack) => ({
		id: pack.id,
		title: localize(pack.title, lang),
		levels: pack.levels.map((level, i) => {
			n++;
			const best = solved && i % 2 === 0;
			return {id: level.id, title: localize(level.title, lang), par: level.par, solved: best, number: n, bestTimeMs: best ? 61_000 * i + 4_200 : undefined, bestCommands: best ? level.par + i : undefined};
		}),
	}));
}

describe('first frame', () => {
	it('copies the title art and the level-map limit of the App', () => {
		expect(TITLE_ART).toEqual(titleArt);
		const packs = summaries('en', false);
		for (let rows = 1; rows < 80; rows++) for (const withTitle of [true, false]) expect(levelMapLimit(rows, packs, withTitle)).toBe(appLevelMapLimit(rows, packs, withTitle));
	});

	it('measures and labels levels as string-width and formatLevelLabel do', () => {
		for (const lang of ['en', 'ko'] as const) {
			for (const pack of summaries(lang, true)) {
				for (const level of pack.levels) {
					const n = width(level.title);
					if (n !== undefined) expect(n).toBe(stringWidth(level.title));
					if (n !== undefined) expect(levelLabel(level, {number: 3, titleColumn: 30, lang})).toBe(formatLevelLabel(level, {number: 3, titleColumn: 30, ascii: false, lang}));
				}
			}
		}
		for (const s of ['❯ ✔ ↑/↓ · … — ’', '한국어 제목', 'plain ascii']) expect(width(s)).toBe(stringWidth(s));
		expect(width('emoji 🐳')).toBeUndefined();
	});

	it('draws exactly what Ink draws, or nothing', () => {
		let drawn = 0;
		const level = chalk.level;
		try {
			for (const styles of [true, false]) {
				chalk.level = styles ? 1 : 0;
				for (const lang of ['en', 'ko'] as const) {
					for (const solved of [false, true]) {
						const packs = summaries(lang, solved);
						for (const color of [true, false]) {
							for (const [columns, rows] of [[80, 24], [80, 30], [120, 40], [100, 60], [50, 30], [30, 30], [80, 10]]) {
								const ours = menuFrame({packs, lang, color, styles, columns, rows});
								if (ours === undefined) continue;
								drawn++;
								expect(ours, `${lang} ${columns}x${rows} color=${color} styles=${styles} solved=${solved}`).toBe(inkFrame(packs, lang, color, columns, rows));
							}
						}
					}
				}
			}
		} finally {
			chalk.level = level;
		}
		expect(drawn).toBeGreaterThan(40);
	});
});

describe('precompiled levels', () => {
	it('hold exactly what the YAML loader gives', () => {
		const root = packageRoot();
		const result = precompileBuiltins((dirs) => loadPacks(dirs), root);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const data = JSON.parse(JSON.stringify(result.file));
		const fromJson = packsFromPrecompiled(data, loadLevelFile, root);
		const fromYaml = loadPacks([builtinLevelsDir()]);
		expect(fromJson.errors).toEqual([]);
		const strip = (p: typeof fromYaml.packs) => p.map(({sources, ...rest}) => ({...rest, files: sources.map((s) => s.file)}));
		// toStrictEqual: keys that hold undefined count too.
		expect(strip(fromJson.packs)).toStrictEqual(strip(fromYaml.packs));
		// Positions come from the YAML, on demand.
		const pack = fromYaml.packs[0];
		expect(fromJson.packs[0].sources[0].locate(['goals', 0])).toEqual(pack.sources[0].locate(['goals', 0]));
	});

	it('are used only while levels/ is unchanged', () => {
		const root = mkdtempSync(join(tmpdir(), 'netdojo-precompiled-'));
		try {
			const levels = join(root, 'levels', '01-x');
			for (const dir of [levels, join(root, 'dist')]) mkdirSync(dir, {recursive: true});
			writeFileSync(join(levels, 'a.yaml'), 'x: 1\n');
			const hash = levelsHash(join(root, 'levels'));
			writeFileSync(join(root, 'dist', 'levels.json'), JSON.stringify({format: 1, hash, packs: [], undefinedKeys: []}));
			expect(readPrecompiled(root)).toBeDefined();
			writeFileSync(join(levels, 'a.yaml'), 'x: 2\n');
			expect(levelsHash(join(root, 'levels'))).not.toBe(hash);
			expect(readPrecompiled(root)).toBeUndefined();
		} finally {
			rmSync(root, {recursive: true, force: true});
		}
	});
});
