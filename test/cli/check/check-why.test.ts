// `check --json` says why each unmet goal is unmet (issue 17): the failing probe and the first hop
// that dropped or refused it, in the level's language given by --lang (en by default).
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from '../../../src/cli/args.js';
import {checkMode} from '../../../src/cli/check-mode.js';

let dir: string;
let out: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-why-'));
	out = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

type Row = {id: string; met: boolean; detail: string; why?: string};

async function checkJson(level: string, solution: string, ...extra: string[]): Promise<Row[]> {
	const file = path.join(dir, 'solution.txt');
	fs.writeFileSync(file, solution);
	const parsed = parseArgs(['check', level, '--solution', file, '--json', ...extra]);
	if (!parsed.ok) throw new Error(parsed.error);
	expect(await checkMode(parsed.options)).toBe(1);
	return (JSON.parse(out) as {goals: Row[]}).goals;
}

const repoFile = (p: string) => fs.readFileSync(path.join(import.meta.dirname, '../../..', p), 'utf8');

describe('check --json: why per unmet goal', () => {
	it('a refused connection: nothing listens on the address', async () => {
		const goals = await checkJson('first-contact', 'docker run -d --name web nginx\n');
		const unmet = goals.filter((g) => !g.met);
		expect(unmet.length).toBeGreaterThan(0);
		expect(unmet.find((g) => g.why?.includes('connection refused'))?.why).toContain('nothing listens on 127.0.0.1:8080');
		// Met goals have no why.
		for (const g of goals.filter((x) => x.met)) expect(g.why).toBeUndefined();
	});

	it('a dropped probe names the chain and the rule that dropped it', async () => {
		const goals = await checkJson('debug-alias-and-icc', repoFile('test/levels/solutions/debug-alias-and-icc/wrong-1.txt'));
		const dropped = goals.find((g) => g.why?.includes('no answer (dropped)'));
		expect(dropped?.why).toMatch(/First stopped at: DROP in FORWARD — host \S+ filter\/FORWARD: -A FORWARD -i br-\w+ -o br-\w+ -j DROP \(inter-container communication is off on this bridge\)/);
	});

	it('an isolation goal names the way through (three-tier with the database published)', async () => {
		const goals = await checkJson('three-tier', repoFile('test/levels/solutions/three-tier/wrong-2.txt'));
		expect(goals.find((g) => g.id === 'web-cannot-reach-database-via-host')?.why).toBe(
			'web → 192.168.0.10:5432: still gets through (answered). The way through: host host: docker-proxy listens on 0.0.0.0:5432 and accepts, then dials 172.19.0.2:5432',
		);
	});

	it('--lang ko: Korean throughout', async () => {
		const goals = await checkJson('debug-alias-and-icc', repoFile('test/levels/solutions/debug-alias-and-icc/wrong-1.txt'), '--lang', 'ko');
		const whys = goals.filter((g) => g.why !== undefined).map((g) => g.why!);
		expect(whys.length).toBeGreaterThan(0);
		for (const w of whys) {
			expect(w).toMatch(/[\uac00-\ud7a3]/);
			expect(w).not.toMatch(/\b(the|is|not|no|answer|stopped|through|listens|connection|refused|dropped)\b/i);
		}
		expect(whys.some((w) => w.includes('FORWARD에서 DROP'))).toBe(true);
	});
});
