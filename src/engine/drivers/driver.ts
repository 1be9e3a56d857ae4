// One interface for every network driver, shaped after libnetwork's driverapi: a symmetric
// lifecycle (network create/delete, endpoint create/delete, join/leave), external connectivity
// (published ports) as its own step, capabilities, the firewall rules the driver installs, and
// the forwarding step probe takes inside the network. The engine asks the driver and never looks
// at `network.driver` itself: adding a driver is one file here plus its line in index.ts.
import type {Draft} from 'immer';
import type {Container, Endpoint, Host, Network, PortBinding, World} from '../types.js';
import type {Rule, TableName} from '../netfilter/types.js';

export interface CreateRequest {
	readonly name: string;
	readonly subnets: string[];
	readonly gateways: string[];
	readonly ipRanges: string[];
	readonly internal: boolean;
	readonly attachable: boolean;
	readonly ipv6: boolean;
	readonly options: Record<string, string>;
	readonly labels: Record<string, string>;
}

export interface JoinRequest {
	/** --ip asked for. */
	readonly ipv4Address?: string;
}

/** What a container asks of one network on run/create (`--ip`, `--network-alias`). */
export interface EndpointConfig {
	readonly ipv4Address?: string;
	readonly aliases?: readonly string[];
}

export interface DriverCapabilities {
	/** local: the daemon's own; swarm: the cluster's (swarmkit ids, known on every node). */
	readonly scope: 'local' | 'swarm';
	/**
	 * What a container on the network gets: an endpoint (an interface with an address), the host's
	 * own namespace (host), or nothing but lo (none).
	 */
	readonly sandbox: 'endpoint' | 'host' | 'none';
	/**
	 * A Linux bridge on the host (docker0, br-<id12>): the host holds the gateway address, routes
	 * to the subnet, and the bridge shows in `ip link` with the veths as its ports.
	 */
	readonly bridgeDevice: boolean;
	/** Whether the host itself has a route into the network's subnet (an overlay's bridge lives in its own namespace). */
	readonly hostRoute: boolean;
	/**
	 * How frames move between endpoints: a host bridge, VXLAN between nodes, a parent interface
	 * on the LAN (macvlan, ipvlan: the host cannot reach its own children through it), or not at all.
	 */
	readonly dataPath: 'bridge' | 'vxlan' | 'parent' | 'none';
	/** The MTU of an endpoint's interface (VXLAN's 50-byte header comes off an overlay's). */
	readonly mtu: number;
}

export type FirewallTable = TableName;

/**
 * One rule a driver installs for a network: the netfilter model's own rule plus the table it goes
 * in. Within a chain the driver's rules come in the order it inserts them, and the firewall's
 * generator (netfilter/docker26.ts) puts each network's block where libnetwork does (newest first).
 */
export type DriverRule = Rule & {
	readonly table: FirewallTable;
	/**
	 * Docker 28's layout only: whether libnetwork inserts the rule at the top of its chain (so the
	 * newest network's comes first) or appends it (oldest first). Docker 26 inserts everything.
	 */
	readonly placement?: 'insert' | 'append';
};

/** The firewall layouts a driver can write its rules in (the profile's `firewall`). */
export type FirewallLayout = 'docker26' | 'docker28';

/**
 * Where a frame for `ip` goes once it is inside the network: to a container on this node, to one
 * on another node through a tunnel (VXLAN), or nowhere (no endpoint has the address: ARP fails).
 */
export type ForwardStep =
	| {readonly kind: 'local'; readonly container: Container}
	| {readonly kind: 'tunnel'; readonly host: Host; readonly container: Container; readonly to: string; readonly from: string; readonly port: number; readonly vni: string}
	| {readonly kind: 'none'};

/** A link a driver creates on the host for a network (an 802.1q sub-interface `eth0.10@eth0`). */
export interface HostLink {
	readonly name: string;
	readonly index: number;
	/** The link it hangs off (`eth0`). */
	readonly parent: string;
	readonly vlanId?: number;
}

export interface NetworkDriver {
	readonly name: Network['driver'];
	/** What the driver can do; for a network, what that network can (without one: the driver's defaults). */
	capabilities(network?: Network): DriverCapabilities;

	/** Refuses a create request before any state changes (overlay outside a swarm manager). */
	checkCreate?(host: Host, request: CreateRequest): void;
	/** Fills in what the driver owns (IPAM config, device, options); throws EngineError to refuse. */
	createNetwork(world: Draft<World>, host: Draft<Host>, network: Draft<Network>, request: CreateRequest): void;
	/** Undoes createNetwork beyond dropping the network from `host` (a swarm network leaves the other nodes). */
	deleteNetwork(world: Draft<World>, host: Draft<Host>, network: Network): void;

	/** Refuses a container's endpoint settings on `docker run`/`create` (the default bridge takes no --ip). */
	checkEndpointConfig(network: Network, config: EndpointConfig): void;
	/** Refuses a container joining when it starts or connects (a non-attachable overlay). */
	checkAttach(network: Network): void;
	/**
	 * Creates the endpoint of a container joining the network (its address and interface), or
	 * undefined when there is none (host, null). `container` is the container's draft.
	 */
	createEndpoint(world: Draft<World>, host: Draft<Host>, network: Network, container: Container, request: JoinRequest): Endpoint | undefined;
	/** The endpoint goes (the container stops or disconnects): the driver drops what it keeps for it. */
	deleteEndpoint(world: Draft<World>, host: Draft<Host>, network: Network, container: Container): void;

	/**
	 * Publishes the container's ports through this network's endpoint (the port mapper, docker-proxy):
	 * the bindings as they were made, or none when the driver has no external connectivity.
	 */
	programExternalConnectivity(host: Host, network: Network, container: Container, endpointId: string): Record<string, PortBinding[]>;
	/** Takes published ports back: what remains bound (nothing). */
	revokeExternalConnectivity(host: Host, network: Network, container: Container): Record<string, PortBinding[]>;

	/** The firewall rules this network contributes (per network; published ports are the firewall's). */
	firewallRules(host: Host, network: Network, layout?: FirewallLayout): DriverRule[];
	/** Probe's step inside the network: who receives a frame for `ip`. */
	forward(world: World, host: Host, network: Network, ip: string): ForwardStep;
	/** Links the driver made on the host for the network (none unless it makes any). */
	hostLinks?(host: Host, network: Network): HostLink[];
}
