// The hostile pack through the built game, as a player meets it: `validate DIR` reports every
// hostile file in one line each and exits 1; `levels --levels DIR` still lists every built-in level.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtinLevelsDir, loadPacks} from '../../../src/levels/index.js';
import {makeHostilePack} from './make-pack.js';

const BIN = resolve(fileURLToPath(import.meta.url), '../../../../bin/netdojo.js');
let pack: ReturnType<typeof makeHostilePack>;
let home: string;
beforeAll(() => {
	pack = makeHostilePack();
	home = mkdtempSync(join(tmpdir(), 'netdojo-hostile-home-'));
});
afterAll(() => {
	pack.remove();
	rmSync(home, {recursive: true, force: true});
});

const netdojo = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8', env: {...process.env, NETDOJO_HOME: home}, timeout: 60_000});

describe('the hostile pack through the game', () => {
	it('validate DIR: one line per refused file, each naming it; exit 1', () => {
		const r = netdojo(['validate', pack.root]);
		expect(r.status).toBe(1);
		const lines = r.stderr.trimEnd().split('\n');
		for (const file of pack.files.filter((f) => f.expect === 'refuse')) {
			const path = join(pack.root, file.name);
			const mine = lines.filter((l) => l.startsWith(`${path}:`));
			expect(mine.length, file.name).toBeGreaterThan(0);
			if (file.line !== undefined) expect(mine[0].startsWith(`${path}:${file.line}:`), mine[0]).toBe(true);
		}
		expect(r.stderr).not.toMatch(/Maximum call stack|RangeError|at .*\.js:\d+/);
		expect(r.stdout).toMatch(/^\d+ levels? loaded; \d+ problems?\n$/);
	});

	it('levels --levels DIR: every built-in level is still there, the good hostile levels too', () => {
		const r = netdojo(['levels', '--json', '--levels', pack.root]);
		expect(r.status).toBe(0);
		const ids = (JSON.parse(r.stdout) as {id: string}[]).map((row) => row.id);
		const builtin = loadPacks([builtinLevelsDir()]).packs.flatMap((p) => p.levels.map((l) => l.id));
		expect(ids).toEqual(expect.arrayContaining([...builtin, 'hostile-good', 'hostile-nul', 'hostile-bidi']));
		expect(r.stderr).not.toMatch(/Maximum call stack|RangeError/);
	});
});
