// One test per reachability rule, each with the case that passes and the case that is dropped.
import {describe, expect, it} from 'vitest';
import {INTERNET_IP, probe, probeContainer} from '../../src/engine/index.js';
import {EXTERNAL, HOST, from, ipOf, play} from './helpers.js';

const icmp = (target: string) => ({target, protocol: 'icmp' as const});
const tcp = (target: string, port: number) => ({target, protocol: 'tcp' as const, port});

describe('reachability rules', () => {
	it('same user network: reachable by IP and by name (embedded DNS)', () => {
		const s = play('docker network create app', 'docker run -d --name web --network app nginx', 'docker run -d --name client --network app alpine sleep 1d');
		expect(probe(s.world, {from: from(s.world, 'client'), ...tcp(ipOf(s.world, 'web'), 80)}).outcome).toBe('ok');
		const byName = probe(s.world, {from: from(s.world, 'client'), ...tcp('web', 80)});
		expect(byName.outcome).toBe('ok');
		expect(byName.resolution?.source).toBe('embedded-dns');
		expect(probe(s.world, {from: from(s.world, 'client'), ...tcp('nosuch', 80)}).outcome).toBe('unresolved');
	});

	it('default bridge: reachable by IP, names do not resolve', () => {
		const s = play('docker run -d --name web nginx', 'docker run -d --name client alpine sleep 1d');
		expect(probe(s.world, {from: from(s.world, 'client'), ...tcp(ipOf(s.world, 'web'), 80)}).outcome).toBe('ok');
		expect(probe(s.world, {from: from(s.world, 'client'), ...icmp('web')}).outcome).toBe('unresolved');
	});

	it('different bridge networks: dropped; network connect makes them reachable', () => {
		const s = play('docker network create a', 'docker network create b', 'docker run -d --name xa --network a alpine sleep 1d', 'docker run -d --name yb --network b nginx');
		const r = probe(s.world, {from: from(s.world, 'xa'), ...tcp(ipOf(s.world, 'yb'), 80)});
		expect(r.outcome).toBe('timeout');
		expect(r.hops.some((h) => h.verdict === 'DROP' && h.at.kind === 'chain' && h.at.chain === 'DOCKER-ISOLATION-STAGE-2')).toBe(true);
		s.run('docker network connect a yb');
		expect(probe(s.world, {from: from(s.world, 'xa'), ...tcp(ipOf(s.world, 'yb', 'a'), 80)}).outcome).toBe('ok');
	});

	it('the host reaches a container IP directly; nothing else listening there is refused', () => {
		const s = play('docker run -d --name web nginx');
		expect(probe(s.world, {from: HOST, ...tcp(ipOf(s.world, 'web'), 80)}).outcome).toBe('ok');
		expect(probe(s.world, {from: HOST, ...tcp(ipOf(s.world, 'web'), 81)}).outcome).toBe('refused');
	});

	it('a published port answers on localhost; an unpublished one is refused', () => {
		const s = play('docker run -d --name web -p 8080:80 nginx', 'docker run -d --name quiet nginx');
		expect(probe(s.world, {from: HOST, ...tcp('localhost', 8080)}).outcome).toBe('ok');
		expect(probe(s.world, {from: HOST, ...tcp('localhost', 8081)}).outcome).toBe('refused');
	});

	it('published to a port nothing listens on, or to an app bound to 127.0.0.1: docker-proxy closes (reset)', () => {
		const s = play('docker run -d --name wrong -p 8000:8000 nginx', 'docker run -d --name loop -p 8001:8000 python python3 -m http.server 8000 --bind 127.0.0.1');
		expect(probe(s.world, {from: HOST, ...tcp('localhost', 8000)}).outcome).toBe('reset');
		expect(probe(s.world, {from: HOST, ...tcp('localhost', 8001)}).outcome).toBe('reset');
		// From a peer on the container's own address the kernel refuses.
		s.run('docker run -d --name peer alpine sleep 1d');
		expect(probe(s.world, {from: from(s.world, 'peer'), ...tcp(ipOf(s.world, 'loop'), 8000)}).outcome).toBe('refused');
	});

	it('published on 127.0.0.1 only: the host reaches it, another LAN machine does not', () => {
		const s = play('docker run -d --name admin -p 127.0.0.1:9000:80 nginx', 'docker run -d --name pub -p 9001:80 nginx');
		expect(probe(s.world, {from: HOST, ...tcp('127.0.0.1', 9000)}).outcome).toBe('ok');
		expect(probe(s.world, {from: EXTERNAL, ...tcp('192.168.0.10', 9000)}).outcome).toBe('refused');
		expect(probe(s.world, {from: EXTERNAL, ...tcp('192.168.0.10', 9001)}).outcome).toBe('ok');
	});

	it('host mode: no own IP, reachable on the host; a bridge container reaches it through the gateway', () => {
		const s = play('docker run -d --network host --name hweb nginx', 'docker run -d --name client alpine sleep 1d');
		expect(probeContainer(s.world, HOST, 'host', 'hweb', 80).map((r) => r.outcome)).toEqual(['ok']);
		expect(probe(s.world, {from: HOST, ...tcp('localhost', 80)}).outcome).toBe('ok');
		expect(probe(s.world, {from: from(s.world, 'client'), ...tcp('172.17.0.1', 80)}).outcome).toBe('ok');
		// localhost inside the bridge container is the container itself.
		expect(probe(s.world, {from: from(s.world, 'client'), ...tcp('localhost', 80)}).outcome).toBe('refused');
	});

	it('none mode: only loopback, everything else is unreachable', () => {
		const s = play('docker run -d --network none --name iso alpine sleep 1d', 'docker run -d --name web nginx');
		expect(probe(s.world, {from: from(s.world, 'iso'), ...icmp('127.0.0.1')}).outcome).toBe('ok');
		expect(probe(s.world, {from: from(s.world, 'iso'), ...icmp(ipOf(s.world, 'web'))}).outcome).toBe('unreachable');
	});

	it('container: mode shares the other container\'s localhost', () => {
		const s = play('docker run -d --name web nginx', 'docker run -d --name side --network container:web alpine sleep 1d', 'docker run -d --name other alpine sleep 1d');
		expect(probe(s.world, {from: from(s.world, 'side'), ...tcp('127.0.0.1', 80)}).outcome).toBe('ok');
		expect(probe(s.world, {from: from(s.world, 'other'), ...tcp('127.0.0.1', 80)}).outcome).toBe('refused');
	});

	it('internal network: peers reach each other; no way out; published ports are not set up', () => {
		const s = play('docker network create --internal back', 'docker run -d --name db --network back -p 8080:80 nginx', 'docker run -d --name app --network back alpine sleep 1d', 'docker run -d --name out alpine sleep 1d');
		expect(probe(s.world, {from: from(s.world, 'app'), ...tcp('db', 80)}).outcome).toBe('ok');
		expect(probe(s.world, {from: from(s.world, 'app'), ...icmp(INTERNET_IP)}).outcome).toBe('unreachable');
		expect(probe(s.world, {from: from(s.world, 'out'), ...icmp(INTERNET_IP)}).outcome).toBe('ok');
		expect(probe(s.world, {from: HOST, ...tcp('localhost', 8080)}).outcome).toBe('refused');
	});

	it('ICC off: containers on the network cannot reach each other, though names resolve; the host still can', () => {
		const s = play('docker network create -o com.docker.network.bridge.enable_icc=false quiet', 'docker run -d --name qa --network quiet nginx', 'docker run -d --name qb --network quiet alpine sleep 1d');
		const r = probe(s.world, {from: from(s.world, 'qb'), ...tcp('qa', 80)});
		expect(r.outcome).toBe('timeout');
		expect(r.resolution?.ips).toEqual([ipOf(s.world, 'qa')]);
		expect(probe(s.world, {from: HOST, ...tcp(ipOf(s.world, 'qa'), 80)}).outcome).toBe('ok');
	});

	it('a shared network alias resolves to every container that carries it', () => {
		const s = play('docker network create app', 'docker run -d --name api1 --network app --network-alias api nginx', 'docker run -d --name api2 --network app --network-alias api nginx', 'docker run -d --name cl --network app alpine sleep 1d');
		const r = probe(s.world, {from: from(s.world, 'cl'), ...tcp('api', 80)});
		expect(r.outcome).toBe('ok');
		expect([...(r.resolution?.ips ?? [])].sort()).toEqual([ipOf(s.world, 'api1'), ipOf(s.world, 'api2')].sort());
		s.run('docker rm -f api1 api2');
		expect(probe(s.world, {from: from(s.world, 'cl'), ...tcp('api', 80)}).outcome).toBe('unresolved');
	});

	it('the internet is reached through the host\'s NAT, and the trace says so', () => {
		const s = play('docker run -d --name cl alpine sleep 1d');
		const r = probe(s.world, {from: from(s.world, 'cl'), ...tcp('example.com', 80)});
		expect(r.outcome).toBe('ok');
		expect(r.hops.some((h) => h.verdict === 'MASQUERADE')).toBe(true);
		expect(probe(s.world, {from: from(s.world, 'cl'), ...tcp('example.com', 80)}, {explain: false}).hops).toEqual([]);
	});

	it('a stopped source cannot send, and a stopped target does not answer', () => {
		const s = play('docker run -d --name web nginx', 'docker run -d --name cl alpine sleep 1d');
		const ip = ipOf(s.world, 'web');
		s.run('docker stop web');
		expect(probe(s.world, {from: from(s.world, 'cl'), ...tcp(ip, 80)}).outcome).toBe('timeout');
		s.run('docker stop cl');
		expect(probe(s.world, {from: from(s.world, 'cl'), ...icmp('127.0.0.1')}).outcome).toBe('not-running');
	});
});
