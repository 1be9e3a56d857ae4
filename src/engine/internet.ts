// The internet behind the host's LAN router, simulated: no packet ever leaves the game. Every
// public IPv4 address answers ping; names resolve to a fixed address each (the same in every run);
// names that cannot exist (RFC 6761/2606 special-use domains, single labels) get NXDOMAIN; web
// servers answer HTTP and HTTPS, public resolvers answer on port 53, everything else is dropped by
// the far side's firewall, as most of the internet does.
import {cidrContains, cidrOf, intToIp, ipToInt, isIPv4} from './ip.js';

/** example.com: the one server levels name. */
export const INTERNET_IP = '93.184.215.14';

/** Names with an address of their own (the rest are derived from the name). */
const KNOWN: Readonly<Record<string, string>> = {
	'example.com': INTERNET_IP,
	'www.example.com': INTERNET_IP,
	'example.org': '93.184.215.34',
	'example.net': '93.184.215.24',
	'dns.google': '8.8.8.8',
	'one.one.one.one': '1.1.1.1',
	'dns.quad9.net': '9.9.9.9',
};

/** Public resolvers: they answer DNS on port 53 (TCP here; UDP as well). */
const RESOLVERS = new Set(['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220']);

/** Address blocks that are not on the public internet (RFC 6890 and friends). */
const NOT_PUBLIC = [
	'0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24',
	'192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
].map((c) => cidrOf(c));

/** Domains that never resolve on the internet (RFC 6761, RFC 2606, RFC 8375 and mDNS's .local). */
const NEVER = ['invalid', 'test', 'example', 'localhost', 'local', 'onion', 'home.arpa', 'internal', 'lan', 'localdomain'];

export function isPublicIPv4(ip: string): boolean {
	if (!isIPv4(ip)) return false;
	const n = ipToInt(ip);
	return !NOT_PUBLIC.some((c) => cidrContains(c, n));
}

/** FNV-1a, 32 bits: a stable number from a string. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h >>> 0;
}

/** The address a public name has: its own, or one derived from the name; undefined for NXDOMAIN. */
export function resolvePublic(rawName: string): string | undefined {
	const name = rawName.toLowerCase().replace(/\.$/, '');
	if (Object.hasOwn(KNOWN, name)) return KNOWN[name];
	const labels = name.split('.');
	if (labels.length < 2 || labels.some((l) => !/^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/.test(l)) || name.length > 253) return undefined;
	if (NEVER.some((d) => name === d || name.endsWith(`.${d}`))) return undefined;
	// The last label must look like a top-level domain: letters only (xn-- for IDNs).
	if (!/^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(labels[labels.length - 1])) return undefined;
	// About nine draws in ten are public; a bounded number of tries, then a fixed public block.
	for (let salt = 0; salt < 32; salt++) {
		const ip = intToIp((hash(`${salt}:${name}`) % 0xdf000000) + 0x01000000);
		if (isPublicIPv4(ip)) return ip;
	}
	return intToIp(0x5db8d700 + (hash(name) & 0xff));
}

export interface InternetHost {
	readonly ip: string;
	/** What replies carry when they reach the host's LAN interface (initial TTL minus the hops). */
	readonly ttl: number;
	/** Round trip from the host, in microseconds. */
	readonly rttUs: number;
	/** The ports it accepts on: 80 and 443 for a web server, 53 for a resolver. */
	readonly ports: readonly number[];
}

/** The machine at a public address, or undefined when the address is not on the internet. */
export function internetHost(ip: string): InternetHost | undefined {
	if (!isPublicIPv4(ip)) return undefined;
	const h = hash(`host:${ip}`);
	// Windows-like stacks start at 128, most servers at 64; 8 to 19 routers lie in between.
	const initial = RESOLVERS.has(ip) ? 128 : h % 3 === 0 ? 128 : 64;
	const hops = 8 + (h >>> 4) % 12;
	const rttUs = RESOLVERS.has(ip) ? 4_000 + (h >>> 8) % 9_000 : 9_000 + (h >>> 8) % 140_000;
	return {ip, ttl: initial - hops, rttUs, ports: RESOLVERS.has(ip) ? [53, 443] : [80, 443]};
}

/** What a web server on the simulated internet sends for `/` (example.com's real page for it). */
export function internetPage(ip: string, name: string): string {
	if (ip === INTERNET_IP) return EXAMPLE_BODY;
	return `<!doctype html>\n<html>\n<head><title>${name}</title></head>\n<body>\n<p>${name} (${ip}): a web server on netdojo's simulated internet.</p>\n</body>\n</html>\n`;
}

export const EXAMPLE_BODY = '<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n<body>\n<div>\n    <h1>Example Domain</h1>\n    <p>This domain is for use in illustrative examples in documents.</p>\n</div>\n</body>\n</html>\n';
