import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {createWorld} from '../../../src/engine/index.js';

const HOSTS = [
	{name: 'node1', lanIp: '192.168.0.10'},
	{name: 'node2', lanIp: '192.168.0.11'},
];

describe('host switching', () => {
	it('single-host worlds keep the plain prompt; ssh there finds no other host', () => {
		const s = new Session();
		expect(s.prompt()).toBe('$ ');
	});

	it('shows user@host:cwd in multi-host worlds; ssh moves there and exit comes back', () => {
		const s = new Session(createWorld({hosts: HOSTS}));
		expect(s.prompt()).toBe('player@node1:~/app$ ');
		expect(s.run('ssh node2')).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(s.prompt()).toBe('player@node2:~$ ');
		expect(s.location).toEqual({kind: 'host', host: 'node2'});
		s.run('docker network create only-on-2');
		const back = s.run('exit');
		expect(back.stderr).toBe('logout\nConnection to node2 closed.\n');
		expect(back.left).toBeUndefined();
		expect(s.prompt()).toBe('player@node1:~/app$ ');
		expect(s.run('docker network ls --format {{.Name}}').stdout).not.toContain('only-on-2');
		expect(s.run('ssh node2 docker network ls --format {{.Name}}').stdout).toContain('only-on-2\n');
	});

	it('`host HOST` just switches; docker then acts on that daemon', () => {
		const s = new Session(createWorld({hosts: HOSTS}));
		expect(s.run('host node2').exitCode).toBe(0);
		expect(s.prompt()).toBe('player@node2:~/app$ ');
		s.run('docker run -d --name wk alpine sleep 60');
		expect(s.world.hosts.node2.containers.values().map((c) => c.name)).toEqual(['wk']);
		expect(s.world.hosts.node1.containers.values()).toEqual([]);
		expect(s.run('exit').left).toBe(true);
	});

	it('unknown hosts', () => {
		const s = new Session(createWorld({hosts: HOSTS}));
		expect(s.run('ssh nosuch')).toEqual({stdout: '', stderr: 'ssh: Could not resolve hostname nosuch: Name or service not known\n', exitCode: 255});
		expect(s.run('host nosuch')).toEqual({stdout: 'Host nosuch not found: 3(NXDOMAIN)\n', stderr: '', exitCode: 1});
		expect(s.prompt()).toBe('player@node1:~/app$ ');
	});

	it('ssh HOST CMD runs one line there and prints its output; $(...) expands locally first', () => {
		const s = new Session(createWorld({hosts: HOSTS}));
		expect(s.run('ssh node2 hostname').stdout).toBe('node2\n');
		expect(s.run('TOKEN=$(ssh node2 hostname); echo $TOKEN').stdout).toBe('node2\n');
		expect(s.prompt()).toBe('player@node1:~/app$ ');
	});

	it('ssh and host are not programs inside containers', () => {
		const s = new Session(createWorld({hosts: HOSTS}));
		s.run('docker run -d --name a alpine sleep 3600');
		expect(s.run('docker exec a ssh node2').exitCode).not.toBe(0);
	});
});
