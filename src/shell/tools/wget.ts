// wget: BusyBox's applet in alpine/busybox images, GNU Wget elsewhere. The outcome comes from probe.
import {probe, type ProbeResult} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {bareHost, httpStatus, viewpoint} from './common.js';
import {parseUrl, type ParsedUrl} from './curl.js';
import {replyStatus, serveApp} from './app-http.js';
import {saveFile} from './machine-fs.js';

interface WgetOptions {
	quiet: boolean;
	output?: string;
	timeout?: number;
	spider: boolean;
	url?: string;
}

function parseWget(argv: string[]): WgetOptions | {error: string} {
	const o: WgetOptions = {quiet: false, spider: false};
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--spider') o.spider = true;
		else if (a === '--quiet') o.quiet = true;
		else if (a.startsWith('--output-document=')) o.output = a.slice(18);
		else if (a === '--output-document') o.output = argv[++i];
		else if (a.startsWith('--timeout=')) o.timeout = Number(a.slice(10));
		else if (a === '--timeout') o.timeout = Number(argv[++i]);
		else if (a.startsWith('-') && !a.startsWith('--') && a.length > 1) {
			for (let j = 1; j < a.length; j++) {
				const ch = a[j];
				if (ch === 'q') o.quiet = true;
				else if (ch === 'O' || ch === 'T' || ch === 'U' || ch === 'Y' || ch === 'P') {
					const rest = a.slice(j + 1);
					const value = rest !== '' ? rest : argv[++i];
					if (value === undefined) return {error: `wget: option requires an argument -- '${ch}'`};
					if (ch === 'O') o.output = value;
					if (ch === 'T') o.timeout = Number(value);
					break;
				} else if (ch === 'c' || ch === 's' || ch === 'S') {
					// continue, spider-ish, server response: accepted
				} else return {error: `wget: invalid option -- '${ch}'`};
			}
		} else if (a.startsWith('--')) {
			// other long options are accepted and ignored
		} else o.url = a;
	}
	return o;
}

function fileNameOf(url: ParsedUrl): string {
	const last = url.path.split('?')[0].split('/').pop() ?? '';
	return last === '' ? 'index.html' : last;
}

/** Runs the probe wget would make (for `trace`). */
export function wgetProbe(argv: string[], ctx: ToolContext): {result: ProbeResult; port: number; target: string} | {error: string} {
	const o = parseWget(argv);
	if ('error' in o) return {error: `${o.error}\n`};
	if (!o.url) return {error: 'wget: no URL given\n'};
	const url = parseUrl(o.url);
	if ('error' in url) return {error: `${url.error}\n`};
	return {result: probe(ctx.world, {from: viewpoint(ctx), target: url.display, protocol: 'tcp', port: url.port}), port: url.port, target: url.display};
}

const BUSYBOX_USAGE = `BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP

	--spider	Only check URL existence: $? is 0 if exists
	--header STR	Add STR (of form 'header: value') to headers
	--post-data STR	Send STR using POST method
	--post-file FILE	Send FILE using POST method
	-c		Continue retrieval of aborted transfer
	-q		Quiet
	-P DIR		Save to DIR (default .)
	-S    		Show server response
	-T SEC		Network read timeout is SEC seconds
	-O FILE		Save to FILE ('-' for stdout)
	-o LOGFILE	Log messages to FILE
	-U STR		Use STR for User-Agent header
	-Y on/off	Use proxy
`;

function busybox(o: WgetOptions, url: ParsedUrl, r: ProbeResult, ctx: ToolContext): CommandResult {
	const host = url.display;
	const err = (msg: string, prefix = ''): CommandResult => ({stdout: '', stderr: `${prefix}wget: ${msg}\n`, exitCode: 1});
	if (r.outcome === 'unresolved') return err(`bad address '${host}'`);
	const ip = r.ip ?? host;
	const connecting = o.quiet ? '' : `Connecting to ${url.host}${url.port === 80 ? '' : `:${url.port}`} (${ip.includes(':') ? `[${ip}]` : ip}:${url.port})\n`;
	switch (r.outcome) {
		case 'refused':
			return err(`can't connect to remote host (${ip}): Connection refused`, connecting);
		case 'unreachable':
		case 'not-running':
			return err(`can't connect to remote host (${ip}): Network is unreachable`, connecting);
		case 'timeout':
			return o.timeout !== undefined ? err('download timed out', connecting) : err(`can't connect to remote host (${ip}): Connection timed out`, connecting);
		case 'stalled':
			// Connected and asked; BusyBox waits -T seconds (900 by default) for an answer that never comes.
			return err('download timed out', connecting);
		case 'reset':
			return err('error getting response: Connection reset by peer', connecting);
		default:
			break;
	}
	const own = serveApp(ctx, r, 'GET', url.path, url.port);
	const l = own ? {...r.listener!, kind: 'http' as const, body: own.body} : r.listener;
	if (!l || l.kind === 'raw' || l.body === undefined) return err('error getting response', connecting);
	const status = own ? replyStatus(own) : httpStatus(l.body);
	if (status.code >= 400) return err(`server returned error: HTTP/1.1 ${status.code} ${status.reason}`, connecting);
	const body = l.body;
	if (o.spider) return {stdout: '', stderr: o.quiet ? '' : `${connecting}remote file exists\n`, exitCode: 0};
	const toStdout = o.output === '-';
	const name = o.output ?? fileNameOf(url);
	const size = Buffer.byteLength(body);
	const bar = (label: string) => `${label.padEnd(20).slice(0, 20)} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`;
	let stderr = connecting;
	if (!o.quiet) stderr += toStdout ? 'writing to stdout\n' : `saving to '${name}'\n`;
	if (!o.quiet) stderr += bar(toStdout ? '-' : name) + (toStdout ? 'written to stdout\n' : `'${name}' saved\n`);
	if (!toStdout && name !== '/dev/null' && ctx.location.kind === 'host') {
		saveFile(ctx, name, body);
	}
	return {stdout: toStdout ? body : '', stderr, exitCode: 0};
}

