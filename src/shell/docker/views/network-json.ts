// The object `docker network inspect` prints: daemon 26.1 (API 1.45) types.NetworkResource, fields
// in the daemon's struct order (recorded samples in test/fidelity/recorded/ win). A swarm network
// that has no local instance on this node is shown as the cluster stores it
// (convert.BasicNetworkFromGRPC): no Containers, no Peers.
import {capabilitiesOf, getHost, isClusterOnly, profileOf, swarmNodes, type Network, type World} from '../../../engine/index.js';
import {digest64} from '../../../engine/hash.js';
import {rfc3339Nano} from './container-json.js';

interface EndpointResource {
	Name: string;
	EndpointID: string;
	MacAddress: string;
	IPv4Address: string;
	IPv6Address: string;
}

/** `Containers`: every live endpoint on the network, keyed by container id (Go sorts map keys). */
function containersOf(world: World, hostName: string, network: Network): Record<string, EndpointResource> {
	const host = getHost(world, hostName);
	const entries: [string, EndpointResource][] = [];
	for (const c of host.containers.values()) {
		const settings = c.networks[network.id];
		if (!settings || c.status !== 'running') continue;
		const ep = settings.endpoint;
		if (ep) {
			entries.push([c.id, {Name: c.name, EndpointID: ep.id, MacAddress: ep.mac, IPv4Address: `${ep.ip}/${ep.prefixLen}`, IPv6Address: ''}]);
		} else if (capabilitiesOf(network).sandbox !== 'endpoint') {
			// host and none: an endpoint with no address (same id as `docker inspect` shows).
			const endpointId = digest64(`endpoint:${c.id}:${network.id}:${c.startedAt}`);
			entries.push([c.id, {Name: c.name, EndpointID: endpointId, MacAddress: '', IPv4Address: '', IPv6Address: ''}]);
		}
	}
	for (const [key, ep] of Object.entries(network.extraEndpoints ?? {})) {
		entries.push([key, {Name: ep.name, EndpointID: ep.endpointId, MacAddress: ep.mac, IPv4Address: `${ep.ip}/${ep.prefixLen}`, IPv6Address: ''}]);
	}
	entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return Object.fromEntries(entries);
}

function ipamConfig(network: Network): object[] | null {
	if (!network.ipamConfig) return null;
	return network.ipamConfig.map((c) => ({
		Subnet: c.subnet,
		...(c.ipRange ? {IPRange: c.ipRange} : {}),
		...(c.gateway ? {Gateway: c.gateway} : {}),
	}));
}

/** Go encodes map[string]string with sorted keys. */
function sortedMap(map: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(map).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Overlay peers: every node of the swarm with a local instance of the network. */
function peersOf(world: World, hostName: string, network: Network): {Name: string; IP: string}[] | undefined {
	const host = getHost(world, hostName);
	if (capabilitiesOf(network).scope !== 'swarm' || !host.swarm) return undefined;
	const peers = swarmNodes(world, host.swarm.clusterId)
		.filter((h) => h.networks[network.id] && (h.name === host.name || !isClusterOnly(h, h.networks[network.id])))
		.map((h) => ({Name: h.swarm!.peerName, IP: h.swarm!.advertiseAddr}));
	return peers.length > 0 ? peers : undefined;
}

/** API 1.48+ (daemon 28): `EnableIPv4` before EnableIPv6; always true until IPv6-only networks exist. */
function ipv4Field(world: World): {EnableIPv4?: boolean} {
	return profileOf(world).inspectEnableIPv4 ? {EnableIPv4: true} : {};
}

export function networkJson(world: World, hostName: string, network: Network): object {
	const host = getHost(world, hostName);
	const created = rfc3339Nano(network.created, `network:${network.id}`);
	if (isClusterOnly(host, network)) {
		const labels = Object.keys(network.labels).length > 0 ? sortedMap(network.labels) : null;
		return {
			Name: network.name,
			Id: network.id,
			Created: created,
			Scope: 'swarm',
			Driver: network.driver,
			...ipv4Field(world),
			EnableIPv6: network.enableIPv6,
			IPAM: {Driver: network.ipamDriver, Options: network.ipamOptions, Config: ipamConfig(network) ?? []},
			Internal: network.internal,
			Attachable: network.attachable,
			Ingress: network.ingress,
			ConfigFrom: {Network: ''},
			ConfigOnly: false,
			Containers: null,
			Options: sortedMap(network.options),
			Labels: labels,
		};
	}
	const peers = peersOf(world, hostName, network);
	return {
		Name: network.name,
		Id: network.id,
		Created: created,
		Scope: network.scope,
		Driver: network.driver,
		...ipv4Field(world),
		EnableIPv6: network.enableIPv6,
		IPAM: {Driver: network.ipamDriver, Options: network.ipamOptions === null ? null : sortedMap(network.ipamOptions), Config: ipamConfig(network)},
		Internal: network.internal,
		Attachable: network.attachable,
		Ingress: network.ingress,
		ConfigFrom: {Network: ''},
		ConfigOnly: false,
		Containers: containersOf(world, hostName, network),
		Options: sortedMap(network.options),
		Labels: sortedMap(network.labels),
		...(peers ? {Peers: peers} : {}),
	};
}
