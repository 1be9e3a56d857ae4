// The replay both fidelity suites share: plays a scenario's lines through `netdojo script`'s
// code path, handing the simulation each id the real engine printed, and compares what each
// command printed after normalize.ts (and the stand-in artifacts) — for daemon 26.1's recordings
// (recorded/) and daemon 28.5's (recorded-28/), each against its own engine profile.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect} from 'vitest';
import {Session} from '../../src/shell/session.js';
import type {TranscriptEntry} from '../../src/shell/script.js';
import type {EngineId} from '../../src/engine/index.js';
import {printedId, type Entry} from './normalize.js';

export interface Artifact {
	scenario: string;
	line: number;
	compare: 'statusLine' | 'none' | 'withoutImages' | 'withoutSizes' | 'masked' | 'sortedLines';
	images?: string[];
	/** For `masked`: regular expressions (multiline) whose matches are blanked on both sides. */
	masks?: string[];
	reason: string;
}

export const artifacts = (JSON.parse(readFileSync(join(import.meta.dirname, 'stand-in-artifacts.json'), 'utf8')) as {entries: Artifact[]}).entries;

/** Plays the scenario's lines, handing the simulation each id the real engine printed for that line. */
export function replay(lines: string[], recorded: Entry[], engine?: EngineId): TranscriptEntry[] {
	const session = new Session({seed: 1, ...(engine ? {engine} : {})});
	return lines.map((command, i) => {
		const id = recorded[i] ? printedId(recorded[i]) : undefined;
		if (id) session.world = {...session.world, nextIds: [id]};
		const r = session.run(command);
		if (session.world.nextIds?.length) session.world = {...session.world, nextIds: []};
		return {command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode};
	});
}

/** The two entries as the comparison sees them: what a stand-in artifact leaves of each. */
export function comparable(sim: Entry, real: Entry, artifact: Artifact | undefined): [unknown, unknown] {
	if (!artifact) return [sim, real];
	if (artifact.compare === 'statusLine') return [[sim.stdout.split('\n')[0], sim.exitCode], [real.stdout.split('\n')[0], real.exitCode]];
	if (artifact.compare === 'withoutSizes') {
		// The SIZE column is the stand-in's (a busybox rootfs), not the real image's.
		const unsized = (text: string) => text.replace(/\b\d+(?:\.\d+)?[kMG]?B$/gm, '<SIZE>');
		return [{...sim, stdout: unsized(sim.stdout)}, {...real, stdout: unsized(real.stdout)}];
	}
	if (artifact.compare === 'withoutImages') {
		const keep = (text: string) => text.split('\n').filter((l) => !(artifact.images ?? []).some((img) => l.includes(img))).join('\n');
		return [keep(sim.stdout), keep(real.stdout)];
	}
	if (artifact.compare === 'masked') {
		// The stand-in's own words (its pip, its Python version) are blanked; the rest is compared.
		const mask = (text: string) => (artifact.masks ?? []).reduce((t, m) => t.replace(new RegExp(m, 'gm'), '<STAND-IN>'), text);
		const masked = (e: Entry) => ({...e, stdout: mask(e.stdout), stderr: mask(e.stderr)});
		return [masked(sim), masked(real)];
	}
	if (artifact.compare === 'sortedLines') {
		// Steps that run in parallel (Compose's containers) print in the order of a race.
		const sorted = (e: Entry) => ({...e, stdout: e.stdout.split('\n').sort().join('\n'), stderr: e.stderr.split('\n').sort().join('\n')});
		return [sorted(sim), sorted(real)];
	}
	return [sim.command, real.command];
}

/** Asserts that the simulation printed what the real engine printed (as far as the artifact lets it). */
export function expectSame(sim: Entry, real: Entry, artifact: Artifact | undefined): void {
	const [a, b] = comparable(sim, real, artifact);
	expect(a).toEqual(b);
}

/**
 * The 28.5 transcripts were recorded on a machine whose own curl is 7.88.1, and the simulated host
 * runs curl 8.14.1 (the 26.1 recording machine's, NOTES.md): on lines run on the host, curl's
 * connect-failure wording is that machine's, not Docker's, and is read as 8.14.1 words it.
 */
export function asSimulatedHostCurl(e: Entry): Entry {
	if (!/^curl\b/.test(e.command)) return e;
	return {...e, stderr: e.stderr.replace(/Couldn't connect to server/g, 'Could not connect to server')};
}
