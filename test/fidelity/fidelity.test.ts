// Replays every transcript recorded on a real Docker engine (daemon 26.1, CLI 28.2; see
// recorded/ENGINE.txt) through `netdojo script`'s code path and compares what each command
// printed, after normalize.ts replaced ids, timings and the recording machine's own values.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {Session} from '../../src/shell/session.js';
import {scriptLines, type TranscriptEntry} from '../../src/shell/script.js';
import {normalizeTranscript, printedId, type Entry} from './normalize.js';

const dir = join(import.meta.dirname, 'recorded');
const scenarios = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

interface Artifact {
	scenario: string;
	line: number;
	compare: 'statusLine' | 'none' | 'withoutImages' | 'withoutSizes' | 'masked' | 'sortedLines';
	images?: string[];
	/** For `masked`: regular expressions (multiline) whose matches are blanked on both sides. */
	masks?: string[];
	reason: string;
}
const artifacts = (JSON.parse(readFileSync(join(import.meta.dirname, 'stand-in-artifacts.json'), 'utf8')) as {entries: Artifact[]}).entries;

/** Plays the scenario's lines, handing the simulation each id the real engine printed for that line. */
function replay(lines: string[], recorded: Entry[]): TranscriptEntry[] {
	const session = new Session({seed: 1});
	return lines.map((command, i) => {
		const id = recorded[i] ? printedId(recorded[i]) : undefined;
		if (id) session.world = {...session.world, nextIds: [id]};
		const r = session.run(command);
		if (session.world.nextIds?.length) session.world = {...session.world, nextIds: []};
		return {command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode};
	});
}

describe('fidelity: replay of real-engine transcripts', () => {
	it('has at least 15 scenarios and 150 commands', () => {
		const total = scenarios.reduce((n, f) => n + (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Entry[]).length, 0);
		expect(scenarios.length).toBeGreaterThanOrEqual(15);
		expect(total).toBeGreaterThanOrEqual(150);
	});
	for (const file of scenarios) {
		describe(file, () => {
			const name = file.replace(/\.json$/, '');
			const recorded = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Entry[];
			// The scenario file is the source of the lines; the recording must match it line for line.
			const lines = scriptLines(readFileSync(join(import.meta.dirname, 'scenarios', `${name}.sh`), 'utf8'));
			it('the recording matches the scenario line for line', () => {
				expect(recorded.map((e) => e.command)).toEqual(lines);
			});
			const real = normalizeTranscript(recorded, true);
			const sim = normalizeTranscript(replay(lines, recorded), false);
			real.forEach((entry, i) => {
				const artifact = artifacts.find((a) => a.scenario === name && a.line === i + 1);
				it(`${i + 1}: ${entry.command}`, () => {
					if (!artifact) {
						expect(sim[i]).toEqual(entry);
						return;
					}
					// Stand-in artifacts: compare only what the stand-in image got right (see the reason).
					if (artifact.compare === 'statusLine') {
						expect(sim[i].stdout.split('\n')[0]).toBe(entry.stdout.split('\n')[0]);
						expect(sim[i].exitCode).toBe(entry.exitCode);
					} else if (artifact.compare === 'withoutSizes') {
						// The SIZE column is the stand-in's (a busybox rootfs), not the real image's.
						const unsized = (text: string) => text.replace(/\b\d+(?:\.\d+)?[kMG]?B$/gm, '<SIZE>');
						expect({...sim[i], stdout: unsized(sim[i].stdout)}).toEqual({...entry, stdout: unsized(entry.stdout)});
					} else if (artifact.compare === 'withoutImages') {
						const keep = (text: string) => text.split('\n').filter((l) => !(artifact.images ?? []).some((img) => l.includes(img))).join('\n');
						expect(keep(sim[i].stdout)).toBe(keep(entry.stdout));
					} else if (artifact.compare === 'masked') {
						// The stand-in's own words (its pip, its Python version) are blanked; the rest is compared.
						const mask = (text: string) => (artifact.masks ?? []).reduce((t, m) => t.replace(new RegExp(m, 'gm'), '<STAND-IN>'), text);
						const masked = (e: Entry) => ({...e, stdout: mask(e.stdout), stderr: mask(e.stderr)});
						expect(masked(sim[i])).toEqual(masked(entry));
					} else if (artifact.compare === 'sortedLines') {
						// Steps that run in parallel (Compose's containers) print in the order of a race.
						const sorted = (e: Entry) => ({...e, stdout: e.stdout.split('\n').sort().join('\n'), stderr: e.stderr.split('\n').sort().join('\n')});
						expect(sorted(sim[i])).toEqual(sorted(entry));
					} else {
						expect(sim[i].command).toBe(entry.command);
					}
				});
			});
		});
	}
});
