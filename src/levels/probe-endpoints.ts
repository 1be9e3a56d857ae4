// The two ends of a probe goal, as written in a level (`from: web@host2`,
// `to: "db:5432"`) and as the engine wants them (a tagged union). The schema uses
// the parsers below to reject a malformed end with a precise reason; the engine
// uses the normalizers so that no one else has to re-parse these strings.

/** A container name as Docker accepts it, minus the two-letter minimum (that is the engine's error to show). */
export const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** A host name or IPv4 address, as it may appear in `name:port` or as a ping target. */
const HOST_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9_.-]*[a-zA-Z0-9])?$/;

export type ProbeSource =
	| {kind: 'host'; host?: string}
	| {kind: 'external'}
	| {kind: 'container'; container: string; host?: string};

export type ProbeTarget =
	| {kind: 'url'; url: string; scheme: 'http' | 'https'; host: string; port: number; path: string}
	| {kind: 'tcp'; host: string; port: number}
	/** `udp://host:port` (v1.1): met when a UDP socket is bound there and the path is open. */
	| {kind: 'udp'; host: string; port: number}
	| {kind: 'ping'; host: string}
	| {kind: 'container'; container: string; port?: number; protocol?: 'tcp' | 'udp'}
	| {kind: 'internet'; port?: number};

/** `to` as a level file may write it. */
export type ProbeTo = string | {container: string; port?: number; protocol?: 'tcp' | 'udp'} | {internet: true; port?: number};

type Parsed<T> = {ok: true; value: T} | {ok: false; reason: string};

/**
 * `host`, `external`, `<container>` or `<container>@<host>`. A bare name that is one of
 * the level's host names (`hostNames`) means that host, so multi-host levels can say `from: worker`.
 */
export function parseProbeSource(from: string, hostNames: readonly string[] = []): Parsed<ProbeSource> {
	if (from === 'host') return {ok: true, value: {kind: 'host'}};
	if (from === 'external') return {ok: true, value: {kind: 'external'}};
	const at = from.indexOf('@');
	const container = at < 0 ? from : from.slice(0, at);
	const host = at < 0 ? undefined : from.slice(at + 1);
	if (!CONTAINER_NAME.test(container)) {
		return {ok: false, reason: `"${container}" is not a container name`};
	}
	if (host !== undefined) {
		if (!HOST_NAME.test(host)) return {ok: false, reason: `"${host}" after "@" is not a host name`};
		return {ok: true, value: {kind: 'container', container, host}};
	}
	if (hostNames.includes(container)) return {ok: true, value: {kind: 'host', host: container}};
	return {ok: true, value: {kind: 'container', container}};
}

function parsePort(text: string): number | undefined {
	if (!/^\d{1,5}$/.test(text)) return undefined;
	const port = Number(text);
	return port >= 1 && port <= 65535 ? port : undefined;
}

/** `udp://HOST:PORT`: a host name or IPv4 address and a port, nothing else. */
function parseUdp(to: string): Parsed<ProbeTarget> {
	const rest = to.slice('udp://'.length);
	const colon = rest.lastIndexOf(':');
	if (colon < 0) return {ok: false, reason: `"${to}" has no port; a UDP probe is udp://HOST:PORT, like udp://dns:53`};
	const host = rest.slice(0, colon);
	const portText = rest.slice(colon + 1);
	if (!HOST_NAME.test(host)) return {ok: false, reason: `"${host}" in "${to}" is not a host name or IP address`};
	const port = parsePort(portText);
	if (port === undefined) return {ok: false, reason: `port "${portText}" in "${to}" is not a number from 1 to 65535 (udp://HOST:PORT, no path)`};
	return {ok: true, value: {kind: 'udp', host, port}};
}

/** A string target: a URL, `udp://host:port`, `name:port`, a bare name or IP, or `internet`. */
export function parseProbeTargetString(to: string): Parsed<ProbeTarget> {
	if (to === 'internet') return {ok: true, value: {kind: 'internet'}};
	if (to.startsWith('udp://')) return parseUdp(to);
	if (to.includes('://')) {
		let url: URL;
		try {
			url = new URL(to);
		} catch {
			return {ok: false, reason: `"${to}" is not a valid URL`};
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') {
			return {ok: false, reason: `only http://, https:// and udp:// targets can be probed, got "${url.protocol}//"`};
		}
		if (!url.hostname) return {ok: false, reason: `the URL "${to}" has no host`};
		const scheme = url.protocol === 'https:' ? 'https' : 'http';
		const port = url.port ? Number(url.port) : scheme === 'https' ? 443 : 80;
		// URL keeps IPv6 hosts in brackets; the engine wants the bare address.
		const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
		return {ok: true, value: {kind: 'url', url: to, scheme, host, port, path: url.pathname + url.search}};
	}
	const colon = to.lastIndexOf(':');
	if (colon >= 0) {
		const host = to.slice(0, colon);
		const portText = to.slice(colon + 1);
		if (!HOST_NAME.test(host)) return {ok: false, reason: `"${host}" is not a host name or IP address`};
		const port = parsePort(portText);
		if (port === undefined) return {ok: false, reason: `port "${portText}" is not a number from 1 to 65535`};
		return {ok: true, value: {kind: 'tcp', host, port}};
	}
	if (!HOST_NAME.test(to)) {
		return {ok: false, reason: `"${to}" is not a URL, "name:port", a name or an IP address`};
	}
	return {ok: true, value: {kind: 'ping', host: to}};
}

/** The `from` of a validated goal, normalized. Throws only on input the schema would have rejected. */
export function probeSource(from: string, hostNames: readonly string[] = []): ProbeSource {
	const parsed = parseProbeSource(from, hostNames);
	if (!parsed.ok) throw new Error(`invalid probe source: ${parsed.reason}`);
	return parsed.value;
}

/** The `to` of a validated goal, normalized. Throws only on input the schema would have rejected. */
export function probeTarget(to: ProbeTo): ProbeTarget {
	if (typeof to !== 'string') {
		return 'container' in to ? {kind: 'container', container: to.container, port: to.port, ...(to.protocol ? {protocol: to.protocol} : {})} : {kind: 'internet', port: to.port};
	}
	const parsed = parseProbeTargetString(to);
	if (!parsed.ok) throw new Error(`invalid probe target: ${parsed.reason}`);
	return parsed.value;
}
