// The iptables rules Docker 26 (libnetwork ≤v27 layout) installs, derived from the state: nothing
// is stored, so what `iptables -S`, `trace` and the reachability explanation show cannot drift
// from what probe decides. Order follows libnetwork: per-network rules are inserted (-I) at the
// top of their chain, so the newest network comes first and docker0 last; published ports are
// appended (-A) to the DOCKER chains.
import type {Container, Host, Network, World} from './types.js';
import {attachments, gatewayAttachment} from './sandbox.js';

export type Table = 'filter' | 'nat';

export interface Rule {
	readonly chain: string;
	/** -s (CIDR or address/32) and its negation. */
	readonly source?: string;
	readonly notSource?: boolean;
	readonly destination?: string;
	readonly notDestination?: boolean;
	readonly inIface?: string;
	readonly notIn?: boolean;
	readonly outIface?: string;
	readonly notOut?: boolean;
	/** tcp, udp; undefined = all. */
	readonly protocol?: 'tcp' | 'udp';
	/** -m tcp --dport N */
	readonly dport?: number;
	/** -m conntrack --ctstate ... */
	readonly ctstate?: string;
	/** -m addrtype --dst-type LOCAL */
	readonly dstTypeLocal?: boolean;
	readonly target: string;
	/** DNAT --to-destination */
	readonly toDestination?: string;
}

export interface Chain {
	readonly name: string;
	/** Built-in chains have a policy; user chains do not. */
	readonly policy?: 'ACCEPT' | 'DROP';
	readonly rules: Rule[];
}

function bridges(host: Host): Network[] {
	// Creation order, oldest first (docker0 first).
	return Object.values(host.networks)
		.filter((n) => n.driver === 'bridge' && n.device)
		.sort((a, b) => (a.created - b.created) || ((a.ifindex ?? 0) - (b.ifindex ?? 0)));
}

/** Newest network first: libnetwork inserts each network's rules at the top of the chain. */
function newestFirst(host: Host): Network[] {
	return bridges(host).reverse();
}

function subnetOf(n: Network): string | undefined {
	return n.ipamConfig?.[0]?.subnet;
}

function iccOff(n: Network): boolean {
	return n.options['com.docker.network.bridge.enable_icc'] === 'false';
}

