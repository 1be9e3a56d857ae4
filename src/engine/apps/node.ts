// Node programs as a person reads them: Express `app.get(path, handler)` + `app.listen(port[, host][, cb])`,
// and `http.createServer((req, res) => ...)` + `server.listen(...)`; what the handler sends and what the
// listen callback logs.
import {splitTop} from './python-read.js';
import {matchRoute, splitTarget} from './paths.js';
import {REASONS} from './flask.js';
import {expressEtag} from './sha1.js';
import {byteLength, out, type AppListen, type HttpAnswer, type Route, type Value} from './types.js';
import {evaluate, type Scope} from './values.js';
import type {LogLine} from '../types.js';

export interface NodeProgram {
	readonly framework: 'express' | 'node-http';
	readonly routes: Route[];
	readonly listen?: AppListen;
	readonly logs: LogLine[];
	readonly notes: string[];
}

/** The text between the bracket at `open` and its match. */
function enclosed(src: string, open: number): string | undefined {
	let depth = 0;
	let q: string | undefined;
	for (let i = open; i < src.length; i++) {
		const ch = src[i];
		if (q) {
			if (ch === '\\') i++;
			else if (ch === q) q = undefined;
			continue;
		}
		if (ch === '"' || ch === "'" || ch === '`') q = ch;
		else if ('([{'.includes(ch)) depth++;
		else if (')]}'.includes(ch) && --depth === 0) return src.slice(open + 1, i);
	}
	return undefined;
}

function stripComments(src: string): string {
	return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** `const PORT = <env PORT> || 3000;` and other top-level constants. */
function constants(src: string, env: readonly string[]): Record<string, Value> {
	const scope: Record<string, Value> = {};
	const envMap = new Map(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as const));
	for (const m of src.matchAll(/^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([^;\n]+)/gm)) {
		const v = envExpr(m[2].trim(), envMap, scope);
		if (v !== undefined) scope[m[1]] = v;
	}
	return scope;
}

