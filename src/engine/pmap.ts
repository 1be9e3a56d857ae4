// A persistent map (a hash array mapped trie): every change returns a new map sharing all but
// one path of 32-slot nodes with the old one, so a change costs O(log32 n) instead of copying a
// record of n keys. The world keeps thousands of containers; with a plain record each typed line
// copied all of them (issue 12: building a world was quadratic). Iteration is in insertion order,
// as a record's string keys are, so everything that lists containers comes out as before.

interface Entry<V> {
	readonly key: string;
	readonly value: V;
	/** Insertion number: iteration order (a replaced value keeps its place, as in a record). */
	readonly seq: number;
}

/** Keys whose 32-bit hashes are equal, below the last level. */
interface Bucket<V> {
	readonly bucket: readonly Entry<V>[];
}

type Slot<V> = Entry<V> | Bucket<V> | Node<V> | undefined;
type Node<V> = readonly Slot<V>[];

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;
/** Below this shift all 32 hash bits are used up; equal hashes share a bucket. */
const MAX_SHIFT = 30;

function hashOf(key: string): number {
	// FNV-1a: cheap, and ids are random hex already.
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

const isNode = <V>(s: Slot<V>): s is Node<V> => Array.isArray(s);
const isBucket = <V>(s: Slot<V>): s is Bucket<V> => s !== undefined && !Array.isArray(s) && 'bucket' in s;

function lookup<V>(root: Node<V>, key: string): Entry<V> | undefined {
	const h = hashOf(key);
	let node: Node<V> = root;
	for (let shift = 0; ; shift += BITS) {
		const slot: Slot<V> = node[(h >>> shift) & MASK];
		if (slot === undefined) return undefined;
		if (isNode(slot)) {
			node = slot;
			continue;
		}
		if (isBucket(slot)) return slot.bucket.find((e) => e.key === key);
		return slot.key === key ? slot : undefined;
	}
}

function withSlot<V>(node: Node<V>, index: number, slot: Slot<V>): Node<V> {
	const copy = node.slice();
	copy[index] = slot;
	return copy;
}

/** Two different keys in one slot: a node (or a bucket once the hash bits run out) holding both. */
function split<V>(a: Entry<V>, b: Entry<V>, shift: number): Slot<V> {
	if (shift > MAX_SHIFT) return {bucket: [a, b]};
	const ia = (hashOf(a.key) >>> shift) & MASK;
	const ib = (hashOf(b.key) >>> shift) & MASK;
	const node: Slot<V>[] = new Array(WIDTH).fill(undefined);
	if (ia === ib) node[ia] = split(a, b, shift + BITS);
	else {
		node[ia] = a;
		node[ib] = b;
	}
	return node;
}

function insert<V>(node: Node<V>, h: number, entry: Entry<V>, shift: number): Node<V> {
	const index = (h >>> shift) & MASK;
	const slot = node[index];
	if (slot === undefined) return withSlot(node, index, entry);
	if (isNode(slot)) return withSlot(node, index, insert(slot, h, entry, shift + BITS));
	if (isBucket(slot)) return withSlot(node, index, {bucket: [...slot.bucket.filter((e) => e.key !== entry.key), entry]});
	if (slot.key === entry.key) return withSlot(node, index, entry);
	return withSlot(node, index, split(slot, entry, shift + BITS));
}

function remove<V>(node: Node<V>, h: number, key: string, shift: number): Node<V> {
	const index = (h >>> shift) & MASK;
	const slot = node[index];
	if (slot === undefined) return node;
	if (isNode(slot)) {
		const child = remove(slot, h, key, shift + BITS);
		if (child === slot) return node;
		// An emptied node is dropped, so a map that lost everything is as small as a new one.
		return withSlot(node, index, child.some((s) => s !== undefined) ? child : undefined);
	}
	if (isBucket(slot)) {
		const rest = slot.bucket.filter((e) => e.key !== key);
		return withSlot(node, index, rest.length === 1 ? rest[0] : {bucket: rest});
	}
	return slot.key === key ? withSlot(node, index, undefined) : node;
}

function collect<V>(node: Node<V>, out: Entry<V>[]): void {
	for (const slot of node) {
		if (slot === undefined) continue;
		if (isNode(slot)) collect(slot, out);
		else if (isBucket(slot)) out.push(...slot.bucket);
		else out.push(slot);
	}
}

function entriesOf<V>(slot: Slot<V>): readonly Entry<V>[] {
	if (slot === undefined) return [];
	if (isNode(slot)) {
		const out: Entry<V>[] = [];
		collect(slot, out);
		return out;
	}
	return isBucket(slot) ? slot.bucket : [slot];
}

/** The entries that differ between two tries, walking only the paths that are not shared. */
function diffSlots<V>(a: Slot<V>, b: Slot<V>, out: Map<string, number>): void {
	if (a === b) return;
	if (a !== undefined && b !== undefined && isNode(a) && isNode(b)) {
		for (let i = 0; i < WIDTH; i++) diffSlots(a[i], b[i], out);
		return;
	}
	const theirs = new Map(entriesOf(b).map((e) => [e.key, e]));
	for (const e of entriesOf(a)) {
		const o = theirs.get(e.key);
		if (!o || o.value !== e.value) out.set(e.key, e.seq);
		theirs.delete(e.key);
	}
	for (const e of theirs.values()) if (!out.has(e.key)) out.set(e.key, e.seq);
}

const EMPTY_NODE: Node<never> = Object.freeze(new Array(WIDTH).fill(undefined));

export class PMap<V> {
	static empty<V>(): PMap<V> {
		return new PMap<V>(EMPTY_NODE as Node<V>, 0, 0);
	}

	static from<V>(entries: Iterable<readonly [string, V]>): PMap<V> {
		let map = PMap.empty<V>();
		for (const [k, v] of entries) map = map.set(k, v);
		return map;
	}

	/** Entries in insertion order, made on the first full walk (the map never changes). */
	private ordered?: readonly Entry<V>[];

	private constructor(
		private readonly root: Node<V>,
		readonly size: number,
		private readonly nextSeq: number,
	) {}

	get(key: string): V | undefined {
		return lookup(this.root, key)?.value;
	}

	has(key: string): boolean {
		return lookup(this.root, key) !== undefined;
	}

	/** The map with `key` set; an existing key keeps its place in the order. */
	set(key: string, value: V): PMap<V> {
		const old = lookup(this.root, key);
		if (old && old.value === value) return this;
		const entry: Entry<V> = {key, value, seq: old ? old.seq : this.nextSeq};
		return new PMap(insert(this.root, hashOf(key), entry, 0), old ? this.size : this.size + 1, old ? this.nextSeq : this.nextSeq + 1);
	}

	delete(key: string): PMap<V> {
		if (!lookup(this.root, key)) return this;
		return new PMap(remove(this.root, hashOf(key), key, 0), this.size - 1, this.nextSeq);
	}

	private entryList(): readonly Entry<V>[] {
		if (!this.ordered) {
			const out: Entry<V>[] = [];
			collect(this.root, out);
			out.sort((a, b) => a.seq - b.seq);
			this.ordered = out;
		}
		return this.ordered;
	}

	values(): V[] {
		return this.entryList().map((e) => e.value);
	}

	/**
	 * Keys added, removed or given another value since `older` (a map this one was made from), in
	 * insertion order. Costs the size of the difference, not of the map: shared nodes are skipped.
	 */
	changedSince(older: PMap<V>): string[] {
		const out = new Map<string, number>();
		diffSlots(this.root, older.root, out);
		return [...out.entries()].sort((x, y) => x[1] - y[1]).map(([k]) => k);
	}

	keys(): string[] {
		return this.entryList().map((e) => e.key);
	}

	entries(): [string, V][] {
		return this.entryList().map((e) => [e.key, e.value]);
	}
}
