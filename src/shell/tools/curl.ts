// curl as a client: the outcome always comes from the engine's probe. Wording: curl 8.14.1 on
// the host (the recordings' host), curl 7.88.1 in Debian-based images (bookworm).
import {probe, type ProbeResult} from '../../engine/index.js';
import {serveApp} from './app-http.js';
import type {Tool, ToolContext} from '../context.js';
import {Writer, type CommandIO, type CommandResult} from '../types.js';
import {bareHost, httpStatus, measure, responseHeaders, stdoutIsTty, viewpoint} from './common.js';
import {saveFile} from './machine-fs.js';

export interface CurlOptions {
	silent: boolean;
	showError: boolean;
	verbose: boolean;
	head: boolean;
	include: boolean;
	fail: boolean;
	output?: string;
	writeOut?: string;
	maxTime?: number;
	connectTimeout?: number;
	method?: string;
	url?: string;
}

export interface ParsedUrl {
	scheme: string;
	host: string;
	port: number;
	path: string;
	/** The host as curl names it in messages (`::1` without brackets). */
	display: string;
}

/** Short options that take a value. */
const SHORT_VALUE = new Set(['o', 'w', 'm', 'X', 'H', 'd', 'A', 'u', 'e', 'x', 'b', 'c', 'T', 'F', 'r', 'E', 'K', 'U', 'Y', 'y', 'z', 'C', 'Q', 't']);
const LONG_VALUE = new Set([
	'--output',
	'--write-out',
	'--max-time',
	'--connect-timeout',
	'--request',
	'--header',
	'--data',
	'--data-raw',
	'--data-binary',
	'--user-agent',
	'--user',
	'--referer',
	'--proxy',
	'--cookie',
	'--retry',
	'--resolve',
	'--json',
	'--form',
	'--range',
	'--cacert',
	'--cert',
	'--retry-delay',
	'--retry-max-time',
	'--interface',
	'--dns-servers',
]);

export type CurlParse = {ok: true; options: CurlOptions} | {ok: false; error: CommandResult};

