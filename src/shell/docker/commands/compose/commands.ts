// Every Compose 2.26 subcommand as a spec; those with `run` are simulated. `docker compose --help`,
// the dispatcher (../compose.ts) and completion all read this one list.
import {configCommand, versionCommand} from './config.js';
import {downCommand, killCommand, restartCommand, rmCommand, startCommand, stopCommand} from './lifecycle.js';
import {imagesCommand, lsCommand, portCommand, topCommand} from './listing.js';
import {execCommand, logsCommand} from './logs.js';
import {psCommand} from './ps.js';
import {runCommand} from './run.js';
import {catalogNames, composeSpec, type ComposeCommand} from './spec.js';
import {createCommand, upCommand} from './up.js';

const SIMULATED: readonly ComposeCommand[] = [
	upCommand, createCommand, downCommand, startCommand, stopCommand, restartCommand, killCommand, rmCommand, psCommand, logsCommand, execCommand,
	configCommand, versionCommand, lsCommand, imagesCommand, topCommand, portCommand, runCommand,
];

/** All subcommands by name, in Compose's order (alphabetical); the ones not simulated have no `run`. */
export const COMPOSE_COMMANDS: readonly ComposeCommand[] = catalogNames().sort().map((name) => SIMULATED.find((c) => c.spec.path === `docker compose ${name}`) ?? {spec: composeSpec(name)});

/** The root: global options, plus `--version`/`-v`, which the plugin answers without a subcommand. */
export const COMPOSE_ROOT = composeSpec('', {stopAtFirstArg: true, hidden: [{long: 'version', short: 'v', type: 'bool'}]});

/** The subcommand a name or alias (`convert`) stands for. */
export function composeCommand(name: string): ComposeCommand | undefined {
	return COMPOSE_COMMANDS.find((c) => c.spec.path === `docker compose ${name}` || (c.spec.aliases ?? []).includes(name));
}

/** Tab completion after `docker compose`: subcommand names, then the flags of the spec in use. */
export function composeCompletions(before: readonly string[], word: string): string[] {
	const valued = new Set(COMPOSE_ROOT.flags.filter((f) => f.type !== 'bool').flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]));
	const name = before.find((w, i) => !w.startsWith('-') && !valued.has(before[i - 1] ?? ''));
	const command = name === undefined ? undefined : composeCommand(name);
	if (word.startsWith('-')) return (command?.spec ?? COMPOSE_ROOT).flags.filter((f) => !f.hidden).map((f) => `--${f.long}`);
	if (name === undefined) return COMPOSE_COMMANDS.map((c) => c.spec.path.split(' ').pop()!);
	return [];
}
