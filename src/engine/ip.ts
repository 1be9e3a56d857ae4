// IPv4 arithmetic on 32-bit numbers. ipaddr.js parses and validates; the arithmetic here is
// what IPAM needs (contains, nth address, overlap) without allocating objects per address.
import ipaddr from 'ipaddr.js';

export interface Cidr {
	readonly base: number;
	readonly prefix: number;
}

/** Dotted-quad IPv4 with each part 0-255 and no leading zeros (what Docker and Go accept). */
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4(text: string): boolean {
	return IPV4.test(text);
}

export function isIP(text: string): boolean {
	if (IPV4.test(text)) return true;
	// Only IPv6 needs the full parser.
	return text.includes(':') && ipaddr.IPv6.isValid(text);
}

// Addresses and subnets repeat endlessly (every probe parses a few), so parsed forms are memoised.
const intCache = new Map<string, number>();
const cidrCache = new Map<string, Cidr>();
const CACHE_LIMIT = 50_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(key, value);
	return value;
}

export function ipToInt(text: string): number {
	const hit = intCache.get(text);
	if (hit !== undefined) return hit;
	const parts = text.split('.').map(Number);
	return remember(intCache, text, ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0);
}

export function intToIp(n: number): string {
	return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function mask(prefix: number): number {
	return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Parses `a.b.c.d/n` (IPv4 only); undefined when it is not one. */
export function parseCidr(text: string): {ip: number; prefix: number} | undefined {
	const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text);
	if (!m || !isIPv4(m[1])) return undefined;
	const prefix = Number(m[2]);
	if (prefix > 32) return undefined;
	return {ip: ipToInt(m[1]), prefix};
}

export function cidrOf(text: string): Cidr {
	const hit = cidrCache.get(text);
	if (hit) return hit;
	const p = parseCidr(text);
	if (!p) throw new Error(`not a CIDR: ${text}`);
	return remember(cidrCache, text, {base: (p.ip & mask(p.prefix)) >>> 0, prefix: p.prefix});
}

export function cidrText(c: Cidr): string {
	return `${intToIp(c.base)}/${c.prefix}`;
}

export function cidrContains(c: Cidr, ip: number): boolean {
	return ((ip & mask(c.prefix)) >>> 0) === c.base;
}

export function cidrSize(c: Cidr): number {
	return 2 ** (32 - c.prefix);
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
	const p = Math.min(a.prefix, b.prefix);
	return ((a.base & mask(p)) >>> 0) === ((b.base & mask(p)) >>> 0);
}

export function inSubnet(subnet: string, ip: string): boolean {
	if (!isIPv4(ip)) return false;
	return cidrContains(cidrOf(subnet), ipToInt(ip));
}

export function prefixOf(subnet: string): number {
	return cidrOf(subnet).prefix;
}

/** Docker (≤v27) derives a container's MAC from its IPv4 address: 02:42 + the four bytes. */
export function macFromIp(ip: string): string {
	const n = ipToInt(ip);
	const bytes = [0x02, 0x42, n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
	return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

export function isLoopback(ip: string): boolean {
	// Called on every probe: a prefix test, not a full parse (127.0.0.0/8, or IPv6 ::1).
	return ip.includes('.') ? ip.startsWith('127.') : ip === '::1';
}
