// `docker network create / rm / prune` as daemon 26.1 does them.
import {produce} from 'immer';
import {profileOf} from './profile/index.js';
import type {Network, World, Host} from './types.js';
import {capabilitiesOf, driverFor, driverOf, type CreateRequest} from './drivers/index.js';
import {EngineError} from './errors.js';
import {drawBase36, drawHex, getHost, newObjectId, requireNetwork} from './world.js';
import {canonicalSubnet, subnetContains, subnetsOverlap} from './ipam.js';
import {intToIp, isIPv4, parseCidr} from './ip.js';
import {editContainer, tableOf} from './container-edit.js';

export interface NetworkCreateOptions extends Partial<CreateRequest> {
	readonly name: string;
	readonly driver?: string;
}

const PREDEFINED = new Set(['bridge', 'host', 'none', 'default']);

/**
 * The daemon's own check of the IPAM request (api/types/network/ipam.go ValidateIPAM, v26):
 * every problem is listed under `invalid network config:`. The CLI has already paired
 * gateways and ranges with subnets; only IPv4 is simulated.
 */
export function validateIpam(subnets: readonly string[], gateways: readonly string[], ipRanges: readonly string[]): void {
	const errs: string[] = [];
	subnets.forEach((subnet, i) => {
		const parsed = parseCidr(subnet);
		if (!parsed) {
			errs.push(`invalid subnet ${subnet}: invalid CIDR block notation`);
			return;
		}
		const canonical = canonicalSubnet(subnet);
		const shown = `${intToIp(parsed.ip)}/${parsed.prefix}`;
		if (canonical !== shown) errs.push(`invalid subnet ${shown}: it should be ${canonical}`);
		const range = ipRanges[i];
		if (range) {
			const r = parseCidr(range);
			if (!r) {
				errs.push(`invalid ip-range ${range}: invalid CIDR block notation`);
			} else {
				const rShown = `${intToIp(r.ip)}/${r.prefix}`;
				if (r.prefix < parsed.prefix) errs.push(`invalid ip-range ${range}: CIDR block is bigger than its parent subnet ${shown}`);
				if (canonicalSubnet(range) !== rShown) errs.push(`invalid ip-range ${rShown}: it should be ${canonicalSubnet(range)}`);
				if (!subnetsOverlap(canonical, canonicalSubnet(range))) errs.push(`invalid ip-range ${range}: parent subnet ${shown} doesn't contain ip-range`);
			}
		}
		const gateway = gateways[i];
		if (gateway) {
			if (!isIPv4(gateway)) errs.push(`invalid gateway ${gateway}: invalid address`);
			else if (!subnetContains(canonical, gateway)) errs.push(`invalid gateway ${gateway}: parent subnet ${shown} doesn't contain this address`);
		}
	});
	if (errs.length > 0) throw new EngineError(`invalid network config:\n${errs.join('\n')}`, 'invalid');
}

export function createNetwork(world: World, hostName: string | undefined, opts: NetworkCreateOptions): {world: World; network: Network} {
	let created: Network | undefined;
	const host0 = getHost(world, hostName);
	const driverName = opts.driver ?? 'bridge';
	const request: CreateRequest = {
		name: opts.name,
		subnets: opts.subnets ?? [],
		gateways: opts.gateways ?? [],
		ipRanges: opts.ipRanges ?? [],
		internal: opts.internal ?? false,
		attachable: opts.attachable ?? false,
		ipv6: opts.ipv6 ?? false,
		options: opts.options ?? {},
		labels: opts.labels ?? {},
	};
	// daemon/network.go createNetwork, v26: predefined names, the driver's own refusal (overlay
	// outside a swarm manager), the IPAM request, then libnetwork's NewNetwork (name, driver, pools).
	// The daemon's text ends with a space; the API client trims it (recorded, 16-cli-errors).
	if (PREDEFINED.has(opts.name)) throw new EngineError(`operation is not permitted on predefined ${opts.name} network`, 'forbidden');
	driverFor(driverName)?.checkCreate?.(host0, request);
	validateIpam(request.subnets, request.gateways, request.ipRanges);
	const next = produce(world, (draft) => {
		const host = draft.hosts[host0.name];
		if (Object.values(host.networks).some((n) => n.name === opts.name)) {
			throw new EngineError(`network with name ${opts.name} already exists`, 'conflict');
		}
		const driver = driverFor(driverName);
		if (!driver) throw new EngineError(`plugin "${driverName}" not found`, 'notFound');
		// Swarm objects (overlay networks) get swarmkit's 25-character base-36 ids.
		const id = driver.capabilities().scope === 'swarm' ? drawBase36(draft) : newObjectId(draft);
		const network: Network = {
			id,
			name: opts.name,
			driver: driver.name,
			scope: 'local',
			created: draft.clock,
			internal: request.internal,
			attachable: request.attachable,
			ingress: false,
			enableIPv6: request.ipv6,
			ipamDriver: 'default',
			ipamOptions: {},
			ipamConfig: [],
			userSubnet: false,
			options: {...request.options},
			labels: {...request.labels},
			predefined: false,
		};
		host.networks[id] = network;
		driver.createNetwork(draft, host, host.networks[id], request);
		created = host.networks[id] as Network;
	});
	return {world: next, network: (next.hosts[getHost(next, hostName).name].networks[created!.id])};
}

