// A container's Sandbox (its network namespace) as derived views: interfaces, routes, the
// listening sockets, /etc/hosts and /etc/resolv.conf. Nothing here is stored; it all follows
// from the container and network state, so it cannot drift.
import type {Container, Endpoint, Host, Listener, Network} from './types.js';
import {dnsOverrides} from './host-config.js';
import {profileOf} from './profile/index.js';

/** The container whose network namespace this one uses (itself, or X for `container:X`). */
export function sandboxOwner(host: Host, container: Container): Container {
	let c = container;
	for (let i = 0; i < 8 && c.networkMode.startsWith('container:'); i++) {
		const other = host.containers.get(c.networkMode.slice('container:'.length));
		if (!other) break;
		c = other;
	}
	return c;
}

export interface Attachment {
	readonly network: Network;
	readonly endpoint: Endpoint;
	readonly aliases: string[];
}

/** The live endpoints of a container's sandbox, in interface order (eth0, eth1, ...). */
export function attachments(host: Host, container: Container): Attachment[] {
	const owner = sandboxOwner(host, container);
	if (owner.status !== 'running') return [];
	const out: Attachment[] = [];
	for (const s of Object.values(owner.networks)) {
		const network = host.networks[s.networkId];
		if (network && s.endpoint) out.push({network, endpoint: s.endpoint, aliases: s.aliases});
	}
	return out;
}

/**
 * The endpoint that provides the default route. libnetwork orders a sandbox's endpoints so that
 * internal networks come last and the rest by network name; the first one with a gateway wins.
 */
export function gatewayAttachment(host: Host, container: Container): Attachment | undefined {
	const sorted = [...attachments(host, container)].sort((a, b) => {
		if (a.network.internal !== b.network.internal) return a.network.internal ? 1 : -1;
		const gw = (n: Network) => (n.name === 'docker_gwbridge' ? 1 : 0);
		if (gw(a.network) !== gw(b.network)) return gw(a.network) - gw(b.network);
		return a.network.name < b.network.name ? -1 : a.network.name > b.network.name ? 1 : 0;
	});
	return sorted.find((a) => !a.network.internal && a.endpoint.gateway);
}

/** Every socket listening in the container's namespace (its own and those of containers sharing it). */
export function sandboxListeners(host: Host, container: Container): Listener[] {
	const owner = sandboxOwner(host, container);
	if (owner.status !== 'running') return [];
	const out = [...owner.listeners];
	for (const c of host.containers.values()) {
		if (c.id !== owner.id && c.status === 'running' && sandboxOwner(host, c).id === owner.id) out.push(...c.listeners);
	}
	return out;
}

/** True when the container runs in the host's namespace. */
export function isHostMode(host: Host, container: Container): boolean {
	return sandboxOwner(host, container).networkMode === 'host';
}

export function isNoneMode(host: Host, container: Container): boolean {
	return sandboxOwner(host, container).networkMode === 'none';
}

/** Whether the container uses Docker's embedded DNS server (it sits on a user-defined network). */
export function usesEmbeddedDns(host: Host, container: Container): boolean {
	const owner = sandboxOwner(host, container);
	return Object.values(owner.networks).some((s) => {
		const n = host.networks[s.networkId];
		return n !== undefined && !n.predefined;
	});
}

