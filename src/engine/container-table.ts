// A host's containers: a persistent map by id, in creation order, with the lookups every
// command needs kept up to date on each change (name, live addresses per network, addresses
// asked for with --ip, running containers that end by themselves, host sockets). With a plain
// record every `docker run` copied and scanned all containers, so a world of n containers took
// n^2 to build (issue 12); here a change costs O(log n) and each lookup O(log n).
//
// The table is immutable and not an immer draftable: inside a recipe it is replaced
// (`host.containers = host.containers.set(c)`), and one container is edited with its own
// produce (see editContainer in container-edit.ts).
import type {Container} from './types.js';
import {PMap} from './pmap.js';
import {IntSet} from './int-set.js';
import {ipToInt, isIPv4} from './ip.js';

const TRUE: PMap<true> = PMap.empty();

/** Ends by itself while running (`sleep 5`): tick looks only at these. */
const isTimed = (c: Container): boolean => c.status === 'running' && c.exitsAfter !== undefined;
/** Holds sockets in the host's namespace: published ports (docker-proxy) or host-mode listeners. */
const holdsHostSockets = (c: Container): boolean => c.status === 'running' && (Object.keys(c.ports).length > 0 || (c.networkMode === 'host' && c.listeners.length > 0));

function liveIps(c: Container | undefined): [string, number][] {
	const out: [string, number][] = [];
	if (!c) return out;
	for (const s of Object.values(c.networks)) if (s.endpoint && isIPv4(s.endpoint.ip)) out.push([s.networkId, ipToInt(s.endpoint.ip)]);
	return out;
}

function askedIps(c: Container | undefined): [string, string][] {
	const out: [string, string][] = [];
	if (!c) return out;
	for (const s of Object.values(c.networks)) if (s.ipv4Address) out.push([s.networkId, s.ipv4Address]);
	return out;
}

const samePairs = <A, B>(a: readonly [A, B][], b: readonly [A, B][]): boolean => a.length === b.length && a.every((x, i) => x[0] === b[i][0] && x[1] === b[i][1]);

interface Parts {
	readonly byId: PMap<Container>;
	readonly byName: PMap<string>;
	readonly timed: PMap<true>;
	readonly sockets: PMap<true>;
	/** network id -> live endpoint addresses in it. */
	readonly live: PMap<IntSet>;
	/** network id -> container id -> the --ip it asked for (reserved even while stopped). */
	readonly asked: PMap<PMap<string>>;
}

export class ContainerTable {
	static readonly empty = new ContainerTable({byId: PMap.empty(), byName: PMap.empty(), timed: TRUE, sockets: TRUE, live: PMap.empty(), asked: PMap.empty()});

	static from(containers: Iterable<Container>): ContainerTable {
		let t = ContainerTable.empty;
		for (const c of containers) t = t.set(c);
		return t;
	}

	private constructor(private readonly parts: Parts) {}

	get size(): number {
		return this.parts.byId.size;
	}

	get(id: string): Container | undefined {
		return this.parts.byId.get(id);
	}

	has(id: string): boolean {
		return this.parts.byId.has(id);
	}

	/** Every container, oldest first (the order they were created in). */
	values(): Container[] {
		return this.parts.byId.values();
	}

	ids(): string[] {
		return this.parts.byId.keys();
	}

	byName(name: string): Container | undefined {
		const id = this.parts.byName.get(name);
		return id === undefined ? undefined : this.parts.byId.get(id);
	}

	/** Ids of the containers added, removed or changed since `older`, oldest first (cost: the difference). */
	changedSince(older: ContainerTable): string[] {
		return this.parts.byId.changedSince(older.parts.byId);
	}

	/** Running containers whose main process ends by itself. */
	timed(): Container[] {
		return this.parts.timed.keys().map((id) => this.parts.byId.get(id)!);
	}

	/** Running containers holding host sockets (published ports, host-mode listeners). */
	socketHolders(): Container[] {
		return this.parts.sockets.keys().map((id) => this.parts.byId.get(id)!);
	}

	/** Addresses held by live endpoints on a network. */
	liveAddresses(networkId: string): IntSet {
		return this.parts.live.get(networkId) ?? IntSet.empty;
	}

	/** Addresses containers asked for with --ip on a network, by container id. */
	askedAddresses(networkId: string): [string, string][] {
		return this.parts.asked.get(networkId)?.entries() ?? [];
	}

	/** The table with `c` added or replacing the container of the same id. */
	set(c: Container): ContainerTable {
		const old = this.parts.byId.get(c.id);
		if (old === c) return this;
		return this.reindex(old, c, this.parts.byId.set(c.id, c));
	}

	delete(id: string): ContainerTable {
		const old = this.parts.byId.get(id);
		if (!old) return this;
		return this.reindex(old, undefined, this.parts.byId.delete(id));
	}

	private reindex(old: Container | undefined, c: Container | undefined, byId: PMap<Container>): ContainerTable {
		const p = this.parts;
		const id = (old ?? c)!.id;
		let byName = p.byName;
		if (old?.name !== c?.name) {
			if (old && byName.get(old.name) === id) byName = byName.delete(old.name);
			if (c) byName = byName.set(c.name, id);
		}
		const flag = (map: PMap<true>, test: (c: Container) => boolean): PMap<true> => (c && test(c) ? map.set(id, true) : map.delete(id));
		let live = p.live;
		const before = liveIps(old);
		const after = liveIps(c);
		if (!samePairs(before, after)) {
			for (const [net, ip] of before) live = live.set(net, live.get(net)!.delete(ip));
			for (const [net, ip] of after) live = live.set(net, (live.get(net) ?? IntSet.empty).add(ip));
		}
		let asked = p.asked;
		const askedBefore = askedIps(old);
		const askedAfter = askedIps(c);
		if (!samePairs(askedBefore, askedAfter)) {
			for (const [net] of askedBefore) asked = asked.set(net, asked.get(net)!.delete(id));
			for (const [net, ip] of askedAfter) asked = asked.set(net, (asked.get(net) ?? PMap.empty<string>()).set(id, ip));
		}
		return new ContainerTable({byId, byName, timed: flag(p.timed, isTimed), sockets: flag(p.sockets, holdsHostSockets), live, asked});
	}

	/** A plain record (for JSON dumps and debugging), as the state held before the table. */
	toJSON(): Record<string, Container> {
		return Object.fromEntries(this.parts.byId.entries());
	}
}
