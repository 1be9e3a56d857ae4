// Tab completion from the live state: commands, docker subcommands and flags, and the names of
// containers, networks and images that exist right now.
import {hostFs, PLAYER_APP_DIR, PLAYER_CRED, vfs, type World} from '../engine/index.js';
import {groups, topCommands} from '../shell/docker/index.js';
import {composeCompletions} from '../shell/docker/commands/compose/commands.js';
import type {Location} from '../shell/context.js';
import {findProgram, PROGRAMS, HOST_PROGRAM_NAMES, type Operands} from '../shell/programs.js';
import {findGameCommand, gameCommandNames} from './game-commands.js';
import {LANGS} from '../shell/lang.js';

/** What a command's operands complete to: the editor's are host paths (as are `source FILE`'s), trace's hosts to reach, the rest the program registry's. */
function operandsOf(name: string): Operands | undefined {
	const game = findGameCommand(name)?.name;
	if (game === 'edit' || name === 'source' || name === '.') return 'paths';
	if (game === 'trace') return 'targets';
	return findProgram(name)?.operands;
}

/** The programs a prompt inside a container can run: its image's tools the simulation knows, and the shell's builtins. */
function containerPrograms(world: World, location: Location & {kind: 'container'}): string[] {
	const c = world.hosts[location.host]?.containers.get(location.id);
	const has = new Set(c ? (world.images[c.imageKey]?.tools ?? []) : []);
	return PROGRAMS.filter((p) => p.run.kind === 'builtin' || has.has(p.name)).map((p) => p.name);
}

export interface Completion {
	readonly replaceFrom: number;
	readonly candidates: string[];
}

function containerNames(world: World, host: string): string[] {
	return (world.hosts[host]?.containers.values() ?? []).map((c) => c.name);
}

function networkNames(world: World, host: string): string[] {
	return Object.values(world.hosts[host]?.networks ?? {}).map((n) => n.name);
}

function imageNames(world: World): string[] {
	return [...new Set(Object.keys(world.images).map((k) => k.replace(/:latest$/, '')))];
}

/**
 * Paths for a word being typed, as bash completes them: the entries of the directory the word
 * names so far (hidden ones only once a `.` is typed), directories with a trailing `/`.
 */
function pathNames(world: World, host: string, cwd: string, word: string, dirsOnly: boolean): string[] {
	const cut = word.lastIndexOf('/') + 1;
	const dirPart = word.slice(0, cut);
	const base = word.slice(cut);
	const dir = dirPart === '' ? cwd : vfs.absolute(cwd, dirPart.replace(/^~(?=\/)/, '/home/player'));
	const listed = vfs.listDir(hostFs(world, host), dir, PLAYER_CRED);
	if (!listed.ok) return [];
	return listed.value
		.filter(([name, node]) => name.startsWith(base) && (base.startsWith('.') || !name.startsWith('.')) && (!dirsOnly || node.kind === 'dir'))
		.map(([name, node]) => `${dirPart}${name}${node.kind === 'dir' ? '/' : ''}`);
}

/** What fits the word under the cursor. */
export function complete(world: World, location: Location, line: string, cursor: number, cwd = PLAYER_APP_DIR): Completion {
	const before = line.slice(0, cursor);
	const start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&')) + 1;
	const word = before.slice(start);
	// Words of the current simple command, before the one being completed.
	const segment = before.slice(0, start).split(/[|;&]/).pop() ?? '';
	const words = segment.trim().split(/\s+/).filter(Boolean);
	const host = location.host;
	const pick = (options: readonly string[]) => ({replaceFrom: start, candidates: [...new Set(options)].filter((o) => o.startsWith(word)).sort()});

	if (words.length === 0) {
		const commands = location.kind === 'host' ? [...HOST_PROGRAM_NAMES, ...gameCommandNames(true)] : containerPrograms(world, location);
		return pick(commands);
	}
	if (words[0] === 'trace' && words.length === 1) return pick(['curl', 'wget', 'ping', 'nc']);
	if (words[0] === 'lang') return pick(LANGS);
	if (words[0] !== 'docker') {
		const flags = findProgram(words[0])?.flags;
		if (word.startsWith('-') && flags) return pick(flags);
		const operands = operandsOf(words[0]);
		// Paths on the host (a container's files are its own).
		if (operands === 'paths' || operands === 'dirs') return pick(location.kind === 'host' ? pathNames(world, host, cwd, word, operands === 'dirs') : []);
		if (operands === 'targets') return pick([...containerNames(world, host), 'localhost']);
		return pick([]);
	}
	// docker ...
	if (words[1] === 'compose') return pick(composeCompletions(words.slice(2), word));
	const groupNames = groups.map((g) => g.path.split(' ')[1]);
	if (words.length === 1) return pick([...topCommands.map((c) => c.spec.path.split(' ')[1]), ...groupNames]);
	const group = groups.find((g) => g.path === `docker ${words[1]}`);
	if (group && words.length === 2) return pick(group.commands.map((c) => c.spec.path.split(' ').pop()!));
	const spec = group
		? group.commands.find((c) => c.spec.path.endsWith(` ${words[2]}`))?.spec
		: topCommands.find((c) => c.spec.path === `docker ${words[1]}`)?.spec;
	if (word.startsWith('-')) return pick((spec?.flags ?? []).filter((f) => !f.hidden).map((f) => `--${f.long}`));
	const previous = words[words.length - 1];
	if (['--network', '--net'].includes(previous)) return pick(networkNames(world, host));
	if (group?.path === 'docker network') {
		if (['connect', 'disconnect'].includes(words[2]) && words.length >= 4) return pick(containerNames(world, host));
		return pick(networkNames(world, host));
	}
	const sub = words[1];
	if (['run', 'create'].includes(sub)) return pick(imageNames(world));
	if (['images', 'build', 'version', 'info'].includes(sub)) return pick([]);
	return pick(containerNames(world, host));
}
