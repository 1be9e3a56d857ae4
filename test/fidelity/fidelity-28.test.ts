// Replays every transcript recorded on daemon 28.5 (CLI 28.5; see recorded-28/ENGINE.txt) with
// the simulation behaving as 28 (the engine profile), as fidelity.test.ts does for 26.1. Lines
// the simulation does not match yet are listed, each with its reason, in known-divergences-28.json,
// and each of them is asserted to still differ: a fix makes its test fail until the entry goes, so
// the list can only shrink. Nothing is skipped silently.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {scriptLines} from '../../src/shell/script.js';
import {normalizeTranscript, type Entry} from './normalize.js';
import {artifacts, asSimulatedHostCurl, comparable, expectSame, replay} from './replay.js';

const dir = join(import.meta.dirname, 'recorded-28');
const scenarioDir = join(import.meta.dirname, 'scenarios');
const recordings = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];

interface Divergence {
	scenario: string;
	line: number;
	reason: string;
}
const known = JSON.parse(readFileSync(join(import.meta.dirname, 'known-divergences-28.json'), 'utf8')) as {entries: Divergence[]; unrecorded?: {scenario: string; reason: string}[]};
const divergences = known.entries;
const unrecorded = known.unrecorded ?? [];

describe('fidelity on daemon 28.5: replay of real-engine transcripts', () => {
	it('every scenario has a 28.5 recording, or is listed as not recorded yet', () => {
		// A new scenario is recorded on 28.5 too (record.mjs --out recorded-28); until someone may use a
		// 28.5 daemon, list it under `unrecorded` in known-divergences-28.json with the reason.
		const scenarios = readdirSync(scenarioDir).filter((f) => /^\d\d-.*\.sh$/.test(f)).map((f) => f.replace(/\.sh$/, '')).sort();
		const missing = scenarios.filter((n) => !recordings.includes(`${n}.json`));
		expect(missing, 'record these on daemon 28.5 or list them under "unrecorded" in known-divergences-28.json').toEqual(unrecorded.map((u) => u.scenario).sort());
		for (const u of unrecorded) expect(u.reason.length, u.scenario).toBeGreaterThan(10);
	});

	it('each known divergence names a recorded line and says why', () => {
		for (const d of divergences) {
			expect(d.reason.length, `${d.scenario}:${d.line}`).toBeGreaterThan(10);
			const file = join(dir, `${d.scenario}.json`);
			expect(existsSync(file), d.scenario).toBe(true);
			expect((JSON.parse(readFileSync(file, 'utf8')) as Entry[]).length).toBeGreaterThanOrEqual(d.line);
		}
		const keys = divergences.map((d) => `${d.scenario}:${d.line}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	for (const file of recordings) {
		describe(file, () => {
			const name = file.replace(/\.json$/, '');
			const recorded = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Entry[];
			const lines = scriptLines(readFileSync(join(scenarioDir, `${name}.sh`), 'utf8'));
			it('the recording matches the scenario line for line', () => {
				expect(recorded.map((e) => e.command)).toEqual(lines);
			});
			const options = {randomMacs: true};
			const real = normalizeTranscript(recorded.map(asSimulatedHostCurl), true, options);
			const sim = normalizeTranscript(replay(lines, recorded, '28'), false, options);
			real.forEach((entry, i) => {
				const artifact = artifacts.find((a) => a.scenario === name && a.line === i + 1);
				const known = divergences.find((d) => d.scenario === name && d.line === i + 1);
				if (known) {
					it(`${i + 1}: ${entry.command} — known divergence: ${known.reason}`, () => {
						const [a, b] = comparable(sim[i], entry, artifact);
						expect(a, 'the simulation matches now: remove the entry from known-divergences-28.json').not.toEqual(b);
					});
				} else {
					it(`${i + 1}: ${entry.command}`, () => expectSame(sim[i], entry, artifact));
				}
			});
		});
	}
});
