// The compose reader (names, normalisation, Compose's error texts) and up/down/ps/logs end to end.
import {describe, expect, it} from 'vitest';
import {loadProject, shellSplit} from '../../src/compose/load.js';
import {ComposeError} from '../../src/compose/model.js';
import {Session, PLAYER_CWD} from '../../src/shell/session.js';

const SEED = `version: '3'
services:
  web:
    image: nginx
    networks:
      - webnet
  database:
    image: postgres
    networks:
      - dbnet
  backend:
    image: node
    networks:
      - webnet
      - dbnet

networks:
  webnet:
    driver: bridge
  dbnet:
    driver: bridge
`;

function load(text: string, opts: {projectName?: string; env?: Record<string, string>} = {}) {
	return loadProject({'compose.yaml': text}, {cwd: PLAYER_CWD, ...opts});
}

function error(text: string): {message: string; exitCode: number} {
	try {
		load(text);
	} catch (e) {
		if (e instanceof ComposeError) return {message: e.message, exitCode: e.exitCode};
		throw e;
	}
	throw new Error('no error');
}

describe('compose reader', () => {
	it('reads the seed file: project app, networks app_webnet/app_dbnet, the obsolete version warning', () => {
		const p = load(SEED);
		expect(p.name).toBe('app');
		expect(p.configFile).toBe('/home/player/app/compose.yaml');
		expect(p.services.map((s) => s.name)).toEqual(['web', 'database', 'backend']);
		expect(p.services[2].networks.map((n) => n.key)).toEqual(['webnet', 'dbnet']);
		expect(Object.values(p.networks).map((n) => n.name).sort()).toEqual(['app_dbnet', 'app_webnet']);
		expect(p.warnings[0]).toContain('the attribute `version` is obsolete');
	});

	it('names: -p > COMPOSE_PROJECT_NAME > name:, a default network, network name: and external', () => {
		const text = 'name: shop\nservices:\n  a:\n    image: alpine\n    networks: [x, y]\n  b:\n    image: alpine\nnetworks:\n  x:\n    name: custom\n  y:\n    external: true\n';
		expect(load(text).name).toBe('shop');
		expect(load(text, {env: {COMPOSE_PROJECT_NAME: 'envname'}}).name).toBe('envname');
		expect(load(text, {projectName: 'cli', env: {COMPOSE_PROJECT_NAME: 'envname'}}).name).toBe('cli');
		const p = load(text);
		expect(p.networks.x.name).toBe('custom');
		expect(p.networks.y.name).toBe('y');
		expect(p.networks.y.external).toBe(true);
		expect(p.networks.default.name).toBe('shop_default');
	});

	it('-f dir/compose.yaml: the project is named after that folder, and build contexts start there (as measured on Compose 2.26)', () => {
		const p = loadProject({'shop/compose.yaml': 'services:\n  web:\n    image: nginx\n    build: ./ctx\n'}, {cwd: PLAYER_CWD, files: ['shop/compose.yaml']});
		expect(p.name).toBe('shop');
		expect(p.workingDir).toBe(`${PLAYER_CWD}/shop`);
		expect(p.networks.default.name).toBe('shop_default');
	});

	it('normalises ports (short and long), command strings, environment maps and network aliases', () => {
		const p = load(`services:
  web:
    image: nginx
    command: nginx -g 'daemon off;'
    environment:
      A: 1
    ports:
      - "127.0.0.1:8080:80"
      - target: 443
        published: 8443
    networks:
      front:
        aliases: [www]
        ipv4_address: 10.5.0.9
networks:
  front:
    ipam:
      config:
        - subnet: 10.5.0.0/24
`);
		const s = p.services[0];
		expect(s.command).toEqual(['nginx', '-g', 'daemon off;']);
		expect(s.environment).toEqual(['A=1']);
		expect(s.ports).toEqual([
			{target: 80, published: '8080', hostIp: '127.0.0.1', protocol: 'tcp'},
			{target: 443, published: '8443', hostIp: '', protocol: 'tcp'},
		]);
		expect(s.networks[0]).toMatchObject({key: 'front', aliases: ['www'], ipv4Address: '10.5.0.9'});
		expect(p.networks.front.ipam).toEqual([{subnet: '10.5.0.0/24'}]);
		expect(shellSplit(`sh -c "echo hi"`)).toEqual(['sh', '-c', 'echo hi']);
	});

	it('prints Compose errors with their exit codes (recorded in 21-compose-errors)', () => {
		expect(error('services:\n  a:\n    image: alpine\n    networks:\n      - missing\n')).toEqual({message: 'service "a" refers to undefined network missing: invalid compose project', exitCode: 15});
		expect(error('services:\n  web:\n    image: nginx\n   ports:\n')).toEqual({message: 'yaml: line 1: did not find expected key', exitCode: 15});
		expect(error('services:\n\tweb:\n')).toEqual({message: 'yaml: line 2: found character that cannot start any token', exitCode: 15});
		expect(error('services:\n  web:\n    image: nginx\n    foo: 1\n').message).toBe('validating /home/player/app/compose.yaml: services.web Additional property foo is not allowed');
		expect(error('services:\n  web:\n    image: nginx\nfoo: 1\n').message).toBe('validating /home/player/app/compose.yaml: (root) Additional property foo is not allowed');
		expect(error('services:\n  web:\n    image: nginx\n    depends_on: [db]\n').message).toBe('service "web" depends on undefined service "db": invalid compose project');
		expect(() => loadProject({}, {cwd: PLAYER_CWD})).toThrow('no configuration file provided: not found');
	});
});

