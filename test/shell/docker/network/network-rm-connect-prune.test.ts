import {describe, expect, it} from 'vitest';
import {run, session} from './helpers.js';

describe('docker network rm', () => {
	it('prints each name as given; failures end with "exit status 1"', () => {
		const s = session();
		run(s, 'docker network create n1');
		expect(run(s, 'docker network rm bridge n1 nosuch')).toEqual({
			stdout: 'n1\n',
			stderr: 'Error response from daemon: bridge is a pre-defined network and cannot be removed\nError response from daemon: network nosuch not found\nexit status 1\n',
			exitCode: 1,
		});
		expect(run(s, 'docker network rm -f nosuch')).toEqual({stdout: '', stderr: '', exitCode: 0});
	});

	it('refuses a network with active endpoints (v26 text)', () => {
		const s = session();
		run(s, 'docker network create mynet', 'docker run -dit --name web --network mynet alpine sh');
		const id = JSON.parse(run(s, 'docker network inspect mynet').stdout)[0].Id;
		expect(run(s, 'docker network rm mynet').stderr).toBe(`Error response from daemon: error while removing network: network mynet id ${id} has active endpoints\nexit status 1\n`);
	});
});

describe('docker network connect / disconnect', () => {
	it('connects silently, refuses twice, disconnects', () => {
		const s = session();
		run(s, 'docker network create net1', 'docker network create net2', 'docker run -dit --name app --network net1 alpine sh');
		expect(run(s, 'docker network connect --alias db net2 app')).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(run(s, 'docker network connect net2 app')).toEqual({stdout: '', stderr: 'Error response from daemon: endpoint with name app already exists in network net2\n', exitCode: 1});
		expect(run(s, "docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' net2").stdout).toBe('app 172.19.0.2/16\n');
		expect(run(s, 'docker network disconnect net2 app')).toEqual({stdout: '', stderr: '', exitCode: 0});
	});

	it('errors: unknown container, none mode, host mode, -f with a missing container', () => {
		const s = session();
		run(s, 'docker network create net2', 'docker run -dit --name iso --network none alpine sh', 'docker run -dit --name hm --network host alpine sh');
		expect(run(s, 'docker network connect net2 a').stderr).toBe('Error response from daemon: No such container: a\n');
		// Recorded (16-cli-errors): the container is looked up first.
		expect(run(s, 'docker network connect nosuchnet nosuch').stderr).toBe('Error response from daemon: No such container: nosuch\n');
		expect(run(s, 'docker network connect nosuchnet iso').stderr).toBe('Error response from daemon: network nosuchnet not found\n');
		expect(run(s, 'docker network connect net2 iso').stderr).toBe('Error response from daemon: container cannot be connected to multiple networks with one of the networks in private (none) mode\n');
		expect(run(s, 'docker network connect bridge hm').stderr).toBe('Error response from daemon: container sharing network namespace with another container or host cannot be connected to any other network\n');
		// Recorded: the container is looked up before the network.
		expect(run(s, 'docker network disconnect gone a').stderr).toBe('Error response from daemon: No such container: a\n');
		expect(run(s, 'docker network disconnect -f net2 a').stderr).toBe('Error response from daemon: endpoint a not found\n');
	});
});

describe('docker network prune', () => {
	const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';

	it('asks, reads the answer from stdin; no answer cancels silently', () => {
		const s = session();
		run(s, 'docker network create a1');
		expect(run(s, 'docker network prune')).toEqual({stdout: WARNING, stderr: '', exitCode: 0});
		expect(run(s, 'echo n | docker network prune')).toEqual({stdout: WARNING, stderr: '', exitCode: 0});
		expect(run(s, 'echo y | docker network prune')).toEqual({stdout: `${WARNING}Deleted Networks:\na1\n\n`, stderr: '', exitCode: 0});
	});

	it('-f removes unused networks (a stopped container does not keep one) and prints nothing when none', () => {
		const s = session();
		run(s, 'docker network create used', 'docker network create idle', 'docker run -dit --name cu --network used alpine sh', 'docker network create stopped', 'docker run -dit --name cd --network stopped alpine sh', 'docker stop cd');
		expect(run(s, 'docker network prune -f')).toEqual({stdout: 'Deleted Networks:\nidle\nstopped\n\n', stderr: '', exitCode: 0});
		expect(run(s, 'docker network prune -f')).toEqual({stdout: '', stderr: '', exitCode: 0});
	});
});
