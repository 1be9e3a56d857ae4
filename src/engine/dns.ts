// Name resolution from a given point of view: /etc/hosts first, then Docker's embedded DNS
// server (127.0.0.11) for containers on user-defined networks, then the upstream resolver.
import type {Container, Host, World} from './types.js';
import {isIP} from './ip.js';
import {attachments, gatewayAttachment, hostsFile, isNoneMode, sandboxOwner, usesEmbeddedDns} from './sandbox.js';
import {WORLD_EPOCH} from './world.js';
import {resolvePublic} from './internet.js';
import {overlayNodes, overlayWayOut} from './overlay-cluster.js';

void WORLD_EPOCH;

export type Viewpoint = {kind: 'host'; host: string} | {kind: 'container'; host: string; id: string} | {kind: 'external'};

export interface Resolution {
	/** Addresses found, best first; empty when the name did not resolve. */
	readonly ips: string[];
	/** Who answered: the hosts file, the embedded DNS server, the upstream resolver, or nobody. */
	readonly source: 'literal' | 'hosts' | 'embedded-dns' | 'upstream' | 'none';
	/** The DNS server asked (for nslookup's header and trace). */
	readonly server: string;
	/** Why nothing came back, when nothing did. */
	readonly failure?: 'nxdomain' | 'no-server';
}

function parseHosts(text: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const line of text.split('\n')) {
		const clean = line.replace(/#.*/, '').trim();
		if (!clean) continue;
		const [ip, ...names] = clean.split(/\s+/);
		if (ip.includes(':')) continue;
		for (const n of names) map.set(n, [...(map.get(n) ?? []), ip]);
	}
	return map;
}

/** Names the embedded DNS server answers for a container on a network: name, aliases, short id, hostname. */
export function dnsNames(container: Container, aliases: readonly string[]): string[] {
	return [...new Set([container.name, ...aliases, container.id.slice(0, 12), container.hostname])];
}

/** What the LAN's resolver answers: the simulated internet's address for the name, or NXDOMAIN. */
function upstream(name: string): string[] {
	const ip = resolvePublic(name);
	return ip ? [ip] : [];
}

export function resolveName(world: World, from: Viewpoint, rawName: string): Resolution {
	const name = rawName.replace(/\.$/, '');
	if (isIP(name)) return {ips: [name], source: 'literal', server: ''};
	if (from.kind === 'external') {
		const ips = upstream(name);
		return ips.length ? {ips, source: 'upstream', server: '192.168.0.1'} : {ips: [], source: 'none', server: '192.168.0.1', failure: 'nxdomain'};
	}
	const host = world.hosts[from.host];
	if (from.kind === 'host') return resolveOnHost(host, name);
	const container = host.containers.get(from.id)!;
	const owner = sandboxOwner(host, container);
	if (owner.networkMode === 'host') return resolveOnHost(host, name);
	const hosts = parseHosts(hostsFile(host, container));
	const fromFile = hosts.get(name);
	if (fromFile) return {ips: fromFile, source: 'hosts', server: ''};
	if (isNoneMode(host, container) || attachments(host, container).length === 0) {
		return {ips: [], source: 'none', server: '', failure: 'no-server'};
	}
	if (usesEmbeddedDns(host, container)) {
		const mine = attachments(host, owner);
		const found: string[] = [];
		for (const a of mine) {
			if (a.network.predefined) continue;
			// On an overlay the embedded DNS knows every container of the network across the swarm.
			const peers = overlayNodes(world, host, a.network).flatMap((node) => node.containers.values());
			for (const peer of peers) {
				const s = peer.networks[a.network.id];
				if (!s?.endpoint) continue;
				const names = dnsNames(peer, s.aliases);
				const full = peer.id === name;
				if (names.includes(name) || full) found.push(s.endpoint.ip);
			}
			if (found.length > 0) break;
		}
		if (found.length > 0) return {ips: found, source: 'embedded-dns', server: '127.0.0.11'};
		// Forwarded upstream only when the sandbox has a way out.
		const ips = gatewayAttachment(host, owner) || overlayWayOut(host, owner) ? upstream(name) : [];
		if (ips.length > 0) return {ips, source: 'upstream', server: '127.0.0.11'};
		return {ips: [], source: 'none', server: '127.0.0.11', failure: 'nxdomain'};
	}
	const ips = gatewayAttachment(host, owner) ? upstream(name) : [];
	if (ips.length > 0) return {ips, source: 'upstream', server: '192.168.0.1'};
	return {ips: [], source: 'none', server: '192.168.0.1', failure: 'nxdomain'};
}

function resolveOnHost(host: Host, name: string): Resolution {
	if (name === 'localhost') return {ips: ['127.0.0.1'], source: 'hosts', server: ''};
	if (name === host.name) return {ips: ['127.0.1.1'], source: 'hosts', server: ''};
	const ips = upstream(name);
	if (ips.length > 0) return {ips, source: 'upstream', server: '192.168.0.1'};
	return {ips: [], source: 'none', server: '192.168.0.1', failure: 'nxdomain'};
}
