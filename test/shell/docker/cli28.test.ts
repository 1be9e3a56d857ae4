// Every command and flag of docker CLI 28 is at least recognised: what the game does not simulate
// is a netdojo note, never Docker's "unknown command"/"unknown flag" (issue 15 item 2).
import {describe, expect, it} from 'vitest';
import {cliEntry, cliFlags, cliPaths} from '../../../src/shell/docker/commands/cli28/index.js';
import {session} from './container/helpers.js';

describe('docker CLI 28 catalogue', () => {
	it('knows the commands and flags of the real CLI', () => {
		expect(cliPaths().length).toBeGreaterThan(170);
		expect(cliEntry('docker volume ls')?.usage).toBe('docker volume ls [OPTIONS]');
		expect(cliFlags('docker run').map((f) => f.long)).toEqual(expect.arrayContaining(['gpus', 'health-cmd', 'dns-search', 'cap-add', 'mac-address']));
		expect(cliFlags('docker ps').find((f) => f.long === 'all')).toMatchObject({short: 'a', type: 'bool'});
	});

	it('a real command the game does not simulate is a note, exit 1', () => {
		const s = session();
		for (const line of ['docker login', 'docker volume ls', 'docker volume', 'docker container commit x', 'docker image push x']) {
			const r = s.run(line);
			expect(r.stderr, line).toMatch(/^netdojo: `docker .*` is a docker command this game does not simulate/);
			expect(r.stderr, line).not.toContain('unknown');
			expect(r.exitCode, line).toBe(1);
		}
	});

	it('a real flag the game does not simulate is a note and does nothing', () => {
		const s = session();
		const r = s.run('docker run -d --gpus all --name g alpine sleep 100');
		expect(r.stderr).toBe('netdojo: --gpus is a real `docker run` flag this game does not simulate (yet); nothing was done. Run the command without it.\n');
		expect(r.exitCode).toBe(1);
		expect(s.run('docker ps -aq').stdout).toBe('');
	});

	it('what docker 28 does not have is still Docker\'s own error', () => {
		const s = session();
		expect(s.run('docker frob')).toMatchObject({stderr: "docker: unknown command: docker frob\n\nRun 'docker --help' for more information\n", exitCode: 1});
		expect(s.run('docker volume frob')).toMatchObject({stderr: "docker: unknown command: docker volume frob\n\nUsage:  docker volume\n\nRun 'docker volume --help' for more information\n", exitCode: 1});
		expect(s.run('docker image images').exitCode).toBe(1);
		const r = s.run('docker run --frob alpine');
		expect(r.stderr).toMatch(/^unknown flag: --frob\n\nUsage:  docker run \[OPTIONS\]/);
		expect(r.exitCode).toBe(125);
		expect(s.run('docker --frob ps')).toMatchObject({stderr: "unknown flag: --frob\nSee 'docker --help'.\n", exitCode: 125});
	});

	it('global options are recognised as not simulated', () => {
		const r = session().run('docker -H tcp://10.0.0.1:2375 ps');
		expect(r.stderr).toMatch(/^netdojo: the global option -H is real docker/);
		expect(r.exitCode).toBe(1);
	});

	it('every docker container / docker image alias reaches its command, under its own name', () => {
		const s = session();
		for (const line of ['docker container ls', 'docker container list', 'docker container ps']) expect(s.run(line).stdout, line).toMatch(/^CONTAINER ID/);
		for (const line of ['docker image ls', 'docker image list']) expect(s.run(line).stdout, line).toMatch(/^REPOSITORY/);
		expect(s.run('docker container list --help').stdout).toContain('Usage:  docker container ls [OPTIONS]');
		expect(s.run('docker image remove nosuch')).toMatchObject({stderr: 'Error response from daemon: No such image: nosuch:latest\n', exitCode: 1});
		expect(s.run('docker container remove nosuch').stderr).toBe('Error response from daemon: No such container: nosuch\n');
		expect(s.run('docker system info').stdout).toContain('Server Version: 26.1.5');
	});
});
