// The pools networks without --subnet take their subnets from: the predefined ones, or the
// `default-address-pools` the daemon started with (daemon.json; see daemon.ts).
import {poolSubnets} from './daemon-config.js';
import {LOCAL_POOLS} from './ipam.js';
import type {Host} from './types.js';

/** At most this many subnets of a configured pool list are handed out (a 10.0.0.0/8 split in /24s is 65,536). */
export const MAX_POOL_SUBNETS = 4096;

const cache = new WeakMap<object, readonly string[]>();

export function localPools(host: Pick<Host, 'daemon'>): readonly string[] {
	const pools = host.daemon?.config.addressPools;
	if (!pools || pools.length === 0) return LOCAL_POOLS;
	const hit = cache.get(pools);
	if (hit) return hit;
	const list: string[] = [];
	for (const subnet of poolSubnets(pools)) {
		list.push(subnet);
		if (list.length >= MAX_POOL_SUBNETS) break;
	}
	cache.set(pools, list);
	return list;
}
