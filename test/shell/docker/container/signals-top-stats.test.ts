// docker kill, wait, top and stats beyond what the recorded scenario (30-container-signals) pins:
// the layouts measured on daemon 26.1.5 with CLI 28.2.2, and what a real nginx does with signals.
import {describe, expect, test} from 'vitest';
import {parseSignal} from '../../../../src/engine/index.js';
import {bytesSize} from '../../../../src/shell/docker/views/units.js';
import {session, setup} from './helpers.js';

describe('signals', () => {
	test('names with or without SIG in any case, numbers, real-time signals; the daemon words the rest', () => {
		expect(parseSignal('KILL')).toEqual({signal: 9});
		expect(parseSignal('sigterm')).toEqual({signal: 15});
		expect(parseSignal('RTMIN+3')).toEqual({signal: 37});
		expect(parseSignal('RTMAX-1')).toEqual({signal: 63});
		expect(parseSignal('64')).toEqual({signal: 64});
		expect(parseSignal('32')).toEqual({error: 'the linux daemon does not support signal 32'});
		expect(parseSignal('-1')).toEqual({error: 'the linux daemon does not support signal -1'});
		expect(parseSignal('__proto__')).toEqual({error: 'invalid signal: __proto__'});
	});

	test('nginx handles TERM and QUIT (exit 0) and reloads on HUP; sleep as PID 1 ignores them', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx', 'docker run -d --name nap busybox sleep 300');
		expect(s.run('docker kill -s HUP web').stdout).toBe('web\n');
		expect(s.run('docker kill -s TERM nap').stdout).toBe('nap\n');
		expect(s.run("docker inspect -f '{{.State.Status}}' web nap").stdout).toBe('running\nrunning\n');
		s.run('docker kill -s QUIT web');
		expect(s.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' web").stdout).toBe('exited 0\n');
	});

	test('kill of several: names and errors each in turn, exit 1 if any failed', () => {
		const s = session();
		setup(s, 'docker run -d --name one busybox sleep 300');
		const r = s.run('docker kill one nosuch');
		expect(r.stdout).toBe('one\n');
		expect(r.stderr).toBe('Error response from daemon: cannot kill container: nosuch: No such container: nosuch\n');
		expect(r.exitCode).toBe(1);
	});

	test('a killed container drops off its network: its name no longer resolves', () => {
		const s = session();
		setup(s, 'docker network create app', 'docker run -d --name db --network app busybox sleep 300', 'docker run -d --name cli --network app busybox sleep 300');
		expect(s.run('docker exec cli ping -c 1 db').exitCode).toBe(0);
		s.run('docker kill db');
		expect(s.run('docker exec cli ping -c 1 db').stderr).toContain('bad address');
	});
});

describe('docker wait', () => {
	test('a main process that ends by itself: the clock moves to its end', () => {
		const s = session();
		setup(s, 'docker run -d --name short busybox sh -c "sleep 30; exit 3"');
		expect(s.run('docker wait short').stdout).toBe('3\n');
		expect(s.run("docker ps -a --format '{{.Status}}'").stdout).toMatch(/^Exited \(3\) /);
	});

	test('one that never ends: a note, and the line ends as Ctrl+C would', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		const r = s.run('docker wait web');
		expect(r.exitCode).toBe(130);
		expect(r.stderr).toMatch(/^\^C\nnetdojo: web does not stop by itself/);
		expect(s.run("docker inspect -f '{{.State.Status}}' web").stdout).toBe('running\n');
	});
});

describe('docker top', () => {
	test('ps -ef columns laid out 20 wide; nginx has a master and one worker per CPU', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		const lines = s.run('docker top web').stdout.split('\n');
		expect(lines[0]).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
		expect(lines[1]).toMatch(/^root {16}\d+ +\d+ +0 {19}\d\d:\d\d {15}\? {19}00:00:00 {12}nginx: master process nginx -g daemon off;$/);
		expect(lines.filter((l) => l.endsWith('nginx: worker process'))).toHaveLength(2);
	});

	test('sh -c with one command shows that command (the shell exec\'d it); -o picks columns', () => {
		const s = session();
		setup(s, 'docker run -d --name nap busybox sh -c "sleep 300"');
		expect(s.run('docker top nap -o pid,comm').stdout).toMatch(/^PID {17}COMMAND\n\d+ +sleep\n$/);
		expect(s.run('docker top nap').stdout).toMatch(/sleep 300\n$/);
	});

	test('ps options it cannot honour: the default columns and a game note', () => {
		const s = session();
		setup(s, 'docker run -d --name nap busybox sleep 300');
		const r = s.run('docker top nap -x --forest');
		expect(r.stdout).toMatch(/^UID/);
		expect(r.stderr).toMatch(/^netdojo: docker top with the ps options "-x --forest" is not simulated/);
	});
});

describe('docker stats', () => {
	test('--no-stream: the default table, running containers only, newest first', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx', 'docker run -d --name nap busybox sleep 300', 'docker run --name gone busybox true');
		const out = s.run('docker stats --no-stream').stdout.split('\n');
		expect(out[0]).toMatch(/^CONTAINER ID   NAME      CPU %     MEM USAGE \/ LIMIT +MEM % +NET I\/O +BLOCK I\/O   PIDS$/);
		expect(out[1]).toMatch(/^[0-9a-f]{12}   nap       0\.00%     324KiB \/ 7\.653GiB +0\.00% +\S+ \/ 0B +0B \/ 0B +1$/);
		expect(out[2]).toMatch(/^[0-9a-f]{12}   web .* 3$/);
		expect(out).toHaveLength(4);
	});

	test('-a adds stopped ones with zeros; without --no-stream one sample and a note', () => {
		const s = session();
		setup(s, 'docker run --name gone busybox true');
		const r = s.run("docker stats -a --format '{{.Name}} {{.MemUsage}} {{.PIDs}}'");
		expect(r.stdout).toBe('gone 0B / 0B 0\n');
		expect(r.stderr).toMatch(/^netdojo: docker stats would keep redrawing/);
	});

	test('json keys sorted as Go marshals a map', () => {
		const s = session();
		setup(s, 'docker run -d --name nap busybox sleep 300');
		const r = s.run('docker stats --no-stream --format json nap');
		expect(Object.keys(JSON.parse(r.stdout))).toEqual(['BlockIO', 'CPUPerc', 'Container', 'ID', 'MemPerc', 'MemUsage', 'Name', 'NetIO', 'PIDs']);
	});

	test('go-units BytesSize: binary units, four significant digits', () => {
		expect(bytesSize(0)).toBe('0B');
		expect(bytesSize(324 * 1024)).toBe('324KiB');
		expect(bytesSize(25_275_236_352)).toBe('23.54GiB');
		expect(bytesSize(1023)).toBe('1023B');
		expect(bytesSize(1536)).toBe('1.5KiB');
	});

	test('docker info reports the memory stats uses as the limit', () => {
		expect(session().run('docker info').stdout).toContain(' CPUs: 2\n Total Memory: 7.653GiB\n Name: ');
	});
});
