// The driver interface: the registry, each driver's capabilities, the rules a bridge network
// contributes (tied to what `iptables -S` prints), the forwarding step, and the refusals.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {capabilitiesOf, createWorld, driverFor, driverOf, getHost, isEngineError, type DriverRule, type Network, type World} from '../../../src/engine/index.js';
import {play} from '../helpers.js';

function network(world: World, name: string, host?: string): Network {
	const n = Object.values(getHost(world, host).networks).find((x) => x.name === name);
	if (!n) throw new Error(`no network ${name}`);
	return n;
}

/** A driver rule as `iptables -S` writes it (the options the bridge driver uses). */
function text(r: DriverRule): string {
	const parts = [`-A ${r.chain}`];
	if (r.source) parts.push(`${r.notSource ? '! ' : ''}-s ${r.source}`);
	if (r.destination) parts.push(`${r.notDestination ? '! ' : ''}-d ${r.destination}`);
	if (r.inIface) parts.push(`${r.notIn ? '! ' : ''}-i ${r.inIface}`);
	if (r.outIface) parts.push(`${r.notOut ? '! ' : ''}-o ${r.outIface}`);
	if (r.ctstate) parts.push(`-m conntrack --ctstate ${r.ctstate}`);
	parts.push(`-j ${r.target}`);
	return parts.join(' ');
}

function refusal(f: () => void): string {
	try {
		f();
	} catch (e) {
		if (isEngineError(e)) return e.message;
		throw e;
	}
	return '';
}

describe('driver registry', () => {
	it('every network of a fresh host has a registered driver, found by name and by network', () => {
		const world = createWorld();
		for (const n of Object.values(getHost(world).networks)) {
			expect(driverOf(n).name).toBe(n.driver);
			expect(driverFor(n.driver)).toBe(driverOf(n));
		}
		expect(driverFor('bridge')?.name).toBe('bridge');
		expect(driverFor('overlay')?.name).toBe('overlay');
		expect(driverFor('no-such-driver')).toBeUndefined();
	});

	it('an unknown driver is docker\'s plugin error, not a crash', () => {
		const s = new Session({seed: 1});
		const r = s.run('docker network create -d weird n1');
		expect(r.stderr).toBe('Error response from daemon: plugin "weird" not found\n');
		expect(r.exitCode).toBe(1);
	});
});

describe('capabilities', () => {
	it('bridge, host, null and overlay say what they are', () => {
		const world = createWorld();
		expect(capabilitiesOf(network(world, 'bridge'))).toEqual({scope: 'local', sandbox: 'endpoint', bridgeDevice: true, hostRoute: true, dataPath: 'bridge', mtu: 1500});
		expect(capabilitiesOf(network(world, 'host'))).toMatchObject({sandbox: 'host', bridgeDevice: false, hostRoute: false});
		expect(capabilitiesOf(network(world, 'none'))).toMatchObject({sandbox: 'none', bridgeDevice: false, dataPath: 'none'});
		expect(driverFor('overlay')!.capabilities()).toEqual({scope: 'swarm', sandbox: 'endpoint', bridgeDevice: false, hostRoute: false, dataPath: 'vxlan', mtu: 1450});
	});
});

describe('firewall rules a bridge network contributes', () => {
	const cases: [string, string][] = [
		['a plain network', 'docker network create app'],
		['icc off', 'docker network create -o com.docker.network.bridge.enable_icc=false quiet'],
		['no masquerade', 'docker network create -o com.docker.network.bridge.enable_ip_masquerade=false nomasq'],
		['internal', 'docker network create --internal inside'],
	];
	for (const [label, line] of cases) {
		it(`${label}: every rule is in iptables -S, and the bridge's rules in iptables -S are exactly these`, () => {
			const s = play(line);
			const name = line.split(' ').at(-1)!;
			const n = network(s.world, name);
			const mine = driverOf(n).firewallRules(getHost(s.world), n);
			expect(mine.length).toBeGreaterThan(0);
			for (const table of ['filter', 'nat'] as const) {
				const printed = s.run(table === 'nat' ? 'iptables -t nat -S' : 'iptables -S').stdout.split('\n');
				// The rules that name this network's bridge, minus published ports (the firewall's own).
				const about = printed.filter((l) => l.startsWith('-A ') && new RegExp(`-[io] ${n.device}( |$)`).test(l) && !/--dport/.test(l));
				expect(mine.filter((r) => r.table === table).map(text)).toEqual(about);
			}
		});
	}

	it('host and null contribute nothing', () => {
		const world = createWorld();
		expect(driverOf(network(world, 'host')).firewallRules(getHost(world), network(world, 'host'))).toEqual([]);
		expect(driverOf(network(world, 'none')).firewallRules(getHost(world), network(world, 'none'))).toEqual([]);
	});
});

