// The firewall property: on thousands of random worlds (bridge networks incl. internal and
// icc=false, published ports incl. 127.0.0.1 binds, host/none/container modes, second networks),
// for random (source, destination, port) what the rules `iptables -S` prints decide — parsed
// back and evaluated by the independent reader in iptables-text.ts — and what probe decides
// (its hops: a DROP, the DNAT target, a MASQUERADE) never disagree. Each world is daemon 26's
// layout or 28's (raw PREROUTING included), and carries random rules a learner added with the
// iptables tool (-I/-A on DOCKER-USER, INPUT and FORWARD, some deleted again).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {connectNetwork, createContainer, createNetwork, createWorld, startContainer, probe, attachments, gatewayAttachment, sandboxOwner, EXTERNAL_LAN_IP, type Container, type Host, type ProbeResult, type Viewpoint, type World} from '../../../src/engine/index.js';
import {iptables} from '../../../src/shell/tools/iptables.js';
import type {ToolContext} from '../../../src/shell/context.js';
import {evaluate, parseSave, type TextPacket, type TextTable} from './iptables-text.js';

const RUNS = Number(process.env.NETDOJO_FIREWALL_RUNS ?? 2000);

type NetSpec = {internal: boolean; iccOff: boolean};
type CtrSpec = {net: number; mode: 'net' | 'default' | 'host' | 'none' | 'container'; publish: {hostPort: number; containerPort: number; loopback: boolean}[]; second?: number};

const netSpec = fc.record({internal: fc.boolean(), iccOff: fc.boolean()});
const ctrSpec = fc.record({
	net: fc.nat(3),
	mode: fc.constantFrom('net', 'net', 'default', 'host', 'none', 'container'),
	publish: fc.array(fc.record({hostPort: fc.constantFrom(8080, 8081, 9000, 5432), containerPort: fc.constantFrom(80, 5432), loopback: fc.boolean()}), {maxLength: 2}),
	second: fc.option(fc.nat(3), {nil: undefined}),
}) as fc.Arbitrary<CtrSpec>;

const IMAGES = ['nginx', 'postgres', 'alpine'];

/** A learner's rule: where it goes, what it matches (picked from values the worlds use) and what it does. */
type UserSpec = {op: '-I' | '-A' | '-D'; chain: string; at?: number; matches: string[]; target: string};
const userSpec = fc.record({
	op: fc.constantFrom<'-I' | '-A' | '-D'>('-I', '-I', '-A', '-D'),
	chain: fc.constantFrom('DOCKER-USER', 'DOCKER-USER', 'INPUT', 'FORWARD'),
	at: fc.option(fc.integer({min: 1, max: 4}), {nil: undefined}),
	matches: fc.subarray(['-s 192.168.0.20', '-s 172.17.0.0/16', '-d 172.18.0.2', '! -s 10.0.0.0/8', '-p tcp --dport 80', '-p tcp --dport 8080', '-p tcp -m multiport --dports 80,5432', '-p tcp --dport 5000:9000', '-p icmp', '-i eth0', '-i br+', '! -i docker0', '-m conntrack --ctstate NEW'], {maxLength: 3}),
	target: fc.constantFrom('DROP', 'DROP', 'REJECT', 'ACCEPT', 'RETURN', ''),
}) as fc.Arbitrary<UserSpec>;

/** Runs the learner's iptables lines through the tool itself; a refused line (-o on INPUT, -D of nothing) changes nothing. */
function addUserRules(start: World, specs: UserSpec[]): World {
	let world = start;
	const ctx = {get world() { return world; }, location: {kind: 'host', host: 'host'}, setWorld: (w: World) => { world = w; }} as unknown as ToolContext;
	for (const u of specs) {
		// Matches that need a protocol come with their own -p; two -p would be refused anyway.
		const words = u.matches.join(' ').split(' ');
		const line = ['iptables', u.op, u.chain, ...(u.op === '-I' && u.at !== undefined ? [String(u.at)] : []), ...words, ...(u.target ? ['-j', u.target] : [])];
		iptables(line, {stdin: '', env: {}}, ctx);
	}
	return world;
}

