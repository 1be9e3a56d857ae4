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
}
