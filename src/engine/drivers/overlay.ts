// The overlay driver (swarm scope): needs `docker swarm init`; subnets come from 10.0.0.0/8 in
// /24 steps; only `--attachable` overlays take standalone containers. Addresses are allocated
// swarm-wide, and the network is known on every node of the swarm (see overlay-cluster.ts).
import {current, isDraft, type Draft} from 'immer';
import type {Container, Host, Network} from '../types.js';
import type {DriverCapabilities, NetworkDriver} from './driver.js';
import {EngineError} from '../errors.js';
import {allocateSwarmSubnet, firstHost, isNetworkOrBroadcast, lowestFree, subnetContains} from '../ipam.js';
import {checkUserSubnets, subnetsInUse, vethEndpoint} from './bridge.js';
import {macFromIp, prefixOf} from '../ip.js';
import {drawHex} from '../world.js';
import {remoteOverlayEndpoint, replicateToSwarm, swarmPeersOf, swarmTakenAddresses, vniOf, VXLAN_PORT} from './overlay-swarm.js';
import {localForward, mapPorts, noPorts, nothing} from './common.js';
import {editContainer, tableOf} from '../container-edit.js';

export const NOT_A_SWARM_MANAGER =
	'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

const OVERLAY_CAPABILITIES: DriverCapabilities = {scope: 'swarm', sandbox: 'endpoint', bridgeDevice: false, hostRoute: false, dataPath: 'vxlan', mtu: 1450};

