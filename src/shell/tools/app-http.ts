// The learner's own app answering an HTTP request that reached its socket: curl and wget ask here when
// the listener carries an app (src/engine/apps). nginx's proxy_pass goes on to the upstream from the
// nginx container, as nginx would; an upstream that does not answer is nginx's 502 page.
import {probe, type ProbeResult} from '../../engine/index.js';
import {answerHttp} from '../../engine/apps/index.js';
import type {Listener, World} from '../../engine/types.js';
import {httpDate} from './common.js';

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
