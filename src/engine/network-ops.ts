// `docker network create / rm / prune` as daemon 26.1 does them.
import {produce} from 'immer';
import type {Network, World} from './types.js';
import {driverFor, type CreateRequest} from './drivers/index.js';
import {EngineError} from './errors.js';
import {drawHex, getHost, requireNetwork} from './world.js';

export interface NetworkCreateOptions extends Partial<CreateRequest> {
	readonly name: string;
	readonly driver?: string;
}

const PREDEFINED = new Set(['bridge', 'host', 'none', 'default']);

export function createNetwork(world: World, hostName: string | undefined, opts: NetworkCreateOptions): {world: World; network: Network} {
	let created: Network | undefined;
	const next = produce(world, (draft) => {
		const host = draft.hosts[getHost(world, hostName).name];
		const driverName = opts.driver ?? 'bridge';
		if (PREDEFINED.has(opts.name)) throw new EngineError(`operation is not permitted on predefined ${opts.name} network `, 'forbidden');
		if (Object.values(host.networks).some((n) => n.name === opts.name)) {
			throw new EngineError(`network with name ${opts.name} already exists`, 'conflict');
		}
		const driver = driverFor(driverName);
		if (!driver) throw new EngineError(`plugin "${driverName}" not found`, 'notFound');
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
		const id = drawHex(draft);
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
		driver.create(draft, host, host.networks[id], request);
		created = host.networks[id] as Network;
	});
	return {world: next, network: (next.hosts[getHost(next, hostName).name].networks[created!.id])};
}

/** Names of the containers with a live endpoint on the network, with their ids. */
export function activeEndpoints(world: World, hostName: string | undefined, network: Network): {name: string; id: string}[] {
	const host = getHost(world, hostName);
	return Object.values(host.containers)
		.filter((c) => c.networks[network.id]?.endpoint || (network.driver === 'host' && c.networkMode === 'host' && c.status === 'running'))
		.map((c) => ({name: c.name, id: c.id}));
}

export function removeNetwork(world: World, hostName: string | undefined, ref: string): World {
	const host = getHost(world, hostName);
	const network = requireNetwork(host, ref);
	if (network.predefined) throw new EngineError(`${network.name} is a pre-defined network and cannot be removed`, 'forbidden');
	// Stopped containers keep their settings but hold no endpoint, so they do not block removal.
	const active = activeEndpoints(world, hostName, network);
	if (active.length > 0) {
		throw new EngineError(`error while removing network: network ${network.name} id ${network.id} has active endpoints`, 'forbidden');
	}
	return produce(world, (draft) => {
		const h = draft.hosts[host.name];
		delete h.networks[network.id];
		for (const c of Object.values(h.containers)) delete c.networks[network.id];
	});
}

/** Removes every custom network with no container attached (running or not); returns their names. */
export function pruneNetworks(world: World, hostName?: string): {world: World; removed: string[]} {
	const host = getHost(world, hostName);
	const removed: string[] = [];
	let next = world;
	const unused = Object.values(host.networks)
		.filter((n) => !n.predefined && !n.ingress && n.name !== 'docker_gwbridge')
		.filter((n) => !Object.values(host.containers).some((c) => c.networks[n.id]))
		.sort((a, b) => a.name.localeCompare(b.name));
	for (const n of unused) {
		next = removeNetwork(next, hostName, n.id);
		removed.push(n.name);
	}
	return {world: next, removed};
}
