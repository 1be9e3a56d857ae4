// What every `docker ... prune` shares (CLI 28.2): --filter and --force, the filters the daemon
// accepts, and the question on stdout whose answer is read from stdin (only `y` or `Y` goes on;
// `yes` cancels, as measured).
import type {FlagSpec, FlagValues} from '../flags.js';
import {flagBool, flagList} from '../flags.js';

const PRUNE_FILTERS = ['until', 'label', 'label!'];

/** --filter (its help shows `example`) and --force, as each prune's --help lists them. */
export function pruneFlags(example = 'until=<timestamp>'): FlagSpec[] {
	return [
		{long: 'filter', type: 'list', valueName: 'filter', description: `Provide filter values (e.g. "${example}")`},
		{long: 'force', short: 'f', type: 'bool', description: 'Do not prompt for confirmation'},
	];
}

/** The filters prune accepts; anything else is the daemon's "invalid filter". Undefined when all are fine. */
export function checkPruneFilters(values: readonly string[], usage: string, path: string, extra: readonly string[] = []): {stderr: string; exitCode: number} | undefined {
	for (const raw of values) {
		if (raw !== '' && !raw.includes('=')) {
			return {stderr: `invalid argument "${raw}" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information\n`, exitCode: 125};
		}
		const key = raw.slice(0, raw.indexOf('='));
		if (raw !== '' && ![...PRUNE_FILTERS, ...extra].includes(key)) return {stderr: `Error response from daemon: invalid filter '${key}'\n`, exitCode: 1};
	}
	return undefined;
}

/** prompt.Confirm: reads one line of stdin; only `y`/`Y` (surrounding spaces ignored) means yes. */
export function confirmLine(stdin: string, lineIndex: number): boolean {
	const line = stdin.split('\n')[lineIndex];
	return line !== undefined && line.trim().toLowerCase() === 'y';
}

/**
 * Before a prune: the question the CLI prints unless -f, and whether to go on. `asked` starts the
 * command's stdout either way.
 */
export function askFirst(flags: FlagValues, stdin: string, warning: string): {asked: string; go: boolean} {
	if (flagBool(flags, 'force')) return {asked: '', go: true};
	return {asked: warning, go: confirmLine(stdin, 0)};
}

/** Whether any --filter was given (the simulation checks them but does not apply them). */
export const filtered = (flags: FlagValues): boolean => flagList(flags, 'filter').some((f) => f !== '');
