// `netdojo script`: runs lines one by one in a fresh world, as if typed at a terminal, and
// records what each printed. Tests, benchmarks and the level checker drive the engine this way.
import type {WorldOptions} from '../engine/index.js';
import {Session} from './session.js';
import {needsMoreInput} from './syntax/index.js';
import {chunksOf, type OutputChunk} from './types.js';

export interface TranscriptEntry {
	readonly command: string;
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: number;
	/** stdout and stderr as one stream, in the order a terminal shows them. */
	readonly output?: readonly OutputChunk[];
}

/** What an entry printed as a terminal shows it: both streams, in the order written. */
export function terminalText(e: Pick<TranscriptEntry, 'stdout' | 'stderr' | 'exitCode' | 'output'>): string {
	return chunksOf(e).map((c) => c.text).join('');
}

/**
 * The commands of a script, read as a shell reads one: blank and `#` lines between commands are
 * skipped, and a command goes on over the next lines while it is unfinished (a here-document up
 * to its terminator, a trailing `\`, an open quote, an `if`/`for`/`while` up to `fi`/`done`).
 * Continuation lines are kept as written (a here-document's indentation is its content).
 * `maxChars` bounds one command (a grader reads files from strangers).
 */
export function scriptLines(text: string, maxChars = Infinity): string[] {
	const out: string[] = [];
	let pending: string | undefined;
	for (const raw of text.split(/\r?\n/)) {
		if (pending === undefined) {
			const line = raw.trim();
			if (line.length === 0 || line.startsWith('#')) continue;
			pending = line;
		} else pending = `${pending}\n${raw}`;
		// A command longer than maxChars ends there (an unterminated here-document cannot make each line cost more).
		if (pending.length > maxChars || !needsMoreInput(pending)) {
			out.push(pending);
			pending = undefined;
		}
	}
	// Input that ends unfinished still runs: the shell reports what is missing.
	if (pending !== undefined) out.push(pending.replace(/\n+$/, ''));
	return out;
}

export function runScript(lines: readonly string[], options: WorldOptions | Session = {}): {session: Session; transcript: TranscriptEntry[]} {
	const session = options instanceof Session ? options : new Session(options);
	const transcript: TranscriptEntry[] = [];
	for (const command of lines) {
		const r = session.run(command);
		transcript.push({command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(r.output ? {output: r.output} : {})});
	}
	return {session, transcript};
}

/** Prints a transcript like a terminal: the prompt and command, then what it printed. */
export function formatTranscript(entries: readonly TranscriptEntry[], prompts?: readonly string[]): string {
	return entries.map((e, i) => `${prompts?.[i] ?? '$ '}${e.command}\n${terminalText(e)}`).join('');
}