export const overlayDriver: NetworkDriver = {
	name: 'overlay',
	capabilities: () => OVERLAY_CAPABILITIES,
	checkCreate(host) {
		// daemon/network.go createNetwork, v26: before the IPAM request is even looked at.
		if (host.swarm?.role !== 'manager') throw new EngineError(NOT_A_SWARM_MANAGER, 'forbidden');
	},
	createNetwork(world, host, network, request) {
		if (!host.swarm) throw new EngineError(NOT_A_SWARM_MANAGER, 'unavailable');
		network.scope = 'swarm';
		if (request.subnets.length > 0) {
			network.ipamConfig = checkUserSubnets(host, request).map((c) => ({subnet: c.subnet, gateway: c.gateway ?? firstHost(c.subnet)}));
			network.userSubnet = true;
		} else {
			const choice = allocateSwarmSubnet(host.swarm.poolIndex, subnetsInUse(host));
			host.swarm.poolIndex = choice.nextIndex;
			network.ipamConfig = [{subnet: choice.subnet, gateway: firstHost(choice.subnet)}];
		}
		network.options = {'com.docker.network.driver.overlay.vxlanid_list': String(host.swarm.vxlanNext), ...request.options};
		host.swarm.vxlanNext += 1;
		// Swarm networks are stored by the cluster: no IPAM options unless given.
		network.ipamOptions = null;
		// The cluster's allocator is shared: every node of the swarm knows the network from now on.
		const plain = (isDraft(network) ? current(network) : network) as Network;
		replicateToSwarm(world, host, plain);
		for (const peer of Object.values(world.hosts)) {
			if (peer.swarm && peer.swarm.clusterId === host.swarm.clusterId) {
				peer.swarm.poolIndex = host.swarm.poolIndex;
				peer.swarm.vxlanNext = host.swarm.vxlanNext;
			}
		}
	},
	deleteNetwork(world, host, network) {
		// A swarm network lives once in the cluster's store; the copies other nodes hold of it go
		// with it, or a network re-created under the same name (now --attachable) would still find
		// the old one there. A node whose containers still use it keeps its local instance.
		for (const peer of swarmPeersOf(world, host)) {
			if (peer.name === host.name || !peer.networks[network.id]) continue;
			const table = tableOf(peer);
			if (table.values().some((c) => c.networks[network.id]?.endpoint)) continue;
			delete peer.networks[network.id];
			for (const c of table.values()) {
				if (c.networks[network.id]) editContainer(peer as Draft<Host>, c.id, (d) => void delete d.networks[network.id]);
			}
		}
	},
	checkEndpointConfig: nothing,
	checkAttach(network) {
		// Recorded (22-swarm-overlay): only --attachable overlays take standalone containers.
		if (!network.attachable) {
			throw new EngineError(`Could not attach to network ${network.name}: rpc error: code = PermissionDenied desc = network ${network.name} not manually attachable`, 'forbidden');
		}
	},
	// Everything a join does on a node (the address, the node's load balancer, the way out on
	// docker_gwbridge, the veth) happens here, in the order the ids are drawn.
	createEndpoint(world, host, network, container, request) {
		const config = network.ipamConfig?.[0];
		if (!config) return undefined;
		const taken = swarmTakenAddresses(world, host, network, container.id);
		let ip: string | undefined;
		if (request.ipv4Address) {
			ip = request.ipv4Address;
			if (!subnetContains(config.subnet, ip) || isNetworkOrBroadcast(config.subnet, ip)) {
				throw new EngineError(`no configured subnet or ip-range contain the IP address ${ip}`, 'invalid');
			}
			// The container's own earlier attachment address is not a conflict.
			const mine = container.networks[network.id]?.endpoint?.ip;
			if (taken.has(ip) && mine !== ip) throw new EngineError('Address already in use', 'conflict');
		} else {
			ip = lowestFree(config.subnet, taken, config.ipRange);
			if (!ip) throw new EngineError(`no available IPv4 addresses on this network's address pools: ${network.name} (${network.id})`, 'unavailable');
		}
		// A network attachment is allocated by the manager and kept as the endpoint's IPAM config
		// (recorded: `"IPAMConfig":{"IPv4Address":"10.0.1.2"}` without --ip). `container` is the
		// draft of the container being joined (see the driver interface).
		const settings = (container as Draft<Container>).networks[network.id];
		if (settings) settings.ipv4Address = ip;
		// The first local container instantiates the network on this node, which adds the node's
		// load-balancer endpoint with the next free address.
		const local = host.networks[network.id];
		if (local && !local.extraEndpoints?.[`lb-${network.name}`]) {
			const lbIp = lowestFree(config.subnet, new Set([...taken, ip]), config.ipRange);
			if (lbIp) {
				local.extraEndpoints = {
					...(local.extraEndpoints ?? {}),
					[`lb-${network.name}`]: {name: `${network.name}-endpoint`, endpointId: drawHex(world), mac: macFromIp(lbIp), ip: lbIp, prefixLen: prefixOf(config.subnet)},
				} as Draft<Network>['extraEndpoints'];
			}
		}
		// The sandbox's way out: an endpoint on docker_gwbridge named `gateway_<12 hex>`, keyed by the
		// container id (recorded: nd-a 172.18.0.3, nd-b 172.18.0.4 after ingress-sbox's .2). Endpoints
		// of containers that are no longer running are dropped first.
		const gwb = Object.values(host.networks).find((n) => n.name === 'docker_gwbridge' && n.driver === 'bridge');
		const gwConfig = gwb?.ipamConfig?.[0];
		// Only a sandbox without another way out needs it (libnetwork's needDefaultGW).
		const hasGateway = Object.values(container.networks).some((st) => {
			const n = host.networks[st.networkId];
			return st.endpoint?.gateway && n && !n.internal;
		});
		if (gwb && gwConfig && !hasGateway) {
			const kept = Object.fromEntries(Object.entries(gwb.extraEndpoints ?? {}).filter(([key]) => !/^[0-9a-f]{64}$/.test(key) || host.containers.get(key)?.status === 'running'));
			gwb.extraEndpoints = kept;
			if (!kept[container.id]) {
				const gwTaken = new Set<string>([gwConfig.gateway ?? '', ...Object.values(kept).map((e) => e.ip)]);
				for (const c of host.containers.values()) {
					const ep = c.networks[gwb.id]?.endpoint;
					if (ep) gwTaken.add(ep.ip);
				}
				const gwIp = lowestFree(gwConfig.subnet, gwTaken);
				if (gwIp) kept[container.id] = {name: `gateway_${drawHex(world, 12)}`, endpointId: drawHex(world), mac: macFromIp(gwIp), ip: gwIp, prefixLen: prefixOf(gwConfig.subnet)};
			}
		}
		// The container's default route goes through docker_gwbridge, not the overlay.
		return vethEndpoint(world, host, container, ip, prefixOf(config.subnet), '');
	},
	// The gwbridge endpoint goes with the sandbox (see markExited), the address with the endpoint.
	deleteEndpoint: nothing,
	programExternalConnectivity: mapPorts,
	revokeExternalConnectivity: noPorts,
	// The overlay's own rules live in its namespace; the way out is docker_gwbridge's (a bridge).
	firewallRules: () => [],
	forward(world, host, network, ip) {
		const local = localForward(host, network, ip);
		if (local.kind !== 'none') return local;
		// The overlay's bridge knows the other nodes' endpoints (networkdb): VXLAN to their node.
		const remote = remoteOverlayEndpoint(world, host, network, ip);
		if (!remote) return local;
		return {kind: 'tunnel', host: remote.host, container: remote.container, to: remote.host.swarm?.advertiseAddr ?? remote.host.lanIp, from: host.swarm?.advertiseAddr ?? host.lanIp, port: VXLAN_PORT, vni: vniOf(network)};
	},
};
