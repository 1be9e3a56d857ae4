// `docker swarm init / join / leave` as daemon 26.1 does them (daemon/cluster/swarm.go, errors.go;
// swarmkit's join tokens and the ingress / docker_gwbridge networks set up for the routing mesh).
import {produce, type Draft} from 'immer';
import type {ExtraEndpoint, Host, Network, SwarmState, World} from './types.js';
import {EngineError} from './errors.js';
import {drawBase36, drawHex, getHost} from './world.js';
import {createNetwork} from './network-ops.js';
import {swarmPool, lowestFree} from './ipam.js';
import {isIPv4, macFromIp, prefixOf, intToIp, cidrOf} from './ip.js';
import {takenAddresses} from './drivers/bridge.js';
import {editContainer, tableOf} from './container-edit.js';

export const ERR_SWARM_EXISTS = 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';
export const ERR_NO_SWARM = 'This node is not part of a swarm';
export const ERR_JOIN_TIMEOUT =
	'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.';
export const ERR_BAD_ADVERTISE_ADDR = 'advertise address must be a non-zero IP address or network interface (with optional port number)';
export const ERR_INVALID_JOIN_TOKEN = 'invalid join token';
export const ERR_JOIN_TOKEN_REJECTED = 'rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster';
const LEAVE_MANAGER = 'You are attempting to leave the swarm on a node that is participating as a manager. ';
const LEAVE_TAIL = 'The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.';

/** The routing-mesh network's fixed settings. */
const INGRESS_SUBNET = swarmPool(0);
const INGRESS_VXLAN = 4096;
const GWBRIDGE = 'docker_gwbridge';

/** Strips an optional `:port` from an address given to --advertise-addr or join. */
function hostPart(addr: string): string {
	const m = /^(.*?)(?::(\d+))?$/.exec(addr);
	return m ? m[1] : addr;
}

function resolveAdvertiseAddr(host: Host, given: string | undefined): string {
	if (given === undefined || given === '') return host.lanIp;
	const ip = hostPart(given);
	if (ip === 'eth0') return host.lanIp;
	if (isIPv4(ip) && ip !== '0.0.0.0') return ip;
	throw new EngineError(ERR_BAD_ADVERTISE_ADDR, 'invalid');
}

/** `daemon_gwbridge`: created the first time a swarm sandbox needs a way out (default pools). */
function ensureGwBridge(world: World, hostName: string): World {
	const host = getHost(world, hostName);
	if (Object.values(host.networks).some((n) => n.name === GWBRIDGE)) return world;
	const {world: next, network} = createNetwork(world, hostName, {
		name: GWBRIDGE,
		driver: 'bridge',
		options: {
			'com.docker.network.bridge.enable_icc': 'false',
			'com.docker.network.bridge.enable_ip_masquerade': 'true',
			'com.docker.network.bridge.name': GWBRIDGE,
		},
	});
	return produce(next, (draft) => {
		// Made by libnetwork itself, not through the API: no IPAM options.
		draft.hosts[hostName].networks[network.id].ipamOptions = null;
	});
}

function extraEndpoint(draft: Draft<World>, name: string, ip: string, subnet: string): ExtraEndpoint {
	return {name, endpointId: drawHex(draft), mac: macFromIp(ip), ip, prefixLen: prefixOf(subnet)};
}

/** Adds the ingress network (a local instance of the cluster's) and the ingress-sbox endpoints. */
function setUpIngress(world: World, hostName: string, ingressId: string, created: number, nodeIndex: number): World {
	const withGw = ensureGwBridge(world, hostName);
	return produce(withGw, (draft) => {
		const host = draft.hosts[hostName];
		const ingressIp = intToIp(cidrOf(INGRESS_SUBNET).base + 2 + nodeIndex);
		const ingress: Network = {
			id: ingressId,
			name: 'ingress',
			driver: 'overlay',
			scope: 'swarm',
			created,
			internal: false,
			attachable: false,
			ingress: true,
			enableIPv6: false,
			ipamDriver: 'default',
			ipamOptions: null,
			ipamConfig: [{subnet: INGRESS_SUBNET, gateway: intToIp(cidrOf(INGRESS_SUBNET).base + 1)}],
			userSubnet: false,
			options: {'com.docker.network.driver.overlay.vxlanid_list': String(INGRESS_VXLAN)},
			labels: {},
			predefined: false,
			extraEndpoints: {'ingress-sbox': extraEndpoint(draft, 'ingress-endpoint', ingressIp, INGRESS_SUBNET)},
		};
		host.networks[ingressId] = ingress as Draft<Network>;
		const gw = Object.values(host.networks).find((n) => n.name === GWBRIDGE)!;
		const subnet = gw.ipamConfig![0].subnet;
		const ip = lowestFree(subnet, takenAddresses(host, gw))!;
		gw.extraEndpoints = {...(gw.extraEndpoints ?? {}), 'ingress-sbox': extraEndpoint(draft, 'gateway_ingress-sbox', ip, subnet)};
	});
}