function play(lines: string[]) {
	const s = new Session({seed: 1});
	return lines.map((l) => ({line: l, ...s.run(l)}));
}

describe('docker compose -f from another folder', () => {
	it('names containers after the compose file\'s folder and builds from its context', () => {
		const r = play([
			'mkdir -p shop/api',
			"printf 'FROM nginx\\n' > shop/api/Dockerfile",
			"printf 'services:\\n  web:\\n    image: shop-web\\n    build: ./api\\n' > shop/compose.yaml",
			'docker compose -f shop/compose.yaml up -d',
			'docker ps --format {{.Names}}',
			'pwd',
		]);
		expect(r[3].exitCode).toBe(0);
		expect(r[4].stdout).toBe('shop-web-1\n');
		expect(r[5].stdout).toBe(`${PLAYER_CWD}\n`);
	});
});

describe('docker compose in the session', () => {
	it('printf > compose.yaml writes the working directory; up/ps/logs/down name everything after the project', () => {
		const r = play([
			"printf 'services:\\n  api:\\n    image: nginx\\n    ports:\\n      - \"8080:80\"\\n  client:\\n    image: alpine\\n    command: sleep 3600\\n' > compose.yaml",
			'cat compose.yaml',
			'docker compose up -d',
			'docker compose ps',
			'docker network ls',
			'docker exec app-client-1 wget -qO- -T 2 http://api',
			'docker compose logs api',
			'docker compose down',
			'docker network ls',
			'docker compose down',
		]);
		expect(r[1].stdout).toContain('image: nginx');
		expect(r[2].stderr).toBe(' Network app_default  Creating\n Network app_default  Created\n Container app-api-1  Creating\n Container app-client-1  Creating\n Container app-api-1  Created\n Container app-client-1  Created\n Container app-api-1  Starting\n Container app-client-1  Starting\n Container app-api-1  Started\n Container app-client-1  Started\n');
		expect(r[3].stdout.split('\n')[0]).toMatch(/^NAME {11}IMAGE {5}COMMAND {18}SERVICE {3}CREATED +STATUS +PORTS$/);
		expect(r[3].stdout).toContain('0.0.0.0:8080->80/tcp, :::8080->80/tcp');
		expect(r[4].stdout).toContain('app_default');
		expect(r[5].stdout).toContain('Welcome to nginx!');
		expect(r[6].stdout.startsWith('\u001b[2Kapi-1  | /docker-entrypoint.sh')).toBe(true);
		expect(r[7].stderr).toContain(' Network app_default  Removed\n');
		expect(r[8].stdout).not.toContain('app_default');
		expect(r[9].stderr).toBe('Warning: No resource found to remove for project "app".\n');
	});

	it('up again: unchanged services are Running, a changed file recreates only the changed service', () => {
		const s = new Session({seed: 1});
		s.run("printf 'services:\\n  web:\\n    image: nginx\\n  db:\\n    image: postgres\\n    environment: [POSTGRES_PASSWORD=x]\\n' > compose.yaml");
		s.run('docker compose up -d');
		expect(s.run('docker compose up -d').stderr).toBe(' Container app-db-1  Running\n Container app-web-1  Running\n');
		s.run("printf 'services:\\n  web:\\n    image: nginx\\n    ports: [\"8080:80\"]\\n  db:\\n    image: postgres\\n    environment: [POSTGRES_PASSWORD=x]\\n' > compose.yaml");
		expect(s.run('docker compose up -d').stderr).toBe(' Container app-db-1  Running\n Container app-web-1  Recreate\n Container app-web-1  Recreated\n Container app-web-1  Starting\n Container app-web-1  Started\n');
	});

	it('a port conflict fails at start with the daemon text, exit 1; an unknown subcommand exits 16', () => {
		const r = play([
			'docker run -d --name blocker -p 8080:80 nginx',
			"printf 'services:\\n  web:\\n    image: nginx\\n    ports:\\n      - \"8080:80\"\\n' > compose.yaml",
			'docker compose up -d',
			'docker compose frob',
			'docker compose version',
		]);
		expect(r[2].exitCode).toBe(1);
		expect(r[2].stderr).toMatch(/ Container app-web-1  Starting\nError response from daemon: driver failed programming external connectivity on endpoint app-web-1 \([0-9a-f]{64}\): Bind for 0.0.0.0:8080 failed: port is already allocated\n$/);
		expect(r[3]).toMatchObject({stderr: 'unknown docker command: "compose frob"\n', exitCode: 16});
		expect(r[4].stdout).toBe('Docker Compose version 2.26.1-4\n');
	});

	it('seed file: backend is on both networks with aliases [container, service]', () => {
		const s = new Session({seed: 1, files: {'compose.yaml': SEED}});
		s.run('docker compose up -d');
		const r = s.run(`docker inspect -f '{{json .NetworkSettings.Networks.app_webnet.Aliases}} {{json .NetworkSettings.Networks.app_dbnet.Aliases}}' app-backend-1`);
		// node exits at once without a TTY, so the stopped container keeps its settings only.
		expect(r.stdout).toBe('["app-backend-1","backend"] ["app-backend-1","backend"]\n');
		const ps = s.run('docker compose ps -a').stdout;
		expect(ps).toContain('Exited (1)');
		expect(ps).toContain('Exited (0)');
	});
});
