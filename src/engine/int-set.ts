// A persistent set of 32-bit unsigned integers (IPv4 addresses) that finds the lowest absent
// number at or above a start in O(32 * depth), whatever the set's size: IPAM hands out the lowest
// free address, and scanning a network's taken addresses one by one made every `docker run` on
// a network of n containers cost n (issue 12). A radix trie, 5 bits a level; leaves are 32-bit
// bitmaps; each node keeps a mask of its full children so full stretches are skipped at once.

interface Inner {
	readonly kids: readonly Kid[];
	/** Bit i set: child i holds every number of its range. */
	readonly full: number;
}
type Kid = Inner | number | undefined;

const ALL = 0xffffffff | 0;
/** Shift of the root's children: 2 bits at the top, then 5 a level down to the leaves. */
const TOP = 30;

const childFull = (kid: Kid): boolean => (typeof kid === 'number' ? kid === ALL : kid !== undefined && kid.full === ALL);
const EMPTY: Inner = {kids: new Array(32).fill(undefined), full: 0};

function add(node: Inner, n: number, shift: number): Inner {
	const i = (n >>> shift) & 31;
	const kid = node.kids[i];
	let next: Kid;
	if (shift === 5) {
		const bits = (typeof kid === 'number' ? kid : 0) | (1 << (n & 31));
		if (bits === kid) return node;
		next = bits;
	} else {
		const child = add((kid as Inner | undefined) ?? EMPTY, n, shift - 5);
		if (child === kid) return node;
		next = child;
	}
	const kids = node.kids.slice();
	kids[i] = next;
	const full = childFull(next) ? node.full | (1 << i) : node.full & ~(1 << i);
	return {kids, full};
}

function drop(node: Inner, n: number, shift: number): Inner {
	const i = (n >>> shift) & 31;
	const kid = node.kids[i];
	if (kid === undefined) return node;
	let next: Kid;
	if (shift === 5) {
		const bits = (kid as number) & ~(1 << (n & 31));
		if (bits === kid) return node;
		next = bits === 0 ? undefined : bits;
	} else {
		const child = drop(kid as Inner, n, shift - 5);
		if (child === kid) return node;
		next = child.kids.every((k) => k === undefined) ? undefined : child;
	}
	const kids = node.kids.slice();
	kids[i] = next;
	return {kids, full: node.full & ~(1 << i)};
}

function contains(node: Inner, n: number): boolean {
	let cur: Inner = node;
	for (let shift = TOP; ; shift -= 5) {
		const kid = cur.kids[(n >>> shift) & 31];
		if (kid === undefined) return false;
		if (shift === 5) return ((kid as number) & (1 << (n & 31))) !== 0;
		cur = kid as Inner;
	}
}

/** The lowest absent number >= from inside the node covering [base, base + 32 << shift), or -1. */
function firstAbsent(node: Inner, base: number, shift: number, from: number): number {
	const span = 2 ** shift;
	const start = from > base ? Math.floor((from - base) / span) : 0;
	for (let i = start; i < 32; i++) {
		const kidBase = base + i * span;
		if (kidBase >= 2 ** 32) return -1;
		const kid = node.kids[i];
		const low = Math.max(from, kidBase);
		if (kid === undefined) return low;
		if ((node.full & (1 << i)) !== 0) continue;
		if (shift === 5) {
			const free = ~(kid as number) & (ALL << (low - kidBase));
			if (free !== 0) return kidBase + (31 - Math.clz32(free & -free));
			continue;
		}
		const found = firstAbsent(kid as Inner, kidBase, shift - 5, low);
		if (found >= 0) return found;
	}
	return -1;
}

export class IntSet {
	static readonly empty = new IntSet(EMPTY, 0);

	private constructor(
		private readonly root: Inner,
		readonly size: number,
	) {}

	has(n: number): boolean {
		return contains(this.root, n >>> 0);
	}

	add(n: number): IntSet {
		if (this.has(n)) return this;
		return new IntSet(add(this.root, n >>> 0, TOP), this.size + 1);
	}

	delete(n: number): IntSet {
		if (!this.has(n)) return this;
		return new IntSet(drop(this.root, n >>> 0, TOP), this.size - 1);
	}

	/** The lowest number >= from not in the set (undefined past 2^32 - 1). */
	lowestAbsentFrom(from: number): number | undefined {
		const n = firstAbsent(this.root, 0, TOP, Math.max(0, from));
		return n < 0 ? undefined : n;
	}
}
