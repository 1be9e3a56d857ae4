// Apps that run the learner's own code: given a container's command line, environment, working directory
// and files, says what the process does (listeners, logs, exit) and how it answers HTTP. Pure: files come in
// through readFile/listDir.
import {readNginxConfig, nginxEmerg, unresolvedUpstream, nginxAnswer} from './nginx.js';
import {expressAnswer, nodeHttpAnswer, readNode} from './node.js';
import {fastapiAnswer} from './fastapi.js';
import {flaskAnswer} from './flask.js';
import {httpServerAnswer, join} from './httpserver.js';
import {readPythonProgram, runHttpServer} from './python-app.js';
import {splitTarget} from './paths.js';
import type {AppInput, AppPlan, AppSpec, HttpAnswer} from './types.js';

export type {AppInput, AppPlan, AppSpec, HttpAnswer, ReadFile, ListDir} from './types.js';
export {runHttpServer};
export {accessLog, type Request} from './access-log.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

export function nginxTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

function nodeProgram(args: readonly string[], input: AppInput): AppPlan | undefined {
	let file = args.find((a) => !a.startsWith('-'));
	if (file === undefined) return undefined;
	if (file === '.') {
		const pkg = input.readFile(join(input.cwd, 'package.json'));
		const main = pkg ? /"main"\s*:\s*"([^"]+)"/.exec(pkg)?.[1] : undefined;
		file = main ?? 'index.js';
	}
	const path = join(input.cwd, /\.[cm]?js$/.test(file) ? file : input.readFile(join(input.cwd, file)) !== undefined ? file : `${file}.js`);
	const source = input.readFile(path);
	if (source === undefined) return undefined;
	const prog = readNode(source, input.env);
	if (!prog) return {program: 'node', listeners: [], logs: [], exit: {code: 0}, notes: [`could not follow ${path}: it starts no server that netdojo recognises, so node is taken to end with status 0`]};
	if (!prog.listen) return {program: 'node', listeners: [], logs: [], exit: {code: 0}, notes: [`${path} never calls listen(), so node ends at once`]};
	const notes = [...prog.notes, ...prog.routes.filter((r) => r.expr === undefined).map((r) => `could not follow what the ${r.handler ?? ''} handler sends; it answers with an empty body`)];
	return {program: 'node', listeners: [prog.listen], logs: prog.logs, app: {framework: prog.framework, routes: prog.routes}, notes};
}

function npmStart(input: AppInput): AppPlan | undefined {
	const pkg = input.readFile(join(input.cwd, 'package.json'));
	const start = pkg ? /"start"\s*:\s*"([^"]+)"/.exec(pkg)?.[1] : undefined;
	if (!start || !/^node\s+/.test(start)) return undefined;
	const plan = nodeProgram(start.split(/\s+/).slice(1), input);
	return plan;
}

/** The learner's nginx configuration; undefined when the container has none of its own. */
function nginxProgram(input: AppInput): AppPlan | undefined {
	const cfg = readNginxConfig(input.readFile, input.listDir);
	if (!cfg) return undefined;
	const t = nginxTime(input.now);
	if ('error' in cfg) return {program: 'nginx', listeners: [], logs: nginxEmerg(t, `${cfg.error} in ${cfg.file}:${cfg.line}`), exit: {code: 1}, notes: []};
	const bad = unresolvedUpstream(cfg, input.resolves ?? (() => false));
	if (bad) return {program: 'nginx', listeners: [], logs: nginxEmerg(t, bad), exit: {code: 1}, notes: []};
	const listeners = cfg.servers.flatMap((s) => s.listens);
	const roots = [...new Set(cfg.servers.flatMap((s) => [s.root, ...s.locations.flatMap((l) => (l.root ? [l.root] : []))]))];
	const files: Record<string, string> = {};
	for (const r of roots) for (const s of cfg.servers) for (const i of s.index) {
		const text = input.readFile(join(r, i));
		if (text !== undefined) files[join(r, i)] = text;
	}
	// Other files under the roots, one level deep, for direct requests.
	for (const r of roots) for (const n of input.listDir?.(r) ?? []) {
		if (n.endsWith('/')) continue;
		const text = input.readFile(join(r, n));
		if (text !== undefined) files[join(r, n)] = text;
	}
	return {program: 'nginx', listeners: [...new Map(listeners.map((l) => [`${l.address}:${l.port}`, l])).values()], logs: [], app: {framework: 'nginx', routes: [], files, nginx: cfg.servers}, notes: []};
}

/** Reads the program a container runs; undefined when its files say nothing the readers follow. */
export function readApp(input: AppInput): AppPlan | undefined {
	let argv = [...input.argv];
	while (argv.length > 1 && /docker-entrypoint\.sh$/.test(argv[0])) argv = argv.slice(1);
	if (argv.length === 0) return undefined;
	const prog = argv[0].replace(/^.*\//, '');
	if (/^python[\d.]*$/.test(prog) || prog === 'flask' || prog === 'uvicorn') {
		const plan = readPythonProgram(argv, input);
		return plan === 'http.server' ? undefined : plan;
	}
	if (prog === 'node') return nodeProgram(argv.slice(1), input);
	if (prog === 'npm' && (argv[1] === 'start' || (argv[1] === 'run' && argv[2] === 'start'))) return npmStart(input);
	if (prog === 'nginx') return nginxProgram(input);
	return undefined;
}

/** How the app answers one HTTP request. `date` is the Date header's value; `lastModified` for files served. */
export function answerHttp(app: AppSpec, method: string, target: string, date: string, port?: number): HttpAnswer & {unfollowed?: string} {
	switch (app.framework) {
		case 'flask':
			return flaskAnswer(app.routes, method, target, date);
		case 'fastapi':
			return fastapiAnswer(app.routes, method, target, date);
		case 'express':
			return expressAnswer(app.routes, method, target, date);
		case 'node-http':
			return nodeHttpAnswer(app.routes, date);
		case 'http.server':
			return httpServerAnswer(app, method, target, date, date);
		case 'nginx': {
			const servers = app.nginx ?? [];
			const srv = servers.find((s) => s.listens.some((l) => l.port === port)) ?? servers[0];
			return nginxAnswer(srv ?? {listens: [], locations: [], root: '/etc/nginx/html', index: ['index.html']}, app.files ?? {}, method, splitTarget(target).path, date);
		}
	}
}

/** The body a GET of `path` gets from this socket: the learner's app when there is one, else the image's declared body. */
export function listenerBody(l: {readonly body?: string; readonly app?: AppSpec; readonly port: number}, path: string): string | undefined {
	if (!l.app) return l.body;
	const a = answerHttp(l.app, 'GET', path || '/', '', l.port);
	return a.proxy ? undefined : a.body;
}
