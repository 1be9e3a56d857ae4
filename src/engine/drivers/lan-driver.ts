// What macvlan and ipvlan share (libnetwork's two drivers are near copies): a parent interface on
// the host (`-o parent=eth0`, or an 802.1q sub-interface `eth0.10` the driver creates and removes
// with the network, or none: a dummy `dm-<id12>`/`di-<id12>` link and no way out), LAN addresses
// from IPAM, an interface in the container that is a child of the parent (`eth0@if2`), no bridge,
// no NAT, no port mapping, no iptables rules. The kernel never passes frames between a parent and
// its children, so the host cannot reach its own macvlan containers (a macvlan "shim" on the host
// fixes that).
import type {Draft} from 'immer';
import type {Endpoint, Host, Network} from '../types.js';
import type {CreateRequest, DriverCapabilities, NetworkDriver} from './driver.js';
import {EngineError} from '../errors.js';
import {macFromIp, prefixOf} from '../ip.js';
import {drawHex} from '../world.js';
import {assignPools, endpointAddress} from './bridge.js';
import {localForward, noPorts, nothing} from './common.js';

/** The host's own interface names a parent may be: lo, eth0, the bridges, sub-interfaces made for other networks. */
function hostLinkNames(host: Host | Draft<Host>): Set<string> {
	const names = new Set(['lo', 'eth0']);
	for (const n of Object.values(host.networks)) {
		if (n.device) names.add(n.device);
		const parent = n.options.parent;
		if (parent && n.ifindex !== undefined && (n.driver === 'macvlan' || n.driver === 'ipvlan')) names.add(parent);
	}
	return names;
}

/** 802.1q: `eth0.10` on `eth0`, VLAN id 1-4094 (libnetwork's parseVlan and createVlanLink, v26 texts). */
function checkSubInterface(host: Host | Draft<Host>, parent: string): void {
	if (!parent.includes('.')) throw new EngineError(`invalid subinterface vlan name ${parent}, example formatting is eth0.10`, 'invalid');
	const parts = parent.split('.');
	if (parts.length !== 2) throw new EngineError(`required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received ${parent}`, 'invalid');
	const [master, vid] = parts;
	// Go's strconv.Atoi: an optional sign and decimal digits.
	if (!/^[+-]?\d+$/.test(vid)) throw new EngineError(`unable to parse a valid vlan id from: ${vid} (ex. eth0.10 for vlan 10)`, 'invalid');
	if (!hostLinkNames(host).has(master)) throw new EngineError(`-o parent interface was not found on the host: ${master}`, 'invalid');
	const id = Number(vid);
	if (id > 4094 || id < 1) throw new EngineError(`vlan id must be between 1-4094, received: ${id}`, 'invalid');
}

export interface LanDriverSpec {
	readonly name: 'macvlan' | 'ipvlan';
	/** The mode option (`macvlan_mode`, `ipvlan_mode`), its values and the text for a wrong one. */
	readonly modeOption: string;
	readonly modes: readonly string[];
	readonly badMode: (mode: string) => string;
	/** ipvlan_flag (ipvlan only). */
	readonly flagOption?: string;
	readonly flags?: readonly string[];
	readonly badFlag?: (flag: string) => string;
	/** Prefix of the dummy parent made when no parent is given: dm- (macvlan), di- (ipvlan). */
	readonly dummyPrefix: string;
	/** macvlan children have their own MAC (from the IP); ipvlan children share the parent's. */
	readonly ownMac: boolean;
	/** Whether the container gets the network's gateway as its default route (not ipvlan l3). */
	readonly usesGateway: (network: Network) => boolean;
	/** Whether two children of one parent reach each other (macvlan bridge, ipvlan), not private/vepa. */
	readonly childrenTalk: (network: Network) => boolean;
}

const CAPABILITIES: DriverCapabilities = {scope: 'local', sandbox: 'endpoint', bridgeDevice: false, hostRoute: false, dataPath: 'parent', mtu: 1500};

