// `netdojo script`: runs lines one by one in a fresh world, as if typed at a terminal, and
// records what each printed. Tests, benchmarks and the level checker drive the engine this way.
import type {WorldOptions} from '../engine/index.js';
import {Session} from './session.js';

export interface TranscriptEntry {
	readonly command: string;
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: number;
}

/** The lines of a script file that are commands: non-empty, not starting with `#`. */
export function scriptLines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter((l) => l.length > 0 && !l.startsWith('#'));
}

export function runScript(lines: readonly string[], options: WorldOptions | Session = {}): {session: Session; transcript: TranscriptEntry[]} {
	const session = options instanceof Session ? options : new Session(options);
	const transcript: TranscriptEntry[] = [];
	for (const command of lines) {
		const r = session.run(command);
		transcript.push({command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode});
	}
	return {session, transcript};
}

/** Prints a transcript like a terminal: the prompt and command, then what it printed. */
export function formatTranscript(entries: readonly TranscriptEntry[], prompts?: readonly string[]): string {
	return entries.map((e, i) => `${prompts?.[i] ?? '$ '}${e.command}\n${e.stdout}${e.stderr}`).join('');
}
