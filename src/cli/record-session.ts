// `netdojo play|sandbox --record FILE`: keeps the session's transcript (src/game/transcript.ts) in
// FILE, written again after each solved level and when the game ends, so a closed terminal loses
// at most the lines since the last solve.
import {mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Options} from './args.js';
import type {Catalog} from './catalog.js';
import {VERSION} from './version.js';
import type {GameSession} from '../game/game-session.js';
import {serializeTranscript, TranscriptRecorder} from '../game/transcript.js';
import {writeFileAtomic} from '../progress/index.js';

export interface SessionRecording {
	/** Records `game` (a level of pack `packId`, or the sandbox); returns it. */
	attach(game: GameSession, packId?: string): GameSession;
	/** Writes the transcript; returns a one-line problem, or undefined when it was written. */
	save(): string | undefined;
}

/** `file`: where to keep it (default --record's); undefined when nothing is to be recorded. */
export function sessionRecording(options: Options, catalog: Catalog, file: string | undefined = options.record, now: () => number = () => performance.now()): SessionRecording | undefined {
	if (file === undefined) return undefined;
	const t0 = now();
	const recorder = new TranscriptRecorder({netdojoVersion: VERSION, mode: options.mode, seed: options.seed ?? 1, startedAt: new Date()}, () => now() - t0);
	return {
		attach(game, packId) {
			const pack = catalog.packs.find((p) => p.id === packId);
			return recorder.attach(game, pack ? {pack: pack.id, packHash: pack.hash} : {});
		},
		save() {
			try {
				mkdirSync(dirname(file), {recursive: true});
				writeFileAtomic(file, serializeTranscript(recorder.transcript()));
				return undefined;
			} catch (e) {
				return `could not write the transcript ${file}: ${(e as Error).message}`;
			}
		},
	};
}

/** Where a speed-run's transcript is always kept: `<progress folder>/transcripts/speedrun-<pack>-<time>.json`. */
export function speedrunTranscriptPath(dataDir: string, pack: string, startedAt: Date): string {
	return join(dataDir, 'transcripts', `speedrun-${pack}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
}