describe('forwarding step', () => {
	it('a bridge switches a frame to the endpoint holding the address, or nowhere', () => {
		const s = play('docker network create app', 'docker run -d --name web --network app nginx');
		const n = network(s.world, 'app');
		const step = driverOf(n).forward(s.world, getHost(s.world), n, '172.18.0.2');
		expect(step.kind === 'local' && step.container.name).toBe('web');
		expect(driverOf(n).forward(s.world, getHost(s.world), n, '172.18.0.99')).toEqual({kind: 'none'});
	});

	it('an overlay tunnels a frame for an address on another node (VXLAN to its advertise address)', () => {
		const s = new Session(createWorld({seed: 3, hosts: [{name: 'node1', lanIp: '192.168.0.10'}, {name: 'node2', lanIp: '192.168.0.11'}]}));
		for (const line of [
			'docker swarm init --advertise-addr 192.168.0.10',
			'ssh node2 docker swarm join --token $(docker swarm join-token -q worker) 192.168.0.10:2377',
			'docker network create -d overlay --attachable ov',
			'ssh node2 docker run -d --name far --network ov nginx',
		]) expect(s.run(line).exitCode, line).toBe(0);
		const n = network(s.world, 'ov', 'node1');
		const farIp = Object.values(s.world.hosts.node2.containers.values().find((c) => c.name === 'far')!.networks)[0].endpoint!.ip;
		const step = driverOf(n).forward(s.world, s.world.hosts.node1, n, farIp);
		expect(step).toMatchObject({kind: 'tunnel', to: '192.168.0.11', from: '192.168.0.10', port: 4789});
		expect(step.kind === 'tunnel' && step.container.name).toBe('far');
	});
});

describe('refusals', () => {
	it('the default bridge refuses --ip and aliases; a user network does not', () => {
		const world = createWorld();
		const bridge = network(world, 'bridge');
		expect(refusal(() => driverOf(bridge).checkEndpointConfig(bridge, {ipv4Address: '172.17.0.9'}))).toBe('user specified IP address is supported on user defined networks only');
		expect(refusal(() => driverOf(bridge).checkEndpointConfig(bridge, {aliases: ['a']}))).toBe('network-scoped alias is supported only for containers in user defined networks');
		const s = play('docker network create app');
		const app = network(s.world, 'app');
		expect(refusal(() => driverOf(app).checkEndpointConfig(app, {ipv4Address: '172.18.0.9', aliases: ['a']}))).toBe('');
	});

	it('only an attachable overlay takes standalone containers', () => {
		const s = play('docker swarm init', 'docker network create -d overlay ov', 'docker network create -d overlay --attachable ova');
		const ov = network(s.world, 'ov');
		expect(refusal(() => driverOf(ov).checkAttach(ov))).toBe('Could not attach to network ov: rpc error: code = PermissionDenied desc = network ov not manually attachable');
		const ova = network(s.world, 'ova');
		expect(refusal(() => driverOf(ova).checkAttach(ova))).toBe('');
	});

	it('an overlay outside a swarm manager is refused before the IPAM request is read', () => {
		const s = new Session({seed: 1});
		const r = s.run('docker network create -d overlay --subnet 10.9.0.0/33 ov');
		expect(r.stderr).toContain('This node is not a swarm manager.');
	});
});
