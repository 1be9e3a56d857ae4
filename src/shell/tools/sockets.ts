// Listening sockets where a tool runs: docker-proxy and host-mode servers (plus sshd) in the
// host's namespace; the sandbox's listeners (plus the embedded DNS server's TCP socket) in a container.
import {hostSockets, sandboxListeners, usesEmbeddedDns} from '../../engine/index.js';
import type {ToolContext} from '../context.js';
import {hostOf, inHostNamespace, namespaceOwner, stableHash} from './common.js';

export interface Socket {
	readonly address: string;
	readonly port: number;
	readonly protocol: string;
	readonly program: string;
	readonly pid: number;
	readonly fd: number;
	readonly backlog: number;
}

const BACKLOG: Record<string, number> = {'docker-proxy': 4096, sshd: 128, nginx: 511, httpd: 511, 'redis-server': 511, python3: 5, uvicorn: 2048, flask: 128, gunicorn: 2048, node: 511, postgres: 244, mysqld: 151, dockerd: 4096, nc: 1};

export function listeningSockets(ctx: ToolContext): Socket[] {
	const host = hostOf(ctx);
	const out: Socket[] = [];
	if (inHostNamespace(ctx)) {
		out.push({address: '0.0.0.0', port: 22, protocol: 'tcp', program: 'sshd', pid: 612, fd: 3, backlog: 128});
		out.push({address: '::', port: 22, protocol: 'tcp', program: 'sshd', pid: 612, fd: 4, backlog: 128});
		for (const s of hostSockets(host)) {
			const c = host.containers.get(s.owner)!;
			if (s.viaProxy) {
				out.push({address: s.address, port: s.port, protocol: s.protocol, program: 'docker-proxy', pid: 2000 + (stableHash(`${s.owner}:${s.address}:${s.port}/${s.protocol}`) % 6000), fd: 4, backlog: 4096});
			} else {
				const l = c.listeners.find((x) => x.port === s.port && x.address === s.address);
				const program = l?.program ?? 'unknown';
				out.push({address: s.address, port: s.port, protocol: s.protocol, program, pid: c.pid || 1, fd: 6 + out.length % 3, backlog: BACKLOG[program] ?? 4096});
			}
		}
		return out;
	}
	const owner = namespaceOwner(ctx)!;
	for (const l of sandboxListeners(host, owner)) {
		out.push({address: l.address, port: l.port, protocol: l.protocol, program: l.program, pid: 1, fd: 6, backlog: BACKLOG[l.program] ?? 4096});
	}
	if (usesEmbeddedDns(host, owner)) {
		out.push({address: '127.0.0.11', port: 32768 + (stableHash(`dns:${owner.id}`) % 28000), protocol: 'tcp', program: 'dockerd', pid: 0, fd: 0, backlog: 4096});
	}
	return out;
}