export function parseCurl(argv: string[]): CurlParse {
	const o: CurlOptions = {silent: false, showError: false, verbose: false, head: false, include: false, fail: false};
	/** Set when a value is refused: curl's tool_getparam PARAM_BAD_NUMERIC, named as the option was spelled. */
	let badNumber: string | undefined;
	const seconds = (flag: string, value: string): number => {
		// curl reads a timeout as digits with an optional fraction; anything else is refused.
		if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(Number(value))) badNumber ??= flag.startsWith('--') ? flag : `-${flag}`;
		return Number(value);
	};
	const setValue = (flag: string, value: string): void => {
		switch (flag) {
			case 'o':
			case '--output':
				o.output = value;
				break;
			case 'w':
			case '--write-out':
				o.writeOut = value;
				break;
			case 'm':
			case '--max-time':
				o.maxTime = seconds(flag, value);
				break;
			case '--connect-timeout':
				o.connectTimeout = seconds(flag, value);
				break;
			case 'X':
			case '--request':
				o.method = value;
				break;
			case 'd':
			case '--data':
			case '--data-raw':
			case '--data-binary':
			case '--json':
				o.method = o.method ?? 'POST';
				break;
			default:
				break;
		}
	};
	const setBool = (flag: string): boolean => {
		switch (flag) {
			case 's':
			case '--silent':
				o.silent = true;
				return true;
			case 'S':
			case '--show-error':
				o.showError = true;
				return true;
			case 'v':
			case '--verbose':
				o.verbose = true;
				return true;
			case 'I':
			case '--head':
				o.head = true;
				return true;
			case 'i':
			case '--include':
				o.include = true;
				return true;
			case 'f':
			case '--fail':
				o.fail = true;
				return true;
			case 'L':
			case '--location':
			case 'k':
			case '--insecure':
			case 'g':
			case '--globoff':
			case 'N':
			case '--no-buffer':
			case '4':
			case '6':
			case '--ipv4':
			case '--http1.1':
			case '--compressed':
			case '--fail-with-body':
			case '-#':
			case '--progress-bar':
			case 'q':
				return true;
			default:
				return false;
		}
	};
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('--')) {
			const eq = a.indexOf('=');
			const name = eq === -1 ? a : a.slice(0, eq);
			if (LONG_VALUE.has(name)) {
				const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
				if (value === undefined) return {ok: false, error: {stdout: '', stderr: `curl: option ${name}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2}};
				setValue(name, value);
			} else if (name === '--url') {
				o.url = argv[++i];
			} else if (!setBool(name)) {
				return {ok: false, error: {stdout: '', stderr: `curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2}};
			}
		} else if (a.startsWith('-') && a.length > 1) {
			for (let j = 1; j < a.length; j++) {
				const ch = a[j];
				if (SHORT_VALUE.has(ch)) {
					const rest = a.slice(j + 1);
					const value = rest !== '' ? rest : argv[++i];
					if (value === undefined) return {ok: false, error: {stdout: '', stderr: `curl: option -${ch}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2}};
					setValue(ch, value);
					break;
				}
				if (!setBool(ch)) return {ok: false, error: {stdout: '', stderr: `curl: option -${ch}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2}};
			}
		} else {
			o.url = a;
		}
		if (badNumber !== undefined) return {ok: false, error: {stdout: '', stderr: `curl: option ${badNumber}: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2}};
	}
	return {ok: true, options: o};
}

export function parseUrl(raw: string): ParsedUrl | {error: string} {
	let rest = raw;
	let scheme = 'http';
	const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
	if (m) {
		scheme = m[1].toLowerCase();
		rest = rest.slice(m[0].length);
	}
	const slash = rest.search(/[/?#]/);
	const authority = slash === -1 ? rest : rest.slice(0, slash);
	const path = slash === -1 ? '/' : rest[slash] === '/' ? rest.slice(slash) : `/${rest.slice(slash)}`;
	const hostPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
	let host = hostPort;
	let port: number | undefined;
	if (hostPort.startsWith('[')) {
		const close = hostPort.indexOf(']');
		host = hostPort.slice(0, close + 1);
		const after = hostPort.slice(close + 1);
		if (after.startsWith(':') && after.length > 1) port = Number(after.slice(1));
	} else {
		const colon = hostPort.lastIndexOf(':');
		if (colon !== -1) {
			host = hostPort.slice(0, colon);
			const p = hostPort.slice(colon + 1);
			if (p !== '') {
				if (!/^\d+$/.test(p) || Number(p) > 65535) return {error: 'curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535'};
				port = Number(p);
			}
		}
	}
	if (host === '') return {error: 'curl: (3) URL rejected: No host part in the URL'};
	const defaults: Record<string, number> = {http: 80, https: 443};
	if (!(scheme in defaults)) return {error: `curl: (1) Protocol "${scheme}" not supported`};
	return {scheme, host, port: port ?? defaults[scheme], path, display: bareHost(host)};
}

function curlVersion(ctx: ToolContext): '8.14.1' | '7.88.1' {
	return ctx.flavour === 'host' ? '8.14.1' : '7.88.1';
}

function connectFailure(ctx: ToolContext): string {
	return curlVersion(ctx) === '8.14.1' ? 'Could not connect to server' : "Couldn't connect to server";
}

/** curl's max5data: a size in at most 5 characters. */
function max5(bytes: number): string {
	if (bytes < 100000) return String(bytes).padStart(5);
	if (bytes < 10000 * 1024) return `${String(Math.floor(bytes / 1024)).padStart(4)}k`;
	if (bytes < 100 * 1024 * 1024) return `${String(Math.floor(bytes / (1024 * 1024))).padStart(2)}.${Math.floor((bytes % (1024 * 1024)) / (1024 * 1024 / 10))}M`;
	return `${String(Math.floor(bytes / (1024 * 1024))).padStart(4)}M`;
}

function meterLine(size: number, speed: number): string {
	const pct = size > 0 ? '100' : '  0';
	const t = '--:--:--';
	return `${pct} ${max5(size)}  ${pct} ${max5(size)}    0 ${max5(0)}  ${max5(speed)}  ${max5(0)} ${t} ${t} ${t} ${max5(speed)}`;
}

function progressMeter(size: number | undefined, ms: number): string {
	const head = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
	const zero = meterLine(0, 0);
	if (size === undefined) return `${head}\r${zero}\r${zero}\n`;
	const speed = Math.floor((size * 1000) / Math.max(ms, 1));
	return `${head}\r${zero}\r${meterLine(size, speed)}\n`;
}

interface Outcome {
	code: number;
	message?: string;
	httpCode: number;
	body?: string;
	headers?: string[];
	ip?: string;
}

function classify(ctx: ToolContext, url: ParsedUrl, o: CurlOptions, r: ProbeResult): Outcome {
	const host = url.display;
	const fail = connectFailure(ctx);
	const limit = o.connectTimeout ?? o.maxTime;
	switch (r.outcome) {
		case 'ok': {
			const l = r.listener;
			const own = serveApp(ctx, r, o.method ?? (o.head ? 'HEAD' : 'GET'), url.path, url.port);
			if (own) return {code: 0, httpCode: own.code, body: own.body, headers: own.headers, ip: r.ip};
			if (!l || l.kind === 'raw' || l.body === undefined) return {code: 52, message: 'Empty reply from server', httpCode: 0, ip: r.ip};
			const headers = responseHeaders(ctx.world, l.program, l.body);
			return {code: 0, httpCode: httpStatus(l.body).code, body: l.body, headers, ip: r.ip};
		}
		case 'refused':
			return {code: 7, message: `Failed to connect to ${host} port ${url.port} after 0 ms: ${fail}`, httpCode: 0, ip: r.ip};
		case 'reset':
			return {code: 56, message: 'Recv failure: Connection reset by peer', httpCode: 0, ip: r.ip};
		case 'timeout':
			if (limit !== undefined && Number.isFinite(limit)) {
				const ms = Math.round(limit * 1000) + measure(ctx.world, `curl-timeout:${host}`, 1, 2);
				return {code: 28, message: `Connection timed out after ${ms} milliseconds`, httpCode: 0, ip: r.ip};
			}
			return {code: 28, message: `Failed to connect to ${host} port ${url.port} after ${measure(ctx.world, `curl-syn:${host}:${url.port}`, 130000, 130999)} ms: ${fail}`, httpCode: 0, ip: r.ip};
		case 'stalled': {
			// Connected; the request went out and nothing ever comes back (see run: no limit, no end).
			// The connection is up, so the timer fires on time (recorded, 41-pause: 2000 ms for -m 2).
			const ms = Math.round((limit ?? 0) * 1000);
			return {code: 28, message: `Operation timed out after ${ms} milliseconds with 0 bytes received`, httpCode: 0, ip: r.ip};
		}
		case 'unresolved':
			return {code: 6, message: `Could not resolve host: ${host}`, httpCode: 0};
		case 'unreachable':
		case 'not-running':
		default:
			return {code: 7, message: `Failed to connect to ${host} port ${url.port} after 0 ms: ${fail}`, httpCode: 0, ip: r.ip};
	}
}

function writeOut(format: string, out: Outcome, url: ParsedUrl, size: number): string {
	const text = format.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r');
	return text.replace(/%\{([a-z_]+)\}/g, (whole, name: string) => {
		switch (name) {
			case 'http_code':
			case 'response_code':
				return String(out.httpCode).padStart(3, '0');
			case 'remote_ip':
				return out.code === 0 || out.code === 52 || out.code === 56 ? (out.ip ?? '') : '';
			case 'remote_port':
				return out.code === 0 || out.code === 52 || out.code === 56 ? String(url.port) : '';
			case 'url_effective':
				return `${url.scheme}://${url.host}${url.port === (url.scheme === 'https' ? 443 : 80) ? '' : `:${url.port}`}${url.path}`;
			case 'size_download':
				return String(size);
			case 'exitcode':
				return String(out.code);
			case 'time_total':
			case 'time_connect':
				return '0.001234';
			default:
				return whole;
		}
	});
}

