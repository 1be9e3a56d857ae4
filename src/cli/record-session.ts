// `netdojo play|sandbox --record FILE`: keeps the session's transcript (src/game/transcript.ts) in
// FILE, written again after each solved level and when the game ends, so a closed terminal loses
// at most the lines since the last solve.
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

export function sessionRecording(options: Options, catalog: Catalog, now: () => number = () => performance.now()): SessionRecording | undefined {
	const file = options.record;
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
				writeFileAtomic(file, serializeTranscript(recorder.transcript()));
				return undefined;
			} catch (e) {
				return `could not write the transcript ${file}: ${(e as Error).message}`;
			}
		},
	};
}