/** Where the network is in the container's list: 0 when it joined at start, more when connected later. */
function joinRank(host: Host, network: Network, id: string): number {
	return Object.keys(host.containers.get(id)?.networks ?? {}).indexOf(network.id);
}

/** Names of the containers with a live endpoint on the network, with their ids. */
export function activeEndpoints(world: World, hostName: string | undefined, network: Network): {name: string; id: string}[] {
	const host = getHost(world, hostName);
	return host.containers.values()
		.filter((c) => c.networks[network.id]?.endpoint || (capabilitiesOf(network).sandbox === 'host' && c.networkMode === 'host' && c.status === 'running'))
		.map((c) => ({name: c.name, id: c.id}));
}

export function removeNetwork(world: World, hostName: string | undefined, ref: string): World {
	const host = getHost(world, hostName);
	const network = requireNetwork(host, ref);
	if (network.predefined) throw new EngineError(`${network.name} is a pre-defined network and cannot be removed`, 'forbidden');
	// Stopped containers keep their settings but hold no endpoint, so they do not block removal.
	const active = activeEndpoints(world, hostName, network);
	if (active.length > 0) {
		// v28.2+ names each endpoint (name and short id) instead of the network's id.
		// In the order the endpoints joined: those made at start before those connected later (recorded in 03).
		const joined = [...active].sort((x, y) => joinRank(host, network, x.id) - joinRank(host, network, y.id));
		const which = profileOf(host).activeEndpoints === 'endpoint-names' ? ` (${joined.map((a) => `name:"${a.name}" id:"${a.id.slice(0, 12)}"`).join(', ')})` : '';
		throw new EngineError(`error while removing network: network ${network.name}${which ? '' : ` id ${network.id}`} has active endpoints${which}`, 'forbidden');
	}
	return produce(world, (draft) => {
		const h = draft.hosts[host.name];
		delete h.networks[network.id];
		for (const c of tableOf(h).values()) {
			if (c.networks[network.id]) editContainer(h, c.id, (d) => void delete d.networks[network.id]);
		}
		driverOf(network).deleteNetwork(draft, h, network);
	});
}

/**
 * `docker network prune` (daemon/prune.go localNetworksPrune, v26): removes every custom
 * network with no live endpoint. A stopped container holds no endpoint, so its networks go too
 * (starting it again then fails). Swarm networks: the manager removes unused overlays, never
 * ingress. Returns the removed names.
 */
export function pruneNetworks(world: World, hostName?: string): {world: World; removed: string[]} {
	const host = getHost(world, hostName);
	const removed: string[] = [];
	let next = world;
	const unused = Object.values(host.networks)
		.filter((n) => !n.predefined && !n.ingress)
		.filter((n) => n.scope !== 'swarm' || host.swarm?.role === 'manager')
		.filter((n) => Object.keys(n.extraEndpoints ?? {}).length === 0)
		.filter((n) => activeEndpoints(world, hostName, n).length === 0)
		.sort((a, b) => a.created - b.created || a.name.localeCompare(b.name));
	for (const n of unused) {
		next = removeNetwork(next, hostName, n.id);
		removed.push(n.name);
	}
	return {world: next, removed};
}
