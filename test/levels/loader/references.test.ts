import {describe, expect, it} from 'vitest';
import {formatLevelError, parseLevel} from '../../../src/levels/index.js';
import {splitCommands} from '../../../src/levels/command-words.js';

/** A level with these setup lines, solution lines, files and one goal (a YAML flow map line). */
function level(opts: {setup?: string[]; solution?: string[]; files?: Record<string, string>; hosts?: string; goal: string}): string {
	const list = (items: string[]) => items.map((item) => `    - ${JSON.stringify(item)}`).join('\n');
	const files = Object.entries(opts.files ?? {}).map(([name, text]) => `    ${name}: ${JSON.stringify(text)}`);
	return [
		'id: refs',
		'title: refs',
		'briefing: refs',
		'par: 1',
		'world:',
		`  setup:\n${list(opts.setup ?? ['true'])}`,
		...(files.length ? ['  files:', ...files] : []),
		...(opts.hosts ? [`  hosts: ${opts.hosts}`] : []),
		'goals:',
		'  - id: g',
		'    text: g',
		`    ${opts.goal}`,
		'hints: [h]',
		'solution:',
		list(opts.solution ?? ['true']).replace(/^ {2}/gm, ''),
		'',
	].join('\n');
}

function errors(text: string): string[] {
	const result = parseLevel(text, 'r.yaml');
	return result.ok ? [] : result.errors.map(formatLevelError);
}

describe('reference checks', () => {
	it('accepts containers and networks created in setup or solution, in every spelling', () => {
		const text = level({
			setup: ['docker network create -d bridge --subnet 10.5.0.0/16 --internal "backnet"', 'docker container run -d --name=db --network backnet postgres'],
			solution: ['docker create --name web nginx && docker network create --attachable front; docker rename web web2'],
			goal: 'container: {name: web2, on: [front, backnet, bridge], not-on: [host, none], network-mode: "container:db"}',
		});
		expect(errors(text)).toEqual([]);
	});

	it('sees containers that `ssh HOST docker run` creates on another host, and names published goals', () => {
		const text = level({solution: ['ssh node2 docker run -d --name job alpine sleep 1d'], goal: 'probe: {from: job, to: internet, expect: unreachable}'});
		expect(errors(text)).toEqual([]);
		const published = level({solution: ['docker run -d --name web nginx'], goal: 'published: {container: wbe, port: 80, expect: published}'});
		expect(errors(published)).toEqual(['r.yaml:11:28: goal "g" names container "wbe", which no setup or solution command creates (did you mean "web"?)']);
	});

	it('names an unknown container, with a guess', () => {
		const text = level({setup: ['docker run -d --name database postgres'], goal: 'probe: {from: web, to: {container: database}, expect: unreachable}'});
		expect(errors(text)).toEqual(['r.yaml:11:19: goal "g" names container "web", which no setup or solution command creates']);
	});

	it('names an unknown network, and does not confuse option values with names', () => {
		const text = level({setup: ['docker network create --subnet 10.1.0.0/16 backnet', 'docker run -d --name db postgres'], goal: 'container: {name: db, on: [backnte, 10.1.0.0/16]}'});
		expect(errors(text)).toEqual([
			'r.yaml:12:32: goal "g" names network "backnte", which no setup or solution command creates (did you mean "backnet"?)',
			'r.yaml:12:41: goal "g" names network "10.1.0.0/16", which no setup or solution command creates',
		]);
	});

	it('lets a network goal with exists: false name a network nobody creates', () => {
		expect(errors(level({goal: 'network: {name: never-made, exists: false}'}))).toEqual([]);
		expect(errors(level({goal: 'network: {name: never-made, exists: true}'}))).toEqual([
			'r.yaml:11:21: goal "g" names network "never-made", which no setup or solution command creates',
		]);
	});

	it('accepts Compose-made names when the level has a Compose file', () => {
		const compose = 'services:\n  web: {image: nginx, container_name: front}\n';
		const goal = 'container: {name: shop-web-1, on: [shop_default]}';
		expect(errors(level({files: {'compose.yaml': compose}, solution: ['docker compose up -d'], goal}))).toEqual([]);
		expect(errors(level({files: {'compose.yaml': compose}, goal: 'container: {name: front}'}))).toEqual([]);
		expect(errors(level({goal}))).toHaveLength(2);
	});

	it('accepts swarm networks only after docker swarm init', () => {
		const goal = 'network: {name: ingress}';
		expect(errors(level({solution: ['docker swarm init'], goal}))).toEqual([]);
		expect(errors(level({goal}))).toEqual(['r.yaml:11:21: goal "g" names network "ingress", which no setup or solution command creates']);
	});

	it('checks the host of CONTAINER@HOST and answer goals', () => {
		const hosts = '[{name: manager, lan-ip: 192.168.0.10}, {name: worker, lan-ip: 192.168.0.11}]';
		const setup = ['docker run -d --name web nginx'];
		expect(errors(level({hosts, setup, goal: 'probe: {from: web@worker, to: internet, expect: reachable}'}))).toEqual([]);
		expect(errors(level({hosts, setup, goal: 'probe: {from: worker, to: internet, expect: reachable}'}))).toEqual([]);
		expect(errors(level({hosts, setup, goal: 'probe: {from: web@wroker, to: internet, expect: reachable}'}))).toEqual([
			'r.yaml:12:19: goal "g" probes from host "wroker", which is not in world.hosts (manager, worker)',
		]);
		expect(errors(level({setup, goal: 'answer: {of: {container: web, network: webnet, field: ip}}'}))).toEqual([
			'r.yaml:11:44: goal "g" names network "webnet", which no setup or solution command creates',
		]);
	});

	it('can be turned off', () => {
		expect(parseLevel(level({goal: 'container: {name: ghost}'}), 'r.yaml', {references: false}).ok).toBe(true);
	});
});

describe('splitCommands', () => {
	it('splits words with quotes and escapes, and commands at operators', () => {
		expect(splitCommands(`docker run --name "my app" -e X='a b' nginx && echo a\\ b; ls | wc # note`)).toEqual([
			['docker', 'run', '--name', 'my app', '-e', 'X=a b', 'nginx'],
			['echo', 'a b'],
			['ls'],
			['wc'],
		]);
		expect(splitCommands('')).toEqual([]);
	});
});