/** The container's /etc/hosts, as the daemon writes it (tab separated). */
export function hostsFile(host: Host, container: Container): string {
	const owner = sandboxOwner(host, container);
	if (owner.networkMode === 'host') return hostHostsFile(host);
	const lines = [
		'127.0.0.1\tlocalhost',
		'::1\tlocalhost ip6-localhost ip6-loopback',
		...(profileOf(host).hostsZeroSuffix ? ['fe00::0\tip6-localnet', 'ff00::0\tip6-mcastprefix'] : ['fe00::\tip6-localnet', 'ff00::\tip6-mcastprefix']),
		'ff02::1\tip6-allnodes',
		'ff02::2\tip6-allrouters',
	];
	for (const extra of owner.extraHosts) {
		const at = extra.indexOf(':');
		const eq = extra.indexOf('=');
		const cut = eq !== -1 ? eq : at;
		// `host-gateway` is the default bridge's gateway (the daemon's --host-gateway-ip default).
		const ip = extra.slice(cut + 1) === 'host-gateway' ? defaultBridgeGateway(host) : extra.slice(cut + 1);
		if (cut > 0) lines.push(`${ip}\t${extra.slice(0, cut)}`);
	}
	for (const s of Object.values(owner.networks)) {
		for (const link of s.links) {
			const [name, alias] = link.split(':');
			const linked = host.containers.values().find((c) => c.name === name || c.id === name);
			const ip = linked && Object.values(linked.networks)[0]?.endpoint?.ip;
			if (linked && ip) lines.push(`${ip}\t${[alias ?? name, linked.hostname, linked.name].filter((v, i, a) => a.indexOf(v) === i).join(' ')}`);
		}
	}
	const first = attachments(host, owner)[0];
	if (first) lines.push(`${first.endpoint.ip}\t${owner.hostname}`);
	return `${lines.join('\n')}\n`;
}

function defaultBridgeGateway(host: Host): string {
	return Object.values(host.networks).find((n) => n.predefined && n.name === 'bridge')?.ipamConfig?.[0]?.gateway ?? '172.17.0.1';
}

export function hostHostsFile(host: Host): string {
	return `127.0.0.1\tlocalhost\n127.0.1.1\t${host.name}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n`;
}

/** The host's own resolver configuration (a LAN router as nameserver). */
export const HOST_RESOLV_CONF = 'nameserver 192.168.0.1\n';

export function resolvConf(host: Host, container: Container): string {
	const owner = sandboxOwner(host, container);
	if (owner.networkMode === 'host') return HOST_RESOLV_CONF;
	// --dns, --dns-search and --dns-option replace the host's lines (recorded in 60-run-flags).
	const config = owner.hostConfig;
	const overrides = dnsOverrides(config);
	const servers = config?.dns && config.dns.length > 0 ? [...config.dns] : ['192.168.0.1'];
	const internal = usesEmbeddedDns(host, owner);
	const options = [...(config?.dnsOptions ?? [])];
	const ndotsGiven = options.some((o) => o.startsWith('ndots:'));
	if (internal && !ndotsGiven) options.push('ndots:0');
	const body = [
		...(internal ? ['nameserver 127.0.0.11'] : servers.map((s) => `nameserver ${s}`)),
		...(config?.dnsSearch && config.dnsSearch.length > 0 ? [`search ${config.dnsSearch.join(' ')}`] : []),
		...(options.length > 0 ? [`options ${options.join(' ')}`] : []),
	];
	return [
		'# Generated by Docker Engine.',
		'# This file can be edited; Docker Engine will not make further changes once it',
		'# has been modified.',
		'',
		...body,
		'',
		`# Based on host file: '/etc/resolv.conf' (${internal ? 'internal resolver' : 'legacy'})`,
		...(internal ? [`# ExtServers: [${servers.map((s) => (profileOf(host).extServersHostMark && !(config?.dns && config.dns.length > 0) ? `host(${s})` : s)).join(' ')}]`] : []),
		`# Overrides: [${overrides.join(' ')}]`,
		...(ndotsGiven ? ['# Option ndots from: override'] : internal ? ['# Option ndots from: internal'] : []),
		'',
	].join('\n');
}

/**
 * Whether Docker reports ports for the container at all (NetworkSettings.Ports): only a running
 * container with a namespace of its own and an endpoint that has a way out (not host or
 * container: mode, not only internal networks) gets even its exposed ports listed.
 */
export function reportsPorts(host: Host, container: Container): boolean {
	if (container.status !== 'running' || container.networkMode === 'host' || container.networkMode.startsWith('container:')) return false;
	return gatewayAttachment(host, container) !== undefined;
}
