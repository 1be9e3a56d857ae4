// Lookup tables derived from one host's state. State is immutable, so a table built for a host
// object stays valid for as long as that object lives: probing every pair of 1000 containers
// then costs lookups, not scans.
import type {Container, Host, Listener, Network} from './types.js';
import {cidrContains, cidrOf, ipToInt, isIPv4, type Cidr} from './ip.js';
import {sandboxOwner} from './sandbox.js';
import {capabilitiesOf} from './drivers/index.js';
import {endpointIndex} from './endpoint-index.js';

export interface HostIndex {
	/** network id → address → the running container holding it. */
	readonly endpoints: Map<string, Map<string, Container>>;
	/** sandbox owner id → running containers sharing its namespace (itself included). */
	readonly sandboxMembers: Map<string, Container[]>;
	/** The host's own addresses: LAN address and each bridge's gateway. */
	readonly hostAddresses: Set<string>;
	/** Subnets of the networks the host itself switches or tunnels (bridges, overlays). */
	readonly subnets: {network: Network; cidr: Cidr}[];
	/** Which of those networks' subnet holds an address, remembered per address asked. */
	readonly owners: Map<string, Network | null>;
}

const cache = new WeakMap<Host, HostIndex>();

export function hostIndex(host: Host): HostIndex {
	const hit = cache.get(host);
	if (hit) return hit;
	const endpoints = endpointIndex(host);
	const sandboxMembers = new Map<string, Container[]>();
	for (const c of host.containers.values()) {
		if (c.status !== 'running') continue;
		const owner = sandboxOwner(host, c);
		const list = sandboxMembers.get(owner.id);
		if (list) list.push(c);
		else sandboxMembers.set(owner.id, [c]);
	}
	const hostAddresses = new Set<string>([host.lanIp, ...(host.secondaryLanIps ?? []), '127.0.1.1']);
	const subnets: {network: Network; cidr: Cidr}[] = [];
	for (const n of Object.values(host.networks)) {
		for (const cfg of n.ipamConfig ?? []) {
			const can = capabilitiesOf(n);
			// The host holds a bridge's gateway address (on the bridge device).
			if (can.bridgeDevice && cfg.gateway) hostAddresses.add(cfg.gateway);
			// A macvlan/ipvlan subnet is not behind anything of the host's: it sits on the LAN past the
			// parent, and the kernel passes no frame from a parent to its own children. To the host
			// (and to its bridges' containers) such an address is just one more out eth0.
			if (can.sandbox === 'endpoint' && can.dataPath !== 'parent') subnets.push({network: n, cidr: cidrOf(cfg.subnet)});
		}
	}
	const index = {endpoints, sandboxMembers, hostAddresses, subnets, owners: new Map<string, Network | null>()};
	cache.set(host, index);
	return index;
}

/** Every socket listening in the namespace owned by `owner` (its own and those of containers sharing it). */
export function namespaceListeners(host: Host, owner: Container): Listener[] {
	const members = hostIndex(host).sandboxMembers.get(owner.id) ?? [];
	if (members.length === 1) return members[0].listeners;
	return members.flatMap((c) => c.listeners);
}

export function networkOwningIp(host: Host, ip: string): Network | undefined {
	const index = hostIndex(host);
	const known = index.owners.get(ip);
	if (known !== undefined) return known ?? undefined;
	if (!isIPv4(ip)) return undefined;
	const n = ipToInt(ip);
	const owner = index.subnets.find((s) => cidrContains(s.cidr, n))?.network ?? null;
	index.owners.set(ip, owner);
	return owner ?? undefined;
}
