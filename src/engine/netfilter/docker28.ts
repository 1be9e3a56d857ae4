// The tables Docker 28.5 installs (libnetwork/drivers/bridge/internal/iptabler at v28.5.2 and
// its generated iptablesdoc). What changed since 26: FORWARD jumps to DOCKER-USER and
// DOCKER-FORWARD only; DOCKER-FORWARD runs DOCKER-CT (replies), the isolation chains and
// DOCKER-BRIDGE (to the DOCKER chain), then accepts what leaves a bridge; the DOCKER chain accepts
// published ports and ends with a DROP per bridge, so a LAN host routing to a container's address
// reaches nothing unpublished; and raw PREROUTING drops packets for a container's address that do
// not come from its own bridge, and packets for a port published on 127.0.0.1 that do not come
// from lo. DOCKER-USER and the isolation chains have no RETURN rules any more.
import type {Host, Network, World} from '../types.js';
import {attachments} from '../sandbox.js';
import {capabilitiesOf, driverOf} from '../drivers/index.js';
import {bridges, emptyTable, publishedPorts, type PublishedPort} from './docker26.js';
import type {Chain, Rule, TableName, Tables} from './types.js';

/**
 * What the networks' drivers contribute to one chain: the rules libnetwork inserts (newest
 * network first) above the ones it appends (oldest first).
 */
function networkRules(host: Host, table: TableName, chain: string): Rule[] {
	const oldest = bridges(host);
	const mine = (n: Network) => driverOf(n).firewallRules(host, n, 'docker28').filter((r) => r.table === table && r.chain === chain);
	const strip = ({table: _t, placement: _p, ...rule}: ReturnType<typeof mine>[number]): Rule => rule;
	const inserted = [...oldest].reverse().flatMap((n) => mine(n).filter((r) => r.placement === 'insert').map(strip));
	const appended = oldest.flatMap((n) => mine(n).filter((r) => r.placement !== 'insert').map(strip));
	return [...inserted, ...appended];
}

function filterChains(host: Host, ports: readonly PublishedPort[]): Chain[] {
	// Each published port's ACCEPT is inserted at the head of DOCKER, above the bridges' DROPs.
	const accepts: Rule[] = [...ports].reverse().map((p) => ({
		chain: 'DOCKER', destination: `${p.containerIp}/32`, inIface: p.network.device!, notIn: true, outIface: p.network.device!,
		protocol: p.protocol, dport: p.containerPort, target: 'ACCEPT', note: 'published',
	}));
	const jump = (chain: string, target: string): Rule => ({chain, target, note: 'jump'});
	return [
		{name: 'INPUT', policy: 'ACCEPT', rules: []},
		{name: 'FORWARD', policy: 'DROP', rules: [jump('FORWARD', 'DOCKER-USER'), jump('FORWARD', 'DOCKER-FORWARD')]},
		{name: 'OUTPUT', policy: 'ACCEPT', rules: []},
		{name: 'DOCKER', rules: [...accepts, ...networkRules(host, 'filter', 'DOCKER')]},
		{name: 'DOCKER-BRIDGE', rules: networkRules(host, 'filter', 'DOCKER-BRIDGE')},
		{name: 'DOCKER-CT', rules: networkRules(host, 'filter', 'DOCKER-CT')},
		{name: 'DOCKER-FORWARD', rules: [jump('DOCKER-FORWARD', 'DOCKER-CT'), jump('DOCKER-FORWARD', 'DOCKER-ISOLATION-STAGE-1'), jump('DOCKER-FORWARD', 'DOCKER-BRIDGE'), ...networkRules(host, 'filter', 'DOCKER-FORWARD')]},
		{name: 'DOCKER-ISOLATION-STAGE-1', rules: networkRules(host, 'filter', 'DOCKER-ISOLATION-STAGE-1')},
		{name: 'DOCKER-ISOLATION-STAGE-2', rules: networkRules(host, 'filter', 'DOCKER-ISOLATION-STAGE-2')},
		{name: 'DOCKER-USER', rules: []},
	];
}

function natChains(host: Host, ports: readonly PublishedPort[]): Chain[] {
	const docker: Rule[] = networkRules(host, 'nat', 'DOCKER');
	for (const p of ports) {
		docker.push({
			chain: 'DOCKER', ...(p.hostIp !== '0.0.0.0' ? {destination: `${p.hostIp}/32`} : {}), inIface: p.network.device!, notIn: true,
			protocol: p.protocol, dport: p.hostPort, target: 'DNAT', toDestination: `${p.containerIp}:${p.containerPort}`, note: 'dnat',
		});
	}
	return [
		{name: 'PREROUTING', policy: 'ACCEPT', rules: [{chain: 'PREROUTING', dstTypeLocal: true, target: 'DOCKER', note: 'jump'}]},
		{name: 'INPUT', policy: 'ACCEPT', rules: []},
		{name: 'OUTPUT', policy: 'ACCEPT', rules: [{chain: 'OUTPUT', destination: '127.0.0.0/8', notDestination: true, dstTypeLocal: true, target: 'DOCKER', note: 'jump'}]},
		{name: 'POSTROUTING', policy: 'ACCEPT', rules: networkRules(host, 'nat', 'POSTROUTING')},
		{name: 'DOCKER', rules: docker},
	];
}

/**
 * raw PREROUTING: per endpoint on a non-internal bridge, a DROP for its address from anywhere but
 * its bridge (filterDirectAccess, created with the endpoint), then per port published on a
 * loopback address a DROP for it from anywhere but lo (filterPortMappedOnLoopback), both appended.
 */
function rawPrerouting(host: Host, ports: readonly PublishedPort[]): Rule[] {
	const out: Rule[] = [];
	const running = host.containers.values().filter((c) => c.status === 'running').sort((a, b) => (a.startedAt - b.startedAt) || (a.created - b.created));
	for (const c of running) {
		for (const a of attachments(host, c)) {
			if (a.network.internal || !capabilitiesOf(a.network).bridgeDevice || !a.network.device || a.endpoint.ip === '') continue;
			out.push({chain: 'PREROUTING', destination: `${a.endpoint.ip}/32`, inIface: a.network.device, notIn: true, target: 'DROP', note: 'direct-access'});
		}
		for (const p of ports) {
			if (p.container.id !== c.id || !p.hostIp.startsWith('127.')) continue;
			out.push({chain: 'PREROUTING', destination: `${p.hostIp}/32`, inIface: 'lo', notIn: true, protocol: p.protocol, dport: p.hostPort, target: 'DROP', note: 'loopback-only'});
		}
	}
	return out;
}

const cache = new WeakMap<Host, Tables>();

export function docker28Tables(world: World, hostName: string): Tables {
	const host = world.hosts[hostName];
	const hit = cache.get(host);
	if (hit) return hit;
	const ports = publishedPorts(host);
	const raw = emptyTable('raw');
	const tables: Tables = {
		raw: {...raw, chains: raw.chains.map((c) => (c.name === 'PREROUTING' ? {...c, rules: rawPrerouting(host, ports)} : c))},
		mangle: emptyTable('mangle'),
		nat: {name: 'nat', family: 'ipv4', chains: natChains(host, ports)},
		filter: {name: 'filter', family: 'ipv4', chains: filterChains(host, ports)},
	};
	cache.set(host, tables);
	return tables;
}