function masquerades(n: Network): boolean {
	return n.options['com.docker.network.bridge.enable_ip_masquerade'] !== 'false';
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
		if (!gw || gw.network.driver !== 'bridge' || gw.network.internal) continue;
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
export function filterRules(world: World, hostName: string): Chain[] {
	const host = world.hosts[hostName];
	const forward: Rule[] = [{chain: 'FORWARD', target: 'DOCKER-USER'}, {chain: 'FORWARD', target: 'DOCKER-ISOLATION-STAGE-1'}];
	const stage1: Rule[] = [];
	const stage2: Rule[] = [];
	for (const n of newestFirst(host)) {
		const br = n.device!;
		const subnet = subnetOf(n);
		if (n.internal) {
			if (subnet) {
				stage1.push({chain: 'DOCKER-ISOLATION-STAGE-1', notSource: true, source: subnet, outIface: br, target: 'DROP'});
				stage1.push({chain: 'DOCKER-ISOLATION-STAGE-1', notDestination: true, destination: subnet, inIface: br, target: 'DROP'});
			}
			forward.push({chain: 'FORWARD', inIface: br, outIface: br, target: iccOff(n) ? 'DROP' : 'ACCEPT'});
			// An internal network is fenced by those two DROPs alone (recorded on daemon 26.1).
			continue;
		} else {
			forward.push({chain: 'FORWARD', outIface: br, ctstate: 'RELATED,ESTABLISHED', target: 'ACCEPT'});
			forward.push({chain: 'FORWARD', outIface: br, target: 'DOCKER'});
			forward.push({chain: 'FORWARD', inIface: br, outIface: br, notOut: true, target: 'ACCEPT'});
			forward.push({chain: 'FORWARD', inIface: br, outIface: br, target: iccOff(n) ? 'DROP' : 'ACCEPT'});
		}
		stage1.push({chain: 'DOCKER-ISOLATION-STAGE-1', inIface: br, outIface: br, notOut: true, target: 'DOCKER-ISOLATION-STAGE-2'});
		stage2.push({chain: 'DOCKER-ISOLATION-STAGE-2', outIface: br, target: 'DROP'});
	}
	stage1.push({chain: 'DOCKER-ISOLATION-STAGE-1', target: 'RETURN'});
	stage2.push({chain: 'DOCKER-ISOLATION-STAGE-2', target: 'RETURN'});
	const docker: Rule[] = publishedPorts(host).map((p) => ({
		chain: 'DOCKER',
		destination: `${p.containerIp}/32`,
		inIface: p.network.device!,
		notIn: true,
		outIface: p.network.device!,
		protocol: p.protocol,
		dport: p.containerPort,
		target: 'ACCEPT',
	}));
	return [
		{name: 'INPUT', policy: 'ACCEPT', rules: []},
		{name: 'FORWARD', policy: 'DROP', rules: forward},
		{name: 'OUTPUT', policy: 'ACCEPT', rules: []},
		{name: 'DOCKER', rules: docker},
		{name: 'DOCKER-ISOLATION-STAGE-1', rules: stage1},
		{name: 'DOCKER-ISOLATION-STAGE-2', rules: stage2},
		{name: 'DOCKER-USER', rules: [{chain: 'DOCKER-USER', target: 'RETURN'}]},
	];
}

/** The nat table: jumps to DOCKER, MASQUERADE per subnet, RETURN per bridge, DNAT per published port. */
export function natRules(world: World, hostName: string): Chain[] {
	const host = world.hosts[hostName];
	const postrouting: Rule[] = [];
	const docker: Rule[] = [];
	for (const n of newestFirst(host)) {
		if (n.internal || !masquerades(n)) continue;
		const subnet = subnetOf(n);
		if (subnet) postrouting.push({chain: 'POSTROUTING', source: subnet, outIface: n.device!, notOut: true, target: 'MASQUERADE'});
		docker.push({chain: 'DOCKER', inIface: n.device!, target: 'RETURN'});
	}
	for (const p of publishedPorts(host)) {
		postrouting.push({chain: 'POSTROUTING', source: `${p.containerIp}/32`, destination: `${p.containerIp}/32`, protocol: p.protocol, dport: p.containerPort, target: 'MASQUERADE'});
		docker.push({
			chain: 'DOCKER',
			...(p.hostIp !== '0.0.0.0' ? {destination: `${p.hostIp}/32`} : {}),
			inIface: p.network.device!,
			notIn: true,
			protocol: p.protocol,
			dport: p.hostPort,
			target: 'DNAT',
			toDestination: `${p.containerIp}:${p.containerPort}`,
		});
	}
	return [
		{name: 'PREROUTING', policy: 'ACCEPT', rules: [{chain: 'PREROUTING', dstTypeLocal: true, target: 'DOCKER'}]},
		{name: 'INPUT', policy: 'ACCEPT', rules: []},
		{name: 'OUTPUT', policy: 'ACCEPT', rules: [{chain: 'OUTPUT', destination: '127.0.0.0/8', notDestination: true, dstTypeLocal: true, target: 'DOCKER'}]},
		{name: 'POSTROUTING', policy: 'ACCEPT', rules: postrouting},
		{name: 'DOCKER', rules: docker},
	];
}

/** One rule as `iptables -S` prints it (`-A CHAIN ...`), in iptables' canonical option order. */
export function ruleSpec(r: Rule): string {
	const parts = [`-A ${r.chain}`];
	if (r.source) parts.push(`${r.notSource ? '! ' : ''}-s ${r.source}`);
	if (r.destination) parts.push(`${r.notDestination ? '! ' : ''}-d ${r.destination}`);
	if (r.inIface) parts.push(`${r.notIn ? '! ' : ''}-i ${r.inIface}`);
	if (r.outIface) parts.push(`${r.notOut ? '! ' : ''}-o ${r.outIface}`);
	if (r.protocol) parts.push(`-p ${r.protocol}`);
	if (r.dstTypeLocal) parts.push('-m addrtype --dst-type LOCAL');
	if (r.ctstate) parts.push(`-m conntrack --ctstate ${r.ctstate}`);
	if (r.protocol && r.dport !== undefined) parts.push(`-m ${r.protocol} --dport ${r.dport}`);
	parts.push(`-j ${r.target}`);
	if (r.toDestination) parts.push(`--to-destination ${r.toDestination}`);
	return parts.join(' ');
}
