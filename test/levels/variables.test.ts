// Seeded variants (issue 18 item 4): names, subnets and ports marked as variables differ between
// seeds, the file is checked with the defaults, and a student's lines are graded with their seed.
import {describe, expect, it} from 'vitest';
import {parseLevel} from '../../src/levels/index.js';
import {levelForSeed, variableValues} from '../../src/levels/variants.js';
import {drawValues, substitute} from '../../src/levels/variables.js';
import {playSolution} from '../../src/game/play-solution.js';
import {gradeAttempt} from '../../src/grade/grade-student.js';

const LEVEL = `id: seeded-web
title: "Publish on {{port}}"
briefing: "Make a network {{net}} with subnet {{sub}} and run web on it, published on {{port}}."
par: 2
variables:
  net: {name: appnet}
  sub: {subnet: 10.20.0.0/24}
  port: {port: 8080}
goals:
  - id: net
    text: "{{net}} has subnet {{sub}}"
    network: {name: "{{net}}", exists: true, subnet: "{{sub}}"}
  - id: web-published
    text: "the host reaches localhost:{{port}}"
    probe: {from: host, to: "localhost:{{port}}", expect: reachable}
hints:
  - "docker network create --subnet {{sub}} {{net}}"
solution:
  - docker network create --subnet {{sub}} {{net}}
  - docker run -d --name web --network {{net}} -p {{port}}:80 nginx
`;

function load(text = LEVEL) {
	const r = parseLevel(text, 'seeded.yaml');
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.level;
}

describe('seeded variants', () => {
	it('the file is checked with the defaults, and seed 1 plays them', () => {
		const level = load();
		expect(level.title).toBe('Publish on 8080');
		expect(level.solution[1]).toBe('docker run -d --name web --network appnet -p 8080:80 nginx');
		expect(levelForSeed(level, 1)).toBe(level);
		expect(playSolution(level, level.solution, 1).solved).toBe(true);
	});

	it('neighbours get different numbers, the same ones on every machine', () => {
		const level = load();
		const values = [2, 3, 4, 5, 6].map((seed) => variableValues(level, seed));
		expect(new Set(values.map((v) => v['port'])).size).toBe(5);
		expect(new Set(values.map((v) => v['sub'])).size).toBe(5);
		expect(variableValues(level, 7)).toEqual(variableValues(load(), 7));
		for (const v of values) {
			expect(v['port']).toBeGreaterThanOrEqual(1024);
			expect(String(v['sub'])).toMatch(/^10\.\d+\.\d+\.0\/24$/);
			expect(String(v['net'])).toMatch(/^[a-z]+-appnet$/);
		}
	});

	it('each seed is solved by its own solution and not by a neighbour\'s', () => {
		const level = load();
		const seven = levelForSeed(level, 7);
		const v = variableValues(level, 7);
		expect(seven.solution[0]).toBe(`docker network create --subnet ${v['sub']} ${v['net']}`);
		expect(seven.title).toBe(`Publish on ${v['port']}`);
		expect(playSolution(level, seven.solution, 7).solved).toBe(true);
		// The defaults' lines, played by the student with seed 7, do not meet seed 7's goals.
		expect(playSolution(level, level.solution, 7).solved).toBe(false);
	});

	it('grading replays each student with their own seed', () => {
		const level = load();
		const lines = (seed: number) => levelForSeed(level, seed).solution.map((line, i) => ({line, atMs: 1000 * (i + 1)}));
		const attempt = (seed: number) => ({lines: lines(seed), empty: false, plays: 1});
		expect(gradeAttempt(level, attempt(9), 9).solved).toBe(true);
		expect(gradeAttempt(level, attempt(9), 10).solved).toBe(false);
	});

	it('substitutes whole-placeholder ports as numbers, and leaves unknown text alone', () => {
		expect(substitute({port: '{{p}}', to: 'web:{{p}}', other: '{{q}}'}, {p: 9000})).toEqual({port: 9000, to: 'web:9000', other: '{{q}}'});
		expect(drawValues({p: {kind: 'port', default: 80}}, 1)).toEqual({p: 80});
	});

	it('a bad variables block or an unknown placeholder is an error with its line', () => {
		const bad = parseLevel(LEVEL.replace('port: {port: 8080}', 'port: {port: 99999}'), 'x.yaml');
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors[0]).toMatchObject({line: 8, path: 'variables.port.port', message: 'expected a default port from 1 to 65535'});
		const typo = parseLevel(LEVEL.replace('--network {{net}}', '--network {{nett}}'), 'x.yaml');
		expect(typo.ok).toBe(false);
		if (!typo.ok) expect(typo.errors[0]!.message).toBe('{{nett}} is used but "nett" is not a variable of this level');
		const kind = parseLevel(LEVEL.replace('net: {name: appnet}', 'net: {colour: red}'), 'x.yaml');
		expect(kind.ok).toBe(false);
	});
});

describe('drawing values always ends', () => {
	it('twenty name variables with one default (12 words) still get twenty distinct values', () => {
		const variables = Object.fromEntries(Array.from({length: 20}, (_, i) => [`v${i}`, {kind: 'name' as const, default: 'x'}]));
		for (const seed of [2, 3, 99]) {
			const values = Object.values(drawValues(variables, seed)).map(String);
			expect(new Set(values).size).toBe(20);
		}
	});
});