/** The parent link of a network: given, or the dummy made for it. */
export function parentOf(network: Network): string {
	return network.options.parent ?? '';
}

export function lanDriver(spec: LanDriverSpec): NetworkDriver {
	return {
		name: spec.name,
		capabilities: () => CAPABILITIES,
		createNetwork(world, host, network, request: CreateRequest) {
			// libnetwork NewNetwork: the IPAM pools first, then the driver's CreateNetwork.
			assignPools(world, host, network, request);
			const mode = request.options[spec.modeOption] ?? '';
			if (mode !== '' && !spec.modes.includes(mode)) throw new EngineError(spec.badMode(mode), 'invalid');
			if (spec.flagOption && spec.flags && spec.badFlag) {
				const flag = request.options[spec.flagOption] ?? '';
				if (flag !== '' && !spec.flags.includes(flag)) throw new EngineError(spec.badFlag(flag), 'invalid');
			}
			const parent = request.options.parent ?? '';
			if (parent === 'lo') throw new EngineError(`loopback interface is not a valid ${spec.name} parent link`, 'invalid');
			const name = parent === '' ? `${spec.dummyPrefix}${network.id.slice(0, 12)}` : parent;
			for (const other of Object.values(host.networks)) {
				if (other.id === network.id || other.driver !== spec.name) continue;
				const theirs = parentOf(other as Network) || `${spec.dummyPrefix}${other.id.slice(0, 12)}`;
				if (theirs === name) throw new EngineError(`network ${spec.dummyPrefix}${other.id.slice(0, 12)} is already using parent interface ${name}`, 'invalid');
			}
			if (parent !== '' && !hostLinkNames(host).has(parent)) {
				checkSubInterface(host, parent);
				// The driver made this link: it has an index of its own and goes with the network.
				network.ifindex = host.ifindexNext++;
			}
		},
		deleteNetwork: nothing,
		checkEndpointConfig: nothing,
		checkAttach: nothing,
		createEndpoint(world, host, network, container, request) {
			const address = endpointAddress(host, network, container, request);
			if (!address) return undefined;
			const {ip, config} = address;
			const ifname = `eth${Object.values(container.networks).filter((s) => s.endpoint).length}`;
			const index = host.ifindexNext++;
			const gateway = parentOf(network) !== '' && !network.internal && spec.usesGateway(network) ? (config.gateway ?? '') : '';
			const endpoint: Endpoint = {
				id: drawHex(world),
				ip,
				prefixLen: prefixOf(config.subnet),
				gateway,
				mac: spec.ownMac ? macFromIp(ip) : '',
				// No host side: the child hangs off the parent (`eth0@if<parent>`).
				vethName: '',
				vethIndex: parentIndex(host as Host, network),
				peerIndex: index,
				ifname,
			};
			return endpoint;
		},
		deleteEndpoint: nothing,
		// "macvlan driver does not support port mappings" (a daemon log warning): nothing is published.
		programExternalConnectivity: noPorts,
		revokeExternalConnectivity: noPorts,
		firewallRules: () => [],
		forward(_world, host, network, ip) {
			if (!spec.childrenTalk(network)) return {kind: 'none'};
			return localForward(host, network, ip);
		},
		hostLinks(_host, network) {
			if (network.ifindex === undefined) return [];
			const parent = parentOf(network);
			const master = parent.split('.')[0];
			return [{name: parent, index: network.ifindex, parent: master, vlanId: Number(parent.split('.')[1])}];
		},
	};
}

/** The interface index of a network's parent (eth0 is 2; a sub-interface has its own). */
function parentIndex(host: Host, network: Network): number {
	if (network.ifindex !== undefined) return network.ifindex;
	const parent = parentOf(network);
	const bridge = Object.values(host.networks).find((n) => n.device === parent);
	if (bridge?.ifindex !== undefined) return bridge.ifindex;
	const sub = Object.values(host.networks).find((n) => n.id !== network.id && n.ifindex !== undefined && parentOf(n) === parent && !n.device);
	return sub?.ifindex ?? 2;
}

