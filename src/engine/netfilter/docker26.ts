// The tables Docker 26 (libnetwork ≤v27 layout) installs, generated from the state: nothing is
// stored, so what `iptables -S` prints and what probe walks are the same rules. Order follows
// libnetwork: per-network rules are inserted (-I) at the top of their chain, so the newest
// network comes first and docker0 last; published ports are appended (-A) to the DOCKER chains.
// Docker 28's layout, ip6tables or a learner's DOCKER-USER rules are another generator of the
// same shapes (types.ts); the walker does not change.
import type {Container, Host, Network, World} from '../types.js';
import {attachments, gatewayAttachment} from '../sandbox.js';
import {capabilitiesOf, driverOf} from '../drivers/index.js';
import {BUILTIN_CHAINS, type Chain, type Rule, type Table, type TableName, type Tables} from './types.js';

export function bridges(host: Host): Network[] {
	// Creation order, oldest first (docker0 first).
	return Object.values(host.networks)
		.filter((n) => capabilitiesOf(n).bridgeDevice && n.device)
		.sort((a, b) => (a.created - b.created) || ((a.ifindex ?? 0) - (b.ifindex ?? 0)));
}

/** Newest network first: libnetwork inserts each network's rules at the top of the chain. */
function newestFirst(host: Host): Network[] {
	return bridges(host).reverse();
}

/** What the networks' drivers contribute to one chain, each network's block newest first. */
function networkRules(host: Host, table: TableName, chain: string): Rule[] {
	return newestFirst(host)
		.flatMap((n) => driverOf(n).firewallRules(host, n))
		.filter((r) => r.table === table && r.chain === chain)
		.map(({table: _table, placement: _placement, ...rule}) => rule);
}

/** A published TCP/UDP port of a running container, as the port mapper programs it. */
export interface PublishedPort {
	readonly container: Container;
	readonly network: Network;
	readonly containerIp: string;
	readonly containerPort: number;
	readonly protocol: 'tcp' | 'udp';
	readonly hostIp: string;
	readonly hostPort: number;
}

/** IPv4 port mappings in the order the containers were started (IPv6 `::` sides have no iptables rule here). */
export function publishedPorts(host: Host): PublishedPort[] {
	const out: PublishedPort[] = [];
	const running = host.containers.values()
		.filter((c) => c.status === 'running')
		.sort((a, b) => (a.startedAt - b.startedAt) || (a.created - b.created));
	for (const c of running) {
		const gw = gatewayAttachment(host, c) ?? attachments(host, c).find((a) => !a.network.internal);
		if (!gw || !capabilitiesOf(gw.network).bridgeDevice || gw.network.internal) continue;
		for (const [key, bindings] of Object.entries(c.ports)) {
			const [port, proto] = key.split('/');
			for (const b of bindings) {
				if (b.hostIp.includes(':')) continue;
				out.push({container: c, network: gw.network, containerIp: gw.endpoint.ip, containerPort: Number(port), protocol: proto === 'udp' ? 'udp' : 'tcp', hostIp: b.hostIp, hostPort: Number(b.hostPort)});
			}
		}
	}
	return out;
}

/** The filter table: INPUT, FORWARD, OUTPUT, then DOCKER, the isolation chains and DOCKER-USER. */
export function filterChains(host: Host, ports: readonly PublishedPort[]): Chain[] {
	const forward: Rule[] = [{chain: 'FORWARD', target: 'DOCKER-USER', note: 'jump'}, {chain: 'FORWARD', target: 'DOCKER-ISOLATION-STAGE-1', note: 'jump'}, ...networkRules(host, 'filter', 'FORWARD')];
	const stage1: Rule[] = [...networkRules(host, 'filter', 'DOCKER-ISOLATION-STAGE-1'), {chain: 'DOCKER-ISOLATION-STAGE-1', target: 'RETURN'}];
	const stage2: Rule[] = [...networkRules(host, 'filter', 'DOCKER-ISOLATION-STAGE-2'), {chain: 'DOCKER-ISOLATION-STAGE-2', target: 'RETURN'}];
	const docker: Rule[] = ports.map((p) => ({
		chain: 'DOCKER',
		destination: `${p.containerIp}/32`,
		inIface: p.network.device!,
		notIn: true,
		outIface: p.network.device!,
		protocol: p.protocol,
		dport: p.containerPort,
		target: 'ACCEPT',
		note: 'published',
	}));
	return [
		{name: 'INPUT', policy: 'ACCEPT', rules: []},
		{name: 'FORWARD', policy: 'DROP', rules: forward},
		{name: 'OUTPUT', policy: 'ACCEPT', rules: []},
		{name: 'DOCKER', rules: docker},
		{name: 'DOCKER-ISOLATION-STAGE-1', rules: stage1},
		{name: 'DOCKER-ISOLATION-STAGE-2', rules: stage2},
		{name: 'DOCKER-USER', rules: [{chain: 'DOCKER-USER', target: 'RETURN', note: 'user-return'}]},
	];
}

/** The nat table: jumps to DOCKER, MASQUERADE per subnet, RETURN per bridge, DNAT per published port. */
export function natChains(host: Host, ports: readonly PublishedPort[]): Chain[] {
	// The per-network blocks (MASQUERADE per subnet, RETURN per bridge) are the drivers'; published ports come after.
	const postrouting: Rule[] = networkRules(host, 'nat', 'POSTROUTING');
	const docker: Rule[] = networkRules(host, 'nat', 'DOCKER');
	for (const p of ports) {
		postrouting.push({chain: 'POSTROUTING', source: `${p.containerIp}/32`, destination: `${p.containerIp}/32`, protocol: p.protocol, dport: p.containerPort, target: 'MASQUERADE', note: 'hairpin-masquerade'});
		docker.push({
			chain: 'DOCKER',
			...(p.hostIp !== '0.0.0.0' ? {destination: `${p.hostIp}/32`} : {}),
			inIface: p.network.device!,
			notIn: true,
			protocol: p.protocol,
			dport: p.hostPort,
			target: 'DNAT',
			toDestination: `${p.containerIp}:${p.containerPort}`,
			note: 'dnat',
		});
	}
	return [
		{name: 'PREROUTING', policy: 'ACCEPT', rules: [{chain: 'PREROUTING', dstTypeLocal: true, target: 'DOCKER', note: 'jump'}]},
		{name: 'INPUT', policy: 'ACCEPT', rules: []},
		{name: 'OUTPUT', policy: 'ACCEPT', rules: [{chain: 'OUTPUT', destination: '127.0.0.0/8', notDestination: true, dstTypeLocal: true, target: 'DOCKER', note: 'jump'}]},
		{name: 'POSTROUTING', policy: 'ACCEPT', rules: postrouting},
		{name: 'DOCKER', rules: docker},
	];
}

export function emptyTable(name: TableName): Table {
	return {name, family: 'ipv4', chains: BUILTIN_CHAINS[name].map((chain) => ({name: chain, policy: 'ACCEPT', rules: []}))};
}

const cache = new WeakMap<Host, Tables>();

/** Every table of one host (hosts are immutable, so each version is generated once). */
export function docker26Tables(world: World, hostName: string): Tables {
	const host = world.hosts[hostName];
	const hit = cache.get(host);
	if (hit) return hit;
	const ports = publishedPorts(host);
	const tables: Tables = {
		raw: emptyTable('raw'),
		mangle: emptyTable('mangle'),
		nat: {name: 'nat', family: 'ipv4', chains: natChains(host, ports)},
		filter: {name: 'filter', family: 'ipv4', chains: filterChains(host, ports)},
	};
	cache.set(host, tables);
	return tables;
}
