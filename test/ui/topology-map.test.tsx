import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import fc from 'fast-check';
import {TopologyMap, layoutTopology, truncate, type TopologyModel} from '../../src/ui/map/index.js';
import {settle, stripAnsi} from './helpers.js';

afterEach(() => {
	cleanup();
});

const oneBridge: TopologyModel = {
	hosts: [
		{
			name: 'host',
			lanIp: '192.168.0.10',
			bridges: [
				{
					network: 'bridge',
					device: 'docker0',
					subnet: '172.17.0.0/16',
					gateway: '172.17.0.1',
					internal: false,
					icc: true,
					driver: '',
					endpoints: [
						{container: 'web', ip: '172.17.0.2', veth: 'veth1a2b3c4', ports: ['0.0.0.0:8080->80/tcp', '[::]:8080->80/tcp'], running: true},
						{container: 'db', ip: '172.17.0.3', veth: 'veth5d6e7f8', ports: [], running: true},
					],
				},
			],
			hostMode: [],
			noneMode: [],
			shared: [],
		},
	],
};

const threeBridges: TopologyModel = {
	hosts: [
		{
			name: 'host',
			lanIp: '192.168.100.200',
			bridges: [
				{
					network: 'bridge',
					device: 'docker0',
					subnet: '172.17.0.0/16',
					gateway: '172.17.0.1',
					internal: false,
					icc: true,
					driver: '',
					endpoints: [
						{
							container: 'a-container-with-a-really-quite-long-name-indeed',
							ip: '172.17.255.254',
							veth: 'veth0a0b0c0',
							ports: ['0.0.0.0:18080->8080/tcp', '[::]:18080->8080/tcp', '127.0.0.1:19090->9090/tcp', '0.0.0.0:443->443/tcp'],
							running: true,
						},
					],
				},
				{
					network: 'webnet',
					device: 'br-1a2b3c4d5e6f',
					subnet: '172.18.0.0/16',
					gateway: '172.18.0.1',
					internal: false,
					icc: false,
					driver: '',
					endpoints: [
						{container: 'web', ip: '172.18.0.2', veth: 'veth1a2b3c4', ports: ['0.0.0.0:8080->80/tcp'], running: true},
						{container: 'backend', ip: '172.18.0.3', veth: 'veth2b3c4d5', ports: [], running: true},
						{container: 'old', ip: '', veth: 'veth9z9z9z9', ports: [], running: false},
					],
				},
				{
					network: 'dbnet-for-the-database-tier',
					device: 'br-9f8e7d6c5b4a',
					subnet: '192.168.240.0/20',
					gateway: '192.168.240.1',
					internal: true,
					icc: true,
					driver: '',
					endpoints: [
						{container: 'backend', ip: '192.168.240.2', veth: 'veth3c4d5e6', ports: [], running: true},
						{container: 'database', ip: '192.168.240.3', veth: 'veth4d5e6f7', ports: [], running: true},
					],
				},
			],
			hostMode: [{name: 'metrics', ports: ['9100/tcp'], running: true}],
			noneMode: [{name: 'batch-job', running: false}],
			shared: [{name: 'sidecar', of: 'web'}],
		},
		{
			name: 'node2',
			lanIp: '192.168.0.11',
			bridges: [
				{
					network: 'overlay-net',
					device: 'br-0f0f0f0f0f0f',
					subnet: '10.0.1.0/24',
					gateway: '10.0.1.1',
					internal: false,
					icc: true,
					driver: 'overlay',
					endpoints: [],
				},
			],
			hostMode: [],
			noneMode: [],
			shared: [],
		},
	],
};

