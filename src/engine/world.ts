// Creating a world and finding things in it the way the Docker daemon does (full id, name, then
// a unique id prefix), with the daemon's own error texts.
export {INTERNET_IP} from './internet.js';
import {produce} from 'immer';
import type {Container, Host, Image, Network, World} from './types.js';
import {builtinImages} from './images.js';
import {base36Id, hex, seedToRng} from './random.js';
import {EngineError} from './errors.js';
import {hostRoot} from './host-files.js';
import {ContainerTable} from './container-table.js';
import type {EngineId} from './profile/types.js';

export const DEFAULT_HOST = 'host';
export const DEFAULT_LAN_IP = '192.168.0.10';
/** Another machine on the same LAN, for probes `from: external`. */
export const EXTERNAL_LAN_IP = '192.168.0.20';
/** Names tests and level texts use for servers on the internet (each resolves; see internet.ts). */
export const INTERNET_NAMES = ['example.com', 'www.example.com', 'google.com', 'www.google.com', 'github.com', 'docker.com', 'registry-1.docker.io'];
/** 2026-11-23 09:00:00 UTC: every world starts at the same instant. */
export const WORLD_EPOCH = Date.UTC(2026, 10, 23, 9, 0, 0);

export interface HostSpec {
	readonly name: string;
	readonly lanIp: string;
	/** More addresses on eth0, after the main one (`ip addr add ... dev eth0`). */
	readonly secondaryLanIps?: readonly string[];
}

export interface WorldOptions {
	readonly seed?: number;
	readonly hosts?: readonly HostSpec[];
	readonly images?: Record<string, Image>;
	/** The level's files, relative to the player's working directory (~/app) on the first host. */
	readonly files?: Record<string, string>;
	readonly recipes?: Record<string, Image>;
	/** The Docker daemon version to behave as (default: profile/'s DEFAULT_ENGINE). */
	readonly engine?: EngineId;
}

/** Draws a swarm object id (25 base-36 characters) from the world's PRNG inside an immer recipe. */
export function drawBase36(draft: {rng: number}, length = 25): string {
	const d = base36Id(draft.rng, length);
	draft.rng = d.rng;
	return d.value;
}

/** The id of a new container or network: a queued one (see World.nextIds), or a fresh draw. */
export function newObjectId(draft: {rng: number; nextIds?: string[]}): string {
	if (draft.nextIds && draft.nextIds.length > 0) return draft.nextIds.shift()!;
	return drawHex(draft);
}

/** Draws `length` hex digits from the world's PRNG inside an immer recipe. */
export function drawHex(draft: {rng: number}, length = 64): string {
	const d = hex(draft.rng, length);
	draft.rng = d.rng;
	return d.value;
}

function predefinedNetworks(draft: {rng: number}, created: number): {networks: Record<string, Network>; ifindexNext: number} {
	const common = {
		scope: 'local' as const,
		created,
		internal: false,
		attachable: false,
		ingress: false,
		enableIPv6: false,
		ipamDriver: 'default',
		userSubnet: false,
		labels: {},
		predefined: true,
	};
	const bridge: Network = {
		...common,
		id: drawHex(draft),
		name: 'bridge',
		driver: 'bridge',
		ipamOptions: null,
		ipamConfig: [{subnet: '172.17.0.0/16', gateway: '172.17.0.1'}],
		options: {
			'com.docker.network.bridge.default_bridge': 'true',
			'com.docker.network.bridge.enable_icc': 'true',
			'com.docker.network.bridge.enable_ip_masquerade': 'true',
			'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
			'com.docker.network.bridge.name': 'docker0',
			'com.docker.network.driver.mtu': '1500',
		},
		device: 'docker0',
		ifindex: 3,
	};
	const host: Network = {...common, id: drawHex(draft), name: 'host', driver: 'host', ipamOptions: null, ipamConfig: null, options: {}};
	const none: Network = {...common, id: drawHex(draft), name: 'none', driver: 'null', ipamOptions: null, ipamConfig: null, options: {}};
	return {networks: {[bridge.id]: bridge, [host.id]: host, [none.id]: none}, ifindexNext: 4};
}

