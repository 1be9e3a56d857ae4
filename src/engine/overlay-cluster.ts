// Overlay networks across the hosts of one swarm. The cluster stores each overlay once; the
// simulation keeps a copy (same id, same IPAM config) in every node's `networks` so that any
// node can attach a container to it, and derives the rest:
// - `docker network ls` on a worker shows an overlay only once a local container uses it (a local
//   instance exists), as docker's overlay docs say; managers list every cluster network
//   (see isClusterOnly in swarm-ops.ts);
// - addresses are allocated swarm-wide (the manager's allocator): no duplicates across nodes;
// - each node that instantiates the network takes one more address for its load-balancer
//   endpoint (`lb-<name>`, shown as `<name>-endpoint`), right after its first container's
//   (recorded, 22-swarm-overlay: nd-a 10.0.1.2, ov-endpoint 10.0.1.3, nd-b 10.0.1.4);
// - the embedded DNS answers for every container on the overlay across the swarm;
// - a packet to an overlay address held on another node is VXLAN-encapsulated to that node's
//   advertise address (UDP 4789, VNI from the network's vxlanid_list).
import type {Draft} from 'immer';
import type {Container, Host, Network, World} from './types.js';
import {takenAddresses} from './drivers/bridge.js';
import {attachments} from './sandbox.js';

export const VXLAN_PORT = 4789;

/** Every node of the swarm `host` belongs to (itself included), in world order. */
export function swarmPeersOf(world: World | Draft<World>, host: Host | Draft<Host>): (Host | Draft<Host>)[] {
	const cluster = host.swarm?.clusterId;
	if (!cluster) return [host];
	return world.hostOrder.map((n) => world.hosts[n]).filter((h) => h.swarm?.clusterId === cluster);
}

/** Nodes of the same swarm that hold the overlay network (by id), `host` first. */
export function overlayNodes(world: World, host: Host, network: Network): Host[] {
	if (network.driver !== 'overlay') return [host];
	const others = (swarmPeersOf(world, host) as Host[]).filter((h) => h.name !== host.name && h.networks[network.id]);
	return [host, ...others];
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

/** The container holding an overlay address on another node of the swarm. */
export function remoteOverlayEndpoint(world: World, host: Host, network: Network, ip: string): {host: Host; container: Container} | undefined {
	for (const peer of overlayNodes(world, host, network)) {
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

/** docker_gwbridge of a node, if the node has one. */
export function gwBridgeOf(host: Host): Network | undefined {
	return Object.values(host.networks).find((n) => n.name === 'docker_gwbridge' && n.driver === 'bridge');
}

/**
 * A container whose only ways out are overlays leaves through the node's docker_gwbridge (its
 * eth1 there; the overlay endpoint has no gateway). Returns that bridge, or undefined.
 */
export function overlayWayOut(host: Host, container: Container): Network | undefined {
	const mine = attachments(host, container);
	if (!mine.some((a) => a.network.driver === 'overlay' && !a.network.internal)) return undefined;
	if (mine.some((a) => !a.network.internal && a.endpoint.gateway)) return undefined;
	return gwBridgeOf(host);
}

/**
 * The eth1 an overlay-only container has on docker_gwbridge (its way out), as the container
 * sees it, or undefined when it has none.
 */
export function gwBridgeInterface(host: Host, container: Container): {network: Network; ip: string; prefixLen: number; mac: string; gateway: string} | undefined {
	const network = overlayWayOut(host, container);
	const ep = network?.extraEndpoints?.[container.id];
	if (!network || !ep) return undefined;
	return {network, ip: ep.ip, prefixLen: ep.prefixLen, mac: ep.mac, gateway: network.ipamConfig?.[0]?.gateway ?? ''};
}
