// The bridge driver: a Linux bridge per network (docker0 or br-<id12>), a veth pair per endpoint,
// addresses from IPAM (gateway .1, then the lowest free one), the MAC as the profile says (derived
// from the IP up to v27, random from v28).
import type {Draft} from 'immer';
import type {Container, Endpoint, Host, IpamConfig, Network, World} from '../types.js';
import type {CreateRequest, DriverCapabilities, DriverRule, JoinRequest, NetworkDriver} from './driver.js';
import {localForward, mapPorts, noPorts, nothing} from './common.js';
import {localPools} from '../daemon-pools.js';
import {allocatePredefined, canonicalSubnet, firstHost, isNetworkOrBroadcast, lowestFreeAround, subnetContains, subnetsOverlap} from '../ipam.js';
import {EngineError} from '../errors.js';
import {ipToInt, isIPv4, macFromIp, parseCidr, prefixOf} from '../ip.js';
import {drawHex} from '../world.js';
import {tableOf} from '../container-edit.js';
import {profileOf, type EngineProfile} from '../profile/index.js';
import {DOCKER_26} from '../profile/profiles.js';

/** Every IPv4 subnet in use on the host, by any network (bridge or overlay). */
export function subnetsInUse(host: Host | Draft<Host>): string[] {
	return Object.values(host.networks).flatMap((n) => (n.ipamConfig ?? []).map((c) => c.subnet));
}

/** Addresses the network itself holds: its gateways and the daemon's own endpoints (ingress-sbox). */
function networkAddresses(network: Network | Draft<Network>): Set<string> {
	const taken = new Set<string>();
	for (const c of network.ipamConfig ?? []) if (c.gateway) taken.add(c.gateway);
	for (const ep of Object.values(network.extraEndpoints ?? {})) taken.add(ep.ip);
	return taken;
}

/** Addresses already taken in a network: its gateway and every live endpoint (a full list, for swarm's allocators). */
export function takenAddresses(host: Host | Draft<Host>, network: Network | Draft<Network>): Set<string> {
	const taken = networkAddresses(network);
	for (const container of tableOf(host).values()) {
		const ep = container.networks[network.id]?.endpoint;
		if (ep) taken.add(ep.ip);
	}
	return taken;
}

/** Validates and canonicalises user-given subnets (daemon 26.1 texts). */
export function checkUserSubnets(host: Draft<Host>, request: CreateRequest, profile: EngineProfile = DOCKER_26): {subnet: string; gateway?: string; ipRange?: string}[] {
	const out: {subnet: string; gateway?: string; ipRange?: string}[] = [];
	request.subnets.forEach((subnet, i) => {
		const parsed = parseCidr(subnet);
		if (!parsed) throw new EngineError(`invalid CIDR address: ${subnet}`, 'invalid', false);
		const canonical = canonicalSubnet(subnet);
		if (canonical !== subnet) {
			throw new EngineError(`invalid network config:\ninvalid subnet ${subnet}: it should be ${canonical}`, 'invalid');
		}
		for (const other of out) {
			if (subnetsOverlap(other.subnet, canonical)) throw new EngineError('multiple overlapping subnet configuration is not supported', 'invalid', false);
		}
		const gateway = request.gateways[i];
		if (gateway) {
			if (!isIPv4(gateway)) throw new EngineError(`invalid gateway address ${gateway}`, 'invalid', false);
			if (!subnetContains(canonical, gateway)) throw new EngineError(`no matching subnet for gateway ${gateway}`, 'invalid', false);
		}
		const ipRange = request.ipRanges[i];
		if (ipRange) {
			if (!parseCidr(ipRange)) throw new EngineError(`invalid CIDR address: ${ipRange}`, 'invalid', false);
			if (!subnetContains(canonical, ipRange.split('/')[0])) throw new EngineError(`no matching subnet for range ${ipRange}`, 'invalid', false);
		}
		out.push({subnet: canonical, ...(gateway ? {gateway} : {}), ...(ipRange ? {ipRange: canonicalSubnet(ipRange)} : {})});
	});
	if (request.gateways.filter(Boolean).length > request.subnets.length) {
		throw new EngineError(`no matching subnet for gateway ${request.gateways[request.subnets.length]}`, 'invalid', false);
	}
	for (const c of out) {
		if (subnetsInUse(host).some((used) => subnetsOverlap(used, c.subnet))) {
			throw new EngineError(profile.poolOverlap, 'forbidden');
		}
	}
	return out;
}

