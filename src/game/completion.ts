// Tab completion from the live state: commands, docker subcommands and flags, and the names of
// containers, networks and images that exist right now.
import type {World} from '../engine/index.js';
import {groups, topCommands} from '../shell/docker/index.js';
import type {Location} from '../shell/context.js';
import {GAME_COMMANDS} from './game-commands.js';

const HOST_TOOLS = ['docker', 'curl', 'wget', 'ping', 'nslookup', 'ip', 'hostname', 'cat', 'ls', 'ss', 'iptables', 'grep', 'awk', 'head', 'tail', 'wc', 'cut', 'sort', 'echo'];

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

/** Files of the working directory for a word being typed (`./` kept when the player typed it). */
function fileNames(world: World, word: string): string[] {
	const prefix = /^(\.\/)+/.exec(word)?.[0] ?? '';
	return Object.keys(world.files).map((f) => prefix + f);
}

/** What fits the word under the cursor. */
export function complete(world: World, location: Location, line: string, cursor: number): Completion {
	const before = line.slice(0, cursor);
	const start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&')) + 1;
	const word = before.slice(start);
	// Words of the current simple command, before the one being completed.
	const segment = before.slice(0, start).split(/[|;&]/).pop() ?? '';
	const words = segment.trim().split(/\s+/).filter(Boolean);
	const host = location.host;
	const pick = (options: readonly string[]) => ({replaceFrom: start, candidates: [...new Set(options)].filter((o) => o.startsWith(word)).sort()});

	if (words.length === 0) {
		const commands = location.kind === 'host' ? [...HOST_TOOLS, ...GAME_COMMANDS, 'edit'] : HOST_TOOLS.filter((t) => t !== 'docker');
		return pick(commands);
	}
	if (words[0] === 'trace' && words.length === 1) return pick(['curl', 'wget', 'ping', 'nc']);
	if (words[0] === 'lang') return pick(['en', 'ko']);
	// The player's working directory holds world.files (on the host only; containers have their own).
	if ((words[0] === 'edit' && words.length === 1) || words[0] === 'cat') return pick(location.kind === 'host' ? fileNames(world, word) : []);
	if (words[0] !== 'docker') {
		if (['ping', 'curl', 'wget', 'nslookup', 'trace'].includes(words[0])) return pick([...containerNames(world, host), 'localhost']);
		return pick([]);
	}
	// docker ...
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
