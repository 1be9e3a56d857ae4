// Every command and flag of the docker CLI 28.2 (generated from its --help), so that the game can
// tell "real docker, not simulated here" from Docker's own "unknown command/flag".
import type {FlagSpec} from '../../flags.js';
import {CONTAINER} from './container.js';
import type {CatalogEntry} from './entry.js';
import {IMAGE} from './image.js';
import {OTHER} from './other.js';
import {SWARM} from './swarm.js';
import {TOP} from './top.js';

const ALL: Record<string, CatalogEntry> = {...TOP, ...CONTAINER, ...IMAGE, ...SWARM, ...OTHER};

/** The CLI's entry for a command path such as `docker volume ls`, if docker 28 has it. */
export function cliEntry(path: string): CatalogEntry | undefined {
	return Object.hasOwn(ALL, path) ? ALL[path] : undefined;
}

/** The flags docker 28 gives a command, as parser specs (repeatable or not does not matter here). */
export function cliFlags(path: string): FlagSpec[] {
	const entry = cliEntry(path);
	if (!entry?.flags) return [];
	return entry.flags.split(' ').map((item) => {
		const [names, type] = item.split(':');
		const comma = names.indexOf(',');
		const long = comma === -1 ? names : names.slice(comma + 1);
		const short = comma === -1 ? undefined : names.slice(0, comma);
		const kind = type === undefined ? 'bool' : type === 'list' ? 'list' : 'string';
		return {long, type: kind, ...(short ? {short} : {}), ...(type ? {valueName: type} : {})};
	});
}

/** Every path docker 28 has (for the README table and tests). */
export function cliPaths(): string[] {
	return Object.keys(ALL);
}
