// The simulated internet: public addresses answer ping, names resolve the same way every run,
// special-use names never do, and only what NAT lets out gets there.
import {describe, expect, it} from 'vitest';
import {probe} from '../../src/engine/index.js';
import {internetHost, isPublicIPv4, resolvePublic} from '../../src/engine/internet.js';
import {Session} from '../../src/shell/session.js';
import {HOST, from, play} from './helpers.js';

const icmp = (target: string) => ({target, protocol: 'icmp' as const});
const tcp = (target: string, port: number) => ({target, protocol: 'tcp' as const, port});

describe('addresses and names', () => {
	it('public versus private, shared, loopback, link-local, documentation and multicast blocks', () => {
		for (const ip of ['8.8.8.8', '1.1.1.1', '93.184.215.14', '151.101.2.132', '172.32.0.1', '100.128.0.1']) expect(isPublicIPv4(ip), ip).toBe(true);
		for (const ip of ['10.1.2.3', '172.17.0.2', '172.31.255.255', '192.168.0.20', '127.0.0.1', '169.254.1.1', '100.64.0.1', '192.0.2.1', '198.51.100.7', '203.0.113.9', '224.0.0.1', '255.255.255.255', '0.0.0.0', 'nonsense']) {
			expect(isPublicIPv4(ip), ip).toBe(false);
		}
	});

	it('every ordinary name resolves, to the same public address each time', () => {
		const a = resolvePublic('github.com');
		expect(a && isPublicIPv4(a)).toBe(true);
		expect(resolvePublic('GitHub.com.')).toBe(a);
		expect(resolvePublic('www.debian.org')).not.toBe(a);
		expect(resolvePublic('example.com')).toBe('93.184.215.14');
		expect(resolvePublic('dns.google')).toBe('8.8.8.8');
	});

	it('names that cannot exist get NXDOMAIN', () => {
		for (const n of ['foo.invalid', 'db.test', 'printer.local', 'x.localhost', 'web', 'a..b', 'host.lan', 'nas.home.arpa', 'bad_tld.c0m', `${'a'.repeat(64)}.com`]) expect(resolvePublic(n), n).toBeUndefined();
	});

	it('resolvers answer on 53, web servers on 80 and 443; TTLs are what routers left', () => {
		expect(internetHost('8.8.8.8')?.ports).toContain(53);
		const web = internetHost('93.184.215.14')!;
		expect(web.ports).toEqual([80, 443]);
		expect(web.ttl).toBeGreaterThan(30);
		expect(web.ttl).toBeLessThan(128);
		expect(internetHost('10.0.0.1')).toBeUndefined();
	});
});

describe('reaching it', () => {
	it('a default-bridge container reaches 8.8.8.8 through MASQUERADE; --network none does not', () => {
		const s = play('docker run -d --name out alpine sleep 1d', 'docker run -d --name off --network none alpine sleep 1d');
		const r = probe(s.world, {from: from(s.world, 'out'), ...icmp('8.8.8.8')});
		expect(r.outcome).toBe('ok');
		expect(r.hops.some((h) => h.verdict === 'MASQUERADE')).toBe(true);
		expect(probe(s.world, {from: from(s.world, 'off'), ...icmp('8.8.8.8')}).outcome).toBe('unreachable');
	});

	it('an --internal network has no way out', () => {
		const s = play('docker network create --internal back', 'docker run -d --name db --network back alpine sleep 1d');
		expect(probe(s.world, {from: from(s.world, 'db'), ...icmp('1.1.1.1')}).outcome).not.toBe('ok');
	});

	it('HTTP to a named server answers; a port it does not serve is dropped far away', () => {
		const s = play('docker run -d --name out alpine sleep 1d');
		const web = probe(s.world, {from: from(s.world, 'out'), ...tcp('www.debian.org', 443)});
		expect(web.outcome).toBe('ok');
		expect(web.listener?.body).toContain('www.debian.org');
		expect(probe(s.world, {from: HOST, ...tcp('www.debian.org', 22)}).outcome).toBe('timeout');
	});

	it('ping from a bridge container shows one hop more than from the host, and internet round trips', () => {
		const s = new Session({seed: 1});
		s.run('docker run -d --name out alpine sleep 1d');
		const host = s.run('ping -c 1 8.8.8.8').stdout;
		const inside = s.run('docker exec out ping -c 1 8.8.8.8').stdout;
		const ttl = (text: string) => Number(/ttl=(\d+)/.exec(text)?.[1]);
		expect(ttl(inside)).toBe(ttl(host) - 1);
		expect(Number(/time=([\d.]+) ms/.exec(inside)?.[1])).toBeGreaterThan(1);
		expect(s.run('docker exec out ping -c 1 nosuch.invalid').stderr).toBe("ping: bad address 'nosuch.invalid'\n");
	});
});
