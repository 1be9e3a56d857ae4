import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {createWorld, probe, type World} from '../../../src/engine/index.js';

const HOSTS = [
	{name: 'node1', lanIp: '192.168.0.10'},
	{name: 'node2', lanIp: '192.168.0.11'},
];

function twoNodes(): Session {
	return new Session(createWorld({seed: 3, hosts: HOSTS}));
}

function ok(s: Session, line: string): string {
	const r = s.run(line);
	expect(r.stderr, line).toBe('');
	expect(r.exitCode, line).toBe(0);
	return r.stdout;
}

function idOf(world: World, host: string, name: string): string {
	return world.hosts[host].containers.values().find((c) => c.name === name)!.id;
}

function from(world: World, host: string, name: string, target: string, port?: number) {
	return probe(world, {from: {kind: 'container', host, id: idOf(world, host, name)}, target, protocol: port === undefined ? 'icmp' : 'tcp', port});
}

/** A swarm of node1 (manager) and node2 (worker) with an attachable overlay `ov`. */
function swarm(): Session {
	const s = twoNodes();
	ok(s, 'docker swarm init --advertise-addr 192.168.0.10');
	ok(s, 'ssh node2 docker swarm join --token $(docker swarm join-token -q worker) 192.168.0.10:2377');
	ok(s, 'docker network create -d overlay --attachable ov');
	return s;
}

describe('cross-host reachability', () => {
	it('a bridge address on another host times out; the LAN router has no route into it', () => {
		const s = twoNodes();
		ok(s, 'docker network create n1');
		ok(s, 'docker run -d --name api --network n1 alpine sleep 3600');
		ok(s, 'ssh node2 docker network create n2');
		ok(s, 'ssh node2 docker network create n3');
		ok(s, 'ssh node2 docker run -d --name web --network n3 nginx');
		const webIp = s.world.hosts.node2.containers.get(idOf(s.world, 'node2', 'web'))!.networks[Object.keys(s.world.hosts.node2.containers.get(idOf(s.world, 'node2', 'web'))!.networks)[0]].endpoint!.ip;
		expect(webIp).toBe('172.19.0.2');
		const r = from(s.world, 'node1', 'api', webIp, 80);
		expect(r.outcome).toBe('timeout');
		expect(r.hops.at(-1)!.step).toEqual({kind: 'lan-no-route-private', ip: '172.19.0.2', host: 'node2'});
		expect(from(s.world, 'node1', 'api', 'web').outcome).toBe('unresolved');
	});

	it('a published port on the other host is reached through its LAN address (DNAT there)', () => {
		const s = twoNodes();
		ok(s, 'docker run -d --name api alpine sleep 3600');
		ok(s, 'ssh node2 docker run -d --name web -p 8080:80 nginx');
		const r = from(s.world, 'node1', 'api', '192.168.0.11', 8080);
		expect(r.outcome).toBe('ok');
		expect(r.responder).toBe('web');
		expect(r.hops.some((h) => h.verdict === 'DNAT' && h.at.kind === 'chain' && h.at.host === 'node2' && h.at.table === 'nat' && h.at.chain === 'DOCKER')).toBe(true);
		expect(s.run('curl -s http://192.168.0.11:8080/').stdout).toContain('Welcome to nginx!');
	});

	it('on an attachable overlay, containers on both hosts reach each other by IP and by name, over VXLAN', () => {
		const s = swarm();
		ok(s, 'docker run -d --name api --network ov alpine sleep 3600');
		ok(s, 'ssh node2 docker run -d --name web --network ov nginx');
		const byName = from(s.world, 'node1', 'api', 'web', 80);
		expect(byName.outcome).toBe('ok');
		expect(byName.resolution?.source).toBe('embedded-dns');
		expect(byName.ip).toBe('10.0.1.4');
		const vx = byName.hops.find((h) => h.at.kind === 'vxlan');
		expect(vx?.step).toMatchObject({kind: 'vxlan-encap', to: '192.168.0.11', port: 4789, vni: '4097'});
		expect(byName.hops.some((h) => h.step.kind === 'vxlan-decap' && h.step.host === 'node2' && h.step.container === 'web')).toBe(true);
		expect(from(s.world, 'node1', 'api', '10.0.1.4').outcome).toBe('ok');
		// and back, by name
		expect(from(s.world, 'node2', 'web', 'api').outcome).toBe('ok');
		expect(s.run('docker exec api wget -qO- http://web/').stdout).toContain('Welcome to nginx!');
		// the hosts themselves have no route into the overlay
		expect(s.run('ping -c 1 -W 1 10.0.1.2').exitCode).not.toBe(0);
	});

	it('an overlay container goes out through docker_gwbridge NAT', () => {
		const s = swarm();
		ok(s, 'docker run -d --name api --network ov alpine sleep 3600');
		const r = from(s.world, 'node1', 'api', 'example.com', 80);
		expect(r.outcome).toBe('ok');
		expect(r.hops.some((h) => h.step.kind === 'default-route' && h.step.network === 'docker_gwbridge' && h.step.ifname === 'eth1')).toBe(true);
		expect(r.hops.some((h) => h.verdict === 'MASQUERADE')).toBe(true);
	});
});

