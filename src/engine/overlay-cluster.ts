// Swarm networks as the rest of the engine asks about them (the overlay driver's own state and
// allocation are in drivers/overlay-swarm.ts):
// - `docker network ls` on a worker shows an overlay only once a local container uses it (a local
//   instance exists), as docker's overlay docs say; managers list every cluster network
//   (see isClusterOnly in swarm-ops.ts);
// - each node that instantiates the network takes one more address for its load-balancer
//   endpoint (`lb-<name>`, shown as `<name>-endpoint`), right after its first container's
//   (recorded, 22-swarm-overlay: nd-a 10.0.1.2, ov-endpoint 10.0.1.3, nd-b 10.0.1.4);
// - the embedded DNS answers for every container on the overlay across the swarm;
// - a sandbox whose only ways out are overlays leaves through the node's docker_gwbridge.
import type {Container, Host, Network, World} from './types.js';
import {attachments} from './sandbox.js';
import {capabilitiesOf} from './drivers/index.js';
import {swarmNodesHolding} from './drivers/overlay-swarm.js';

export {VXLAN_PORT, remoteOverlayEndpoint, replicateToSwarm, swarmPeersOf, swarmTakenAddresses, vniOf} from './drivers/overlay-swarm.js';

/** Nodes of the same swarm that hold the network (by id), `host` first; a local network is on `host` alone. */
export function overlayNodes(world: World, host: Host, network: Network): Host[] {
	if (capabilitiesOf(network).scope !== 'swarm') return [host];
	return swarmNodesHolding(world, host, network);
}

/** docker_gwbridge of a node, if the node has one. */
export function gwBridgeOf(host: Host): Network | undefined {
	return Object.values(host.networks).find((n) => n.name === 'docker_gwbridge' && capabilitiesOf(n).bridgeDevice);
}

/**
 * A container whose only ways out are overlays leaves through the node's docker_gwbridge (its
 * eth1 there; the overlay endpoint has no gateway). Returns that bridge, or undefined.
 */
export function overlayWayOut(host: Host, container: Container): Network | undefined {
	const mine = attachments(host, container);
	if (!mine.some((a) => capabilitiesOf(a.network).dataPath === 'vxlan' && !a.network.internal)) return undefined;
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