export function createWorld(options: WorldOptions = {}): World {
	const seed = options.seed ?? 1;
	const hostSpecs = options.hosts && options.hosts.length > 0 ? options.hosts : [{name: DEFAULT_HOST, lanIp: DEFAULT_LAN_IP}];
	const draft = {rng: seedToRng(seed)};
	const hosts: Record<string, Host> = {};
	for (const [i, spec] of hostSpecs.entries()) {
		const {networks, ifindexNext} = predefinedNetworks(draft, WORLD_EPOCH - 3600_000);
		const fs = hostRoot(WORLD_EPOCH - 3600_000, i === 0 ? (options.files ?? {}) : {});
		// The default bridge took the first predefined pool, so user networks start at the second.
		hosts[spec.name] = {name: spec.name, lanIp: spec.lanIp, ...(spec.secondaryLanIps?.length ? {secondaryLanIps: [...spec.secondaryLanIps]} : {}), networks, containers: ContainerTable.empty, poolIndex: 1, ifindexNext, fs, ...(options.engine ? {engine: options.engine} : {})};
	}
	return {
		seed,
		...(options.engine ? {engine: options.engine} : {}),
		rng: draft.rng,
		clock: WORLD_EPOCH,
		hosts,
		hostOrder: hostSpecs.map((h) => h.name),
		images: {...builtinImages(), ...(options.images ?? {})},
		recipes: {...(options.recipes ?? {})},
		pidNext: 1000,
	};
}

export function getHost(world: World, name?: string): Host {
	const key = name ?? world.hostOrder[0];
	// Records keyed by user strings: `__proto__` or `constructor` must not find an Object member.
	const host = Object.hasOwn(world.hosts, key) ? world.hosts[key] : undefined;
	if (!host) throw new EngineError(`no such host: ${name}`);
	return host;
}

/** Container lookup as the daemon does it: full id, then exact name, then a unique id prefix. */
export function findContainer(host: Host, ref: string): Container | undefined {
	const wanted = ref.startsWith('/') ? ref.slice(1) : ref;
	const byId = host.containers.get(wanted);
	if (byId) return byId;
	const byName = host.containers.byName(wanted);
	if (byName) return byName;
	if (!/^[0-9a-f]+$/.test(wanted)) return undefined;
	// Only a short id typed by hand gets here: one look at every container.
	const byPrefix = host.containers.values().filter((c) => c.id.startsWith(wanted));
	if (byPrefix.length > 1) throw new EngineError(`multiple IDs found with provided prefix: ${wanted}`, 'ambiguous');
	return byPrefix[0];
}

export function requireContainer(host: Host, ref: string): Container {
	const c = findContainer(host, ref);
	if (!c) throw new EngineError(`No such container: ${ref}`, 'notFound');
	return c;
}

/** Network lookup: full id, exact name, then id prefix (ambiguous prefixes are an error). */
export function findNetwork(host: Host, ref: string): Network | undefined {
	const all = Object.values(host.networks);
	const byId = Object.hasOwn(host.networks, ref) ? host.networks[ref] : undefined;
	if (byId) return byId;
	const byName = all.find((n) => n.name === ref);
	if (byName) return byName;
	if (!/^[0-9a-z]+$/.test(ref)) return undefined;
	const byPrefix = all.filter((n) => n.id.startsWith(ref));
	if (byPrefix.length > 1) throw new EngineError(`network ${ref} is ambiguous (${byPrefix.length} matches found based on ID prefix)`, 'ambiguous');
	return byPrefix[0];
}

export function requireNetwork(host: Host, ref: string): Network {
	const n = findNetwork(host, ref);
	if (!n) throw new EngineError(`network ${ref} not found`, 'notFound');
	return n;
}

export function networkByName(host: Host, name: string): Network | undefined {
	return Object.values(host.networks).find((n) => n.name === name);
}

/** Containers in creation order (newest last). */
export function containersOf(host: Host): Container[] {
	return host.containers.values().sort((a, b) => a.created - b.created);
}

/** Replaces one host inside the world (immer-friendly helper for callers that are not drafts). */
export function withHost(world: World, host: Host): World {
	return produce(world, (draft) => {
		draft.hosts[host.name] = host as never;
	});
}