/** v28's bridge MACs: random, with the locally-administered bit set and the multicast bit clear (netutils.GenerateRandomMAC). */
function randomMac(world: Draft<World>): string {
	const bytes = drawHex(world, 12).match(/../g)!;
	bytes[0] = ((parseInt(bytes[0], 16) & 0xfe) | 0x02).toString(16).padStart(2, '0');
	return bytes.join(':');
}

/**
 * A veth pair for a container's next interface (eth0, eth1, ...): the container end takes the
 * next free interface index and the host end the one after, as the kernel numbers them.
 */
export function vethEndpoint(world: Draft<World>, host: Draft<Host>, container: Container, ip: string, prefixLen: number, gateway: string, mac: 'from-ip' | 'random' = 'from-ip'): Endpoint {
	const ifname = `eth${Object.values(container.networks).filter((s) => s.endpoint).length}`;
	const peerIndex = host.ifindexNext;
	host.ifindexNext += 2;
	return {
		id: drawHex(world),
		ip,
		prefixLen,
		gateway,
		mac: mac === 'random' ? randomMac(world) : macFromIp(ip),
		vethName: `veth${drawHex(world, 7)}`,
		vethIndex: peerIndex + 1,
		peerIndex,
		ifname,
	};
}

/**
 * The network's address pools from IPAM (daemon 26.1's default IPAM driver): the user's subnets,
 * checked, or the next free predefined pool (never the host's LAN); the gateway is the first host
 * address unless given. Every local driver with addresses takes its pools this way.
 */
export function assignPools(world: Draft<World>, host: Draft<Host>, network: Draft<Network>, request: CreateRequest): void {
	const profile = profileOf(world);
	if (request.subnets.length > 0) {
		network.ipamConfig = checkUserSubnets(host, request, profile).map((c) => ({
			subnet: c.subnet,
			...(c.ipRange ? {ipRange: c.ipRange} : {}),
			gateway: c.gateway ?? firstHost(c.subnet),
		}));
		network.userSubnet = true;
	} else {
		// v27+ asks for the lowest free pool every time; ≤v26 goes on from where it stopped.
		const start = profile.ipamPolicy === 'lowest-free' ? 0 : host.poolIndex;
		// daemon.json's default-address-pools replace the predefined ones (daemon.ts).
		const choice = allocatePredefined(start, subnetsInUse(host).concat(`${host.lanIp}/24`), localPools(host as Host));
		if (!choice) throw new EngineError(profile.poolsExhausted, 'unavailable');
		host.poolIndex = choice.nextIndex;
		network.ipamConfig = [{subnet: choice.subnet, gateway: firstHost(choice.subnet)}];
	}
}

/** The address IPAM gives a container joining a local network: its --ip, checked, or the lowest free one. */
export function endpointAddress(host: Draft<Host>, network: Network, container: Container, request: JoinRequest): {ip: string; config: IpamConfig} | undefined {
	const config = network.ipamConfig?.[0];
	if (!config) return undefined;
	// The table's index of live addresses: a join costs O(log n), not a look at every container.
	const table = tableOf(host);
	const live = table.liveAddresses(network.id);
	const own = networkAddresses(network);
	let ip: string | undefined;
	if (request.ipv4Address) {
		ip = request.ipv4Address;
		if (!subnetContains(config.subnet, ip) || isNetworkOrBroadcast(config.subnet, ip)) {
			throw new EngineError(`no configured subnet or ip-range contain the IP address ${ip}`, 'invalid');
		}
		if (own.has(ip) || (isIPv4(ip) && live.has(ipToInt(ip)))) throw new EngineError('Address already in use', 'conflict');
	} else {
		// A user-chosen (--ip) address held by a stopped container stays reserved for it.
		const reserved = table
			.askedAddresses(network.id)
			.filter(([id]) => id !== container.id)
			.map(([, address]) => address);
		ip = lowestFreeAround(config.subnet, live, new Set([...own, ...reserved]), config.ipRange);
		if (!ip) throw new EngineError(`no available IPv4 addresses on this network's address pools: ${network.name} (${network.id})`, 'unavailable');
	}
	return {ip, config};
}