function envExpr(expr: string, env: ReadonlyMap<string, string>, scope: Scope): Value | undefined {
	const alts = splitTop(expr, '||').flatMap((a) => splitTop(a, '??'));
	for (const alt of alts) {
		const e = /^process\.env\.(\w+)$|^process\.env\[['"](\w+)['"]\]$/.exec(alt);
		if (e) {
			const v = env.get(e[1] ?? e[2]);
			if (v !== undefined && v !== '') return v;
			continue;
		}
		const v = evaluate(alt, scope, 'js');
		if (v !== undefined) return v;
	}
	return undefined;
}

interface Sent {
	status?: number;
	headers: [string, string][];
	expr?: string;
	send?: 'send' | 'json' | 'end';
	chunked?: boolean;
}

/** What a handler body sends: res.status(n), res.writeHead(n, {...}), res.setHeader, res.send/json/end(x). */
function readHandler(body: string): Sent {
	const sent: Sent = {headers: []};
	const status = /res\.status\((\d+)\)|res\.statusCode\s*=\s*(\d+)/.exec(body);
	if (status) sent.status = Number(status[1] ?? status[2]);
	for (const h of body.matchAll(/res\.setHeader\(\s*(['"])([^'"]+)\1\s*,\s*(['"])([^'"]*)\3\s*\)/g)) sent.headers.push([h[2], h[4]]);
	const wh = /res\.writeHead\(/.exec(body);
	if (wh) {
		const inner = enclosed(body, wh.index + wh[0].length - 1) ?? '';
		const [code, headers] = splitTop(inner, ',');
		sent.status = Number(code) || 200;
		const obj = headers ? evaluate(headers, {}, 'js') : undefined;
		if (obj && typeof obj === 'object' && !Array.isArray(obj)) for (const [k, v] of Object.entries(obj)) sent.headers.push([k, String(v)]);
		sent.chunked = true;
	}
	const send = /res(?:\.status\(\d+\))?\.(send|json|end)\(/.exec(body);
	if (send) {
		sent.send = send[1] as Sent['send'];
		sent.expr = enclosed(body, send.index + send[0].length - 1) ?? undefined;
		if (sent.expr !== undefined && sent.expr.trim() === '') sent.expr = "''";
	}
	return sent;
}

/** Arguments of `x.listen(...)`: port, optional host, optional callback (its console.log lines). */
function readListen(args: string, scope: Scope, defaultHost: string): {listen: AppListen; logs: LogLine[]} {
	const parts = splitTop(args, ',');
	const port = evaluate(parts[0] ?? '', scope, 'js');
	const second = parts[1] !== undefined ? evaluate(parts[1], scope, 'js') : undefined;
	const host = typeof second === 'string' ? second : defaultHost;
	const listen = {port: Number(port) || 0, address: host === 'localhost' ? '127.0.0.1' : host};
	const logs: LogLine[] = [];
	const withPort = {...scope, port: listen.port};
	for (const m of args.matchAll(/console\.log\(/g)) {
		const inner = enclosed(args, m.index + m[0].length - 1);
		const values = inner === undefined ? [] : splitTop(inner, ',').map((p) => evaluate(p, withPort, 'js'));
		if (values.every((v) => v !== undefined)) logs.push(out(values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' ')));
	}
	return {listen, logs};
}

export function readNode(source: string, env: readonly string[]): NodeProgram | undefined {
	const src = stripComments(source);
	const scope = constants(src, env);
	const notes: string[] = [];
	const express = /require\(\s*['"]express['"]\s*\)|from\s+['"]express['"]/.test(src);
	const createServer = /\bcreateServer\s*\(/.exec(src);
	if (express) {
		const name = /(?:const|let|var)\s+(\w+)\s*=\s*express\(\s*\)/.exec(src)?.[1] ?? 'app';
		const routes: Route[] = [];
		for (const m of src.matchAll(new RegExp(`\\b${name}\\.(get|post|put|delete|patch|all)\\(`, 'g'))) {
			const inner = enclosed(src, m.index + m[0].length - 1);
			if (inner === undefined) continue;
			const [pathExpr, ...rest] = splitTop(inner, ',');
			const path = evaluate(pathExpr, scope, 'js');
			if (typeof path !== 'string') continue;
			const sent = readHandler(rest.join(','));
			routes.push({method: m[1].toUpperCase(), path, expr: sent.expr, status: sent.status, headers: sent.headers, send: sent.send, handler: `${m[1]} ${path}`, consts: scope});
		}
		const listen = new RegExp(`\\b${name}\\.listen\\(`).exec(src);
		const args = listen ? enclosed(src, listen.index + listen[0].length - 1) : undefined;
		const read = args === undefined ? undefined : readListen(args, scope, '::');
		return {framework: 'express', routes, listen: read?.listen, logs: read?.logs ?? [], notes};
	}
	if (createServer) {
		const inner = enclosed(src, createServer.index + createServer[0].length - 1) ?? '';
		const sent = readHandler(inner);
		if (/req\.url|req\.method/.test(inner)) notes.push('this server looks at req.url or req.method; netdojo answers every request with the first response its handler sends');
		const routes: Route[] = [{method: '*', path: '*', expr: sent.expr, status: sent.status, headers: sent.headers, send: 'end', chunked: sent.chunked, handler: 'createServer', consts: scope}];
		const listen = /\.listen\(/.exec(src.slice(createServer.index));
		const args = listen ? enclosed(src, createServer.index + listen.index + listen[0].length - 1) : undefined;
		const read = args === undefined ? undefined : readListen(args, scope, '::');
		return {framework: 'node-http', routes, listen: read?.listen, logs: read?.logs ?? [], notes};
	}
	return undefined;
}

const TAIL = (date: string) => [`Date: ${date}`, 'Connection: keep-alive', 'Keep-Alive: timeout=5'];

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function expressAnswer(routes: readonly Route[], method: string, target: string, date: string): HttpAnswer & {unfollowed?: string} {
	const {path} = splitTarget(target);
	const m = method === 'HEAD' ? 'GET' : method;
	for (const r of routes) {
		if (r.method !== m && r.method !== 'ALL') continue;
		const params = matchRoute(r.path, path);
		if (!params) continue;
		const scope: Record<string, Value> = {...r.consts};
		for (const [k, v] of Object.entries(params)) scope[`:${k}`] = v;
		const value = r.expr === undefined ? undefined : evaluate(r.expr, scope, 'js');
		const status = r.status ?? 200;
		const line = `HTTP/1.1 ${status} ${REASONS[status] ?? ''}`;
		if (value === undefined) return {status, statusLine: line, headers: ['X-Powered-By: Express', ...TAIL(date)], body: '', unfollowed: r.handler};
		const json = r.send === 'json' || (r.send === 'send' && typeof value === 'object');
		const body = json ? JSON.stringify(value) : String(value);
		const type = r.headers?.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? (json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8');
		return {status, statusLine: line, headers: ['X-Powered-By: Express', `Content-Type: ${type}`, `Content-Length: ${byteLength(body)}`, `ETag: ${expressEtag(body)}`, ...TAIL(date)], body};
	}
	const body = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${escapeHtml(method)} ${escapeHtml(path)}</pre>\n</body>\n</html>\n`;
	return {status: 404, statusLine: 'HTTP/1.1 404 Not Found', headers: ['X-Powered-By: Express', "Content-Security-Policy: default-src 'none'", 'X-Content-Type-Options: nosniff', 'Content-Type: text/html; charset=utf-8', `Content-Length: ${byteLength(body)}`, ...TAIL(date)], body};
}

export function nodeHttpAnswer(routes: readonly Route[], date: string): HttpAnswer & {unfollowed?: string} {
	const r = routes[0];
	const status = r?.status ?? 200;
	const value = r?.expr === undefined ? undefined : evaluate(r.expr, r.consts ?? {}, 'js');
	const body = value === undefined || value === null ? '' : String(value);
	const own = (r?.headers ?? []).map(([k, v]) => `${k}: ${v}`);
	const length = r?.chunked ? ['Transfer-Encoding: chunked'] : [`Content-Length: ${byteLength(body)}`];
	return {status, statusLine: `HTTP/1.1 ${status} ${REASONS[status] ?? ''}`, headers: [...own, ...TAIL(date), ...length], body, unfollowed: r?.expr !== undefined && value === undefined ? r.handler : undefined};
}