export interface SwarmInitResult {
	readonly world: World;
	readonly nodeId: string;
	readonly workerToken: string;
	/** `<ip>:2377`, as the join command shows it. */
	readonly managerAddr: string;
}

/** `docker swarm init [--advertise-addr ADDR]`. */
export function swarmInit(world: World, hostName: string | undefined, opts: {advertiseAddr?: string} = {}): SwarmInitResult {
	const host0 = getHost(world, hostName);
	if (host0.swarm) throw new EngineError(ERR_SWARM_EXISTS, 'unavailable');
	const advertiseAddr = resolveAdvertiseAddr(host0, opts.advertiseAddr);
	let ingressId = '';
	const withSwarm = produce(world, (draft) => {
		const caDigest = drawBase36(draft, 50);
		const swarm: SwarmState = {
			nodeId: drawBase36(draft),
			clusterId: drawBase36(draft),
			workerToken: `SWMTKN-1-${caDigest}-${drawBase36(draft)}`,
			managerToken: `SWMTKN-1-${caDigest}-${drawBase36(draft)}`,
			poolIndex: 1,
			role: 'manager',
			advertiseAddr,
			// networkdb's node name: 12 hex (recorded, 22-swarm-overlay: `"Peers":[{"Name":"01d3633a4871",...}]`).
			peerName: drawHex(draft, 12),
			vxlanNext: INGRESS_VXLAN + 1,
			created: draft.clock,
		};
		draft.hosts[host0.name].swarm = swarm;
		ingressId = drawBase36(draft);
	});
	const next = setUpIngress(withSwarm, host0.name, ingressId, withSwarm.clock, 0);
	const swarm = next.hosts[host0.name].swarm!;
	return {world: next, nodeId: swarm.nodeId, workerToken: swarm.workerToken, managerAddr: `${advertiseAddr}:2377`};
}

/** Nodes of one swarm, managers first. */
export function swarmNodes(world: World, clusterId: string): Host[] {
	return world.hostOrder.map((n) => world.hosts[n]).filter((h) => h.swarm?.clusterId === clusterId);
}

/** `docker swarm join --token TOKEN ADDR[:PORT]`. Returns the role the node joined as. */
export function swarmJoin(world: World, hostName: string | undefined, opts: {token: string; remote: string}): {world: World; role: 'manager' | 'worker'} {
	const host0 = getHost(world, hostName);
	if (host0.swarm) throw new EngineError(ERR_SWARM_EXISTS, 'unavailable');
	const token = opts.token;
	// swarmkit ca.ParseJoinToken: SWMTKN-1-<digest>-<secret>.
	const parts = token.split('-');
	// An empty token is not parsed: the manager's CA turns the node away instead.
	if (token !== '' && (parts.length !== 4 || parts[0] !== 'SWMTKN' || parts[1] !== '1')) throw new EngineError(ERR_INVALID_JOIN_TOKEN, 'invalid');
	const remoteIp = hostPart(opts.remote);
	const manager = world.hostOrder
		.map((n) => world.hosts[n])
		.find((h) => h.name !== host0.name && h.swarm?.role === 'manager' && (h.swarm.advertiseAddr === remoteIp || h.lanIp === remoteIp));
	if (!manager || !manager.swarm) throw new EngineError(ERR_JOIN_TIMEOUT, 'unavailable');
	const [, , digest] = manager.swarm.workerToken.split('-');
	if (token !== '' && parts[2] !== digest) {
		let expected: string;
		try {
			expected = parseBase36(parts[2]).toString(16).padStart(64, '0');
		} catch {
			throw new EngineError(ERR_INVALID_JOIN_TOKEN, 'invalid');
		}
		throw new EngineError(`remote CA does not match fingerprint. Expected: ${expected}`, 'invalid');
	}
	const role = token === manager.swarm.managerToken ? 'manager' : token === manager.swarm.workerToken ? 'worker' : undefined;
	if (!role) throw new EngineError(ERR_JOIN_TOKEN_REJECTED, 'invalid');
	const nodeIndex = swarmNodes(world, manager.swarm.clusterId).length;
	const ingress = Object.values(manager.networks).find((n) => n.ingress);
	const joined = produce(world, (draft) => {
		const swarm: SwarmState = {
			...manager.swarm!,
			nodeId: drawBase36(draft),
			role,
			advertiseAddr: host0.lanIp,
			peerName: drawHex(draft, 12),
		};
		draft.hosts[host0.name].swarm = swarm;
		// The cluster's networks become known to the new node (listed there once a local container uses one).
		for (const n of Object.values(manager.networks)) {
			if (n.scope === 'swarm' && !n.ingress && !draft.hosts[host0.name].networks[n.id]) {
				draft.hosts[host0.name].networks[n.id] = structuredClone({...n, extraEndpoints: {}}) as Draft<Network>;
			}
		}
	});
	if (!ingress) return {world: joined, role};
	return {world: setUpIngress(joined, host0.name, ingress.id, ingress.created, nodeIndex), role};
}

