// Replays every transcript recorded on a real Docker engine (daemon 26.1, CLI 28.2; see
// recorded/ENGINE.txt) through `netdojo script`'s code path and compares what each command
// printed, after replacing ids, random names and timings.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runScript, scriptLines} from '../../src/shell/script.js';
import {normalizeTranscript, type Entry} from './normalize.js';

const dir = join(import.meta.dirname, 'recorded');
const scenarios = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('fidelity: replay of real-engine transcripts', () => {
	it('has at least 15 scenarios and 150 commands', () => {
		const total = scenarios.reduce((n, f) => n + (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Entry[]).length, 0);
		expect(scenarios.length).toBeGreaterThanOrEqual(15);
		expect(total).toBeGreaterThanOrEqual(150);
	});
	for (const file of scenarios) {
		describe(file, () => {
			const recorded = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Entry[];
			// The scenario file is the source of the lines; the recording must match it line for line.
			const lines = scriptLines(readFileSync(join(import.meta.dirname, 'scenarios', file.replace(/\.json$/, '.sh')), 'utf8'));
			const {transcript} = runScript(lines, {seed: 1});
			const real = normalizeTranscript(recorded);
			const sim = normalizeTranscript(transcript);
			real.forEach((entry, i) => {
				it(`${i + 1}: ${entry.command}`, () => {
					expect(sim[i]).toEqual(entry);
				});
			});
		});
	}
});
