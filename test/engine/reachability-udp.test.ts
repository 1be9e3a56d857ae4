// UDP probes (issue 17, level format v1.1 `udp://`): the same one reachability function, with
// `-p udp` rules, UDP sockets, and ICMP port unreachable where TCP would get a reset.
import {describe, expect, it} from 'vitest';
import {probe, probeContainer} from '../../src/engine/index.js';
import {EXTERNAL, HOST, from, ipOf, play} from './helpers.js';

const udp = (target: string, port: number) => ({target, protocol: 'udp' as const, port});
const tcp = (target: string, port: number) => ({target, protocol: 'tcp' as const, port});
const DNS = 'docker run -d --name dns alpine nc -lu -p 53';

describe('UDP probes', () => {
	it('a UDP socket answers a UDP probe, not a TCP one, and the other way round', () => {
		const s = play('docker network create app', 'docker run -d --name dns --network app alpine nc -lu -p 53', 'docker run -d --name web --network app alpine nc -l -p 80', 'docker run -d --name client --network app alpine sleep 1d');
		const c = from(s.world, 'client');
		const ok = probe(s.world, {from: c, ...udp('dns', 53)});
		expect(ok.outcome).toBe('ok');
		expect(ok.hops.at(-1)?.step).toEqual({kind: 'listener-accepts', program: 'nc', address: '0.0.0.0', port: 53, udp: true});
		expect(probe(s.world, {from: c, ...tcp('dns', 53)}).outcome).toBe('refused');
		const refused = probe(s.world, {from: c, ...udp('web', 80)});
		expect(refused.outcome).toBe('refused');
		expect(refused.hops.at(-1)?.step).toEqual({kind: 'nothing-listens', port: 80, udp: true});
	});

	it('different bridge networks drop UDP too (DOCKER-ISOLATION-STAGE-2)', () => {
		const s = play('docker network create a', 'docker network create b', 'docker run -d --name dns --network b alpine nc -lu -p 53', 'docker run -d --name client --network a alpine sleep 1d');
		const r = probe(s.world, {from: from(s.world, 'client'), ...udp(ipOf(s.world, 'dns'), 53)});
		expect(r.outcome).toBe('timeout');
		expect(r.hops.some((h) => h.verdict === 'DROP' && h.at.kind === 'chain' && h.at.chain === 'DOCKER-ISOLATION-STAGE-2')).toBe(true);
		expect(probeContainer(s.world, from(s.world, 'client'), 'host', 'dns', 53, {protocol: 'udp'}).map((x) => x.outcome)).toEqual(['timeout']);
	});

	it('-p 1053:53/udp: the LAN reaches it through a -p udp DNAT rule; -p 1053:53 publishes TCP only', () => {
		const s = play(`${DNS.replace('--name dns', '--name dns -p 1053:53/udp')}`);
		const r = probe(s.world, {from: EXTERNAL, ...udp('192.168.0.10', 1053)});
		expect(r.outcome).toBe('ok');
		expect(r.hops.find((h) => h.verdict === 'DNAT')?.step).toMatchObject({kind: 'rule', rule: expect.stringContaining('-p udp -m udp --dport 1053 -j DNAT --to-destination')});
		expect(probe(s.world, {from: EXTERNAL, ...tcp('192.168.0.10', 1053)}).outcome).toBe('refused');
		const t = play(`${DNS.replace('--name dns', '--name dns -p 1053:53')}`);
		const miss = probe(t.world, {from: EXTERNAL, ...udp('192.168.0.10', 1053)});
		expect(miss.outcome).toBe('refused');
		expect(miss.hops.at(-1)?.step).toEqual({kind: 'nothing-listens', port: 1053, ip: '192.168.0.10', udp: true});
	});

	it('the host through docker-proxy on localhost; nothing behind the port gets no reply (not a reset)', () => {
		const s = play(`${DNS.replace('--name dns', '--name dns -p 1053:53/udp')}`);
		const r = probe(s.world, {from: HOST, ...udp('127.0.0.1', 1053)});
		expect(r.outcome).toBe('ok');
		expect(r.hops.some((h) => h.step.kind === 'proxy-accepts' && h.step.udp === true)).toBe(true);
		const wrong = play('docker run -d --name dns -p 1053:5353/udp alpine nc -lu -p 53');
		const none = probe(wrong.world, {from: HOST, ...udp('127.0.0.1', 1053)});
		expect(none.outcome).toBe('timeout');
		expect(none.hops.at(-1)?.step).toEqual({kind: 'proxy-cannot-reach', ip: ipOf(wrong.world, 'dns'), port: 5353, udp: true});
	});
});