describe('swarm-wide overlay', () => {
	it('allocates addresses swarm-wide: no duplicates across hosts, one load-balancer address per node', () => {
		const s = swarm();
		ok(s, 'docker run -d --name a1 --network ov alpine sleep 3600');
		ok(s, 'ssh node2 docker run -d --name b1 --network ov alpine sleep 3600');
		ok(s, 'docker run -d --name a2 --network ov alpine sleep 3600');
		ok(s, 'ssh node2 docker run -d --name b2 --network ov alpine sleep 3600');
		// ssh joins its words with spaces and the remote shell parses them again: quote the whole line.
		const ips = (host: string) => ok(s, `ssh ${host} "docker network inspect -f '{{range .Containers}}{{.Name}}={{.IPv4Address}} {{end}}' ov"`);
		expect(ips('node1').trim().split(' ').sort()).toEqual(['a1=10.0.1.2/24', 'a2=10.0.1.6/24', 'ov-endpoint=10.0.1.3/24']);
		const all = [...ips('node1').matchAll(/=(\S+)\/24/g), ...ips('node2').matchAll(/=(\S+)\/24/g)].map((m) => m[1]);
		expect(new Set(all).size).toBe(all.length);
		expect(all.sort()).toEqual(['10.0.1.2', '10.0.1.3', '10.0.1.4', '10.0.1.5', '10.0.1.6', '10.0.1.7']);
	});

	it('a worker lists the overlay only once a local container uses it', () => {
		const s = swarm();
		expect(ok(s, 'docker network ls --format {{.Name}}')).toContain('ov\n');
		expect(ok(s, 'ssh node2 docker network ls --format {{.Name}}')).not.toContain('ov\n');
		ok(s, 'ssh node2 docker run -d --name wk --network ov alpine sleep 3600');
		expect(ok(s, 'ssh node2 docker network ls --format {{.Name}}')).toContain('ov\n');
	});

	it('a non-attachable overlay is refused at start: the id is printed and the container stays Created', () => {
		const s = swarm();
		ok(s, 'docker network create -d overlay plain');
		const r = s.run('docker run -d --name cc --network plain alpine sleep 3600');
		expect(r.exitCode).toBe(125);
		expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
		expect(r.stderr).toBe("docker: Error response from daemon: Could not attach to network plain: rpc error: code = PermissionDenied desc = network plain not manually attachable\n\nRun 'docker run --help' for more information\n");
		expect(ok(s, "docker ps -a --format '{{.Names}} {{.Status}}'")).toBe('cc Created\n');
	});

	it('join-token prints the join command, -q only the token; a worker may not ask', () => {
		const s = swarm();
		const token = ok(s, 'docker swarm join-token -q worker').trim();
		expect(token).toMatch(/^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/);
		expect(ok(s, 'docker swarm join-token worker')).toBe(`To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${token} 192.168.0.10:2377\n\n`);
		const r = s.run('ssh node2 docker swarm join-token worker');
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toContain("Worker nodes can't be used to view or modify cluster state.");
	});
});
