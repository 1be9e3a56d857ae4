// The learner's own app answering an HTTP request that reached its socket: curl and wget ask here when
// the listener carries an app (src/engine/apps). nginx's proxy_pass goes on to the upstream from the
// nginx container, as nginx would; an upstream that does not answer is nginx's 502 page.
import {appendLogs, probe, type ProbeResult} from '../../engine/index.js';
import {accessLog, answerHttp} from '../../engine/apps/index.js';
import type {Container, Listener, World} from '../../engine/types.js';
import type {Location, ToolContext} from '../context.js';
import {httpDate, measure} from './common.js';

export interface AppReply {
	readonly code: number;
	/** Status line, then headers, as curl -i shows them. */
	readonly headers: string[];
	readonly body: string;
}

const BAD_GATEWAY = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n';

function ownerOf(world: World, l: Listener): {host: string; id: string} | undefined {
	for (const [hostName, host] of Object.entries(world.hosts)) {
		for (const c of host.containers.values()) if (c.listeners.includes(l)) return {host: hostName, id: c.id};
	}
	return undefined;
}

/** What the app behind `r.listener` answers, or undefined when no app of the learner's is there. */
export function appReply(world: World, r: ProbeResult, method: string, path: string, port: number, depth = 0): AppReply | undefined {
	const app = r.listener?.app;
	if (!app || !r.listener) return undefined;
	const date = httpDate(world.clock);
	const a = answerHttp(app, method, path || '/', date, port);
	if (a.proxy && depth < 5) {
		const owner = ownerOf(world, r.listener);
		const next = owner ? probe(world, {from: {kind: 'container', host: owner.host, id: owner.id}, target: a.proxy.host, protocol: 'tcp', port: a.proxy.port}) : undefined;
		const up = next && next.outcome === 'ok' && next.listener ? (appReply(world, next, method, a.proxy.path || '/', a.proxy.port, depth + 1) ?? (next.listener.body !== undefined ? {code: 200, headers: ['HTTP/1.1 200 OK'], body: next.listener.body} : undefined)) : undefined;
		if (!up) {
			const len = Buffer.byteLength(BAD_GATEWAY);
			return {code: 502, headers: ['HTTP/1.1 502 Bad Gateway', 'Server: nginx/1.27.3', `Date: ${date}`, 'Content-Type: text/html', `Content-Length: ${len}`, 'Connection: keep-alive'], body: BAD_GATEWAY};
		}
		// nginx passes the upstream's status and body on, under its own Server header.
		const rest = up.headers.slice(1).filter((h) => !/^(server|date|connection|keep-alive|transfer-encoding|content-length):/i.test(h));
		return {code: up.code, headers: [up.headers[0], 'Server: nginx/1.27.3', `Date: ${date}`, ...rest, `Content-Length: ${Buffer.byteLength(up.body)}`, 'Connection: keep-alive'], body: up.body};
	}
	return {code: a.status, headers: [a.statusLine, ...a.headers], body: a.body};
}

/** Code and reason from the reply's status line (`HTTP/1.1 404 NOT FOUND` -> 404, NOT FOUND). */
export function replyStatus(reply: AppReply): {code: number; reason: string} {
	const m = /^HTTP\/\d\.\d (\d+) ?(.*)$/.exec(reply.headers[0] ?? '');
	return {code: reply.code, reason: m?.[2] ?? ''};
}

function ipOn(c: Container | undefined, network: string): string | undefined {
	return c?.networks[network]?.endpoint?.ip;
}

/**
 * The peer address the server sees: loopback stays loopback; a client on one of the server's networks
 * comes from its own address there; anything else (the host, docker-proxy for a published port, another
 * network through the host) arrives from the gateway of the server's network (measured: 172.17.0.1).
 */
function clientAddress(world: World, from: Location, owner: {host: string; id: string}, r: ProbeResult): string {
	const host = world.hosts[owner.host];
	const server = host?.containers.get(owner.id);
	const client = from.kind === 'container' ? world.hosts[from.host]?.containers.get(from.id) : undefined;
	if (!server) return r.ip ?? '127.0.0.1';
	// Loopback inside one network namespace: the server's own, or the host's for a host-mode server.
	const sameNetns = client ? client.id === server.id || client.networkMode === `container:${server.id}` || (client.networkMode === 'host' && server.networkMode === 'host') : server.networkMode === 'host';
	if (r.ip && (/^127\./.test(r.ip) || r.ip === '::1') && sameNetns) return r.ip === '::1' ? '::1' : '127.0.0.1';
	const nets = Object.keys(server.networks);
	if (nets.length === 0) return client ? (Object.values(client.networks)[0]?.endpoint?.ip ?? r.ip ?? '127.0.0.1') : (r.ip ?? '127.0.0.1');
	if (client) for (const n of nets) {
		const ip = ipOn(client, n);
		if (ip && ipOn(server, n)) return ip;
	}
	const ep = Object.values(server.networks).find((e) => e.endpoint)?.endpoint;
	return ep?.gateway ?? r.ip ?? '127.0.0.1';
}

/** appReply, and the access-log line the app writes for it goes into its container's logs. */
export function serveApp(ctx: ToolContext, r: ProbeResult, method: string, path: string, port: number): AppReply | undefined {
	const reply = appReply(ctx.world, r, method, path, port);
	const app = r.listener?.app;
	if (!reply || !app || !r.listener) return reply;
	const owner = ownerOf(ctx.world, r.listener);
	if (!owner) return reply;
	const logged = ctx.world.hosts[owner.host]?.containers.get(owner.id)?.logs.length ?? 0;
	const line = accessLog(app, {
		client: clientAddress(ctx.world, ctx.location, owner, r),
		clientPort: measure(ctx.world, `client-port:${owner.id}:${logged}`, 32768, 60999),
		method,
		target: path || '/',
		status: reply.code,
		now: ctx.world.clock,
	});
	if (line) ctx.setWorld(appendLogs(ctx.world, owner.host, owner.id, [line]));
	return reply;
}
