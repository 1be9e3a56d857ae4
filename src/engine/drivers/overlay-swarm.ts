// The overlay driver's view of the swarm: the cluster stores each overlay once; the simulation
// keeps a copy (same id, same IPAM config) in every node's `networks` so that any node can
// attach a container to it. Addresses are allocated swarm-wide (the manager's allocator), and a
// frame for an address held on another node is VXLAN-encapsulated to that node's advertise
// address (UDP 4789, VNI from the network's vxlanid_list). The cluster-wide queries the rest of
// the engine asks (which nodes hold a network, a sandbox's way out) are in overlay-cluster.ts.
import type {Draft} from 'immer';
import type {Container, Host, Network, World} from '../types.js';
import {takenAddresses} from './bridge.js';

export const VXLAN_PORT = 4789;

/** Every node of the swarm `host` belongs to (itself included), in world order. */
export function swarmPeersOf(world: World | Draft<World>, host: Host | Draft<Host>): (Host | Draft<Host>)[] {
	const cluster = host.swarm?.clusterId;
	if (!cluster) return [host];
	return world.hostOrder.map((n) => world.hosts[n]).filter((h) => h.swarm?.clusterId === cluster);
}

/** Copies a swarm network made on one node into every other node of the swarm (the cluster's store). */
export function replicateToSwarm(world: Draft<World>, host: Draft<Host>, network: Network): void {
	for (const peer of swarmPeersOf(world, host)) {
		if (peer.name === host.name || peer.networks[network.id]) continue;
		(peer as Draft<Host>).networks[network.id] = structuredClone({...network, extraEndpoints: {}}) as Draft<Network>;
	}
}

/** Addresses taken on an overlay anywhere in the swarm (gateway, endpoints, load balancers, reservations). */
export function swarmTakenAddresses(world: World | Draft<World>, host: Host | Draft<Host>, network: Network | Draft<Network>, except?: string): Set<string> {
	const taken = new Set<string>();
	for (const peer of swarmPeersOf(world, host)) {
		const local = peer.name === host.name ? network : peer.networks[network.id];
		if (!local) continue;
		for (const ip of takenAddresses(peer, local)) taken.add(ip);
		for (const c of peer.containers.values()) {
			const wanted = c.id !== except ? c.networks[network.id]?.ipv4Address : undefined;
			if (wanted) taken.add(wanted);
		}
	}
	return taken;
}

/** Nodes of the same swarm that hold the swarm network (by id), `host` first. */
export function swarmNodesHolding(world: World, host: Host, network: Network): Host[] {
	const others = (swarmPeersOf(world, host) as Host[]).filter((h) => h.name !== host.name && h.networks[network.id]);
	return [host, ...others];
}

/** The container holding an overlay address on another node of the swarm. */
export function remoteOverlayEndpoint(world: World, host: Host, network: Network, ip: string): {host: Host; container: Container} | undefined {
	if (network.scope !== 'swarm') return undefined;
	for (const peer of swarmNodesHolding(world, host, network)) {
		if (peer.name === host.name) continue;
		for (const c of peer.containers.values()) {
			if (c.status === 'running' && c.networks[network.id]?.endpoint?.ip === ip) return {host: peer, container: c};
		}
	}
	return undefined;
}

/** The network's VXLAN id (VNI). */
export function vniOf(network: Network): string {
	return (network.options['com.docker.network.driver.overlay.vxlanid_list'] ?? '').split(',')[0];
}
