import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {createWorld} from '../../../src/engine/index.js';

const run = (s: Session, line: string) => s.run(line);

describe('docker swarm', () => {
	it('init prints the manager text with a 25-char node id and a SWMTKN-1 token; ls shows docker_gwbridge and ingress', () => {
		const s = new Session();
		const r = run(s, 'docker swarm init');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toMatch(
			/^Swarm initialized: current node \([0-9a-z]{25}\) is now a manager\.\n\nTo add a worker to this swarm, run the following command:\n\n {4}docker swarm join --token SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25} 192\.168\.0\.10:2377\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions\.\n$/,
		);
		const ls = run(s, 'docker network ls').stdout;
		expect(ls).toMatch(/^[0-9a-f]{12} {3}docker_gwbridge {3}bridge {4}local$/m);
		expect(ls).toMatch(/^[0-9a-z]{12} {3}ingress {11}overlay {3}swarm$/m);
		expect(run(s, "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}} {{.Ingress}} {{json .Options}}' ingress").stdout).toBe('10.0.0.0/24 true {"com.docker.network.driver.overlay.vxlanid_list":"4096"}\n');
		expect(run(s, "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' docker_gwbridge").stdout).toBe('172.18.0.0/16\n');
		expect(run(s, 'docker network ls -q --no-trunc -f name=ingress').stdout).toMatch(/^[0-9a-z]{25}\n$/);
	});

	it('second init and leave errors', () => {
		const s = new Session();
		expect(run(s, 'docker swarm leave').stderr).toBe('Error response from daemon: This node is not part of a swarm\n');
		run(s, 'docker swarm init');
		expect(run(s, 'docker swarm init').stderr).toBe('Error response from daemon: This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.\n');
		expect(run(s, 'docker swarm leave').stderr).toBe(
			'Error response from daemon: You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.\n',
		);
		expect(run(s, 'docker swarm leave --force')).toEqual({stdout: 'Node left the swarm.\n', stderr: '', exitCode: 0});
		expect(run(s, 'docker network ls --format {{.Name}}').stdout).toBe('bridge\ndocker_gwbridge\nhost\nnone\n');
	});

	it('overlay networks: scope swarm, 25-char ids, 10.0.N.0/24 pools', () => {
		const s = new Session();
		run(s, 'docker swarm init');
		const id = run(s, 'docker network create -d overlay --attachable ov').stdout;
		expect(id).toMatch(/^[0-9a-z]{25}\n$/);
		expect(run(s, "docker network inspect -f '{{.Scope}} {{range .IPAM.Config}}{{.Subnet}}{{end}} {{json .Options}}' ov").stdout).toBe('swarm 10.0.1.0/24 {"com.docker.network.driver.overlay.vxlanid_list":"4097"}\n');
	});

	it('join: worker token on the manager address; wrong tokens', () => {
		const hosts = [{name: 'node1', lanIp: '192.168.0.10'}, {name: 'node2', lanIp: '192.168.0.11'}];
		const s = new Session(createWorld({hosts}));
		const init = run(s, 'docker swarm init').stdout;
		const token = /--token (\S+)/.exec(init)![1];
		s.switchHost('node2');
		expect(run(s, 'docker swarm join --token SWMTKN-1-x 192.168.0.10:2377').stderr).toBe('Error response from daemon: invalid join token\n');
		const wrongSecret = token.replace(/-[0-9a-z]{25}$/, '-0000000000000000000000000');
		expect(run(s, `docker swarm join --token ${wrongSecret} 192.168.0.10:2377`).stderr).toBe('Error response from daemon: rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster\n');
		expect(run(s, `docker swarm join --token ${token} 192.168.0.10:2377`)).toEqual({stdout: 'This node joined a swarm as a worker.\n', stderr: '', exitCode: 0});
		expect(run(s, 'docker network ls --format {{.Name}}').stdout).toBe('bridge\ndocker_gwbridge\nhost\ningress\nnone\n');
		expect(run(s, 'docker network create -d overlay x').stderr).toBe('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n');
		expect(run(s, 'docker swarm leave')).toEqual({stdout: 'Node left the swarm.\n', stderr: '', exitCode: 0});
	});
});
