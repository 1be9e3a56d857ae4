// Docker's default IPAM, as daemon 26.1 does it (libnetwork/ipams/defaultipam + ipamutils):
// predefined pools handed out from a rotating start index, gateway first, then the lowest free
// address for each endpoint.
import {type Cidr, cidrContains, cidrOf, cidrsOverlap, cidrSize, cidrText, intToIp, ipToInt, mask} from './ip.js';
import type {IntSet} from './int-set.js';

/** The local predefined pools: 172.17-19/16, 172.20/14, 172.24/14, 172.28/14 as /16s, 192.168/16 as /20s. */
export const LOCAL_POOLS: readonly string[] = (() => {
	const out = ['172.17.0.0/16', '172.18.0.0/16', '172.19.0.0/16'];
	for (let second = 20; second < 32; second++) out.push(`172.${second}.0.0/16`);
	for (let third = 0; third < 256; third += 16) out.push(`192.168.${third}.0/20`);
	return out;
})();

/** Swarm's default address pool: 10.0.0.0/8 in /24 steps. */
export function swarmPool(index: number): string {
	return `10.${(index >>> 8) & 255}.${index & 255}.0/24`;
}

export interface PoolChoice {
	readonly subnet: string;
	readonly nextIndex: number;
}

/**
 * Picks the next predefined subnet that overlaps nothing in use, starting at `startIndex` and
 * wrapping once (v26: a freed subnet comes back only after the list wraps round).
 */
export function allocatePredefined(startIndex: number, inUse: readonly string[], pools: readonly string[] = LOCAL_POOLS): PoolChoice | undefined {
	const used = inUse.map(cidrOf);
	for (let i = 0; i < pools.length; i++) {
		const index = (startIndex + i) % pools.length;
		const candidate = cidrOf(pools[index]!);
		if (!used.some((u) => cidrsOverlap(u, candidate))) {
			return {subnet: pools[index]!, nextIndex: index + 1};
		}
	}
	return undefined;
}

export function allocateSwarmSubnet(startIndex: number, inUse: readonly string[]): PoolChoice {
	const used = inUse.map(cidrOf);
	for (let index = startIndex; ; index++) {
		const candidate = cidrOf(swarmPool(index));
		if (!used.some((u) => cidrsOverlap(u, candidate))) return {subnet: swarmPool(index), nextIndex: index + 1};
	}
}

export function firstHost(subnet: string): string {
	return intToIp(cidrOf(subnet).base + 1);
}

/**
 * The lowest free address in `subnet` (or in `range` when --ip-range was given), skipping the
 * network and broadcast addresses and everything in `taken` (the gateway included).
 */
export function lowestFree(subnet: string, taken: ReadonlySet<string>, range?: string): string | undefined {
	const net: Cidr = cidrOf(range ?? subnet);
	const outer = cidrOf(subnet);
	const size = cidrSize(net);
	for (let offset = 0; offset < size; offset++) {
		const n = net.base + offset;
		if (n === outer.base || n === ((outer.base | ~mask(outer.prefix)) >>> 0)) continue;
		const ip = intToIp(n);
		if (!taken.has(ip)) return ip;
	}
	return undefined;
}

/**
 * lowestFree with most taken addresses in an IntSet (a network's live endpoints): the set skips
 * taken stretches at once, so finding a free address does not cost one step per container.
 */
export function lowestFreeAround(subnet: string, live: IntSet, taken: ReadonlySet<string>, range?: string): string | undefined {
	const net: Cidr = cidrOf(range ?? subnet);
	const outer = cidrOf(subnet);
	const end = net.base + cidrSize(net);
	const broadcast = (outer.base | ~mask(outer.prefix)) >>> 0;
	for (let n = net.base; n < end; ) {
		const free = live.lowestAbsentFrom(n);
		if (free === undefined || free >= end) return undefined;
		// At most |taken| + 2 rounds: each skips one address the set does not know about.
		if (free === outer.base || free === broadcast || taken.has(intToIp(free))) n = free + 1;
		else return intToIp(free);
	}
	return undefined;
}

export function isNetworkOrBroadcast(subnet: string, ip: string): boolean {
	const c = cidrOf(subnet);
	const n = ipToInt(ip);
	return n === c.base || n === ((c.base | ~mask(c.prefix)) >>> 0);
}

export function subnetContains(subnet: string, ip: string): boolean {
	return cidrContains(cidrOf(subnet), ipToInt(ip));
}

export function subnetsOverlap(a: string, b: string): boolean {
	return cidrsOverlap(cidrOf(a), cidrOf(b));
}

export function canonicalSubnet(text: string): string {
	return cidrText(cidrOf(text));
}
