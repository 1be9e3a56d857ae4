// The line a framework logs for each request it answered (measured, 50/51-seed): uvicorn's access log
// on stdout with the client's address and port; Werkzeug's on stderr with the time, coloured by status.
import {REASONS, ansiStyle} from './flask.js';
import {err, out, type AppSpec} from './types.js';
import type {LogLine} from '../types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** BaseHTTPRequestHandler.log_date_time_string: `03/Dec/2026 14:18:49` (the container's clock is UTC). */
function logDate(ms: number): string {
	const d = new Date(ms);
	return `${pad2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** Werkzeug's log_request colours: 200 plain, 304 cyan, 3xx green, 404 yellow, other 4xx bold red, else bold magenta. */
function werkzeugStyle(line: string, status: number): string {
	if (status >= 100 && status < 200) return ansiStyle(line, 'bold');
	if (status === 200) return line;
	if (status === 304) return ansiStyle(line, 'cyan');
	if (status >= 300 && status < 400) return ansiStyle(line, 'green');
	if (status === 404) return ansiStyle(line, 'yellow');
	if (status >= 400 && status < 500) return ansiStyle(line, 'bold', 'red');
	return ansiStyle(line, 'bold', 'magenta');
}

export interface Request {
	readonly client: string;
	readonly clientPort: number;
	readonly method: string;
	readonly target: string;
	readonly status: number;
	readonly now: number;
}

/** The access-log line of one answered request, or undefined for a server that logs none by default. */
export function accessLog(app: AppSpec, r: Request): LogLine | undefined {
	const requestLine = `${r.method} ${r.target} HTTP/1.1`;
	switch (app.framework) {
		case 'fastapi':
			return out(`INFO:     ${r.client}:${r.clientPort} - "${requestLine}" ${r.status} ${REASONS[r.status] ?? ''}`.trimEnd());
		case 'flask':
			return err(`${r.client} - - [${logDate(r.now)}] "${werkzeugStyle(requestLine, r.status)}" ${r.status} -`);
		default:
			return undefined;
	}
}
