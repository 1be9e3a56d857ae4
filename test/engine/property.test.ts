// Property tests: whatever is typed, in whatever order, the game never throws, always answers
// with an exit code (and a message when it fails), and the world keeps its invariants.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {Session} from '../../src/shell/session.js';
import {inSubnet} from '../../src/engine/ip.js';
import type {World} from '../../src/engine/index.js';

const names = ['web', 'db', 'api', 'cache', 'app1', 'x', 'web', 'bad name', '-dash', 'nosuch'];
const nets = ['n1', 'n2', 'back', 'bridge', 'host', 'none', 'nosuchnet'];
const images = ['nginx', 'alpine', 'busybox', 'redis', 'httpd', 'python', 'nosuchimage', 'postgres'];

const name = fc.constantFrom(...names);
const net = fc.constantFrom(...nets);
const image = fc.constantFrom(...images);
const port = fc.constantFrom('80', '8080', '8000', '99999', 'abc', '0', '5432');

/** Plausible commands, many of them wrong in the ways people get them wrong. */
const command: fc.Arbitrary<string> = fc.oneof(
	fc.tuple(name, net, image, port, port, fc.constantFrom('', '-d', '-dit', '--rm', '-d --network-alias api', '-d -P')).map(
		([n, nw, img, hp, cp, flags]) => `docker run ${flags} --name ${n} --network ${nw} -p ${hp}:${cp} ${img}`,
	),
	fc.tuple(name, image).map(([n, img]) => `docker run -d --name ${n} ${img} sleep 1d`),
	fc.tuple(name, net).map(([n, nw]) => `docker run -d --name ${n} --network ${nw} --ip 172.18.0.9 alpine sleep 1d`),
	fc.tuple(net, fc.constantFrom('', '--internal', '--subnet 10.1.0.0/24', '--subnet 10.1.0.1/24', '--subnet 172.17.0.0/16', '-o com.docker.network.bridge.enable_icc=false', '-d overlay', '-d nosuch')).map(([nw, f]) => `docker network create ${f} ${nw}`),
	fc.tuple(net, name).map(([nw, n]) => `docker network connect ${nw} ${n}`),
	fc.tuple(net, name).map(([nw, n]) => `docker network disconnect ${nw} ${n}`),
	net.map((nw) => `docker network rm ${nw}`),
	name.map((n) => `docker rm -f ${n}`),
	name.map((n) => `docker stop ${n}`),
	name.map((n) => `docker start ${n}`),
	name.map((n) => `docker restart ${n}`),
	name.map((n) => `docker exec ${n} ping -c 1 web`),
	name.map((n) => `docker exec ${n} wget -qO- http://api:80`),
	fc.tuple(name, fc.constantFrom('{{.Name}}', '{{json .NetworkSettings}}', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', '{{.Nope}}', '{{')).map(([n, f]) => `docker inspect -f '${f}' ${n}`),
	fc.constantFrom('docker ps', 'docker ps -a --format "{{.Names}}"', 'docker network ls', 'docker network prune -f', 'docker images', 'curl -s localhost:8080', 'curl localhost:80', 'ping -c 1 172.17.0.2', 'ip addr', 'iptables -t nat -L -n', 'docker compose up -d', 'exit', 'docker exec -it web sh', 'docker run -it --rm alpine sh', 'hostname -I | awk \'{print $1}\''),
);

/** Anything at all, including control characters and unbalanced quotes. */
const junk = fc.oneof(fc.string({maxLength: 200}), fc.string({unit: 'grapheme', maxLength: 80}), fc.constantFrom("'", '"', '$(', '`', '\\', '|', '&&', ';;', '${', '$((1/0))', 'docker', 'docker --', 'docker run', 'docker network create', '\u0000\u001b[2J', 'x'.repeat(10_000)));

function checkInvariants(world: World): void {
	for (const hostName of world.hostOrder) {
		const host = world.hosts[hostName];
		const seen = new Map<string, Set<string>>();
		for (const c of host.containers.values()) {
			for (const [netId, settings] of Object.entries(c.networks)) {
				// Every endpoint belongs to an existing network and an existing container.
				const network = host.networks[netId];
				expect(network, `${c.name} is attached to a network that does not exist`).toBeDefined();
				const ep = settings.endpoint;
				if (!ep) continue;
				expect(c.status, `${c.name} holds an endpoint while ${c.status}`).toBe('running');
				// Every IP is inside its network's subnet.
				const subnet = network.ipamConfig?.[0]?.subnet;
				expect(subnet && inSubnet(subnet, ep.ip), `${ep.ip} outside ${subnet}`).toBe(true);
				// No two endpoints share an IP in a network.
				const ips = seen.get(netId) ?? new Set<string>();
				expect(ips.has(ep.ip), `${ep.ip} used twice on ${network.name}`).toBe(false);
				ips.add(ep.ip);
				seen.set(netId, ips);
			}
		}
	}
}

function runChecked(session: Session, line: string): void {
	const r = session.run(line);
	expect(Number.isInteger(r.exitCode)).toBe(true);
	expect(typeof r.stdout).toBe('string');
	expect(typeof r.stderr).toBe('string');
	// A failure always says something (unless silence was asked for: curl -s, exit, false).
	if (r.exitCode !== 0 && !/^\s*(exit|false|grep|test|\[|curl -s )/.test(line)) expect(r.stdout.length + r.stderr.length).toBeGreaterThan(0);
}

describe('property: any input', () => {
	it('random command sequences never throw and keep the invariants', () => {
		fc.assert(
			fc.property(fc.array(command, {minLength: 1, maxLength: 25}), fc.integer({min: 1, max: 1000}), (lines, seed) => {
				const session = new Session({seed});
				for (const line of lines) {
					runChecked(session, line);
					checkInvariants(session.world);
				}
			}),
			{numRuns: 150},
		);
	});

	it('random lines of any text never throw', () => {
		const session = new Session({seed: 3});
		session.run('docker run -d --name web nginx');
		fc.assert(
			fc.property(junk, (line) => {
				const r = session.run(line);
				expect(Number.isInteger(r.exitCode)).toBe(true);
				expect(typeof r.stdout + typeof r.stderr).toBe('stringstring');
			}),
			{numRuns: 2000},
		);
		checkInvariants(session.world);
	});
});