/** The rules libnetwork's bridge driver inserts for one network (daemon 26.1, iptables layout ≤v27). */
function bridgeRules(network: Network): DriverRule[] {
	const br = network.device;
	if (!br) return [];
	const subnet = network.ipamConfig?.[0]?.subnet;
	const icc = network.options['com.docker.network.bridge.enable_icc'] !== 'false';
	const iccRule: DriverRule = {table: 'filter', chain: 'FORWARD', inIface: br, outIface: br, target: icc ? 'ACCEPT' : 'DROP', note: icc ? 'icc' : 'icc-off'};
	if (network.internal) {
		// An internal network is fenced by two DROPs alone (recorded on daemon 26.1): no NAT, no DOCKER jump.
		const fence: DriverRule[] = subnet
			? [
					{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-1', notSource: true, source: subnet, outIface: br, target: 'DROP', note: 'internal'},
					{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-1', notDestination: true, destination: subnet, inIface: br, target: 'DROP', note: 'internal'},
				]
			: [];
		return [iccRule, ...fence];
	}
	const rules: DriverRule[] = [
		{table: 'filter', chain: 'FORWARD', outIface: br, ctstate: 'RELATED,ESTABLISHED', target: 'ACCEPT', note: 'established'},
		{table: 'filter', chain: 'FORWARD', outIface: br, target: 'DOCKER', note: 'to-docker'},
		{table: 'filter', chain: 'FORWARD', inIface: br, outIface: br, notOut: true, target: 'ACCEPT', note: 'outbound'},
		iccRule,
		{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-1', inIface: br, outIface: br, notOut: true, target: 'DOCKER-ISOLATION-STAGE-2', note: 'jump'},
		{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-2', outIface: br, target: 'DROP', note: 'isolation'},
	];
	if (network.options['com.docker.network.bridge.enable_ip_masquerade'] !== 'false') {
		if (subnet) rules.push({table: 'nat', chain: 'POSTROUTING', source: subnet, outIface: br, notOut: true, target: 'MASQUERADE', note: 'masquerade'});
		rules.push({table: 'nat', chain: 'DOCKER', inIface: br, target: 'RETURN', note: 'bridge-return'});
	}
	return rules;
}

/**
 * The same for daemon 28.5's layout (libnetwork/drivers/bridge/internal/iptabler at v28.5.2, and
 * its generated iptablesdoc): FORWARD jumps to DOCKER-FORWARD, which sends replies to DOCKER-CT,
 * everything to the isolation chains and DOCKER-BRIDGE, then accepts what leaves the bridge; the
 * DOCKER chain ends with a DROP per bridge, so only published ports get in from outside.
 */
function bridgeRules28(network: Network): DriverRule[] {
	const br = network.device;
	if (!br) return [];
	const subnet = network.ipamConfig?.[0]?.subnet;
	const icc = network.options['com.docker.network.bridge.enable_icc'] !== 'false';
	const append = 'append' as const;
	if (network.internal) {
		const fence: DriverRule[] = subnet
			? [
					{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-1', notSource: true, source: subnet, outIface: br, target: 'DROP', note: 'internal', placement: 'insert'},
					{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-1', notDestination: true, destination: subnet, inIface: br, target: 'DROP', note: 'internal', placement: 'insert'},
				]
			: [];
		return [{table: 'filter', chain: 'DOCKER-FORWARD', inIface: br, outIface: br, target: icc ? 'ACCEPT' : 'DROP', note: icc ? 'icc' : 'icc-off', placement: append}, ...fence];
	}
	const leaving: DriverRule[] = icc
		? [{table: 'filter', chain: 'DOCKER-FORWARD', inIface: br, target: 'ACCEPT', note: 'outbound', placement: append}]
		: [
				{table: 'filter', chain: 'DOCKER-FORWARD', inIface: br, outIface: br, target: 'DROP', note: 'icc-off', placement: append},
				{table: 'filter', chain: 'DOCKER-FORWARD', inIface: br, outIface: br, notOut: true, target: 'ACCEPT', note: 'outbound', placement: append},
			];
	const rules: DriverRule[] = [
		{table: 'filter', chain: 'DOCKER-CT', outIface: br, ctstate: 'RELATED,ESTABLISHED', target: 'ACCEPT', note: 'established', placement: append},
		{table: 'filter', chain: 'DOCKER-BRIDGE', outIface: br, target: 'DOCKER', note: 'to-docker', placement: append},
		...leaving,
		{table: 'filter', chain: 'DOCKER', inIface: br, notIn: true, outIface: br, target: 'DROP', note: 'unpublished', placement: append},
		{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-1', inIface: br, outIface: br, notOut: true, target: 'DOCKER-ISOLATION-STAGE-2', note: 'jump', placement: append},
		{table: 'filter', chain: 'DOCKER-ISOLATION-STAGE-2', outIface: br, target: 'DROP', note: 'isolation', placement: 'insert'},
	];
	if (network.options['com.docker.network.bridge.enable_ip_masquerade'] !== 'false') {
		if (subnet) rules.push({table: 'nat', chain: 'POSTROUTING', source: subnet, outIface: br, notOut: true, target: 'MASQUERADE', note: 'masquerade', placement: 'insert'});
		rules.push({table: 'nat', chain: 'DOCKER', inIface: br, target: 'RETURN', note: 'bridge-return', placement: 'insert'});
	}
	return rules;
}

const BRIDGE_CAPABILITIES: DriverCapabilities = {scope: 'local', sandbox: 'endpoint', bridgeDevice: true, hostRoute: true, dataPath: 'bridge', mtu: 1500};

export const bridgeDriver: NetworkDriver = {
	name: 'bridge',
	capabilities: () => BRIDGE_CAPABILITIES,
	createNetwork(world, host, network, request) {
		assignPools(world, host, network, request);
		network.device = request.options['com.docker.network.bridge.name'] ?? `br-${network.id.slice(0, 12)}`;
		network.ifindex = host.ifindexNext++;
	},
	// The bridge device is derived from the network, so it goes with it.
	deleteNetwork: nothing,
	checkEndpointConfig(network, config) {
		// The default bridge (daemon 26.1: only user-defined networks take these).
		if (!network.predefined) return;
		if (config.ipv4Address) throw new EngineError('user specified IP address is supported on user defined networks only', 'invalid');
		if (config.aliases && config.aliases.length > 0) throw new EngineError('network-scoped alias is supported only for containers in user defined networks', 'invalid');
	},
	checkAttach: nothing,
	createEndpoint(world, host, network, container, request) {
		const address = endpointAddress(host, network, container, request);
		if (!address) return undefined;
		return vethEndpoint(world, host, container, address.ip, prefixOf(address.config.subnet), network.internal ? '' : (address.config.gateway ?? ''), profileOf(world).bridgeMac);
	},
	// The veth pair and the address are the endpoint's, which lives on the container.
	deleteEndpoint: nothing,
	programExternalConnectivity: mapPorts,
	revokeExternalConnectivity: noPorts,
	firewallRules: (_host, network, layout) => (layout === 'docker28' ? bridgeRules28(network) : bridgeRules(network)),
	forward: (_world, host, network, ip) => localForward(host, network, ip),
};
