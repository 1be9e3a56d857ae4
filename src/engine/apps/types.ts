// What an app the learner wrote does, as plain data: kept in the world (on a listener), answered by respond.ts.
import type {LogLine} from '../types.js';

/** Reads one of the container's files by absolute path; undefined when there is none. */
export type ReadFile = (path: string) => string | undefined;
/** Names in a directory (sub-directories end with `/`); undefined when it is not a directory. */
export type ListDir = (path: string) => string[] | undefined;

export interface AppInput {
	/** The container's command line: entrypoint + cmd. */
	readonly argv: readonly string[];
	readonly env: readonly string[];
	/** The working directory (`WORKDIR`), `/` when none. */
	readonly cwd: string;
	readonly readFile: ReadFile;
	readonly listDir?: ListDir;
	/** For nginx's proxy_pass: does this name resolve inside the container? */
	readonly resolves?: (host: string) => boolean;
	/** The container's first address, which Werkzeug names when bound to all addresses. */
	readonly address?: string;
	/** Simulated clock (ms), for log time stamps. */
	readonly now: number;
	/** stdout is a terminal, or Python runs unbuffered. */
	readonly tty?: boolean;
}

/** A literal value as the code returns it (Python or JavaScript). */
export type Value = string | number | boolean | null | Value[] | {[key: string]: Value} | {tuple: Value[]};

/** What one route answers; `expr` is evaluated per request (path parameters, f-strings). */
export interface Route {
	method: string;
	/** The handler function's name, for game notes. */
	handler?: string;
	/** `/items/{id}` (FastAPI), `/items/<id>` (Flask), `/items/:id` (Express). */
	path: string;
	/** The returned expression's source, or undefined when the reader could not follow the function. */
	expr?: string;
	/** Parameter names with their annotation (`int`, `str`) and default source. */
	params?: {name: string; type?: string; default?: string}[];
	/** Node: status and headers set by writeHead/res.status/setHeader. */
	status?: number;
	headers?: ([string, string])[];
	/** Node http: the headers were flushed by writeHead, so the body goes chunked. */
	chunked?: boolean;
	/** Top-level constants the handler may name (`PORT`). */
	consts?: Record<string, Value>;
	/** Express: res.send / res.json; node http: res.end. */
	send?: 'send' | 'json' | 'end';
}

export interface NginxLocation {
	prefix: string;
	root?: string;
	proxy?: {host: string; port: number; path: string};
	ret?: {status: number; text?: string};
}

export type Framework = 'flask' | 'fastapi' | 'http.server' | 'node-http' | 'express' | 'nginx';

export interface AppSpec {
	framework: Framework;
	routes: Route[];
	/** http.server: the directory it serves. nginx: per-location roots. */
	root?: string;
	/** nginx: its server blocks. */
	nginx?: {listens: AppListen[]; locations: NginxLocation[]; root: string; index: string[]}[];
	/** http.server's listing and nginx's static files: a snapshot of the files served (path -> content). */
	files?: Record<string, string>;
	/** Directory listings for http.server (dir path -> names). */
	dirs?: Record<string, string[]>;
}

export interface AppListen {
	readonly port: number;
	readonly address: string;
}

export interface AppPlan {
	readonly program: string;
	readonly listeners: readonly AppListen[];
	readonly logs: readonly LogLine[];
	/** Set when the process ends at start (a syntax error, nginx's unknown upstream). */
	readonly exit?: {readonly code: number};
	readonly app?: AppSpec;
	/** Files the process writes when it starts, by absolute path (an imported module's __pycache__). */
	readonly files?: Readonly<Record<string, string>>;
	/** Logged once the sockets are bound (uvicorn says "running" only after binding). */
	readonly readyLogs?: readonly LogLine[];
	/** Logged when a port is already taken. */
	readonly bindFailure?: (port: number, address: string) => LogLine[];
	/** Game notes, not program output: what the reader could not simulate. */
	readonly notes: readonly string[];
}

export interface HttpAnswer {
	readonly status: number;
	/** The status line, as the server writes it (`HTTP/1.1 404 NOT FOUND`). */
	readonly statusLine: string;
	/** Header lines in the server's order and case. */
	readonly headers: readonly string[];
	readonly body: string;
	/** nginx's proxy_pass: the request goes on to this upstream. */
	readonly proxy?: {readonly host: string; readonly port: number; readonly path: string};
}

export const out = (text: string): LogLine => ({stream: 'stdout', text});
export const err = (text: string): LogLine => ({stream: 'stderr', text});

/** UTF-8 length of a text, as Content-Length counts it. */
export function byteLength(text: string): number {
	let n = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0) ?? 0;
		n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	}
	return n;
}
