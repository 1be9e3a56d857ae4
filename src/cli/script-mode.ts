// `netdojo script [FILE|-] [--json] [--seed N] [--level ID] [--docker 26|28]`
import {readFileSync} from 'node:fs';
import type {Options} from './args.js';
import {Session} from '../shell/session.js';
import {scriptLines, terminalText, type TranscriptEntry} from '../shell/script.js';
import {chunksOf} from '../shell/types.js';
import {showControlChars} from '../levels/control-chars.js';

function readInput(source: string): string {
	return readFileSync(source === '-' ? 0 : source, 'utf8');
}

export async function scriptMode(options: Options): Promise<number> {
	const source = options.positionals[0] ?? '-';
	let text: string;
	try {
		text = readInput(source);
	} catch (e) {
		process.stderr.write(`netdojo: cannot read ${source}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
		return 2;
	}
	let session: Session;
	if (options.level) {
		const {levelSession} = await import('./level-session.js');
		const made = await levelSession(options.level, options);
		if (!made.ok) {
			process.stderr.write(`netdojo: ${made.error}\n`);
			return 2;
		}
		session = made.session;
	} else {
		session = new Session({seed: options.seed ?? 1, ...(options.docker ? {engine: options.docker} : {})});
	}
	// Piped or redirected, the output is the transcript: the simulated programs' bytes exactly, as
	// `cat` or `docker logs` would pass them on (tests and diffs rely on that). On a terminal a
	// person reads it, and a level pack's setup must not retitle their window or set their clipboard:
	// escape sequences are shown as ^[ forms, as the game shows them (`ls` does the same with names).
	// --json escapes every control character anyway.
	const shown = process.stdout.isTTY ? showControlChars : (text: string) => text;
	const entries: TranscriptEntry[] = [];
	for (const command of scriptLines(text)) {
		const prompt = session.prompt();
		const r = session.run(command);
		// --json keeps the two streams apart (what tests compare) and adds them as the terminal showed them.
		entries.push({command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, output: chunksOf(r)});
		if (!options.json) process.stdout.write(shown(`${prompt}${command}\n${terminalText(r)}`));
	}
	if (options.json) process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
	return 0;
}
