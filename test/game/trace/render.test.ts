// trace renders the engine's structured hops in the player's language: Korean throughout in ko
// (hops and verdict), and every step and place kind has words in both languages.
import {describe, expect, it} from 'vitest';
import type {Place, Step} from '../../../src/engine/index.js';
import {GameSession} from '../../../src/game/game-session.js';
import {traceLine} from '../../../src/game/trace/render.js';
import {Lab} from '../../shell/tools/helpers.js';
import {placeEn, stepEn} from '../../../src/game/trace/hops-en.js';
import {placeKo, stepKo} from '../../../src/game/trace/hops-ko.js';

// One of each kind: the Record type makes the compiler insist that a new kind gets an entry here.
const STEPS: {[K in Step['kind']]: Extract<Step, {kind: K}>} = {
	'dns-no-server': {kind: 'dns-no-server', name: 'web'},
	'dns-nxdomain': {kind: 'dns-nxdomain', name: 'web', server: '127.0.0.11'},
	'dns-resolved': {kind: 'dns-resolved', name: 'web', ip: '172.18.0.2', via: 'embedded-dns', server: '127.0.0.11'},
	'external-sends': {kind: 'external-sends', ip: '192.168.0.10'},
	'shares-host-namespace': {kind: 'shares-host-namespace'},
	'own-loopback': {kind: 'own-loopback', ip: '127.0.0.1'},
	'own-address': {kind: 'own-address', ip: '172.18.0.2'},
	'lo-only': {kind: 'lo-only'},
	'on-link': {kind: 'on-link', ip: '172.18.0.3', network: 'front', ifname: 'eth0', veth: 'veth1a2b3c4', device: 'br-1a2b3c4d5e6f'},
	'default-route': {kind: 'default-route', gateway: '172.18.0.1', network: 'front', ifname: 'eth0', veth: 'veth1a2b3c4', device: 'br-1a2b3c4d5e6f'},
	'no-default-route': {kind: 'no-default-route', internal: true},
	'local-address': {kind: 'local-address', ip: '172.18.0.1'},
	'host-loopback': {kind: 'host-loopback', ip: '127.0.0.1'},
	'host-route': {kind: 'host-route', subnet: '172.18.0.0/16', device: 'br-1a2b3c4d5e6f'},
	'host-default-route': {kind: 'host-default-route'},
	rule: {kind: 'rule', rule: '-A FORWARD -j DOCKER-USER'},
	policy: {kind: 'policy', chain: 'FORWARD', policy: 'DROP'},
	'vxlan-encap': {kind: 'vxlan-encap', to: '192.168.0.11', port: 4789, vni: '4097', from: '192.168.0.10'},
	'vxlan-decap': {kind: 'vxlan-decap', host: 'node2', veth: 'veth1a2b3c4', container: 'web'},
	'arp-no-answer': {kind: 'arp-no-answer', ip: '172.18.0.9'},
	'bridge-switch': {kind: 'bridge-switch', veth: 'veth1a2b3c4', container: 'web'},
	'lan-to-host': {kind: 'lan-to-host', host: 'node2', ip: '192.168.0.11'},
	'lan-to-machine': {kind: 'lan-to-machine', ip: '192.168.0.50'},
	'lan-no-route-private': {kind: 'lan-no-route-private', ip: '172.19.0.2', host: 'node2'},
	'lan-nobody': {kind: 'lan-nobody', ip: '10.9.9.9'},
	'internet-route': {kind: 'internet-route', ip: '93.184.215.14'},
	'remote-filtered': {kind: 'remote-filtered', port: 8080},
	'echo-reply': {kind: 'echo-reply', by: 'kernel'},
	'listener-accepts': {kind: 'listener-accepts', program: 'nginx', address: '0.0.0.0', port: 80},
	'listener-paused': {kind: 'listener-paused', program: 'nginx'},
	'listener-other-address': {kind: 'listener-other-address', program: 'httpd', address: '127.0.0.1', port: 8080, ip: '172.18.0.2'},
	'nothing-listens': {kind: 'nothing-listens', port: 8080, ip: '192.168.0.10', loopbackOnly: true},
	'proxy-accepts': {kind: 'proxy-accepts', address: '0.0.0.0', port: 8080, targetIp: '172.18.0.2', targetPort: 80},
	'proxy-cannot-reach': {kind: 'proxy-cannot-reach', ip: '172.18.0.2', port: 80},
};

const PLACES: {[K in Place['kind']]: Extract<Place, {kind: K}>} = {
	container: {kind: 'container', name: 'web', ifname: 'eth0', ip: '172.18.0.2'},
	'container-host-network': {kind: 'container-host-network', name: 'web'},
	'container-lo-only': {kind: 'container-lo-only', name: 'web'},
	host: {kind: 'host', name: 'node1'},
	chain: {kind: 'chain', host: 'node1', table: 'filter', chain: 'FORWARD'},
	bridge: {kind: 'bridge', device: 'br-1a2b3c4d5e6f'},
	external: {kind: 'external', ip: '192.168.0.50'},
	server: {kind: 'server', name: 'example.com'},
	lan: {kind: 'lan'},
	internet: {kind: 'internet'},
	vxlan: {kind: 'vxlan'},
	'docker-proxy': {kind: 'docker-proxy'},
};

