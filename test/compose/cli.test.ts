// Compose's command line on the one flag parser: flag and argument errors in Compose's words and
// exit codes, the global options before and after the subcommand, the subcommands added with the
// specs (ls, port, top, images, kill, rm, run, create), extra_hosts and depends_on conditions.
import {describe, expect, it} from 'vitest';
import {Session} from '../../src/shell/session.js';
import {MAX_WAIT_MS} from '../../src/compose/depends.js';

function session(file?: string): Session {
	const s = new Session({seed: 1});
	if (file !== undefined) s.run(`printf '${file.replace(/\n/g, '\\n')}' > compose.yaml`);
	return s;
}

const WEB = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n  worker:\n    image: alpine\n    command: sleep 3600\n';

describe('compose flags and arguments', () => {
	it('says unknown flags as pflag does and exits 16, before or after the subcommand', () => {
		const s = session(WEB);
		expect(s.run('docker compose up --frob')).toMatchObject({stderr: 'unknown flag: --frob\n', exitCode: 16});
		expect(s.run('docker compose --frob ps')).toMatchObject({stderr: 'unknown flag: --frob\n', exitCode: 16});
		expect(s.run('docker compose ls -x')).toMatchObject({stderr: "unknown shorthand flag: 'x' in -x\n", exitCode: 16});
		expect(s.run('docker compose -p')).toMatchObject({stderr: "flag needs an argument: 'p' in -p\n", exitCode: 16});
	});
	it("words argument counts as cobra does", () => {
		const s = session(WEB);
		expect(s.run('docker compose port web')).toEqual({stdout: '', stderr: 'requires at least 2 arg(s), only received 1\n', exitCode: 1});
		expect(s.run('docker compose exec web')).toMatchObject({stderr: 'requires at least 2 arg(s), only received 1\n', exitCode: 1});
		expect(s.run('docker compose ls extra')).toMatchObject({stderr: 'unknown command "extra" for "docker compose ls"\n', exitCode: 1});
	});
	it('takes the global options after the subcommand too (cobra persistent flags)', () => {
		const s = session(WEB);
		s.run('docker compose up -d');
		expect(s.run('docker compose ps -p other').stdout).toBe('NAME      IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS\n');
		expect(s.run('docker compose -p app ps --format "{{.Name}}"').stdout).toBe('app-web-1\napp-worker-1\n');
	});
	it('prints a subcommand help from its spec and says so for a real command it does not simulate', () => {
		const s = session(WEB);
		expect(s.run('docker compose rm --help').stdout).toContain('  -s, --stop      Stop the containers, if required, before removing\n');
		expect(s.run('docker compose pause')).toMatchObject({exitCode: 1, stderr: expect.stringContaining('`docker compose pause` is a docker command this game does not simulate')});
		expect(s.run('docker compose up --dry-run -d').exitCode).toBe(0);
		expect(s.run('docker compose frob')).toMatchObject({stderr: 'unknown docker command: "compose frob"\n', exitCode: 16});
	});
});

describe('compose subcommands', () => {
	it('ls counts states, port finds the binding, kill and rm follow Compose', () => {
		const s = session(WEB);
		s.run('docker compose up -d');
		expect(s.run('docker compose ls -q').stdout).toBe('app\n');
		expect(s.run('docker compose port web 80').stdout).toBe('0.0.0.0:8080\n');
		expect(s.run('docker compose port web 81').stderr).toBe('no port 81/tcp for container app-web-1: 8080/tcp, 8080/tcp\n');
		expect(s.run('docker compose kill worker').stderr).toBe(' Container app-worker-1  Killing\n Container app-worker-1  Killed\n');
		expect(s.run('docker compose ls -a').stdout).toContain('exited(1), running(1)');
		expect(s.run('docker compose rm')).toMatchObject({stdout: 'Going to remove app-worker-1', exitCode: 0});
		expect(s.run('docker compose rm -f').stdout).toBe('Going to remove app-worker-1\n');
		expect(s.run('docker compose rm -f')).toMatchObject({stdout: '', stderr: 'No stopped containers\n'});
	});
	it('run prints the one-off command and removes it with --rm', () => {
		const s = session(WEB);
		expect(s.run('docker compose run --rm worker echo hello')).toMatchObject({stdout: 'hello\n', exitCode: 0});
		expect(s.run('docker ps -a --format "{{.Names}}"').stdout).toBe('');
		expect(s.run('docker compose run --rm nosuch echo hi')).toMatchObject({stderr: 'no such service: nosuch\n', exitCode: 1});
		expect(s.run('docker compose create').stderr).toContain(' Container app-web-1  Created\n');
		expect(s.run('docker compose ps -a --format "{{.Name}} {{.State}}"').stdout).toBe('app-web-1 created\napp-worker-1 created\n');
	});
	it('writes extra_hosts to /etc/hosts, host-gateway as the default bridge gateway', () => {
		const s = session('services:\n  web:\n    image: alpine\n    command: sleep 60\n    extra_hosts:\n      - "somehost:10.1.2.3"\n      - "gw:host-gateway"\n');
		s.run('docker compose up -d');
		expect(s.run('docker exec app-web-1 cat /etc/hosts').stdout).toContain('172.17.0.1\tgw\n10.1.2.3\tsomehost\n');
		const bad = session('services:\n  web:\n    image: alpine\n    extra_hosts:\n      - "nocolon"\n');
		expect(bad.run('docker compose config')).toMatchObject({exitCode: 15, stderr: expect.stringContaining('invalid additional host, missing IP: nocolon')});
	});
	it('waits for a healthy dependency, and fails on an unhealthy one', () => {
		const healthy = session('services:\n  db:\n    image: alpine\n    command: sleep 3600\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 1s\n  web:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      db:\n        condition: service_healthy\n');
		const up = healthy.run('docker compose up -d');
		expect(up.exitCode).toBe(0);
		expect(up.stderr).toContain(' Container app-db-1  Waiting\n Container app-db-1  Healthy\n Container app-web-1  Starting\n');
		const sick = session('services:\n  db:\n    image: alpine\n    command: sleep 3600\n    healthcheck:\n      test: ["CMD", "false"]\n      interval: 1s\n      retries: 1\n  web:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      db:\n        condition: service_healthy\n');
		const failed = sick.run('docker compose up -d');
		expect(failed.exitCode).toBe(1);
		expect(failed.stderr).toMatch(/ Container app-db-1 {2}Error\ndependency failed to start: container app-db-1 is unhealthy\n$/);
		expect(sick.run('docker compose ps -a --format "{{.Name}} {{.State}}"').stdout).toBe('app-db-1 running\napp-web-1 created\n');
	});
	it('stops waiting for a dependency that never completes, within bounded simulated time', () => {
		const s = session('services:\n  init:\n    image: alpine\n    command: sleep 36000\n  web:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      init:\n        condition: service_completed_successfully\n');
		const r = s.run('docker compose up -d');
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toContain(`stopped after ${MAX_WAIT_MS / 60_000} simulated minutes`);
	});
});
