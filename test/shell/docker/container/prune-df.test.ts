// container prune, system prune and system df beyond the recorded scenario (40-container-prune):
// what goes and what stays, dangling images, and the disk-usage arithmetic.
import {describe, expect, test} from 'vitest';
import {humanSize} from '../../../../src/shell/docker/commands/system-df.js';
import {session, setup} from './helpers.js';

describe('prune', () => {
	test('container prune keeps running containers and lists the others newest first', () => {
		const s = session();
		setup(s, 'docker run --name one busybox true', 'docker run --name two busybox true', 'docker run -d --name up busybox sleep 300');
		const ids = s.run('docker ps -aq --no-trunc --filter status=exited').stdout;
		const r = s.run('docker container prune -f');
		expect(r.stdout).toBe(`Deleted Containers:\n${ids}\nTotal reclaimed space: 0B\n`);
		expect(s.run("docker ps -a --format '{{.Names}}'").stdout).toBe('up\n');
	});

	test('system prune takes stopped containers, then the networks they held, then dangling images', () => {
		const s = session();
		setup(s, 'docker network create gone', 'docker run --name was --network gone busybox true');
		s.run("printf 'FROM alpine\\nCMD [\"sleep\",\"1\"]\\n' > Dockerfile");
		setup(s, 'docker build -q -t app .');
		s.run("printf 'FROM alpine\\nCMD [\"sleep\",\"2\"]\\n' > Dockerfile");
		setup(s, 'docker build -q -t app .');
		expect(s.run('docker images --format "{{.Repository}}"').stdout).toContain('<none>');
		const r = s.run('docker system prune -f');
		expect(r.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Networks:\ngone\n\nDeleted Images:\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
		expect(s.run('docker images --format "{{.Repository}}"').stdout).not.toContain('<none>');
	});

	test('prune filters: a key other than until or label is the daemon\'s error, for networks too', () => {
		const s = session();
		for (const what of ['network', 'container', 'system']) {
			expect(s.run(`docker ${what} prune --filter foo=bar -f`), what).toMatchObject({stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", exitCode: 1});
			expect(s.run(`docker ${what} prune --filter until=1h -f`).exitCode, what).toBe(0);
		}
	});

	test('an answer other than y cancels and changes nothing', () => {
		const s = session();
		setup(s, 'docker run --name one busybox true');
		expect(s.run('echo no | docker system prune').exitCode).toBe(0);
		// Measured: `yes` is not `y`, for image prune as for the others.
		expect(s.run('echo yes | docker image prune').stdout).toBe('WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ');
		expect(s.run('echo yes | docker container prune').stdout).not.toContain('Deleted');
		expect(s.run('docker image prune --filter foo=bar -f')).toMatchObject({stderr: "Error response from daemon: invalid filter 'foo'\n", exitCode: 1});
		expect(s.run('docker image prune --filter dangling=true -f').exitCode).toBe(0);
		expect(s.run("docker ps -a --format '{{.Names}}'").stdout).toBe('one\n');
	});
});

describe('system df', () => {
	test('images in use are not reclaimable; the percentage is of the total', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx', 'docker run --name done busybox true');
		const out = s.run("docker system df --format '{{.Type}}|{{.TotalCount}}|{{.Active}}|{{.Reclaimable}}'").stdout.split('\n');
		expect(out[0]).toMatch(/^Images\|\d+\|2\|[\d.]+[kMG]?B \(\d+%\)$/);
		expect(out[1]).toBe('Containers|2|1|0B');
	});

	test('go-units HumanSize: decimal units, four significant digits', () => {
		expect(humanSize(0)).toBe('0B');
		expect(humanSize(36_980_000)).toBe('36.98MB');
		expect(humanSize(999)).toBe('999B');
		expect(humanSize(1_000)).toBe('1kB');
		expect(humanSize(3_922_000_000)).toBe('3.922GB');
	});
});
