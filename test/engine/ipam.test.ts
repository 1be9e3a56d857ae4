import {describe, expect, it} from 'vitest';
import {LOCAL_POOLS, allocatePredefined, lowestFree} from '../../src/engine/ipam.js';
import {createNetwork, createWorld, removeNetwork, EngineError} from '../../src/engine/index.js';
import {ipOf, play} from './helpers.js';

describe('IPAM: the predefined pools', () => {
	it('are 172.17-19/16, three /14s cut into /16s, then 192.168.0.0/16 in /20s: 31 subnets', () => {
		expect(LOCAL_POOLS).toHaveLength(31);
		expect(LOCAL_POOLS.slice(0, 4)).toEqual(['172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16', '172.20.0.0/16']);
		expect(LOCAL_POOLS[14]).toBe('172.31.0.0/16');
		expect(LOCAL_POOLS[15]).toBe('192.168.0.0/20');
		expect(LOCAL_POOLS[30]).toBe('192.168.240.0/20');
	});

	it('hand out the next pool from a rotating start index, skipping pools in use', () => {
		expect(allocatePredefined(1, ['172.17.0.0/16'])).toEqual({subnet: '172.18.0.0/16', nextIndex: 2});
		expect(allocatePredefined(1, ['172.17.0.0/16', '172.18.0.0/16'])).toEqual({subnet: '172.19.0.0/16', nextIndex: 3});
	});

	it('wrap round to the start when the end is reached', () => {
		expect(allocatePredefined(30, ['192.168.240.0/20'])?.subnet).toBe('172.17.0.0/16');
	});

	it('report exhaustion as undefined', () => {
		expect(allocatePredefined(0, ['0.0.0.0/0'])).toBeUndefined();
	});
});

describe('IPAM: addresses in a subnet', () => {
	it('the lowest free address skips the network address and what is taken', () => {
		expect(lowestFree('172.18.0.0/16', new Set(['172.18.0.1']))).toBe('172.18.0.2');
		expect(lowestFree('172.18.0.0/16', new Set(['172.18.0.1', '172.18.0.2']))).toBe('172.18.0.3');
	});

	it('never hands out the broadcast address', () => {
		expect(lowestFree('10.0.0.0/30', new Set(['10.0.0.1', '10.0.0.2']))).toBeUndefined();
	});

	it('stays inside --ip-range when one is given', () => {
		expect(lowestFree('10.1.0.0/16', new Set(['10.1.0.1']), '10.1.5.0/24')).toBe('10.1.5.0');
	});
});

describe('IPAM through the engine (daemon 26.1)', () => {
	it('gives user networks 172.18, 172.19, 172.20 and does not reuse a freed subnet at once', () => {
		let w = createWorld();
		const subnets: string[] = [];
		for (const name of ['n1', 'n2', 'n3']) {
			const r = createNetwork(w, undefined, {name});
			w = r.world;
			subnets.push(r.network.ipamConfig![0].subnet);
		}
		expect(subnets).toEqual(['172.18.0.0/16', '172.19.0.0/16', '172.20.0.0/16']);
		w = removeNetwork(w, undefined, 'n2');
		expect(createNetwork(w, undefined, {name: 'n4'}).network.ipamConfig![0].subnet).toBe('172.21.0.0/16');
	});

	it('refuses an overlapping --subnet with the daemon text', () => {
		const w = createNetwork(createWorld(), undefined, {name: 'a', subnets: ['10.10.0.0/24']}).world;
		expect(() => createNetwork(w, undefined, {name: 'b', subnets: ['10.10.0.0/16']})).toThrow('Pool overlaps with other one on this address space');
		expect(() => createNetwork(w, undefined, {name: 'c', subnets: ['172.16.0.0/12']})).toThrow(EngineError);
	});

	it('uses the given gateway, or .1', () => {
		const w = createNetwork(createWorld(), undefined, {name: 'g', subnets: ['10.20.0.0/24'], gateways: ['10.20.0.254']});
		expect(w.network.ipamConfig).toEqual([{subnet: '10.20.0.0/24', gateway: '10.20.0.254'}]);
		expect(createNetwork(createWorld(), undefined, {name: 'h', subnets: ['10.30.0.0/24']}).network.ipamConfig![0].gateway).toBe('10.30.0.1');
	});

	it('gives containers the lowest free address from .2, and reuses a removed one', () => {
		const s = play('docker network create n', 'docker run -d --name c1 --network n alpine sleep 1d', 'docker run -d --name c2 --network n alpine sleep 1d', 'docker run -d --name c3 --network n alpine sleep 1d');
		expect([ipOf(s.world, 'c1'), ipOf(s.world, 'c2'), ipOf(s.world, 'c3')]).toEqual(['172.18.0.2', '172.18.0.3', '172.18.0.4']);
		s.run('docker rm -f c2');
		s.run('docker run -d --name c4 --network n alpine sleep 1d');
		expect(ipOf(s.world, 'c4')).toBe('172.18.0.3');
	});

	it('frees a stopped container\'s address; on start it takes the lowest free one', () => {
		const s = play('docker run -d --name c1 alpine sleep 1d', 'docker stop c1', 'docker run -d --name c2 alpine sleep 1d', 'docker run -d --name c3 alpine sleep 1d', 'docker start c1');
		expect(ipOf(s.world, 'c2')).toBe('172.17.0.2');
		expect(ipOf(s.world, 'c1')).toBe('172.17.0.4');
	});

	it('pins --ip on a network with a user subnet, and refuses it elsewhere', () => {
		const s = play('docker network create --subnet 10.5.0.0/24 fixed', 'docker run -d --name pinned --network fixed --ip 10.5.0.50 alpine sleep 1d');
		expect(ipOf(s.world, 'pinned')).toBe('10.5.0.50');
		expect(s.run('docker run -d --ip 172.17.0.9 alpine sleep 1d').stderr).toContain('user specified IP address is supported on user defined networks only');
		expect(s.run('docker run -d --network fixed --ip 10.9.9.9 alpine sleep 1d').stderr).toContain('no configured subnet or ip-range contain the IP address 10.9.9.9');
	});

	it('derives the MAC from the IP (02:42 + the address bytes)', () => {
		const s = play('docker network create n', 'docker run -d --name cl --network n alpine sleep 1d');
		expect(s.run("docker inspect -f '{{range .NetworkSettings.Networks}}{{.MacAddress}}{{end}}' cl").stdout).toBe('02:42:ac:12:00:02\n');
	});
});
