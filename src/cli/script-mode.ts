// `netdojo script [FILE|-] [--json] [--seed N] [--level ID]`
import {readFileSync} from 'node:fs';
import type {Options} from './args.js';
import {Session} from '../shell/session.js';
import {scriptLines, type TranscriptEntry} from '../shell/script.js';

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
		session = new Session({seed: options.seed ?? 1});
	}
	const entries: TranscriptEntry[] = [];
	for (const command of scriptLines(text)) {
		const prompt = session.prompt();
		const r = session.run(command);
		entries.push({command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode});
		if (!options.json) {
			process.stdout.write(`${prompt}${command}\n${r.stdout}`);
			if (r.stderr) process.stdout.write(r.stderr);
		}
	}
	if (options.json) process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
	return 0;
}