/** Words the Korean text may keep: the machine's own terms, as a Korean manual would print them. */
const KEPT = new Set(['Docker', 'DNS', 'NXDOMAIN', 'LAN', 'INPUT', 'OUTPUT', 'DNAT', 'RST', 'ARP', 'VXLAN', 'VNI', 'icc', 'internal', 'DOCKER', 'USER', 'echo', 'host', 'Network', 'unreachable', 'docker', 'proxy', 'nat', 'etc', 'hosts', 'dev', 'eth0', 'lo']);

/** The English words left once the hop's own parameters (names, addresses, rule text) are taken out. */
function englishWords(text: string, params: object): string[] {
	let rest = text;
	for (const v of Object.values(params)) if (typeof v === 'string' && v.length > 1) rest = rest.split(v).join(' ');
	return (rest.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((w) => !KEPT.has(w));
}

describe('trace hops in each language', () => {
	it('every step kind reads as Korean in ko, with its parameters in it, and differs from English', () => {
		for (const step of Object.values(STEPS)) {
			const ko = stepKo(step);
			expect(ko, step.kind).toMatch(/[가-힣]/);
			expect(englishWords(ko, step), `${step.kind}: ${ko}`).toEqual([]);
			expect(stepEn(step)).not.toMatch(/[가-힣]/);
			expect(ko).not.toBe(stepEn(step));
			for (const [k, v] of Object.entries(step)) if (typeof v === 'string' && !['kind', 'via', 'by'].includes(k)) expect(ko, step.kind).toContain(v);
		}
	});

	it('rule explanations and places have Korean words too', () => {
		const notes = ['isolation', 'internal', 'icc-off', 'icc', 'outbound', 'established', 'to-docker', 'published', 'bridge-return', 'user-return'] as const;
		for (const note of notes) expect(stepKo({kind: 'rule', rule: '-A X -j Y', note}), note).toMatch(/\(.*[가-힣].*\)$/);
		expect(stepKo({kind: 'rule', rule: '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE', note: 'masquerade', masqueradeAs: '192.168.0.10'})).toContain('192.168.0.10(으)로 바뀝니다');
		for (const place of Object.values(PLACES)) {
			const ko = placeKo(place);
			expect(englishWords(ko, place), `${place.kind}: ${ko}`).toEqual([]);
			expect(placeEn(place).length).toBeGreaterThan(0);
		}
	});

	it('`trace` in Korean is Korean throughout: every hop line and the verdict', () => {
		const g = new GameSession(undefined);
		for (const line of ['docker network create a', 'docker network create b', 'docker network create --internal c', 'docker run -d --name web --network a -p 8080:80 nginx', 'docker run -d --name cl --network b alpine sleep 1d', 'lang ko']) g.run(line);
		const outputs = [g.run('trace curl -s http://localhost:8080').stdout, g.run('trace curl -s http://192.168.0.10:8080').stdout];
		g.run('docker exec -it cl sh');
		outputs.push(g.run('trace wget -qO- http://example.com').stdout, g.run('trace ping -c 1 172.18.0.2').stdout, g.run('trace wget -qO- http://web').stdout, g.run('trace wget -qO- http://nosuch').stdout);
		for (const out of outputs) {
			const lines = out.trimEnd().split('\n');
			expect(lines.length).toBeGreaterThan(1);
			for (const line of lines) expect(line, out).toMatch(/[가-힣]/);
			expect(lines.at(-1)).toMatch(/^결과: /);
		}
		expect(outputs[3]).toMatch(/-A DOCKER-ISOLATION-STAGE-2 -o br-[0-9a-f]{12} -j DROP \(서로 다른 브리지 네트워크는 격리됩니다\) \[DROP\]/);
	});
});

describe('traceLine', () => {
	const lab = new Lab()
		.net('appnet')
		.run({image: 'nginx', name: 'web', networkMode: 'appnet', portBindings: {'80/tcp': [{hostIp: '', hostPort: '8000'}]}})
		.run({image: 'alpine', name: 'client', networkMode: 'appnet', tty: true, openStdin: true})
		.run({image: 'alpine', name: 'lonely', tty: true, openStdin: true});
	it('numbered hops and a verdict line', () => {
		const r = traceLine(['ping', '-c', '1', '172.18.0.2'], lab.ctx('lonely'));
		expect(r.stdout).toMatch(/^ 1\. /);
		expect(r.stdout).toContain('[DROP]');
		expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^Verdict: the packets were dropped/);
		expect(traceLine(['curl', '-s', 'http://web'], lab.ctx('client'), 'ko').stdout.trimEnd().split('\n').pop()).toMatch(/^결과: /);
	});
});