function verboseTrace(ctx: ToolContext, url: ParsedUrl, o: CurlOptions, out: Outcome, r: ProbeResult): {before: string; after: string} {
	const v = curlVersion(ctx);
	const hostHeader = url.port === (url.scheme === 'https' ? 443 : 80) ? url.host : `${url.host}:${url.port}`;
	const ip = r.ip ?? '';
	const shown = ip.includes(':') ? `[${ip}]` : ip;
	let before = '';
	if (out.code === 6) return {before: `* Could not resolve host: ${url.display}\n`, after: v === '8.14.1' ? `* shutting down connection #0\n` : `* Closing connection 0\n`};
	if (v === '8.14.1' && !/^[\d.]+$/.test(url.display) && !url.display.includes(':')) {
		before += `* Host ${url.display}:${url.port} was resolved.\n* IPv6: (none)\n* IPv4: ${ip}\n`;
	}
	before += `*   Trying ${shown}:${url.port}...\n`;
	if (out.code === 7 || out.code === 28) {
		const from = `${ip.startsWith('127.') ? '127.0.0.1' : '0.0.0.0'} port ${measure(ctx.world, 'sport', 32768, 60999)}`;
		const unreachable = `* connect to ${ip} port ${url.port} from 0.0.0.0 port 0 failed: Network is unreachable\n`;
		const reason = out.code === 28 ? '' : r.outcome === 'unreachable' ? unreachable : `* connect to ${ip} port ${url.port} from ${from} failed: Connection refused\n`;
		const closing = v === '8.14.1' ? '* closing connection #0\n' : '* Closing connection 0\n';
		return {before: before + reason + (out.code === 28 ? '' : `* Failed to connect to ${url.display} port ${url.port} after 0 ms: ${connectFailure(ctx)}\n`), after: closing};
	}
	const method = o.method ?? (o.head ? 'HEAD' : 'GET');
	if (v === '8.14.1') before += `* Connected to ${url.display} (${ip}) port ${url.port}\n* using HTTP/1.x\n`;
	else before += `* Connected to ${url.display} (${ip}) port ${url.port} (#0)\n`;
	before += `> ${method} ${url.path} HTTP/1.1\n> Host: ${hostHeader}\n> User-Agent: curl/${v}\n> Accept: */*\n> \n`;
	if (v === '8.14.1') before += '* Request completely sent off\n';
	if (out.code === 52) return {before, after: `* Empty reply from server\n${v === '8.14.1' ? '* shutting down connection #0\n' : '* Closing connection 0\n'}`};
	if (out.code === 56) return {before, after: `* Recv failure: Connection reset by peer\n${v === '8.14.1' ? '* closing connection #0\n' : '* Closing connection 0\n'}`};
	before += (out.headers ?? []).map((h) => `< ${h}\n`).join('') + '< \n';
	const after = `* Connection #0 to host ${url.display} left intact\n`;
	return {before, after};
}

