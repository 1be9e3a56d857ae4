// Deterministic randomness: a world carries its PRNG state, so the same seed and the same
// commands always print the same ids. mulberry32 is small, fast and good enough for ids.

export interface Draw<T> {
	readonly value: T;
	readonly rng: number;
}

export function nextUint32(rng: number): Draw<number> {
	let t = (rng + 0x6d2b79f5) | 0;
	const next = t;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return {value: (t ^ (t >>> 14)) >>> 0, rng: next};
}

/** `length` lowercase hex digits. */
export function hex(rng: number, length: number): Draw<string> {
	let out = '';
	let state = rng;
	while (out.length < length) {
		const d = nextUint32(state);
		state = d.rng;
		out += d.value.toString(16).padStart(8, '0');
	}
	return {value: out.slice(0, length), rng: state};
}

const base36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Swarm object ids are 25 base-36 characters. */
export function base36Id(rng: number, length = 25): Draw<string> {
	let out = '';
	let state = rng;
	while (out.length < length) {
		const d = nextUint32(state);
		state = d.rng;
		out += base36[d.value % 36];
	}
	return {value: out, rng: state};
}

export function seedToRng(seed: number): number {
	return (seed * 2654435761) | 0;
}
