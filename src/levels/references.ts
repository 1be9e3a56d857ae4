// Checks a level needs no engine for: every container and network a goal names
// must be one that the level's setup or reference solution can ever create.
// A misspelt name in a goal makes a level unsolvable in a way no player can see
// ("web must not reach databse" is met forever), so it is caught at load time.
import {parse as parseYaml} from 'yaml';
import {splitCommands} from './command-words.js';
import {didYouMean} from './did-you-mean.js';
import {parseProbeSource} from './probe-endpoints.js';
import type {Level} from './schema.js';
import type {PathSegment} from './yaml-positions.js';

export interface ReferenceProblem {
	path: PathSegment[];
	message: string;
}

const BUILTIN_NETWORKS = ['bridge', 'host', 'none'];
const SWARM_NETWORKS = ['ingress', 'docker_gwbridge'];
const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

// `docker network create` options that take a value; the name is the one word left over.
const NETWORK_CREATE_VALUE_OPTIONS = new Set([
	'-d', '--driver', '--subnet', '--gateway', '--ip-range', '-o', '--opt', '--label', '--aux-address',
	'--ipam-driver', '--ipam-opt', '--scope', '--config-from',
]);

/** What a level can ever bring into being: names, and the patterns Compose names things by. */
interface Creatable {
	containers: Set<string>;
	networks: Set<string>;
	compose: boolean;
}

function optionValue(words: string[], names: string[]): string[] {
	const values: string[] = [];
	words.forEach((word, i) => {
		for (const name of names) {
			if (word === name && i + 1 < words.length) values.push(words[i + 1]);
			else if (word.startsWith(`${name}=`)) values.push(word.slice(name.length + 1));
		}
	});
	return values;
}

function readCommand(words: string[], found: Creatable): void {
	// `ssh node2 docker run ...` runs the docker line on another host of the level.
	if (words[0] === 'ssh' && words.length > 2) return readCommand(words.slice(2), found);
	if (words[0] !== 'docker') return;
	// `docker container run` is `docker run`.
	const rest = words[1] === 'container' ? words.slice(2) : words.slice(1);
	const [sub, ...args] = rest;
	if (sub === 'run' || sub === 'create') {
		for (const name of optionValue(args, ['--name'])) found.containers.add(name);
	} else if (sub === 'rename' && args.length >= 2) {
		found.containers.add(args[1]);
	} else if (sub === 'network' && args[0] === 'create') {
		const positional: string[] = [];
		for (let i = 1; i < args.length; i++) {
			if (NETWORK_CREATE_VALUE_OPTIONS.has(args[i])) i++;
			else if (!args[i].startsWith('-')) positional.push(args[i]);
		}
		if (positional.length > 0) found.networks.add(positional[positional.length - 1]);
	} else if (sub === 'swarm' && args[0] === 'init') {
		for (const name of SWARM_NETWORKS) found.networks.add(name);
	}
}

/** `container_name:` and explicit network `name:` entries of a Compose file, which escape the project prefix. */
function readComposeFile(text: string, found: Creatable): void {
	let compose: unknown;
	try {
		compose = parseYaml(text);
	} catch {
		return; // A broken Compose file is a lesson, not a broken level.
	}
	if (!compose || typeof compose !== 'object') return;
	const {services, networks} = compose as {services?: unknown; networks?: unknown};
	for (const service of Object.values(services && typeof services === 'object' ? services : {})) {
		const name = (service as {container_name?: unknown} | null)?.container_name;
		if (typeof name === 'string') found.containers.add(name);
	}
	for (const network of Object.values(networks && typeof networks === 'object' ? networks : {})) {
		const name = (network as {name?: unknown} | null)?.name;
		if (typeof name === 'string') found.networks.add(name);
	}
}

function creatable(level: Level): Creatable {
	const found: Creatable = {containers: new Set(), networks: new Set(BUILTIN_NETWORKS), compose: false};
	for (const line of [...level.world.setup, ...level.solution]) {
		for (const words of splitCommands(line)) readCommand(words, found);
	}
	for (const [file, text] of Object.entries(level.world.files)) {
		if (COMPOSE_FILES.includes(file.split('/').pop() ?? '')) {
			found.compose = true;
			readComposeFile(text, found);
		}
	}
	return found;
}

// Compose names containers <project>-<service>-<n> and networks <project>_<name>;
// the project is the folder's name, which only the engine knows, so the shape is all we check.
const canExistContainer = (name: string, found: Creatable) => found.containers.has(name) || (found.compose && /-\d+$/.test(name));
const canExistNetwork = (name: string, found: Creatable) => found.networks.has(name) || (found.compose && name.includes('_'));

/** Goals that name a container, network or host the level can never have. */
export function checkReferences(level: Level): ReferenceProblem[] {
	const found = creatable(level);
	const hostNames = level.world.hosts.map((h) => h.name);
	const problems: ReferenceProblem[] = [];

	level.goals.forEach((goal, index) => {
		const at = (...rest: PathSegment[]): PathSegment[] => ['goals', index, ...rest];
		const container = (name: string, path: PathSegment[]) => {
			if (canExistContainer(name, found)) return;
			const guess = didYouMean(name, [...found.containers]);
			problems.push({path, message: `goal "${goal.id}" names container "${name}", which no setup or solution command creates${guess ? ` (did you mean "${guess}"?)` : ''}`});
		};
		const network = (name: string, path: PathSegment[]) => {
			if (canExistNetwork(name, found)) return;
			const guess = didYouMean(name, [...found.networks]);
			problems.push({path, message: `goal "${goal.id}" names network "${name}", which no setup or solution command creates${guess ? ` (did you mean "${guess}"?)` : ''}`});
		};

		if ('probe' in goal) {
			const source = parseProbeSource(goal.probe.from, hostNames);
			if (source.ok && source.value.kind === 'container') {
				container(source.value.container, at('probe', 'from'));
				const host = source.value.host;
				if (host !== undefined && !hostNames.includes(host)) {
					problems.push({path: at('probe', 'from'), message: `goal "${goal.id}" probes from host "${host}", which is not in world.hosts (${hostNames.join(', ')})`});
				}
			}
			const to = goal.probe.to;
			if (typeof to === 'object' && 'container' in to) container(to.container, at('probe', 'to', 'container'));
		} else if ('container' in goal) {
			const spec = goal.container;
			container(spec.name, at('container', 'name'));
			spec.on?.forEach((name, i) => network(name, at('container', 'on', i)));
			spec['not-on']?.forEach((name, i) => network(name, at('container', 'not-on', i)));
			const mode = spec['network-mode'];
			if (mode?.startsWith('container:')) container(mode.slice('container:'.length), at('container', 'network-mode'));
			else if (mode !== undefined) network(mode, at('container', 'network-mode'));
		} else if ('network' in goal) {
			// "exists: false" may well name a network nobody creates: that is the point of it.
			if (goal.network.exists !== false) network(goal.network.name, at('network', 'name'));
		} else if ('published' in goal) {
			container(goal.published.container, at('published', 'container'));
		} else if ('of' in goal.answer) {
			const of = goal.answer.of;
			if ('container' in of) container(of.container, at('answer', 'of', 'container'));
			if (of.network !== undefined) network(of.network, at('answer', 'of', 'network'));
		}
	});
	return problems;
}
