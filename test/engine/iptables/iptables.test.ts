// iptables rules derived from the state (Docker 26 layout).
import {describe, expect, it} from 'vitest';
import {createContainer, createNetwork, createWorld, startContainer, type World} from '../../../src/engine/index.js';
import {filterRules, natRules, ruleSpec} from '../../../src/engine/iptables.js';

function run(world: World, spec: Parameters<typeof createContainer>[2]): World {
	const {world: w, container} = createContainer(world, undefined, spec);
	return startContainer(w, undefined, container.id).world;
}

const spec = (world: World, table: 'filter' | 'nat') => (table === 'nat' ? natRules(world, 'host') : filterRules(world, 'host')).flatMap((c) => c.rules.map(ruleSpec));

describe('iptables derivation', () => {
	it('one published port on the default bridge', () => {
		const w = run(createWorld(), {image: 'nginx', name: 'web', portBindings: {'80/tcp': [{hostIp: '', hostPort: '8080'}]}});
		expect(spec(w, 'nat')).toEqual([
			'-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
			'-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
			'-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
			'-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE',
			'-A DOCKER -i docker0 -j RETURN',
			'-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
		]);
		expect(spec(w, 'filter')).toContain('-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT');
		expect(filterRules(w, 'host').find((c) => c.name === 'FORWARD')!.policy).toBe('DROP');
	});
	it('127.0.0.1-only publishing puts -d in the DNAT rule', () => {
		const w = run(createWorld(), {image: 'nginx', name: 'local', portBindings: {'80/tcp': [{hostIp: '127.0.0.1', hostPort: '8001'}]}});
		expect(spec(w, 'nat')).toContain('-A DOCKER -d 127.0.0.1/32 ! -i docker0 -p tcp -m tcp --dport 8001 -j DNAT --to-destination 172.17.0.2:80');
	});
	it('two networks: isolation, newest first', () => {
		const {world} = createNetwork(createWorld(), undefined, {name: 'n1'});
		const n1 = Object.values(world.hosts.host.networks).find((n) => n.name === 'n1')!;
		const br = n1.device!;
		const rules = spec(world, 'filter');
		expect(rules.slice(0, 6)).toEqual([
			'-A FORWARD -j DOCKER-USER',
			'-A FORWARD -j DOCKER-ISOLATION-STAGE-1',
			`-A FORWARD -o ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
			`-A FORWARD -o ${br} -j DOCKER`,
			`-A FORWARD -i ${br} ! -o ${br} -j ACCEPT`,
			`-A FORWARD -i ${br} -o ${br} -j ACCEPT`,
		]);
		expect(rules.filter((r) => r.includes('ISOLATION-STAGE-') && !r.startsWith('-A FORWARD'))).toEqual([
			`-A DOCKER-ISOLATION-STAGE-1 -i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`,
			'-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2',
			'-A DOCKER-ISOLATION-STAGE-1 -j RETURN',
			`-A DOCKER-ISOLATION-STAGE-2 -o ${br} -j DROP`,
			'-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP',
			'-A DOCKER-ISOLATION-STAGE-2 -j RETURN',
		]);
	});
	it('icc=false: DROP between peers on the bridge', () => {
		const {world, network} = createNetwork(createWorld(), undefined, {name: 'noicc', options: {'com.docker.network.bridge.enable_icc': 'false'}});
		expect(spec(world, 'filter')).toContain(`-A FORWARD -i ${network.device} -o ${network.device} -j DROP`);
	});
	it('internal network: DROPs in STAGE-1, no NAT, no published ports', () => {
		let {world, network} = createNetwork(createWorld(), undefined, {name: 'secure', internal: true});
		world = run(world, {image: 'nginx', name: 'db', networkMode: 'secure', portBindings: {'80/tcp': [{hostIp: '', hostPort: '8080'}]}});
		const br = network.device!;
		const filter = spec(world, 'filter');
		expect(filter).toContain(`-A DOCKER-ISOLATION-STAGE-1 ! -s 172.18.0.0/16 -o ${br} -j DROP`);
		expect(filter).toContain(`-A DOCKER-ISOLATION-STAGE-1 ! -d 172.18.0.0/16 -i ${br} -j DROP`);
		expect(filter).not.toContain(`-A FORWARD -o ${br} -j DOCKER`);
		expect(spec(world, 'nat').some((r) => r.includes(br) || r.includes('DNAT'))).toBe(false);
	});
});
