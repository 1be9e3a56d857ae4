// The kernel's neighbour (ARP) cache of each network namespace. Entries appear only after a
// packet went to an on-link address (a tool's probe), then age as Linux ages them: REACHABLE for
// base_reachable_time (30 s, randomised to 15-45 s per entry), STALE after that; an address nobody
// answers for is INCOMPLETE while the kernel asks (3 probes, 1 s apart), then FAILED.
import {produce} from 'immer';
import type {World} from './types.js';

export interface NeighbourEntry {
	readonly ip: string;
	/** The answer's link-layer address; null while nobody has answered. */
	readonly mac: string | null;
	/** The interface the address is on, as named in that namespace (eth0, docker0, br-...). */
	readonly dev: string;
	/** World clock when the entry was last confirmed (or first asked for). */
	readonly at: number;
	/** Learnt from someone else's ARP request and used for a reply: DELAY until the kernel's own probe confirms it. */
	readonly passive?: boolean;
}

export type NeighbourState = 'REACHABLE' | 'STALE' | 'DELAY' | 'INCOMPLETE' | 'FAILED';

/** Tables by namespace: `HOST` for a host's own namespace, `HOST/CONTAINER-ID` for a sandbox's owner. */
export type NeighbourTables = Readonly<Record<string, readonly NeighbourEntry[]>>;

/** Far more than a level makes; keeps a looping script from growing a table without end. */
const MAX_ENTRIES = 128;

export function neighbourKey(host: string, containerId?: string): string {
	return containerId === undefined ? host : `${host}/${containerId}`;
}

function fnv(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

/** What `ip neigh` shows for an entry at `now`. */
export function neighbourState(e: NeighbourEntry, now: number): NeighbourState {
	const age = now - e.at;
	if (e.mac === null) return age < 3000 ? 'INCOMPLETE' : 'FAILED';
	// delay_first_probe_time is 5 s; the unicast probe then is answered, so the entry is confirmed.
	if (e.passive && age < 5000) return 'DELAY';
	const reachableMs = 15_000 + (fnv(`${e.dev}:${e.ip}`) % 30_000);
	return age < reachableMs ? 'REACHABLE' : 'STALE';
}

export function neighbours(world: World, key: string): readonly NeighbourEntry[] {
	return world.neighbours?.[key] ?? [];
}

/** Records that `key` resolved (or asked for) these addresses now; an entry already there is refreshed. */
export function learnNeighbours(world: World, learnt: readonly {key: string; ip: string; mac: string | null; dev: string; passive?: boolean}[]): World {
	if (learnt.length === 0) return world;
	return produce(world, (w) => {
		const tables = (w.neighbours ??= {}) as Record<string, NeighbourEntry[]>;
		for (const l of learnt) {
			const list = (tables[l.key] ??= []);
			const at = list.findIndex((e) => e.ip === l.ip && e.dev === l.dev);
			// An entry the namespace itself resolved stays confirmed when someone else's request refreshes it.
			const passive = l.passive === true && (at < 0 || list[at].passive === true || list[at].mac === null);
			const entry: NeighbourEntry = passive ? {ip: l.ip, mac: l.mac, dev: l.dev, at: w.clock, passive} : {ip: l.ip, mac: l.mac, dev: l.dev, at: w.clock};
			if (at >= 0) list[at] = entry;
			else list.push(entry);
			if (list.length > MAX_ENTRIES) list.splice(0, list.length - MAX_ENTRIES);
		}
	});
}