function gnu(o: WgetOptions, url: ParsedUrl, r: ProbeResult, ctx: ToolContext): CommandResult {
	const d = new Date(ctx.world.clock);
	const p = (n: number) => String(n).padStart(2, '0');
	const stamp = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
	const full = `${url.scheme}://${url.host}${url.port === 80 ? '' : `:${url.port}`}${url.path}`;
	const host = url.display;
	const literal = /^[\d.]+$/.test(host) || host.includes(':');
	let log = `--${stamp}--  ${full}\n`;
	if (r.outcome === 'unresolved') {
		log += `Resolving ${host} (${host})... failed: Name or service not known.\nwget: unable to resolve host address '${host}'\n`;
		return {stdout: '', stderr: o.quiet ? `wget: unable to resolve host address '${host}'\n` : log, exitCode: 4};
	}
	const ip = r.ip ?? host;
	if (!literal) log += `Resolving ${host} (${host})... ${ip}\n`;
	log += `Connecting to ${literal ? ip : `${host} (${host})`}|${ip}|:${url.port}... `;
	const failWith = (why: string, code: number): CommandResult => ({stdout: '', stderr: o.quiet ? '' : `${log}${why}\n`, exitCode: code});
	switch (r.outcome) {
		case 'refused':
			return failWith('failed: Connection refused.', 4);
		case 'unreachable':
		case 'not-running':
			return failWith('failed: Network is unreachable.', 4);
		case 'timeout':
			return failWith('failed: Connection timed out.\nRetrying.\n', 4);
		case 'stalled':
			return failWith('connected.\nHTTP request sent, awaiting response... Read error (Connection timed out) in headers.\nRetrying.\n', 4);
		case 'reset':
			return failWith('connected.\nHTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.\nRetrying.\n', 4);
		default:
			break;
	}
	const own = serveApp(ctx, r, 'GET', url.path, url.port);
	const l = own ? {...r.listener!, kind: 'http' as const, body: own.body} : r.listener;
	if (!l || l.kind === 'raw' || l.body === undefined) return failWith('connected.\nHTTP request sent, awaiting response... No data received.\nRetrying.\n', 4);
	const status = own ? replyStatus(own) : httpStatus(l.body);
	log += `connected.\nHTTP request sent, awaiting response... ${status.code} ${status.reason}\n`;
	if (status.code >= 400) return {stdout: '', stderr: o.quiet ? '' : `${log}${stamp} ERROR ${status.code}: ${status.reason}.\n\n`, exitCode: 8};
	const size = Buffer.byteLength(l.body);
	const toStdout = o.output === '-';
	const name = o.output ?? fileNameOf(url);
	log += `Length: ${size} [text/html]\nSaving to: '${toStdout ? 'STDOUT' : name}'\n\n`;
	log += `${(toStdout ? '-' : name).padEnd(19).slice(0, 19)} 100%[===================>]     ${size}  --.-KB/s    in 0s      \n\n`;
	log += `${stamp} (${Math.max(1, Math.round(size / 10))} MB/s) - ${toStdout ? 'written to stdout' : `'${name}' saved`} [${size}/${size}]\n\n`;
	if (!toStdout && name !== '/dev/null' && ctx.location.kind === 'host') {
		saveFile(ctx, name, l.body);
	}
	return {stdout: toStdout ? l.body : '', stderr: o.quiet ? '' : log, exitCode: 0};
}

export const wget: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	const o = parseWget(argv);
	const bb = ctx.flavour === 'busybox';
	if ('error' in o) return {stdout: '', stderr: bb ? `${o.error}\n${BUSYBOX_USAGE}` : `${o.error}\nUsage: wget [OPTION]... [URL]...\n\nTry 'wget --help' for more options.\n`, exitCode: bb ? 1 : 2};
	if (!o.url) return {stdout: '', stderr: bb ? BUSYBOX_USAGE : "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry 'wget --help' for more options.\n", exitCode: 1};
	const url = parseUrl(o.url);
	if ('error' in url) return {stdout: '', stderr: bb ? `wget: bad address '${bareHost(o.url)}'\n` : `${o.url}: Unsupported scheme.\n`, exitCode: 1};
	const r = probe(ctx.world, {from: viewpoint(ctx), target: url.display, protocol: 'tcp', port: url.port});
	return bb ? busybox(o, url, r, ctx) : gnu(o, url, r, ctx);
};
