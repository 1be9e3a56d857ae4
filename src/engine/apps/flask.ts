// Flask as Werkzeug serves it: routes from @app.route / @app.get, start-up banner, 404/405 pages,
// strings as text/html, dicts as JSON (sorted keys, compact, newline), (body, status) tuples.
import {callArgs, type PyModule} from './python-read.js';
import {matchRoute, splitTarget} from './paths.js';
import {byteLength, err, out, type AppListen, type HttpAnswer, type Route, type Value} from './types.js';
import {evaluate, isTuple, pyJson, type Scope} from './values.js';
import type {LogLine} from '../types.js';

export const WERKZEUG_SERVER = 'Werkzeug/3.1.3 Python/3.12.8';
const WARNING = 'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.';

/** Werkzeug's _ansi_style: it colours its log lines even when stderr is not a terminal (measured, 51-seed-001). */
const ANSI: Record<string, number> = {bold: 1, red: 31, green: 32, yellow: 33, magenta: 35, cyan: 36};
export function ansiStyle(value: string, ...styles: string[]): string {
	let v = value;
	for (const s of styles) v = `\x1b[${ANSI[s]}m${v}`;
	return `${v}\x1b[0m`;
}

/** Werkzeug's reason phrases are upper case (`404 NOT FOUND`). */
export const REASONS: Record<number, string> = {
	200: 'OK',
	201: 'Created',
	202: 'Accepted',
	204: 'No Content',
	301: 'Moved Permanently',
	302: 'Found',
	307: 'Temporary Redirect',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	418: "I'm a teapot",
	422: 'Unprocessable Entity',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
};

/** The name bound to `Flask(...)` (or `FastAPI(...)`) at top level. */
export function appVariable(mod: PyModule, ctor: string): string | undefined {
	return mod.assigns.find(([, v]) => new RegExp(`^(?:\\w+\\.)?${ctor}\\s*\\(`).test(v))?.[0];
}

const DECORATOR = (v: string) => new RegExp(`^${v}\\.(route|get|post|put|delete|patch)\\s*\\(`);

export function flaskRoutes(mod: PyModule, v: string): Route[] {
	const routes: Route[] = [];
	for (const f of mod.functions) {
		for (const d of f.decorators) {
			const m = DECORATOR(v).exec(d);
			const args = m ? callArgs(d) : undefined;
			if (!m || !args) continue;
			const path = evaluate(args.positional[0] ?? args.keywords.rule ?? '', {}, 'py');
			if (typeof path !== 'string') continue;
			let methods = m[1] === 'route' ? ['GET'] : [m[1].toUpperCase()];
			const listed = args.keywords.methods ? evaluate(args.keywords.methods, {}, 'py') : undefined;
			if (Array.isArray(listed) || (listed && isTuple(listed))) methods = (Array.isArray(listed) ? listed : listed.tuple).map((x) => String(x).toUpperCase());
			const expr = f.returns === undefined ? undefined : withLocals(f.returns, f.locals);
			for (const method of methods) routes.push({method, path, expr, params: [...f.params], handler: f.name});
		}
	}
	return routes;
}

/** Locals are substituted by name at request time; they travel with the expression as `name = expr` lines. */
function withLocals(expr: string, locals: readonly (readonly [string, string])[]): string {
	return [...locals.map(([k, v]) => `${k} = ${v}`), expr].join('\n');
}

/** Evaluates `a = 1\nb = a\nexpr` in a scope of path parameters. */
export function evalWithLocals(source: string, scope: Scope): Value | undefined {
	const lines = source.split('\n');
	const s: Record<string, Value> = {...scope};
	for (const l of lines.slice(0, -1)) {
		const eq = l.indexOf(' = ');
		const v = evaluate(l.slice(eq + 3), s, 'py');
		if (v === undefined) return undefined;
		s[l.slice(0, eq)] = v;
	}
	return evaluate(lines[lines.length - 1], s, 'py');
}

