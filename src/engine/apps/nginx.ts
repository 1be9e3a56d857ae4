// nginx with the learner's configuration: server blocks' `listen`, `root`, `index`, `location` with
// `root`, `proxy_pass` and `return`. Upstream names are resolved at start, as nginx does: one that does
// not resolve stops nginx with its own [emerg] line and status 1.
import {join} from './httpserver.js';
import {byteLength, err, type AppListen, type HttpAnswer, type NginxLocation, type ReadFile, type ListDir} from './types.js';
import type {LogLine} from '../types.js';

export const NGINX_SERVER = 'nginx/1.27.3';

interface Directive {
	readonly name: string;
	readonly args: string[];
	readonly line: number;
	readonly block?: Directive[];
}

/** Parses nginx's configuration syntax: `name args;` and `name args { ... }`, `#` comments, quotes. */
export function parseNginx(text: string): Directive[] | {error: string; line: number} {
	let i = 0;
	let line = 1;
	const next = (): {tok: string; line: number} | undefined => {
		while (i < text.length) {
			const ch = text[i];
			if (ch === '\n') line++;
			if (/\s/.test(ch)) i++;
			else if (ch === '#') while (i < text.length && text[i] !== '\n') i++;
			else break;
		}
		if (i >= text.length) return undefined;
		const at = line;
		const ch = text[i];
		if (ch === '{' || ch === '}' || ch === ';') return {tok: text[i++], line: at};
		if (ch === '"' || ch === "'") {
			const end = text.indexOf(ch, i + 1);
			const tok = text.slice(i + 1, end === -1 ? text.length : end);
			line += tok.split('\n').length - 1;
			i = end === -1 ? text.length : end + 1;
			return {tok: `\u0000${tok}`, line: at};
		}
		let j = i;
		while (j < text.length && !/[\s;{}]/.test(text[j])) j++;
		const tok = text.slice(i, j);
		i = j;
		return {tok, line: at};
	};
	const block = (depth: number): Directive[] | {error: string; line: number} => {
		const out: Directive[] = [];
		let cur: {name: string; args: string[]; line: number} | undefined;
		for (let t = next(); t; t = next()) {
			if (t.tok === ';') {
				if (!cur) return {error: 'unexpected ";"', line: t.line};
				out.push(cur);
				cur = undefined;
			} else if (t.tok === '{') {
				if (!cur) return {error: 'unexpected "{"', line: t.line};
				const inner = block(depth + 1);
				if (!Array.isArray(inner)) return inner;
				out.push({...cur, block: inner});
				cur = undefined;
			} else if (t.tok === '}') {
				if (cur) return {error: 'unexpected "}"', line: t.line};
				if (depth === 0) return {error: 'unexpected "}"', line: t.line};
				return out;
			} else {
				const tok = t.tok.replace(/^\u0000/, '');
				if (cur) cur.args.push(tok);
				else cur = {name: tok, args: [], line: t.line};
			}
		}
		if (cur || depth > 0) return {error: 'unexpected end of file, expecting ";" or "}"', line};
		return out;
	};
	return block(0);
}

export interface NginxServer {
	readonly listens: readonly AppListen[];
	readonly locations: readonly NginxLocation[];
	readonly root: string;
	readonly index: readonly string[];
}

export interface NginxConfig {
	readonly servers: NginxServer[];
	readonly file: string;
	/** Upstream hosts as written (`backend`, `app1:80`) with the line naming them. */
	readonly upstreams: {host: string; hostPort: string; line: number; file: string}[];
}

function listenOf(args: string[]): AppListen[] {
	const a = args[0] ?? '80';
	const v6 = /^\[([^\]]*)\]:(\d+)$/.exec(a) ?? /^\[([^\]]*)\]$/.exec(a);
	if (v6) return [{address: v6[1], port: Number(v6[2] ?? 80)}];
	if (/^\d+$/.test(a)) return [{address: '0.0.0.0', port: Number(a)}];
	const [host, port] = a.split(':');
	return [{address: host === '*' ? '0.0.0.0' : host === 'localhost' ? '127.0.0.1' : host, port: Number(port ?? 80)}];
}

