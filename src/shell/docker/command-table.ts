// The README's table of every docker 28 command and how much of it the game simulates. A test
// keeps README.md equal to it, so the table cannot drift from the code.
import {cliEntry, cliFlags, cliPaths} from './commands/cli28/index.js';
import {simulatedCommand} from './index.js';

export type Support = 'simulated' | 'partly' | 'not simulated';

/** simulated: the command and all its flags; partly: some real flags are game notes; else not simulated. */
export function support(path: string): Support {
	const command = simulatedCommand(path);
	if (!command) return 'not simulated';
	const own = new Set(command.spec.flags.map((f) => f.long));
	return cliFlags(path).every((f) => own.has(f.long)) ? 'simulated' : 'partly';
}

/** One row per runnable command (groups themselves left out), with docker's aliases beside it. */
export function commandTable(): string {
	const rows = ['| Command | Also | In the game |', '|---|---|---|'];
	for (const path of cliPaths().filter((p) => !cliEntry(p)?.subcommands).sort()) {
		const entry = cliEntry(path)!;
		const canonical = entry.aliases?.[0] ?? path;
		// A top-level shortcut (`docker ps`) is listed once, under its canonical `docker container ls`.
		if (canonical !== path && cliPaths().includes(canonical)) continue;
		const also = (entry.aliases ?? []).filter((a) => a !== path).map((a) => `\`${a}\``).join(', ');
		rows.push(`| \`${path}\` | ${also} | ${support(path)} |`);
	}
	return `${rows.join('\n')}\n`;
}
