// What differs between the Docker daemon versions the simulation can be: one EngineProfile per
// version (profiles.ts), read through profileOf(world). Code elsewhere asks the profile a
// question ("does IPAM reuse a freed subnet at once?") instead of comparing version numbers, so
// adding a version is one more object here.

/** The daemon versions the simulation copies: 26.1 (Debian 13's docker.io) and 28.5 (Debian unstable's). */
export type EngineId = '26' | '28';

export interface EngineProfile {
	readonly id: EngineId;
	/** `docker version`'s Server Engine Version, `docker info`'s ServerVersion. */
	readonly daemonVersion: string;
	/** The API version the daemon speaks (the CLI negotiates down to it). */
	readonly apiVersion: string;
	/**
	 * Which predefined pool a new network gets. 'rotating' (≤v26): a start index that moves past
	 * every allocation, so a freed subnet comes back only after the list wraps. 'lowest-free'
	 * (v27+): always the lowest free pool, so a freed subnet is reused at once.
	 */
	readonly ipamPolicy: 'rotating' | 'lowest-free';
	/** A bridge endpoint's MAC: 02:42 + the IPv4 bytes (≤v27), or random and locally administered (v28+). */
	readonly bridgeMac: 'from-ip' | 'random';
	/** Which generator lays out the netfilter tables (netfilter/docker26.ts, netfilter/docker28.ts). */
	readonly firewall: 'docker26' | 'docker28';
	/**
	 * v28.0: a LAN host that routes to a container's address reaches only its published ports, and
	 * ports published on 127.0.0.1 stay on the host (raw PREROUTING drops). Before, both worked.
	 */
	readonly lanDirectRouting: boolean;
	/** `EnableIPv4` in network inspect (API ≥ 1.48). */
	readonly inspectEnableIPv4: boolean;
	/** Prefix of the errors a container start gets from its networking (v28.0.1+: "failed to set up container networking: "). */
	readonly networkingErrorPrefix: string;
	/** IPAM's words when every predefined pool is taken. */
	readonly poolsExhausted: string;
	/** IPAM's words when a --subnet overlaps a network in use. */
	readonly poolOverlap: string;
	/** /etc/hosts writes `fe00::0` and `ff00::0` (≤v27) or `fe00::` and `ff00::` (v28). */
	readonly hostsZeroSuffix: boolean;
	/** resolv.conf's `# ExtServers: [host(192.168.0.1)]` (v28 marks servers reached from the host's namespace). */
	readonly extServersHostMark: boolean;
	/**
	 * A published port whose host port a non-Docker process holds: 'userland-proxy' (≤v27: `Error starting
	 * userland proxy: listen tcp4 0.0.0.0:80: bind: ...`) or 'bind-host-port' (v28: `failed to bind host port
	 * for 0.0.0.0:80:172.17.0.2:80/tcp: ...`).
	 */
	readonly hostPortInUse: 'userland-proxy' | 'bind-host-port';
	/** `network rm` of a network in use: its id (≤v28.1) or each endpoint's name and short id (v28.2+). */
	readonly activeEndpoints: 'network-id' | 'endpoint-names';
	/** Disconnecting a host-mode container from host (v28 names the reason). */
	readonly hostDisconnect: string;
	/** `--network container:X` when X does not exist or is not running (v28 words). */
	readonly containerModeErrors: 'v26' | 'v28';
	/** Exit status of `docker exec` when the program is not in the image (runc/daemon: 126 on 26.1, 127 on 28.5). */
	readonly execNotFoundExit: number;
	/** The CLI paired with this daemon capitalises go-connections' port errors (`Invalid hostPort: 99999`): Debian's CLI 28.5. */
	readonly cliPortErrorsCapitalised: boolean;
	/** `docker rm` of a running or paused container names it `"/web"` (≤v27) or `"web"` (v28). */
	readonly rmNameSlash: boolean;
}
