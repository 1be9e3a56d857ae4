// FastAPI under uvicorn: @app.get/@app.post routes, path and query parameters, return values rendered as
// Starlette's JSONResponse renders them (compact, insertion order, UTF-8), its 404/405/422 bodies, uvicorn's logs.
import type {PyModule} from './python-read.js';
import {callArgs} from './python-read.js';
import {matchRoute, splitTarget} from './paths.js';
import {REASONS, evalWithLocals} from './flask.js';
import {byteLength, err, type HttpAnswer, type Route, type Value} from './types.js';
import {evaluate, pyJson} from './values.js';
import type {LogLine} from '../types.js';

export function fastapiRoutes(mod: PyModule, v: string): Route[] {
	const routes: Route[] = [];
	const re = new RegExp(`^${v}\\.(get|post|put|delete|patch|options|head)\\s*\\(`);
	for (const f of mod.functions) {
		for (const d of f.decorators) {
			const m = re.exec(d);
			const args = m ? callArgs(d) : undefined;
			const path = args ? evaluate(args.positional[0] ?? args.keywords.path ?? '', {}, 'py') : undefined;
			if (!m || typeof path !== 'string') continue;
			const status = args?.keywords.status_code ? Number(args.keywords.status_code) : undefined;
			const expr = f.returns === undefined ? undefined : [...f.locals.map(([k, x]) => `${k} = ${x}`), f.returns].join('\n');
			routes.push({method: m[1].toUpperCase(), path, expr, params: [...f.params], handler: f.name, status: Number.isFinite(status) ? status : undefined});
		}
	}
	return routes;
}

/** uvicorn's start-up: the app's lifespan starts before the socket is bound (measured, 50-seed-000). */
export function uvicornLogs(): LogLine[] {
	return [err('INFO:     Started server process [1]'), err('INFO:     Waiting for application startup.'), err('INFO:     Application startup complete.')];
}

/** Printed once the socket is bound; a bind failure prints uvicornBindFailure instead. */
export function uvicornReadyLogs(host: string, port: number): LogLine[] {
	const shown = host.includes(':') ? `[${host}]` : host;
	return [err(`INFO:     Uvicorn running on http://${shown}:${port} (Press CTRL+C to quit)`)];
}

export function uvicornBindFailure(port: number, address: string): LogLine[] {
	return [err(`ERROR:    [Errno 98] error while attempting to bind on address ('${address}', ${port}): address already in use`), err('INFO:     Waiting for application shutdown.'), err('INFO:     Application shutdown complete.')];
}

function json(status: number, body: string, date: string, extra: string[] = []): HttpAnswer {
	const headers = [`date: ${date}`, 'server: uvicorn', ...extra, `content-length: ${byteLength(body)}`, 'content-type: application/json'];
	return {status, statusLine: `HTTP/1.1 ${status} ${REASONS[status] ?? ''}`, headers, body};
}

const render = (v: Value) => pyJson(v, {sortKeys: false, ascii: false, sep: [',', ':']});

/** pydantic v2's error for a path/query parameter that is not what its annotation says. */
function invalid(where: string, name: string, type: string, input: string): Value {
	const messages: Record<string, [string, string]> = {
		int: ['int_parsing', 'Input should be a valid integer, unable to parse string as an integer'],
		float: ['float_parsing', 'Input should be a valid number, unable to parse string as a number'],
		bool: ['bool_parsing', 'Input should be a valid boolean, unable to interpret input'],
	};
	const [type_, msg] = messages[type] ?? ['value_error', 'Value error'];
	return {type: type_, loc: [where, name], msg, input};
}

function convert(raw: string, type: string | undefined): Value | undefined {
	if (type === 'int') return /^[+-]?\d+$/.test(raw) ? Number(raw) : undefined;
	if (type === 'float') return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined;
	if (type === 'bool') return ['true', '1', 'yes', 'on', 't', 'y'].includes(raw.toLowerCase()) ? true : ['false', '0', 'no', 'off', 'f', 'n'].includes(raw.toLowerCase()) ? false : undefined;
	return raw;
}

export function fastapiAnswer(routes: readonly Route[], method: string, target: string, date: string): HttpAnswer & {unfollowed?: string} {
	const {path, query} = splitTarget(target);
	// FastAPI's routes answer only the methods they name: HEAD on a GET route is a 405.
	const m = method;
	const matching = routes.map((r) => ({r, params: matchRoute(r.path, path)})).filter((x) => x.params);
	if (matching.length === 0) return json(404, '{"detail":"Not Found"}', date);
	const hit = matching.find((x) => x.r.method === m);
	if (!hit) return json(405, '{"detail":"Method Not Allowed"}', date, [`allow: ${[...new Set(matching.map((x) => x.r.method))].join(', ')}`]);
	const scope: Record<string, Value> = {};
	const errors: Value[] = [];
	for (const p of hit.r.params ?? []) {
		const fromPath = hit.params?.[p.name];
		const raw = fromPath ?? query[p.name];
		if (raw === undefined) {
			if (p.default !== undefined) {
				const d = evaluate(p.default, {}, 'py');
				if (d !== undefined) scope[p.name] = d;
			} else if (!/Request|BackgroundTasks/.test(p.type ?? '')) errors.push({type: 'missing', loc: ['query', p.name], msg: 'Field required', input: null});
			continue;
		}
		const type = p.type?.replace(/\s*\|\s*None$|^Optional\[(.*)\]$/, '$1');
		const v = convert(raw, type);
		if (v === undefined) errors.push(invalid(fromPath !== undefined ? 'path' : 'query', p.name, type ?? 'str', raw));
		else scope[p.name] = v;
	}
	if (errors.length > 0) return json(422, render({detail: errors}), date);
	const value = hit.r.expr === undefined ? undefined : evalWithLocals(hit.r.expr, scope);
	if (value === undefined) return {...json(200, 'null', date), unfollowed: hit.r.handler};
	return json(hit.r.status ?? 200, render(value), date);
}
