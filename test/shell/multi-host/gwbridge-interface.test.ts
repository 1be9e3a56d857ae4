// A container only on an overlay reaches the outside through docker_gwbridge: inside it, that is
// eth1 and the default route (as a real daemon 26.1 shows), and the overlay's eth0 has MTU 1450.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

describe('overlay containers and docker_gwbridge', () => {
	it('shows eth1 on docker_gwbridge and routes by default through it', () => {
		const s = new Session({seed: 1});
		for (const line of ['docker swarm init --advertise-addr 192.168.0.10', 'docker network create -d overlay --attachable ov', 'docker run -dit --name nd-a --network ov alpine sh']) {
			expect(s.run(line).exitCode).toBe(0);
		}
		const addr = s.run('docker exec nd-a ip addr').stdout;
		expect(addr).toMatch(/eth0@if\d+: <[^>]+> mtu 1450 /);
		expect(addr).toMatch(/eth1@if\d+: <[^>]+> mtu 1500 [\s\S]*inet 172\.18\.0\.\d+\/16 brd 172\.18\.255\.255 scope global eth1/);
		expect(s.run('docker exec nd-a ip route').stdout).toMatch(/^default via 172\.18\.0\.1 dev eth1 \n10\.0\.\d+\.0\/24 dev eth0 scope link {2}src 10\.0\.\d+\.2 \n172\.18\.0\.0\/16 dev eth1 scope link {2}src 172\.18\.0\.\d+ \n$/);
	});

	it('a container on an overlay and a bridge keeps the bridge as its way out, with no eth on docker_gwbridge', () => {
		const s = new Session({seed: 1});
		for (const line of ['docker swarm init --advertise-addr 192.168.0.10', 'docker network create -d overlay --attachable ov', 'docker run -dit --name nd-b alpine sh', 'docker network connect ov nd-b']) {
			expect(s.run(line).exitCode).toBe(0);
		}
		expect(s.run('docker exec nd-b ip route').stdout.split('\n')[0]).toBe('default via 172.17.0.1 dev eth0 ');
		expect(s.run('docker exec nd-b ip addr').stdout).not.toContain('eth2');
	});
});

describe('docker_gwbridge endpoints follow their containers', () => {
	it('stopping an overlay-only container removes its gateway endpoint', () => {
		const s = new Session({seed: 1});
		for (const line of ['docker swarm init --advertise-addr 192.168.0.10', 'docker network create -d overlay --attachable ov', 'docker run -dit --name nd-a --network ov alpine sh']) s.run(line);
		const names = () => s.run("docker network inspect -f '{{range .Containers}}{{.Name}} {{end}}' docker_gwbridge").stdout;
		expect(names()).toMatch(/gateway_[0-9a-f]{12}/);
		s.run('docker stop nd-a');
		expect(names()).not.toMatch(/gateway_[0-9a-f]{12}/);
	});
});
