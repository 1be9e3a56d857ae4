// Shared helpers for the network tools: where the tool runs (the probe's viewpoint), the
// container it runs in, deterministic "measured" numbers, and small output helpers.
import type {Container, Host, Viewpoint, World} from '../../engine/index.js';
import {sandboxOwner} from '../../engine/index.js';
import type {ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';

export function viewpoint(ctx: ToolContext): Viewpoint {
	const loc = ctx.location;
	return loc.kind === 'host' ? {kind: 'host', host: loc.host} : {kind: 'container', host: loc.host, id: loc.id};
}

export function hostOf(ctx: ToolContext): Host {
	return ctx.world.hosts[ctx.location.host];
}

/** The container the tool runs in, or undefined on the host. */
export function containerOf(ctx: ToolContext): Container | undefined {
	if (ctx.location.kind !== 'container') return undefined;
	return hostOf(ctx).containers.get(ctx.location.id);
}

/** The container whose network namespace the tool sees (the owner for `container:X` mode). */
export function namespaceOwner(ctx: ToolContext): Container | undefined {
	const c = containerOf(ctx);
	return c ? sandboxOwner(hostOf(ctx), c) : undefined;
}

/** Whether the tool runs in the host's network namespace (on the host, or in a host-mode container). */
export function inHostNamespace(ctx: ToolContext): boolean {
	const owner = namespaceOwner(ctx);
	return !owner || owner.networkMode === 'host';
}

/** FNV-1a over a string: a stable number for "measured" values (round-trip times, ports, pids). */
export function stableHash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

/** A deterministic number in [min, max] for `key`, varying with the world's seed and clock. */
export function measure(world: World, key: string, min: number, max: number): number {
	const h = stableHash(`${world.seed}:${world.clock}:${key}`);
	return min + (h % (max - min + 1));
}

/**
 * Whether stdout is a terminal. The recordings (ground truth) were made with stdout on a pipe,
 * and `netdojo script` has no terminal either, so tools behave as with a pipe unless the
 * session sets NETDOJO_TTY=1 (curl's progress meter, ls's columns).
 */
export function stdoutIsTty(io: CommandIO): boolean {
	return io.env.NETDOJO_TTY === '1';
}

export function result(stdout: string, stderr: string, exitCode: number): CommandResult {
	return {stdout, stderr, exitCode};
}

/** HTTP status of a listener's body: the default 404 pages of the simulated servers, else 200. */
export function httpStatus(body: string | undefined): {code: number; reason: string} {
	if (body !== undefined && (body.startsWith('{"detail":"Not Found"}') || body.includes('<H1>404 Not Found</H1>'))) return {code: 404, reason: 'Not Found'};
	return {code: 200, reason: 'OK'};
}

/** The Server header a program sends. */
export function serverHeader(program: string): string | undefined {
	switch (program) {
		case 'nginx':
			return 'nginx/1.27.3';
		case 'uvicorn':
			return 'uvicorn';
		case 'flask':
			return 'Werkzeug/3.1.3 Python/3.12.8';
		case 'gunicorn':
			return 'gunicorn';
		case 'httpd':
			return 'Apache/2.4.62 (Unix)';
		case 'python3':
		case 'python':
			return 'SimpleHTTP/0.6 Python/3.12.8';
		case 'example.com':
			return 'ECAcc (lac/55B8)';
		default:
			return undefined;
	}
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 7231 date: `Mon, 23 Nov 2026 16:17:11 GMT`. */
export function httpDate(ms: number): string {
	const d = new Date(ms);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

/** Response headers a program sends for a body (order as the real servers send them). */
export function responseHeaders(world: World, program: string, body: string, head = false): string[] {
	const {code, reason} = httpStatus(body);
	const date = httpDate(world.clock);
	const len = Buffer.byteLength(body);
	const server = serverHeader(program);
	const lines = [`HTTP/1.1 ${code} ${reason}`];
	if (program === 'nginx') {
		lines.push(`Server: ${server}`, `Date: ${date}`, 'Content-Type: text/html', `Content-Length: ${len}`, `Last-Modified: ${httpDate(Date.UTC(2024, 10, 26, 15, 55, 0))}`, 'Connection: keep-alive', `ETag: "6745ef54-${len.toString(16)}"`, 'Accept-Ranges: bytes');
	} else if (program === 'uvicorn') {
		lines.push(`date: ${date}`, 'server: uvicorn', `content-length: ${len}`, 'content-type: application/json');
	} else if (program === 'flask') {
		lines.push(`Server: ${server}`, `Date: ${date}`, 'Content-Type: text/html; charset=utf-8', `Content-Length: ${len}`, 'Connection: close');
	} else if (program === 'httpd') {
		lines.push(`Date: ${date}`, `Server: ${server}`, `Last-Modified: ${httpDate(Date.UTC(2024, 6, 9, 20, 13, 22))}`, `ETag: "${len.toString(16)}-61cc8a5c6c480"`, 'Accept-Ranges: bytes', `Content-Length: ${len}`, 'Content-Type: text/html');
	} else if (program === 'python3' || program === 'python') {
		lines.push(`Server: ${server}`, `Date: ${date}`, 'Content-type: text/html; charset=utf-8', `Content-Length: ${len}`);
	} else {
		if (server) lines.push(`Server: ${server}`);
		lines.push(`Date: ${date}`, `Content-Type: ${body.trimStart().startsWith('{') ? 'application/json' : 'text/html'}`, `Content-Length: ${len}`);
	}
	void head;
	return lines;
}

/** Removes one trailing dot and brackets around an IPv6 literal. */
export function bareHost(host: string): string {
	return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
