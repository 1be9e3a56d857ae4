// An IPv4 literal resolves to itself from anywhere; probing many pairs asks for the same few
// thousand addresses again and again, so their (immutable) resolutions are kept.
import type {Resolution} from './dns.js';
import {isIPv4} from './ip.js';

const literals = new Map<string, Resolution>();

export function literalResolution(target: string): Resolution | undefined {
	const hit = literals.get(target);
	if (hit) return hit;
	if (!isIPv4(target)) return undefined;
	if (literals.size > 50_000) literals.clear();
	const r: Resolution = Object.freeze({ips: Object.freeze([target]) as string[], source: 'literal', server: ''});
	literals.set(target, r);
	return r;
}