function parseBase36(text: string): bigint {
	if (!/^[0-9a-z]+$/.test(text)) throw new Error('not base36');
	let n = 0n;
	for (const ch of text) n = n * 36n + BigInt(parseInt(ch, 36));
	return n;
}

/** `docker swarm leave [--force]`: swarm networks go, docker_gwbridge stays. */
export function swarmLeave(world: World, hostName: string | undefined, force: boolean): World {
	const host0 = getHost(world, hostName);
	const swarm = host0.swarm;
	if (!swarm) throw new EngineError(ERR_NO_SWARM, 'unavailable');
	if (swarm.role === 'manager' && !force) {
		const managers = swarmNodes(world, swarm.clusterId).filter((h) => h.swarm?.role === 'manager').length;
		// removingManagerCausesLossOfQuorum: reachable-2 <= unreachable; isLastManager: reachable == 1.
		// The daemon's message ends with a space that the API client trims.
		if (managers === 1) {
			throw new EngineError(`${LEAVE_MANAGER}Removing the last manager erases all current state of the swarm. Use \`--force\` to ignore this message.`, 'unavailable');
		}
		const quorum = managers - 2 <= 0 ? `Removing this node leaves ${managers - 1} managers out of ${managers}. Without a Raft quorum your swarm will be inaccessible. ` : '';
		throw new EngineError(`${LEAVE_MANAGER}${quorum}${LEAVE_TAIL}`, 'unavailable');
	}
	return produce(world, (draft) => {
		const host = draft.hosts[host0.name];
		delete host.swarm;
		for (const n of Object.values(host.networks)) {
			if (n.scope !== 'swarm') continue;
			delete host.networks[n.id];
			for (const c of tableOf(host).values()) {
				if (c.networks[n.id]) editContainer(host, c.id, (d) => void delete d.networks[n.id]);
			}
		}
		for (const n of Object.values(host.networks)) {
			if (n.name === GWBRIDGE && n.extraEndpoints) delete n.extraEndpoints['ingress-sbox'];
		}
	});
}

export const ERR_WORKER_NODE =
	"This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.";

/** `docker swarm join-token worker|manager`: the token and the address to join (`<ip>:2377`); managers only. */
export function swarmJoinToken(world: World, hostName: string | undefined, role: 'worker' | 'manager'): {token: string; managerAddr: string} {
	const host = getHost(world, hostName);
	if (!host.swarm) throw new EngineError(ERR_NOT_A_MANAGER, 'unavailable');
	if (host.swarm.role !== 'manager') throw new EngineError(ERR_WORKER_NODE, 'unavailable');
	return {token: role === 'manager' ? host.swarm.managerToken : host.swarm.workerToken, managerAddr: `${host.swarm.advertiseAddr}:2377`};
}

const ERR_NOT_A_MANAGER = 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/** Whether a network is shown from the cluster's store rather than as a local instance. */
export function isClusterOnly(host: Host, network: Network): boolean {
	if (network.scope !== 'swarm' || network.ingress) return false;
	return !host.containers.values().some((c) => c.networks[network.id]?.endpoint);
}
