import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLevelFile, parseLevel, probeSource, probeTarget, type Level} from '../../../src/levels/index.js';
import {FIXTURES, levelText} from './helpers.js';

function mustLoad(file: string): Level {
	const result = loadLevelFile(file);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.level;
}

describe('a valid minimal level', () => {
	it('loads with the world filled in by defaults', () => {
		const level = mustLoad(join(FIXTURES, 'minimal.yaml'));
		expect(level).toEqual({
			id: 'first-contact',
			title: 'Run nginx',
			briefing: 'Start nginx and reach it from the host.',
			par: 1,
			world: {hosts: [{name: 'host', 'lan-ip': '192.168.0.10'}], images: {}, files: {}, setup: []},
			goals: [
				{
					id: 'host-reaches-nginx',
					text: 'curl http://localhost:8080 on the host gets the nginx page',
					probe: {from: 'host', to: 'http://localhost:8080/', expect: 'reachable'},
				},
			],
			hints: ['Publish a port with -p.'],
			solution: ['docker run -d -p 8080:80 nginx'],
		});
	});

	it('reports the file it came from and can locate keys in it', () => {
		const result = parseLevel(readFileSync(join(FIXTURES, 'minimal.yaml'), 'utf8'), 'levels/x/minimal.yaml');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.file).toBe('levels/x/minimal.yaml');
		expect(result.locate(['solution'], {key: true})).toEqual({line: 11, column: 1});
		expect(result.locate(['goals', 0, 'probe', 'expect'])).toEqual({line: 8, column: 63});
	});

	it('keeps each world default separate between levels', () => {
		const a = parseLevel(levelText('a'), 'a.yaml');
		const b = parseLevel(levelText('b'), 'b.yaml');
		if (!a.ok || !b.ok) throw new Error('levels should load');
		a.level.world.setup.push('docker network create x');
		a.level.world.hosts[0].name = 'changed';
		expect(b.level.world.setup).toEqual([]);
		expect(b.level.world.hosts[0].name).toBe('host');
	});
});

describe('a level using every key', () => {
	const level = mustLoad(join(FIXTURES, 'full.yaml'));

	it('keeps texts in both languages', () => {
		expect(level.title).toEqual({en: 'Everything', ko: '전부'});
		expect(level.briefing).toEqual({en: 'A level that uses every key.\n\nRun `docker ps`.\n', ko: '모든 키를 쓰는 레벨.'});
		expect(level.hints).toHaveLength(3);
	});

	it('reads the world: hosts, images with defaults for listens, files and setup', () => {
		expect(level.world.hosts.map((h) => h.name)).toEqual(['manager', 'worker']);
		expect(level.world.images['my-fastapi-image']).toEqual({
			expose: [8000, '9000/udp'],
			cmd: 'uvicorn main:app --host 0.0.0.0 --port 8000',
			entrypoint: '/entrypoint.sh',
			response: '{"message": "Hello from FastAPI"}',
			tools: ['sh', 'curl'],
			listens: [
				{port: 8000, address: '0.0.0.0', protocol: 'tcp'},
				{port: 9000, address: '0.0.0.0', protocol: 'tcp'},
			],
			from: 'python:3.9',
			workdir: '/app',
			env: {APP_ENV: 'production'},
		});
		expect(Object.keys(level.world.files)).toEqual(['Dockerfile', 'compose.yaml']);
		expect(level.world.setup).toHaveLength(2);
	});

	it('reads every kind of goal and keeps them discriminated by key', () => {
		const kinds = level.goals.map((g) => ('probe' in g ? 'probe' : 'container' in g ? 'container' : 'network' in g ? 'network' : 'answer'));
		expect(kinds).toEqual(['probe', 'probe', 'probe', 'probe', 'probe', 'probe', 'probe', 'network', 'container', 'container', 'container', 'answer', 'answer', 'answer']);
		const byId = new Map(level.goals.map((g) => [g.id, g]));
		expect(byId.get('db-kept')).toMatchObject({container: {'not-on': ['bridge'], 'network-mode': 'webnet', recreated: false}});
		expect(byId.get('fixed')).toMatchObject({answer: {equals: ['5432', '5432/tcp']}});
		expect(byId.get('which-ip')).toMatchObject({answer: {of: {container: 'database', network: 'webnet', field: 'ip'}}});
	});

	it('normalizes every form of probe source and target', () => {
		const probes = level.goals.flatMap((g) => ('probe' in g ? [g.probe] : []));
		const hostNames = level.world.hosts.map((h) => h.name);
		expect(probes.map((p) => probeSource(p.from, hostNames))).toEqual([
			{kind: 'host'},
			{kind: 'container', container: 'web', host: 'worker'},
			{kind: 'container', container: 'database'},
			{kind: 'container', container: 'database'},
			{kind: 'container', container: 'database'},
			{kind: 'container', container: 'database'},
			{kind: 'external'},
		]);
		expect(probes.map((p) => probeTarget(p.to))).toEqual([
			{kind: 'url', url: 'http://localhost:8000/', scheme: 'http', host: 'localhost', port: 8000, path: '/'},
			{kind: 'container', container: 'database', port: 5432},
			{kind: 'ping', host: 'api'},
			{kind: 'tcp', host: 'api', port: 8000},
			{kind: 'internet'},
			{kind: 'internet', port: 443},
			{kind: 'url', url: 'http://192.168.0.10:8000', scheme: 'http', host: '192.168.0.10', port: 8000, path: '/'},
		]);
		expect(probeSource('worker', hostNames)).toEqual({kind: 'host', host: 'worker'});
	});
});