function build(nets: NetSpec[], ctrs: CtrSpec[], engine: '26' | '28' = '26'): World {
	let world = createWorld({seed: 3, engine});
	nets.forEach((n, i) => {
		world = createNetwork(world, undefined, {name: `n${i}`, internal: n.internal, options: n.iccOff ? {'com.docker.network.bridge.enable_icc': 'false'} : {}}).world;
	});
	const used = new Set<string>();
	ctrs.forEach((c, i) => {
		const networkMode = c.mode === 'host' ? 'host' : c.mode === 'none' ? 'none' : c.mode === 'container' && i > 0 ? 'container:c0' : c.mode === 'net' && nets.length > 0 ? `n${c.net % nets.length}` : 'bridge';
		const ports: Record<string, {hostIp: string; hostPort: string}[]> = {};
		const sharesOrHost = networkMode === 'host' || networkMode === 'none' || networkMode.startsWith('container:');
		for (const p of sharesOrHost ? [] : c.publish) {
			if (used.has(String(p.hostPort))) continue;
			used.add(String(p.hostPort));
			(ports[`${p.containerPort}/tcp`] ??= []).push({hostIp: p.loopback ? '127.0.0.1' : '', hostPort: String(p.hostPort)});
		}
		try {
			const made = createContainer(world, undefined, {image: IMAGES[i % IMAGES.length], name: `c${i}`, networkMode, portBindings: ports, cmd: IMAGES[i % IMAGES.length] === 'alpine' ? ['sleep', '1d'] : undefined});
			world = startContainer(made.world, undefined, made.container.id).world;
			if (c.second !== undefined && nets.length > 0 && !sharesOrHost) world = connectNetwork(world, undefined, `n${c.second % nets.length}`, `c${i}`);
		} catch {
			// A refused combination (a taken port, an already-connected network): the world stays as it was.
		}
	});
	return world;
}

function printed(world: World, table: 'filter' | 'nat' | 'raw'): TextTable {
	const ctx = {world, location: {kind: 'host', host: 'host'}} as unknown as ToolContext;
	const r = iptables(['iptables', '-t', table, '-S'], {stdin: '', env: {}}, ctx);
	expect(r.exitCode).toBe(0);
	return parseSave(r.stdout);
}

interface Expected {
	readonly dropped: boolean;
	readonly dnat?: string;
	readonly masquerade: boolean;
}

function bridgeOf(host: Host, ip: string): {device: string; gateway: string} | undefined {
	for (const n of Object.values(host.networks)) {
		if (n.driver !== 'bridge' || !n.device) continue;
		for (const cfg of n.ipamConfig ?? []) {
			const [base, bits] = cfg.subnet.split('/');
			const size = 2 ** (32 - Number(bits));
			const int = (x: string) => x.split('.').reduce((a, p) => a * 256 + Number(p), 0);
			if (/^\d+\.\d+\.\d+\.\d+$/.test(ip) && Math.floor(int(ip) / size) === Math.floor(int(base) / size)) return {device: n.device, gateway: cfg.gateway ?? ''};
		}
	}
	return undefined;
}

