/**
 * The view model the topology map draws. The game builds it from the simulated Docker host
 * (src/game/topology.ts); the map (src/ui/map) only draws it and knows nothing about how the host works.
 */

export interface TopologyModel {
	hosts: TopologyHost[];
}

export interface TopologyHost {
	/** Shown first on the host's header line, e.g. `host` or `node1`. */
	name: string;
	/** The host's own address on the LAN, e.g. 192.168.0.10. */
	lanIp: string;
	bridges: TopologyBridge[];
	/** `--network host`: no IP of their own; ports are the host's. */
	hostMode: {name: string; ports: string[]; running: boolean}[];
	/** `--network none`: loopback only. */
	noneMode: {name: string; running: boolean}[];
	/** `--network container:<of>`: shares another container's namespace. */
	shared: {name: string; of: string}[];
}

export interface TopologyBridge {
	/** Docker's network name: `bridge` for the default one, or the user's name. */
	network: string;
	/** The Linux device on the host: docker0, br-1a2b3c4d5e6f. */
	device: string;
	subnet: string;
	gateway: string;
	internal: boolean;
	icc: boolean;
	/** The driver (overlay, macvlan...) when the network is not a plain Linux bridge; '' for one. */
	driver: string;
	endpoints: TopologyEndpoint[];
}

export interface TopologyEndpoint {
	container: string;
	/** '' when the container is stopped (Docker releases the address). */
	ip: string;
	/** The host side of the veth pair, e.g. veth1a2b3c4. */
	veth: string;
	/** As `docker ps` prints them: '0.0.0.0:8080->80/tcp'. */
	ports: string[];
	running: boolean;
}
