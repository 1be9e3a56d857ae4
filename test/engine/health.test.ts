// State.Health on the simulated clock (engine/health.ts), and the Dockerfile's HEALTHCHECK timings.
import {describe, expect, test} from 'vitest';
import {Session} from '../../src/shell/session.js';
import {parseGoDuration} from '../../src/engine/build/duration.js';

function built(dockerfile: string): Session {
	const s = new Session({seed: 1, files: {Dockerfile: dockerfile}});
	expect(s.run('docker build -q -t hc .').exitCode).toBe(0);
	return s;
}

const status = (s: Session, name: string) => s.run(`docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' ${name}`).stdout.trim();

describe('health on the simulated clock', () => {
	test('starting until the first probe, one interval after start; healthy once it passed', () => {
		const s = built('FROM alpine\nHEALTHCHECK --interval=10s CMD wget -q -O /dev/null http://localhost:8000/ || exit 1\nCMD ["httpd", "-f", "-p", "8000", "-h", "/etc"]\n');
		s.run('docker run -d --name web hc');
		expect(status(s, 'web')).toBe('starting 0 0');
		expect(s.run("docker ps --format '{{.Status}}'").stdout).toMatch(/^Up .* \(health: starting\)\n$/);
		s.run('sleep 10');
		expect(status(s, 'web')).toBe('healthy 0 1');
		expect(s.run("docker ps --format '{{.Status}}'").stdout).toMatch(/^Up .* \(healthy\)\n$/);
		s.run('sleep 600');
		// The daemon keeps the last five probes.
		expect(status(s, 'web')).toBe('healthy 0 5');
	});

	test('unhealthy after `retries` failures in a row; failures inside the start period do not count', () => {
		const s = built('FROM alpine\nHEALTHCHECK --interval=5s --retries=2 --start-period=12s --start-interval=2s CMD wget -q http://localhost:9/ || exit 1\nCMD ["sleep", "1000"]\n');
		s.run('docker run -d --name bad hc');
		s.run('sleep 10');
		// Probes every 2s inside the start period: they fail, but the streak stays 0.
		expect(status(s, 'bad')).toMatch(/^starting 0 \d$/);
		s.run('sleep 10');
		expect(status(s, 'bad')).toMatch(/^unhealthy [2-9] 5$/);
		expect(s.run("docker ps --format '{{.Status}}'").stdout).toMatch(/\(unhealthy\)\n$/);
	});

	test('a program the image lacks fails the probe; HEALTHCHECK NONE turns the base\'s off; a stopped container says unhealthy', () => {
		const s = built('FROM nginx\nHEALTHCHECK --interval=1s --retries=1 CMD ["pg_isready"]\n');
		s.run('docker run -d --name db hc');
		s.run('sleep 2');
		expect(s.run("docker inspect -f '{{.State.Health.Status}} {{range .State.Health.Log}}{{.ExitCode}} {{.Output}}{{end}}' db").stdout).toMatch(/^unhealthy -1 OCI runtime exec failed: .*"pg_isready": executable file not found in \$PATH/);
		s.run('docker rm -f db');
		s.run("printf 'FROM hc\\nHEALTHCHECK NONE\\n' > Dockerfile");
		s.run('docker build -q -t hc2 .');
		s.run('docker run -d --name quiet hc2');
		expect(s.run("docker inspect -f '{{json .State}}' quiet").stdout).not.toContain('Health');
		s.run('docker run -d --name again hc');
		s.run('docker stop again');
		expect(s.run("docker inspect -f '{{.State.Health.Status}}' again").stdout).toBe('unhealthy\n');
	});

	test('the image and the container keep the timings that were set, in nanoseconds', () => {
		const s = built('FROM alpine\nHEALTHCHECK --interval=1m30s --timeout=500ms --retries=4 CMD true\n');
		expect(s.run("docker inspect -f '{{json .Config.Healthcheck}}' hc").stdout).toBe('{"Test":["CMD-SHELL","true"],"Interval":90000000000,"Timeout":500000000,"Retries":4}\n');
		s.run('docker run -d --name timed hc sleep 100');
		expect(s.run("docker inspect -f '{{json .Config.Healthcheck}}' timed").stdout).toBe('{"Test":["CMD-SHELL","true"],"Interval":90000000000,"Timeout":500000000,"Retries":4}\n');
	});
});

describe('Go durations', () => {
	test.each([['30s', 30_000], ['1m30s', 90_000], ['500ms', 500], ['1.5h', 5_400_000], ['0', 0], ['2us', 0.002]])('%s', (text, ms) => {
		expect(parseGoDuration(text)).toBeCloseTo(ms);
	});
	test.each(['', '5', 's', '1x', '--1s'])('%j is refused', (text) => {
		expect(parseGoDuration(text)).toBeUndefined();
	});
});

describe('sleep moves the simulated clock', () => {
	test('a container whose process ends after 5 seconds has exited after `sleep 6`', () => {
		const s = new Session({seed: 1});
		s.run('docker run -d --name short alpine sleep 5');
		s.run('sleep 6');
		expect(s.run("docker ps -a --format '{{.Status}}'").stdout).toMatch(/^Exited \(0\) /);
	});
});