/** Werkzeug's start-up lines for `app.run()` / `flask run`. */
export function flaskLogs(name: string, host: string, port: number, address: string | undefined, debug = false): LogLine[] {
	const logs = [out(` * Serving Flask app '${name}'`), out(` * Debug mode: ${debug ? 'on' : 'off'}`), err(ansiStyle(WARNING, 'bold', 'red'))];
	if (host === '0.0.0.0') {
		logs.push(err(' * Running on all addresses (0.0.0.0)'), err(` * Running on http://127.0.0.1:${port}`));
		if (address) logs.push(err(` * Running on http://${address}:${port}`));
	} else logs.push(err(` * Running on http://${host.includes(':') ? `[${host}]` : host}:${port}`));
	logs.push(err(ansiStyle('Press CTRL+C to quit', 'yellow')));
	return logs;
}

export function flaskBindFailure(port: number): LogLine[] {
	return [err('Address already in use'), err(`Port ${port} is in use by another program. Either identify and stop that program, or start the server with a different port.`)];
}

export function flaskListen(args: {positional: string[]; keywords: Record<string, string>} | undefined, scope: Scope): AppListen & {debug: boolean} {
	const host = evaluate(args?.keywords.host ?? args?.positional[0] ?? "'127.0.0.1'", scope, 'py');
	const port = evaluate(args?.keywords.port ?? args?.positional[1] ?? '5000', scope, 'py');
	const debug = evaluate(args?.keywords.debug ?? 'False', scope, 'py') === true;
	return {address: typeof host === 'string' ? host : '127.0.0.1', port: typeof port === 'number' ? port : Number(port) || 5000, debug};
}

function page(status: number, title: string, text: string): string {
	return `<!doctype html>\n<html lang=en>\n<title>${status} ${title}</title>\n<h1>${title}</h1>\n<p>${text}</p>\n`;
}

function answer(status: number, type: string, body: string, date: string, extra: string[] = []): HttpAnswer {
	const reason = (REASONS[status] ?? 'UNKNOWN').toUpperCase();
	const headers = [`Server: ${WERKZEUG_SERVER}`, `Date: ${date}`, `Content-Type: ${type}`, ...extra, `Content-Length: ${byteLength(body)}`, 'Connection: close'];
	return {status, statusLine: `HTTP/1.1 ${status} ${reason}`, headers, body};
}

export function flaskAnswer(routes: readonly Route[], method: string, target: string, date: string): HttpAnswer & {unfollowed?: string} {
	const {path} = splitTarget(target);
	const m = method === 'HEAD' ? 'GET' : method;
	const matching = routes.map((r) => ({r, params: matchRoute(r.path, path)})).filter((x) => x.params);
	if (matching.length === 0) return answer(404, 'text/html; charset=utf-8', page(404, 'Not Found', 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.'), date);
	const hit = matching.find((x) => x.r.method === m);
	if (!hit) {
		const allowed = [...new Set(matching.map((x) => x.r.method))];
		const allow = ['OPTIONS', ...(allowed.includes('GET') ? ['HEAD'] : []), ...allowed].join(', ');
		return answer(405, 'text/html; charset=utf-8', page(405, 'Method Not Allowed', 'The method is not allowed for the requested URL.'), date, [`Allow: ${allow}`]);
	}
	const scope: Record<string, Value> = {};
	for (const [k, v] of Object.entries(hit.params ?? {})) scope[k] = /^\d+$/.test(v) && /<int:/.test(hit.r.path) ? Number(v) : v;
	const value = hit.r.expr === undefined ? undefined : evalWithLocals(hit.r.expr, scope);
	if (value === undefined) return {...answer(200, 'text/html; charset=utf-8', '', date), unfollowed: hit.r.handler};
	let body: Value = value;
	let status = 200;
	if (isTuple(value)) {
		body = value.tuple[0] ?? '';
		if (typeof value.tuple[1] === 'number') status = value.tuple[1];
	}
	if (typeof body === 'string') return answer(status, 'text/html; charset=utf-8', body, date);
	if (body !== null && typeof body === 'object') return answer(status, 'application/json', pyJson(body, {sortKeys: true, ascii: true, sep: [',', ':']}) + '\n', date);
	// Flask refuses other return types with a TypeError: the request fails with 500.
	return answer(500, 'text/html; charset=utf-8', page(500, 'Internal Server Error', 'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.'), date);
}