function servers(ds: Directive[], file: string, upstreams: NginxConfig['upstreams']): NginxServer[] {
	const out: NginxServer[] = [];
	for (const d of ds) {
		if (d.name === 'http' && d.block) out.push(...servers(d.block, file, upstreams));
		if (d.name !== 'server' || !d.block) continue;
		const listens = d.block.filter((x) => x.name === 'listen').flatMap((x) => listenOf(x.args));
		const root = d.block.find((x) => x.name === 'root')?.args[0] ?? '/etc/nginx/html';
		const index = d.block.find((x) => x.name === 'index')?.args ?? ['index.html'];
		const locations: NginxLocation[] = [];
		for (const l of d.block.filter((x) => x.name === 'location' && x.block)) {
			const prefix = l.args[l.args.length - 1] ?? '/';
			const proxy = l.block?.find((x) => x.name === 'proxy_pass');
			const ret = l.block?.find((x) => x.name === 'return');
			const lroot = l.block?.find((x) => x.name === 'root')?.args[0];
			let p: NginxLocation['proxy'];
			const u = proxy ? /^https?:\/\/([^/:]+)(?::(\d+))?(\/.*)?$/.exec(proxy.args[0] ?? '') : undefined;
			if (proxy && u) {
				p = {host: u[1], port: Number(u[2] ?? 80), path: u[3] ?? ''};
				upstreams.push({host: u[1], hostPort: u[2] ? `${u[1]}:${u[2]}` : u[1], line: proxy.line, file});
			}
			locations.push({prefix, root: lroot, proxy: p, ret: ret ? {status: Number(ret.args[0]) || 200, text: ret.args[1]} : undefined});
		}
		out.push({listens: listens.length > 0 ? listens : [{address: '0.0.0.0', port: 80}], locations, root, index});
	}
	return out;
}

/** The learner's configuration: /etc/nginx/conf.d/*.conf (or a server block written into nginx.conf). */
export function readNginxConfig(readFile: ReadFile, listDir?: ListDir): NginxConfig | {error: string; line: number; file: string} | undefined {
	const files: string[] = [];
	const main = readFile('/etc/nginx/nginx.conf');
	if (main !== undefined && /\bserver\s*\{/.test(main)) files.push('/etc/nginx/nginx.conf');
	const confd = (listDir?.('/etc/nginx/conf.d') ?? ['default.conf']).filter((n) => n.endsWith('.conf')).sort();
	for (const n of confd) if (readFile(`/etc/nginx/conf.d/${n}`) !== undefined) files.push(`/etc/nginx/conf.d/${n}`);
	if (files.length === 0) return undefined;
	const all: NginxServer[] = [];
	const upstreams: NginxConfig['upstreams'] = [];
	for (const file of files) {
		const parsed = parseNginx(readFile(file) ?? '');
		if (!Array.isArray(parsed)) return {...parsed, file};
		all.push(...servers(parsed, file, upstreams));
	}
	return {servers: all, file: files[0], upstreams};
}

/** nginx stopping at start: `[emerg]` in its error log format and again on stderr. */
export function nginxEmerg(time: string, message: string): LogLine[] {
	return [err(`${time} [emerg] 1#1: ${message}`), err(`nginx: [emerg] ${message}`)];
}

const IP = /^(\d{1,3}\.){3}\d{1,3}$/;

/** The first upstream that does not resolve, as nginx reports it. */
export function unresolvedUpstream(cfg: NginxConfig, resolves: (host: string) => boolean): string | undefined {
	const bad = cfg.upstreams.find((u) => !IP.test(u.host) && !resolves(u.host));
	return bad ? `host not found in upstream "${bad.hostPort}" in ${bad.file}:${bad.line}` : undefined;
}

function page(status: number, title: string): string {
	return `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n`;
}

function html(status: number, reason: string, body: string, date: string, type = 'text/html'): HttpAnswer {
	return {status, statusLine: `HTTP/1.1 ${status} ${reason}`, headers: [`Server: ${NGINX_SERVER}`, `Date: ${date}`, `Content-Type: ${type}`, `Content-Length: ${byteLength(body)}`, 'Connection: keep-alive'], body};
}

/** Answers a request from the server block listening on `port`, with the files snapshot taken at start. */
export function nginxAnswer(srv: NginxServer, files: Readonly<Record<string, string>>, method: string, path: string, date: string): HttpAnswer {
	const loc = [...srv.locations].sort((a, b) => b.prefix.length - a.prefix.length).find((l) => path.startsWith(l.prefix));
	if (loc?.ret) {
		const text = loc.ret.text ?? '';
		return html(loc.ret.status, loc.ret.status === 200 ? 'OK' : '', text, date, 'application/octet-stream');
	}
	if (loc?.proxy) {
		const rest = loc.proxy.path === '' ? path : loc.proxy.path + path.slice(loc.prefix.length);
		return {status: 0, statusLine: '', headers: [], body: '', proxy: {host: loc.proxy.host, port: loc.proxy.port, path: rest}};
	}
	if (method !== 'GET' && method !== 'HEAD') return html(405, 'Not Allowed', page(405, 'Not Allowed'), date);
	const root = loc?.root ?? srv.root;
	const local = join(root, path.replace(/^\/+/, ''));
	const candidates = path.endsWith('/') ? srv.index.map((i) => join(local, i)) : [local];
	for (const c of candidates) {
		const body = files[c];
		if (body !== undefined) return html(200, 'OK', body, date);
	}
	return html(404, 'Not Found', page(404, 'Not Found'), date);
}
