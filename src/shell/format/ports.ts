/**
 * The PORTS column of `docker ps` (formatter.DisplayablePorts, docker/cli v28.2).
 *
 * Ports are sorted (private port, host IP as a string, public port, protocol). Exposed
 * ports and ports published on the same number are grouped into ranges per protocol (and
 * per host IP); a new group started after a gap pushes the previous one out immediately,
 * while the groups still open at the end follow in creation order. Mappings to a different
 * host port come last. IPv6 hosts are bracketed by net.JoinHostPort (`[::]:8080`).
 */

export interface Port {
	PrivatePort: number;
	PublicPort?: number;
	Type: 'tcp' | 'udp' | 'sctp';
	IP?: string;
}

const joinHostPort = (host: string, port: string): string => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function comparePorts(a: Port, b: Port): number {
	if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
	if ((a.IP ?? '') !== (b.IP ?? '')) return cmpStr(a.IP ?? '', b.IP ?? '');
	if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
	return cmpStr(a.Type, b.Type);
}

function formGroup(key: string, first: number, last: number): string {
	const parts = key.split('/');
	let type = parts[0];
	let ip = '';
	if (parts.length > 1) {
		ip = parts[0];
		type = parts[1];
	}
	let group = String(first);
	if (first !== last) group += `-${last}`;
	if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
	return `${group}/${type}`;
}

export function displayablePorts(ports: readonly Port[]): string {
	const sorted = [...ports].sort(comparePorts);
	const groups = new Map<string, {first: number; last: number}>();
	const result: string[] = [];
	const hostMappings: string[] = [];
	for (const p of sorted) {
		const current = p.PrivatePort;
		let key: string = p.Type;
		if (p.IP) {
			if ((p.PublicPort ?? 0) !== current) {
				hostMappings.push(`${joinHostPort(p.IP, String(p.PublicPort ?? 0))}->${p.PrivatePort}/${p.Type}`);
				continue;
			}
			key = `${p.IP}/${p.Type}`;
		}
		const g = groups.get(key);
		if (!g) {
			groups.set(key, {first: current, last: current});
			continue;
		}
		if (current === g.last + 1) {
			g.last = current;
			continue;
		}
		result.push(formGroup(key, g.first, g.last));
		// Go replaces the map entry; the key keeps its original creation slot.
		groups.set(key, {first: current, last: current});
	}
	for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
	return [...result, ...hostMappings].join(', ');
}