/** Runs the probe curl would make (for `trace`). */
export function curlProbe(argv: string[], ctx: ToolContext): {result: ProbeResult; port: number; target: string} | {error: string} {
	const parsed = parseCurl(argv);
	if (!parsed.ok) return {error: parsed.error.stderr};
	if (!parsed.options.url) return {error: "curl: no URL specified!\n"};
	const url = parseUrl(parsed.options.url);
	if ('error' in url) return {error: `${url.error}\n`};
	return {result: probe(ctx.world, {from: viewpoint(ctx), target: url.display, protocol: 'tcp', port: url.port}), port: url.port, target: url.display};
}

export const curl: Tool = (argv: string[], io: CommandIO, ctx: ToolContext): CommandResult => {
	const parsed = parseCurl(argv);
	if (!parsed.ok) return parsed.error;
	const o = parsed.options;
	if (!o.url) return {stdout: '', stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2};
	const url = parseUrl(o.url);
	if ('error' in url) return {stdout: '', stderr: o.silent && !o.showError ? '' : `${url.error}\n`, exitCode: Number(/\((\d+)\)/.exec(url.error)?.[1] ?? 3)};
	const r = probe(ctx.world, {from: viewpoint(ctx), target: url.display, protocol: 'tcp', port: url.port});
	if (r.outcome === 'stalled' && (o.connectTimeout ?? o.maxTime) === undefined) {
		// curl has no total time limit by default: it would wait for ever, until Ctrl+C.
		return {stdout: '', stderr: `^C\nnetdojo: curl would wait here until Ctrl+C: ${r.responder ?? 'the server'} accepted the connection but is paused, so no answer ever comes (try curl -m 2)\n`, exitCode: 130};
	}
	const out = classify(ctx, url, o, r);
	// Written in curl's order, as a terminal shows it (measured with 7.88.1 under `script`): the
	// verbose trace, the body, the trace's last line, the error, then --write-out.
	const w = new Writer();
	let exitCode = out.code;
	let payload = '';
	let failed = out.code !== 0;
	if (out.code === 0) {
		const headerText = (out.headers ?? []).map((h) => `${h}\r\n`).join('') + '\r\n';
		if (o.head) payload = headerText;
		else if (o.include) payload = headerText + (out.body ?? '');
		else payload = out.body ?? '';
		if (o.fail && out.httpCode >= 400) {
			payload = '';
			failed = true;
			exitCode = 22;
			out.message = `The requested URL returned error: ${out.httpCode}`;
		}
	}
	const size = o.head ? 0 : out.code === 0 ? Buffer.byteLength(out.body ?? '') : 0;
	const toFile = o.output !== undefined && o.output !== '-';
	const meter = !o.silent && !o.verbose && (toFile || !stdoutIsTty(io));
	if (o.verbose) {
		const t = verboseTrace(ctx, url, o, out, r);
		w.err(t.before);
		if (!failed && !toFile) w.out(payload);
		w.err(t.after);
	} else {
		if (meter) w.err(progressMeter(out.code === 0 ? size : undefined, measure(ctx.world, 'curl-ms', 1, 3)));
		if (!failed && !toFile) w.out(payload);
	}
	if (!failed && toFile && o.output !== '/dev/null' && ctx.location.kind === 'host') {
		saveFile(ctx, o.output!, payload);
	}
	if (failed && (!o.silent || o.showError)) w.err(`curl: (${exitCode}) ${out.message}\n`);
	if (o.writeOut !== undefined) w.out(writeOut(o.writeOut, out, url, size));
	return w.result(exitCode);
};