// Every address-like thing in a model must appear whole on one line.
function atomsOf(model: TopologyModel): string[] {
	return model.hosts.flatMap(host => [
		host.lanIp,
		...host.bridges.flatMap(bridge => [
			bridge.subnet,
			bridge.gateway,
			bridge.device,
			...bridge.endpoints.flatMap(endpoint => [endpoint.ip, endpoint.veth, ...endpoint.ports].filter(Boolean)),
		]),
		...host.hostMode.flatMap(container => container.ports),
	]);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectFits(lines: string[], width: number, model: TopologyModel) {
	for (const line of lines) {
		expect(stringWidth(line), line).toBeLessThanOrEqual(width);
	}

	for (const atom of atomsOf(model)) {
		// Whole, and not the prefix of a longer number (172.17.0.2 inside 172.17.0.25 would not count).
		const whole = new RegExp(`(^|[^\\w.:])${escape(atom)}($|[^\\w.])`);
		expect(lines.some(line => whole.test(line)), atom).toBe(true);
	}
}

describe('layoutTopology', () => {
	for (const width of [80, 120]) {
		it(`fits one bridge in ${width} columns`, () => {
			const lines = layoutTopology(oneBridge, {width}).map(line => line.text);
			expectFits(lines, width, oneBridge);
			expect(lines[0]).toBe('host  192.168.0.10');
			expect(lines[1]).toBe('└─┬ bridge  docker0  172.17.0.0/16  gw 172.17.0.1');
			expect(lines).toContain('  ├─ veth1a2b3c4 ── web 172.17.0.2  0.0.0.0:8080->80/tcp  [::]:8080->80/tcp');
			expect(lines).toContain('  └─ veth5d6e7f8 ── db  172.17.0.3');
		});

		it(`fits three bridges, two hosts and every mode in ${width} columns`, () => {
			const lines = layoutTopology(threeBridges, {width}).map(line => line.text);
			expectFits(lines, width, threeBridges);
			expect(lines.length).toBeLessThanOrEqual(width === 80 ? 24 : 22);
		});
	}

	it('marks internal networks, ICC off, other drivers and stopped containers', () => {
		const text = layoutTopology(threeBridges, {width: 80}).map(line => line.text).join('\n');
		expect(text).toMatch(/dbnet-for-the-database-tier[^├└]*\(internal\)/);
		expect(text).toMatch(/webnet.*\(icc off\)/);
		expect(text).toContain('[overlay]');
		expect(text).toMatch(/old +\(stopped\)/);
		expect(text).toContain('(no containers)');
	});

	it('sets host-mode, none-mode and shared containers apart', () => {
		const lines = layoutTopology(threeBridges, {width: 80});
		const text = lines.map(line => line.text).join('\n');
		expect(text).toContain('├─┬ host mode  192.168.100.200\n│ └─ metrics  9100/tcp');
		expect(text).toContain('├─┬ no network\n│ └─ batch-job  (stopped)');
		expect(text).toContain('└─┬ shares a network namespace\n  └─ sidecar ─> web');
		expect(lines.find(line => line.text.includes('metrics'))?.tone).toBe('endpoint');
	});

	it('wraps extra ports onto the next line instead of cutting them', () => {
		const lines = layoutTopology(threeBridges, {width: 80}).map(line => line.text);
		const first = lines.findIndex(line => line.includes('veth0a0b0c0'));
		expect(lines[first]).toContain('172.17.255.254');
		expect(lines[first]).toContain('a-container-with-a-…');
		// Continued under the container name, as part of the same (last) row of the bridge.
		expect(lines[first + 1]).toMatch(/^│ +\[::\]:18080->8080\/tcp/);
		expect(lines[first + 1]!.indexOf('[')).toBe(lines[first]!.indexOf('a-container'));
	});

	it('uses more of a wider terminal', () => {
		const narrow = layoutTopology(threeBridges, {width: 80});
		const wide = layoutTopology(threeBridges, {width: 120});
		expect(wide.length).toBeLessThan(narrow.length);
	});

	it('lines up Korean labels and stays in ASCII when asked', () => {
		const korean = layoutTopology(threeBridges, {width: 80, lang: 'ko'}).map(line => line.text);
		expectFits(korean, 80, threeBridges);
		expect(korean.join('\n')).toContain('호스트 모드');
		expect(korean.join('\n')).toContain('(내부 전용)');

		const ascii = layoutTopology(threeBridges, {width: 80, ascii: true}).map(line => line.text);
		expectFits(ascii, 80, threeBridges);
		for (const line of ascii) {
			expect(line).toMatch(/^[\u0020-\u007E]*$/);
		}
	});

	it('truncates by display width', () => {
		expect(truncate('데이터베이스', 7)).toBe('데이터…');
		expect(stringWidth(truncate('데이터베이스', 7))).toBeLessThanOrEqual(7);
		expect(truncate('short', 10)).toBe('short');
	});
});

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map(parts => parts.join('.'));
const name = fc.oneof(
	fc.stringMatching(/^[a-z][a-z0-9_.-]{0,40}$/),
	fc.constantFrom('데이터베이스', '웹서버', 'db', 'web'),
);
const port = fc
	.tuple(fc.constantFrom('0.0.0.0', '127.0.0.1', '[::]'), fc.integer({min: 1, max: 65_535}), fc.integer({min: 1, max: 65_535}))
	.map(([address, host, container]) => `${address}:${host}->${container}/tcp`);
const endpoint = fc.record({
	container: name,
	ip: ipv4,
	veth: fc.stringMatching(/^veth[0-9a-f]{7}$/),
	ports: fc.array(port, {maxLength: 5}),
	running: fc.constant(true),
});
const bridge = fc.record({
	network: name,
	device: fc.stringMatching(/^br-[0-9a-f]{12}$/),
	subnet: ipv4.map(ip => `${ip}/16`),
	gateway: ipv4,
	internal: fc.boolean(),
	icc: fc.boolean(),
	driver: fc.constantFrom('', 'overlay'),
	endpoints: fc.array(endpoint, {maxLength: 4}),
});
const model: fc.Arbitrary<TopologyModel> = fc.record({
	hosts: fc.array(
		fc.record({
			name,
			lanIp: ipv4,
			bridges: fc.array(bridge, {minLength: 1, maxLength: 3}),
			hostMode: fc.array(fc.record({name, ports: fc.array(port, {maxLength: 3}), running: fc.boolean()}), {maxLength: 2}),
			noneMode: fc.array(fc.record({name, running: fc.boolean()}), {maxLength: 2}),
			shared: fc.array(fc.record({name, of: name}), {maxLength: 2}),
		}),
		{minLength: 1, maxLength: 2},
	),
});

describe('layoutTopology on any model', () => {
	it('never exceeds the width and never cuts an address', () => {
		fc.assert(
			fc.property(model, fc.integer({min: 80, max: 200}), fc.constantFrom<'en' | 'ko'>('en', 'ko'), (generated, width, lang) => {
				const lines = layoutTopology(generated, {width, lang}).map(line => line.text);
				expectFits(lines, width, generated);
			}),
			{numRuns: 50},
		);
	});
});

describe('TopologyMap', () => {
	it('renders the laid-out lines within the width', async () => {
		const {lastFrame} = render(<TopologyMap model={threeBridges} width={80} color={false} />);
		await settle();
		const lines = stripAnsi(lastFrame()).split('\n');
		expectFits(lines, 80, threeBridges);
		expect(lines[0]).toBe('host  192.168.100.200');
	});
});