/** What the printed rules decide for this journey, following the kernel's hooks. */
function expected(world: World, filter: TextTable, nat: TextTable, raw: TextTable, from: Viewpoint, dst: string, proto: 'tcp' | 'icmp', port: number): Expected | undefined {
	const host = world.hosts.host;
	const localSet = new Set([host.lanIp, ...Object.values(host.networks).filter((n) => n.driver === 'bridge').flatMap((n) => (n.ipamConfig ?? []).map((c) => c.gateway ?? ''))]);
	const local = (ip: string) => ip.startsWith('127.') || localSet.has(ip);
	const pkt = (src: string, d: string, inIf: string, out: string, dport: number): TextPacket => ({src, dst: d, proto, ...(proto === 'tcp' ? {dport} : {}), in: inIf, out, local});
	const dnatOf = (v: {verdict: string; toDestination?: string}) => (v.verdict === 'DNAT' ? v.toDestination : undefined);
	const stops = (v: {verdict: string}) => v.verdict === 'DROP' || v.verdict === 'REJECT';
	// A packet arriving on an interface: raw PREROUTING may drop it (Docker 28), then nat PREROUTING may DNAT it.
	const arrive = (src: string, inIf: string): Expected => {
		if (stops(evaluate(raw, 'PREROUTING', pkt(src, dst, inIf, '', port)))) return {dropped: true, masquerade: false};
		return routed(src, inIf, dst, dnatOf(evaluate(nat, 'PREROUTING', pkt(src, dst, inIf, '', port))));
	};
	// After PREROUTING: routing, then INPUT or FORWARD and POSTROUTING.
	const routed = (src: string, inIf: string, d0: string, dnat: string | undefined): Expected => {
		const [d, p] = dnat ? [dnat.split(':')[0], Number(dnat.split(':')[1])] : [d0, port];
		if (local(d)) return {dropped: stops(evaluate(filter, 'INPUT', pkt(src, d, inIf, '', p))), ...(dnat ? {dnat} : {}), masquerade: false};
		const out = bridgeOf(host, d)?.device ?? 'eth0';
		const dropped = stops(evaluate(filter, 'FORWARD', pkt(src, d, inIf, out, p)));
		const masquerade = !dropped && evaluate(nat, 'POSTROUTING', pkt(src, d, inIf, out, p)).verdict === 'MASQUERADE';
		return {dropped, ...(dnat ? {dnat} : {}), masquerade};
	};
	if (from.kind === 'external') {
		if (dst !== host.lanIp) return {dropped: false, masquerade: false};
		return arrive(EXTERNAL_LAN_IP, 'eth0');
	}
	const source = from.kind === 'container' ? host.containers.get(from.id)! : undefined;
	const owner = source && sandboxOwner(host, source);
	if (!owner || owner.networkMode === 'host') {
		// The host's own packets: nat OUTPUT, then no FORWARD; they leave or loop back.
		const src = dst.startsWith('127.') ? dst : host.lanIp;
		const dnat = dnatOf(evaluate(nat, 'OUTPUT', pkt(src, dst, '', '', port)));
		const d = dnat ? dnat.split(':')[0] : dst;
		// Delivered to the host itself, the packet comes back in on lo through INPUT.
		const dropped = stops(evaluate(filter, 'OUTPUT', pkt(src, dst, '', '', port))) || (local(d) && stops(evaluate(filter, 'INPUT', pkt(src, d, 'lo', '', dnat ? Number(dnat.split(':')[1]) : port))));
		const bridge = bridgeOf(host, d);
		const masquerade = !local(d) && evaluate(nat, 'POSTROUTING', pkt(bridge?.gateway ?? src, d, '', bridge?.device ?? 'eth0', dnat ? Number(dnat.split(':')[1]) : port)).verdict === 'MASQUERADE';
		return {dropped, ...(dnat ? {dnat} : {}), masquerade};
	}
	const mine = attachments(host, owner);
	if (dst.startsWith('127.') || mine.some((a) => a.endpoint.ip === dst)) return {dropped: false, masquerade: false};
	const onLink = mine.find((a) => bridgeOf(host, dst)?.device === a.network.device);
	if (onLink) {
		const dev = onLink.network.device!;
		const src = onLink.endpoint.ip;
		if (onLink.endpoint.gateway === dst || (onLink.network.ipamConfig ?? []).some((c) => c.gateway === dst)) return arrive(src, dev);
		const peer = host.containers.values().some((c: Container) => c.status === 'running' && Object.values(c.networks).some((s) => s.endpoint?.ip === dst && s.networkId === onLink.network.id));
		if (!peer) return undefined; // ARP gets no answer: the firewall never sees it
		// br_netfilter: a frame between two ports of the bridge passes PREROUTING and FORWARD.
		if (stops(evaluate(raw, 'PREROUTING', pkt(src, dst, dev, '', port)))) return {dropped: true, masquerade: false};
		return {dropped: stops(evaluate(filter, 'FORWARD', pkt(src, dst, dev, dev, port))), masquerade: false};
	}
	const gw = gatewayAttachment(host, owner);
	if (!gw) return undefined; // no route: nothing is sent
	const dev = gw.network.device!;
	return arrive(gw.endpoint.ip, dev);
}

