// docker run/create --health-* and --no-healthcheck: Config.Healthcheck, State.Health, the ps
// suffix and filter, and the CLI's and daemon's errors (texts recorded in 64-health-flags).
import {describe, expect, it} from 'vitest';
import {session, setup} from './helpers.js';

const HELP = "\n\nRun 'docker run --help' for more information\n";
const USAGE = "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n";

describe('docker run --health-*', () => {
	it('keeps the flags as Docker does: CMD-SHELL and durations in ns, only those given', () => {
		const s = session();
		setup(s, "docker run -d --name hc --health-cmd 'exit 3' --health-interval 1m30s --health-timeout 500ms --health-retries 4 --health-start-period 1.5s --health-start-interval 2s busybox sleep 300");
		expect(s.run("docker inspect -f '{{json .Config.Healthcheck}}' hc").stdout).toBe(
			'{"Test":["CMD-SHELL","exit 3"],"Interval":90000000000,"Timeout":500000000,"StartPeriod":1500000000,"StartInterval":2000000000,"Retries":4}\n',
		);
	});

	it('goes from starting to healthy or unhealthy on the clock, in ps and inspect', () => {
		const s = session();
		setup(s, "docker run -d --name good --health-cmd true --health-interval 10s busybox sleep 300", "docker run -d --name bad --health-cmd false --health-interval 10s --health-retries 2 busybox sleep 300");
		expect(s.run("docker ps --format '{{.Names}} {{.Status}}'").stdout).toMatch(/^bad Up .* \(health: starting\)\ngood Up .* \(health: starting\)\n$/);
		expect(s.run("docker ps --filter health=starting --format '{{.Names}}'").stdout).toBe('bad\ngood\n');
		setup(s, 'sleep 25');
		expect(s.run("docker ps --format '{{.Names}} {{.Status}}'").stdout).toMatch(/^bad Up .* \(unhealthy\)\ngood Up .* \(healthy\)\n$/);
		expect(s.run("docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' bad").stdout).toBe('unhealthy 2\n');
		expect(s.run("docker ps --filter health=healthy --format '{{.Names}}'").stdout).toBe('good\n');
		expect(s.run("docker ps --filter health=unhealthy --format '{{.Names}}'").stdout).toBe('bad\n');
		expect(s.run("docker ps --filter health=none --format '{{.Names}}'").stdout).toBe('');
	});

	it('--no-healthcheck turns off the image HEALTHCHECK and is kept as NONE', () => {
		const s = session();
		setup(s, 'docker run -d --name nh --no-healthcheck busybox sleep 300');
		expect(s.run("docker inspect -f '{{json .Config.Healthcheck}} {{.State.Health}}' nh").stdout).toBe('{"Test":["NONE"]} <nil>\n');
		expect(s.run("docker inspect -f '{{json .State}}' nh").stdout).not.toContain('Health');
		expect(s.run("docker ps --format '{{.Status}}'").stdout).not.toContain('health');
	});

	it('refuses what the CLI refuses, with exit 125', () => {
		const s = session();
		expect(s.run('docker run -d --no-healthcheck --health-retries 2 busybox true')).toMatchObject({stderr: `docker: --no-healthcheck conflicts with --health-* options${HELP}`, exitCode: 125});
		for (const flag of ['interval', 'timeout', 'start-period', 'start-interval']) {
			expect(s.run(`docker run -d --health-${flag} -1s busybox true`)).toMatchObject({stderr: `docker: --health-${flag} cannot be negative${HELP}`, exitCode: 125});
		}
		expect(s.run('docker run -d --health-retries -1 busybox true').stderr).toBe(`docker: --health-retries cannot be negative${HELP}`);
		expect(s.run('docker run -d --health-interval bogus busybox true')).toMatchObject({stderr: `invalid argument "bogus" for "--health-interval" flag: time: invalid duration "bogus"${USAGE}`, exitCode: 125});
		expect(s.run('docker run -d --health-timeout 5 busybox true').stderr).toBe(`invalid argument "5" for "--health-timeout" flag: time: missing unit in duration "5"${USAGE}`);
		expect(s.run('docker run -d --health-retries x busybox true').stderr).toBe(`invalid argument "x" for "--health-retries" flag: strconv.ParseInt: parsing "x": invalid syntax${USAGE}`);
		expect(s.run("docker ps -aq").stdout).toBe('');
	});

	it('refuses what the daemon refuses: durations under 1ms', () => {
		const s = session();
		expect(s.run('docker run -d --health-cmd true --health-interval 500us busybox true')).toMatchObject({stderr: `docker: Error response from daemon: Interval in Healthcheck cannot be less than 1ms${HELP}`, exitCode: 125});
		expect(s.run('docker create --health-cmd true --health-timeout 100us busybox').stderr).toBe("docker: Error response from daemon: Timeout in Healthcheck cannot be less than 1ms\n\nRun 'docker create --help' for more information\n");
	});
});
