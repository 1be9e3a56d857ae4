// docker pause beyond the recorded scenario (41-pause): what a frozen container does to the
// packets and timers around it, and how the tools and trace word it.
import {describe, expect, test} from 'vitest';
import {GameSession} from '../../../../src/game/game-session.js';
import {session, setup} from './helpers.js';

describe('a paused container', () => {
	test('still answers ping (the kernel does), accepts TCP but never answers; RST where nothing listens', () => {
		const s = session();
		setup(s, 'docker network create app', 'docker run -d --name web --network app nginx', 'docker run -d --name cli --network app alpine sleep 1d', 'docker pause web');
		expect(s.run('docker exec cli ping -c 1 web').exitCode).toBe(0);
		expect(s.run('docker exec cli wget -q -T 2 -O- http://web/')).toMatchObject({stderr: 'wget: download timed out\n', exitCode: 1});
		expect(s.run('docker exec cli wget -q -T 2 -O- http://web:81/').stderr).toContain('Connection refused');
		s.run('docker unpause web');
		expect(s.run('docker exec cli wget -q -O- http://web/').stdout).toContain('Welcome to nginx!');
	});

	test('curl without a time limit would wait for ever: the game stops it as Ctrl+C would', () => {
		const s = session();
		setup(s, 'docker run -d --name web -p 8080:80 nginx', 'docker pause web');
		const r = s.run('curl -s localhost:8080');
		expect(r.exitCode).toBe(130);
		expect(r.stderr).toMatch(/^\^C\nnetdojo: curl would wait here until Ctrl\+C: web accepted the connection but is paused/);
	});

	test('its timers stand still: sleep 5 paused for 10 s ends when thawed, not before', () => {
		const s = session();
		setup(s, 'docker run -d --name nap busybox sleep 5', 'docker pause nap');
		for (let i = 0; i < 8; i++) s.run('true');
		expect(s.run("docker inspect -f '{{.State.Status}}' nap").stdout).toBe('paused\n');
		s.run('docker unpause nap');
		s.run('true');
		expect(s.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' nap").stdout).toBe('exited 0\n');
	});

	test('kill: KILL ends it; another signal thaws it first (sleep as PID 1 then ignores TERM)', () => {
		const s = session();
		setup(s, 'docker run -d --name aa busybox sleep 300', 'docker run -d --name bb busybox sleep 300', 'docker pause aa bb');
		s.run('docker kill aa');
		s.run('docker kill -s TERM bb');
		expect(s.run("docker inspect -f '{{.Name}} {{.State.Status}} {{.State.ExitCode}}' aa bb").stdout).toBe('/aa exited 137\n/bb running 0\n');
	});

	test('trace says where the answer stops, and a goal that needs an answer is not met', () => {
		const g = new GameSession(undefined);
		g.run('docker run -d --name web -p 8080:80 nginx');
		g.run('docker pause web');
		const t = g.run('trace curl localhost:8080').stdout;
		expect(t).toContain('the container is paused');
		expect(t).toMatch(/Verdict: .* accepted the connection, but the container is paused/);
	});
});