function observed(r: ProbeResult): Expected {
	const chainHops = r.hops.filter((h) => h.at.kind === 'chain');
	const dnat = chainHops.find((h) => h.verdict === 'DNAT');
	return {
		dropped: chainHops.some((h) => h.verdict === 'DROP' || h.verdict === 'REJECT'),
		...(dnat && dnat.step.kind === 'rule' && dnat.step.to ? {dnat: dnat.step.to} : {}),
		masquerade: chainHops.some((h) => h.verdict === 'MASQUERADE'),
	};
}

const world = fc
	.tuple(fc.array(netSpec, {maxLength: 3}), fc.array(ctrSpec, {minLength: 1, maxLength: 5}), fc.constantFrom<'26' | '28'>('26', '28'), fc.array(userSpec, {maxLength: 4}))
	.map(([n, c, engine, user]) => addUserRules(build(n, c, engine), user));

describe('one firewall', () => {
	it(`what iptables -S prints and what probe decides never disagree (${RUNS} random worlds)`, () => {
		let compared = 0;
		let drops = 0;
		let dnats = 0;
		let userHits = 0;
		fc.assert(
			fc.property(world, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(80, 5432, 8080, 8080, 8081, 9000, 9000), fc.constantFrom<'tcp' | 'icmp'>('tcp', 'tcp', 'icmp')), {minLength: 4, maxLength: 8}), (w, picks) => {
				const host = w.hosts.host;
				const filter = printed(w, 'filter');
				const nat = printed(w, 'nat');
				const raw = printed(w, 'raw');
				const running = host.containers.values().filter((c) => c.status === 'running');
				const sources: Viewpoint[] = [{kind: 'host', host: 'host'}, {kind: 'external'}, ...running.map((c) => ({kind: 'container', host: 'host', id: c.id}) as const)];
				// The LAN address thrice and the gateways: where DNAT happens.
				const targets = [host.lanIp, host.lanIp, host.lanIp, '127.0.0.1', '93.184.215.14', ...Object.values(host.networks).flatMap((n) => (n.ipamConfig ?? []).map((c) => c.gateway ?? '')).filter(Boolean), ...running.flatMap((c) => attachments(host, c).map((a) => a.endpoint.ip))];
				for (const [s, t, port, proto] of picks) {
					const from = sources[s % sources.length];
					const dst = targets[t % targets.length];
					const r = probe(w, {from, target: dst, protocol: proto, port});
					expect(probe(w, {from, target: dst, protocol: proto, port}, {explain: false}).outcome).toBe(r.outcome);
					const want = expected(w, filter, nat, raw, from, dst, proto, port);
					if (!want) {
						expect(r.hops.some((h) => h.at.kind === 'chain' && (h.verdict === 'DROP' || h.verdict === 'REJECT'))).toBe(false);
						continue;
					}
					const got = observed(r);
					expect(got, `${JSON.stringify(from)} → ${dst}:${port}/${proto}\n${r.hops.map((h) => JSON.stringify(h)).join('\n')}`).toEqual(want);
					// A learner's REJECT answers a TCP connect at once; every other stop leaves the sender waiting.
					const rejected = r.hops.some((h) => h.at.kind === 'chain' && h.verdict === 'REJECT') && proto === 'tcp';
					if (want.dropped) expect(r.outcome).toBe(rejected ? 'refused' : 'timeout');
					compared++;
					if (want.dropped) drops++;
					if (want.dnat) dnats++;
					if (r.hops.some((h) => h.at.kind === 'chain' && h.step.kind === 'rule' && h.step.note === 'user')) userHits++;
				}
			}),
			{numRuns: RUNS, seed: 13},
		);
		// The worlds must exercise both decisions, or the property proves little.
		expect(compared).toBeGreaterThan(RUNS * 2);
		expect(drops).toBeGreaterThan(RUNS / 20);
		expect(dnats).toBeGreaterThan(RUNS / 20);
		expect(userHits).toBeGreaterThan(RUNS / 20);
		// The count of worlds is the point, not their speed: 2,000 (with learner rules and 28's raw
		// table) take 14 s alone and several times that with the whole suite on a loaded 2-core machine.
	}, Math.max(30_000, RUNS * 90));
});
