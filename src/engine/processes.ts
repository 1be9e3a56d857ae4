// What a container's main process does, read from its command line as a person would: which
// sockets it listens on, whether it keeps running, what it logs. `docker run IMAGE flask run
// --host=0.0.0.0` therefore changes what the container listens on, exactly as in life.
import {readApp, runHttpServer, type AppPlan, type AppSpec} from './apps/index.js';
import type {Image, Listener, LogLine, Protocol} from './types.js';

export interface ProcessPlan {
	/** Program name shown by `ss -p` and `trace`. */
	readonly program: string;
	readonly listeners: Listener[];
	/** `forever`: a server or an interactive shell; `exit`: ends by itself. */
	readonly lifetime: 'forever' | 'exit';
	/** For `exit`: after how long (ms) and with which code. */
	readonly exitsAfter: number;
	readonly exitCode: number;
	/** Lines the process logs when it starts. */
	readonly logs: LogLine[];
	/** Logged once the process listens (after a successful bind). */
	readonly readyLogs?: LogLine[];
	/** Logged when a listener cannot bind because the port is taken (host mode). */
	readonly bindFailure?: (port: number, address: string) => LogLine[];
	/**
	 * A one-shot command the shell should run inside the container (`ping -c 3 x`, `wget ...`),
	 * when the main process is one of the simulated tools rather than a server.
	 */
	readonly tool?: string[];
	/** Game notes (not program output): what netdojo could not simulate of the learner's code. */
	readonly notes?: string[];
	/** Files the process writes into the container when it starts (absolute paths). */
	readonly files?: Readonly<Record<string, string>>;
}

export interface ProcessContext {
	readonly argv: string[];
	readonly env: readonly string[];
	readonly image: Image;
	/** -i: stdin kept open, so a shell waits for input instead of exiting. */
	readonly openStdin: boolean;
	readonly tty: boolean;
	/** When the process starts (simulated clock, ms): servers stamp their log lines with it. */
	readonly now?: number;
	/** The sandbox's first non-loopback address, which some servers print when bound to all. */
	readonly address?: string;
	/** The container's working directory (`-w`, else the image's WORKDIR). */
	readonly cwd?: string;
	/** The container's files, absolute path -> content; defaults to the image's. */
	readonly files?: Readonly<Record<string, string>>;
	/** Does a name resolve inside the container (nginx's proxy_pass upstreams)? */
	readonly resolves?: (host: string) => boolean;
}

const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash']);
/** A script that is one simple command of plain words: nothing for the shell to do but exec it. */
const LONE_COMMAND = /^\s*[\w./:=@%+,-]+(\s+[\w./:=@%+,-]+)*\s*$/;

/**
 * The argv a container's main process ends up running: entrypoint wrappers (docker-entrypoint.sh)
 * hand over to their command, and `sh -c 'sleep 300'` is exec'd by BusyBox ash, dash and bash
 * in place of the shell, so the process is that command and lives as long as it does.
 */
export function execedArgv(argv: readonly string[]): string[] {
	let out = [...argv];
	while (out.length > 1 && /docker-entrypoint\.sh$/.test(out[0])) out = out.slice(1);
	if (out.length === 3 && SHELLS.has(out[0]) && out[1] === '-c' && LONE_COMMAND.test(out[2])) out = out[2].trim().split(/\s+/);
	return out;
}
const DAY = 24 * 3600 * 1000;

const stdout = (text: string): LogLine => ({stream: 'stdout', text});
const stderr = (text: string): LogLine => ({stream: 'stderr', text});

function listener(port: number, address: string, program: string, body: string | undefined, protocol: Protocol = 'tcp', app?: AppSpec): Listener {
	const l: Listener = {port, address, protocol, program, kind: body === undefined && !app ? 'raw' : 'http', body};
	return app ? {...l, app} : l;
}

/** Reads a file tree kept as absolute path -> content: a file reader and a directory lister. */
function fileAccess(files: Readonly<Record<string, string>>): {readFile: (p: string) => string | undefined; listDir: (p: string) => string[] | undefined} {
	const readFile = (p: string) => (Object.prototype.hasOwnProperty.call(files, p) ? files[p] : undefined);
	const listDir = (p: string) => {
		const prefix = p === '/' ? '/' : `${p.replace(/\/+$/, '')}/`;
		const names = new Set<string>();
		for (const k of Object.keys(files)) {
			if (!k.startsWith(prefix)) continue;
			const rest = k.slice(prefix.length);
			const slash = rest.indexOf('/');
			names.add(slash === -1 ? rest : `${rest.slice(0, slash)}/`);
		}
		return names.size === 0 ? undefined : [...names];
	};
	return {readFile, listDir};
}

/** The app plan as a process plan: its listeners carry the app, so requests reach the learner's code. */
function fromApp(app: AppPlan): ProcessPlan {
	const listeners = app.listeners.map((l) => listener(l.port, l.address, app.program, undefined, 'tcp', app.app));
	const notes = app.notes.length > 0 ? {notes: [...app.notes]} : {};
	if (app.exit) return {program: app.program, listeners: [], lifetime: 'exit', exitsAfter: 0, exitCode: app.exit.code, logs: [...app.logs], ...notes};
	return {program: app.program, listeners, lifetime: 'forever', exitsAfter: 0, exitCode: 0, logs: [...app.logs], ...(app.readyLogs ? {readyLogs: [...app.readyLogs]} : {}), ...(app.files ? {files: app.files} : {}), bindFailure: app.bindFailure, ...notes};
}

function base(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** Reads `--flag value`, `--flag=value` and short `-f value` forms. */
function option(args: readonly string[], names: readonly string[]): string | undefined {
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		for (const n of names) {
			if (a === n && i + 1 < args.length) return args[i + 1];
			if (n.startsWith('--') && a.startsWith(`${n}=`)) return a.slice(n.length + 1);
			if (!n.startsWith('--') && a.startsWith(n) && a.length > n.length && n.length === 2) return a.slice(2);
		}
	}
	return undefined;
}

function envValue(env: readonly string[], key: string): string | undefined {
	const hit = [...env].reverse().find((e) => e.startsWith(`${key}=`));
	return hit?.slice(key.length + 1);
}

/** Splits `host:port`, `[::]:port` or a bare port. */
function splitBind(text: string, defaultAddress: string, defaultPort: number): {address: string; port: number} {
	const v6 = /^\[([^\]]*)\]:(\d+)$/.exec(text);
	if (v6) return {address: v6[1], port: Number(v6[2])};
	const colon = text.lastIndexOf(':');
	if (colon === -1) return /^\d+$/.test(text) ? {address: defaultAddress, port: Number(text)} : {address: text, port: defaultPort};
	return {address: text.slice(0, colon) || defaultAddress, port: Number(text.slice(colon + 1)) || defaultPort};
}

function durationMs(text: string | undefined): number | undefined {
	if (!text) return undefined;
	const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text);
	if (!m) return undefined;
	const unit = {'': 1000, s: 1000, m: 60_000, h: 3_600_000, d: DAY}[m[2]] ?? 1000;
	return Number(m[1]) * unit;
}

function server(program: string, listeners: Listener[], logs: LogLine[], bindFailure?: ProcessPlan['bindFailure']): ProcessPlan {
	return {program, listeners, lifetime: 'forever', exitsAfter: 0, exitCode: 0, logs, bindFailure};
}

function oneShot(program: string, exitCode = 0, logs: LogLine[] = [], after = 0): ProcessPlan {
	return {program, listeners: [], lifetime: 'exit', exitsAfter: after, exitCode, logs};
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's error-log time: 2026/11/23 16:24:10 (the container's clock is UTC). */
function nginxTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** redis's log time: 23 Nov 2026 16:24:22.000 */
function redisTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}

/** The official nginx image's entrypoint script, before nginx itself starts. */
const NGINX_ENTRYPOINT_LOGS: LogLine[] = [
		stdout('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration'),
		stdout('/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/'),
		stdout('/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh'),
		stdout('10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf'),
		stdout('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf'),
		stdout('/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh'),
		stdout('/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh'),
		stdout('/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh'),
		stdout('/docker-entrypoint.sh: Configuration complete; ready for start up'),
];

/** The entrypoint's lines when the learner wrote /etc/nginx/conf.d/default.conf (its checksum differs). */
const NGINX_ENTRYPOINT_LOGS_CHANGED: LogLine[] = NGINX_ENTRYPOINT_LOGS.map((l) =>
	l.text === '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf' ? stdout('10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf differs from the packaged version') : l,
);

/** nginx's own start-up notices on stderr, once it has bound its sockets. */
function nginxReadyLogs(now: number): LogLine[] {
	const t = nginxTime(now);
	return [
		stderr(`${t} [notice] 1#1: using the "epoll" event method`),
		stderr(`${t} [notice] 1#1: nginx/1.27.4`),
		stderr(`${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `),
		stderr(`${t} [notice] 1#1: OS: Linux 6.1.0-netdojo`),
		stderr(`${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`),
		stderr(`${t} [notice] 1#1: start worker processes`),
		stderr(`${t} [notice] 1#1: start worker process 29`),
		stderr(`${t} [notice] 1#1: start worker process 30`),
	];
}

/** nginx tries to bind five times, half a second apart, then gives up with status 1. */
function nginxBindFailure(now: number, port: number): LogLine[] {
	const t = nginxTime(now);
	const out: LogLine[] = [];
	for (let i = 0; i < 5; i++) {
		for (const addr of ['0.0.0.0', '[::]']) {
			out.push(stderr(`${t} [emerg] 1#1: bind() to ${addr}:${port} failed (98: Address already in use)`));
			out.push(stderr(`nginx: [emerg] bind() to ${addr}:${port} failed (98: Address already in use)`));
		}
	}
	out.push(stderr(`${t} [emerg] 1#1: still could not bind()`), stderr('nginx: [emerg] still could not bind()'));
	return out;
}

function redisLogs(now: number, port: number): LogLine[] {
	const t = redisTime(now);
	return [
		stdout(`1:C ${t} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.`),
		stdout(`1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`),
		stdout(`1:C ${t} * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started`),
		stdout(`1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`),
		stdout(`1:M ${t} * monotonic clock: POSIX clock_gettime`),
		stdout(`1:M ${t} * Running mode=standalone, port=${port}.`),
		stdout(`1:M ${t} * Server initialized`),
		stdout(`1:M ${t} * Ready to accept connections tcp`),
	];
}

/** python3 -m http.server failing to bind (Python 3.13's traceback). */
const PYTHON_BIND_TRACEBACK = [
	'Traceback (most recent call last):',
	'  File "<frozen runpy>", line 198, in _run_module_as_main',
	'  File "<frozen runpy>", line 88, in _run_code',
	'  File "/usr/local/lib/python3.13/http/server.py", line 1323, in <module>',
	'    test(',
	'  File "/usr/local/lib/python3.13/http/server.py", line 1270, in test',
	'    with ServerClass(addr, HandlerClass) as httpd:',
	'         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
	'  File "/usr/local/lib/python3.13/socketserver.py", line 457, in __init__',
	'    self.server_bind()',
	'  File "/usr/local/lib/python3.13/http/server.py", line 1317, in server_bind',
	'    return super().server_bind()',
	'           ~~~~~~~~~~~~~~~~~~~^^',
	'  File "/usr/local/lib/python3.13/http/server.py", line 136, in server_bind',
	'    socketserver.TCPServer.server_bind(self)',
	'  File "/usr/local/lib/python3.13/socketserver.py", line 478, in server_bind',
	'    self.socket.bind(self.server_address)',
	'OSError: [Errno 98] Address already in use',
].map(stderr);

/** Plans the main process of a container from its full argv (entrypoint + cmd). */
export function planProcess(ctx: ProcessContext): ProcessPlan {
	// `python3 -u -m ...`: -u only changes buffering, which the http.server branch reads itself.
	let argv = ctx.argv.filter((a, i) => !(a === '-u' && i === 1 && /python3?$/.test(ctx.argv[0] ?? '')));
	const unbufferedFlag = argv.length !== ctx.argv.length;
	const body = ctx.image.response;
	const now = ctx.now ?? Date.UTC(2026, 10, 23, 9, 0, 0);
	// Entrypoint wrappers hand over to the real program.
	argv = execedArgv(argv);
	if (argv.length === 0) return oneShot('sh');
	const prog = base(argv[0]);
	const args = argv.slice(1);
	let httpServerApp: AppSpec | undefined;

	// The learner's own code, when the container has it: read as a person reads it.
	const files = ctx.files ?? ctx.image.files;
	const cwd = ctx.cwd || ctx.image.workingDir || '/';
	if (files && Object.keys(files).length > 0 && !ctx.image.listens) {
		const access = fileAccess(files);
		const app = readApp({argv, env: ctx.env, cwd, now, address: ctx.address, resolves: ctx.resolves, tty: ctx.tty, ...access});
		if (app) {
			const plan = fromApp(app);
			// nginx's own entrypoint logs come first, and it logs its notices once bound.
			if (prog === 'nginx' && !app.exit) return {...plan, logs: [...NGINX_ENTRYPOINT_LOGS_CHANGED, ...plan.logs], readyLogs: nginxReadyLogs(now), bindFailure: (port) => nginxBindFailure(now, port)};
			if (prog === 'nginx') return {...plan, logs: [...NGINX_ENTRYPOINT_LOGS_CHANGED, ...plan.logs]};
			return plan;
		}
		if ((prog === 'python' || prog === 'python3') && args[0] === '-m' && args[1] === 'http.server') httpServerApp = runHttpServer(args.slice(2), {argv, env: ctx.env, cwd, now, ...access});
	}

	// An image that declares its listeners wins over reading its command line.
	if (ctx.image.listens && ctx.image.listens.length > 0 && (argv.join(' ') === [...(ctx.image.entrypoint ?? []), ...ctx.image.cmd].filter((a) => !/docker-entrypoint\.sh$/.test(a)).join(' '))) {
		return server(prog, ctx.image.listens.map((l) => listener(l.port, l.address, prog, body, l.protocol)), []);
	}

	if (prog === 'nginx' && args.includes('daemon off;')) {
		return {
			...server('nginx', [listener(80, '0.0.0.0', 'nginx', body), listener(80, '::', 'nginx', body)], NGINX_ENTRYPOINT_LOGS, (port) => nginxBindFailure(now, port)),
			readyLogs: nginxReadyLogs(now),
		};
	}
	if (prog === 'nginx') return oneShot('nginx');
	if (prog === 'httpd-foreground') {
		return server('httpd', [listener(80, '0.0.0.0', 'httpd', body), listener(80, '::', 'httpd', body)], [
			stderr("AH00558: httpd: Could not reliably determine the server's fully qualified domain name. Set the 'ServerName' directive globally to suppress this message"),
		], () => [stderr('(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80'), stderr('no listening sockets available, shutting down')]);
	}
	if (prog === 'redis-server') {
		const port = Number(option(args, ['--port']) ?? 6379);
		return server(
			'redis-server',
			[listener(port, '0.0.0.0', 'redis-server', undefined), listener(port, '::', 'redis-server', undefined)],
			redisLogs(now, port),
			(p) => [stdout(`1:M # Warning: Could not create server TCP listening socket *:${p}: bind: Address already in use`), stdout('1:M # Failed listening on port ' + p + ' (tcp), aborting.')],
		);
	}
	if (prog === 'postgres') {
		const hasPassword = envValue(ctx.env, 'POSTGRES_PASSWORD') !== undefined || envValue(ctx.env, 'POSTGRES_HOST_AUTH_METHOD') === 'trust';
		if (!hasPassword) {
			return oneShot('postgres', 1, [
				stderr('Error: Database is uninitialized and superuser password is not specified.'),
				stderr('       You must specify POSTGRES_PASSWORD to a non-empty value for the'),
				stderr('       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".'),
				stderr(''),
				stderr('       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all'),
				stderr('       connections without a password. This is *not* recommended.'),
				stderr(''),
				stderr('       See PostgreSQL documentation about "trust":'),
				stderr('       https://www.postgresql.org/docs/current/auth-trust.html'),
			]);
		}
		return server('postgres', [listener(5432, '0.0.0.0', 'postgres', undefined), listener(5432, '::', 'postgres', undefined)], [
			stdout('LOG:  database system is ready to accept connections'),
		]);
	}
	if (prog === 'mysqld') {
		const hasPassword = ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'].some((k) => envValue(ctx.env, k) !== undefined);
		if (!hasPassword) {
			return oneShot('mysqld', 1, [
				stderr('[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified'),
				stderr('    You need to specify one of the following as an environment variable:'),
				stderr('    - MYSQL_ROOT_PASSWORD'),
				stderr('    - MYSQL_ALLOW_EMPTY_PASSWORD'),
				stderr('    - MYSQL_RANDOM_ROOT_PASSWORD'),
			]);
		}
		return server('mysqld', [listener(3306, '::', 'mysqld', undefined), listener(33060, '::', 'mysqld', undefined)], [stdout('[Server] /usr/sbin/mysqld: ready for connections.')]);
	}
	if (prog === 'uvicorn') {
		const host = option(args, ['--host']) ?? '127.0.0.1';
		const port = Number(option(args, ['--port']) ?? 8000);
		return server('uvicorn', [listener(port, host, 'uvicorn', body ?? '{"detail":"Not Found"}')], [
			stderr('INFO:     Started server process [1]'),
			stderr('INFO:     Waiting for application startup.'),
			stderr('INFO:     Application startup complete.'),
			stderr(`INFO:     Uvicorn running on http://${host}:${port} (Press CTRL+C to quit)`),
		], (p, a) => [stderr(`ERROR:    [Errno 98] error while attempting to bind on address ('${a}', ${p}): address already in use`)]);
	}
	if (prog === 'flask' && args[0] === 'run') {
		const host = option(args, ['--host', '-h']) ?? envValue(ctx.env, 'FLASK_RUN_HOST') ?? '127.0.0.1';
		const port = Number(option(args, ['--port', '-p']) ?? envValue(ctx.env, 'FLASK_RUN_PORT') ?? 5000);
		const logs = [stdout(' * Serving Flask app \'app\''), stdout(' * Debug mode: off')];
		if (host === '0.0.0.0') logs.push(stderr(`WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.`), stderr(' * Running on all addresses (0.0.0.0)'), stderr(` * Running on http://127.0.0.1:${port}`));
		// Werkzeug also names the machine's own address when bound to all of them.
		if (host === '0.0.0.0' && ctx.address) logs.push(stderr(` * Running on http://${ctx.address}:${port}`));
		else logs.push(stderr('WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.'), stderr(` * Running on http://${host}:${port}`));
		logs.push(stderr('Press CTRL+C to quit'));
		return server('flask', [listener(port, host, 'flask', body)], logs, (p) => [stderr(`Address already in use`), stderr(`Port ${p} is in use by another program. Either identify and stop that program, or start the server with a different port.`)]);
	}
	if (prog === 'gunicorn') {
		const bind = splitBind(option(args, ['--bind', '-b']) ?? '127.0.0.1:8000', '127.0.0.1', 8000);
		return server('gunicorn', [listener(bind.port, bind.address, 'gunicorn', body)], [stderr(`[INFO] Listening at: http://${bind.address}:${bind.port} (1)`)], () => [stderr('[ERROR] Connection in use: (\'' + bind.address + '\', ' + bind.port + ')')]);
	}
	if ((prog === 'python' || prog === 'python3') && args[0] === '-m' && args[1] === 'http.server') {
		const rest = args.slice(2);
		const bindAddress = option(rest, ['--bind', '-b']) ?? '0.0.0.0';
		const portArg = rest.find((a, i) => /^\d+$/.test(a) && rest[i - 1] !== '--bind' && rest[i - 1] !== '-b');
		const port = Number(portArg ?? 8000);
		// Python buffers stdout without a terminal, so its banner reaches `docker logs` only unbuffered.
		const unbuffered = ctx.tty || unbufferedFlag || (envValue(ctx.env, 'PYTHONUNBUFFERED') ?? '') !== '';
		const shown = bindAddress === '0.0.0.0' ? '0.0.0.0' : bindAddress;
		const banner = unbuffered ? [stdout(`Serving HTTP on ${shown} port ${port} (http://${shown}:${port}/) ...`)] : [];
		return server('python3', [listener(port, shown, 'python3', body ?? 'Directory listing for /', 'tcp', httpServerApp)], banner, () => PYTHON_BIND_TRACEBACK);
	}
	if (prog === 'httpd' && ctx.image.flavour === 'busybox') {
		// busybox httpd daemonizes unless -f, so the container's main process ends at once.
		if (!args.includes('-f') && !args.some((a) => /^-[a-zA-Z]*f/.test(a))) return oneShot('httpd');
		const bind = splitBind(option(args, ['-p']) ?? '80', '0.0.0.0', 80);
		return server('httpd', [listener(bind.port, bind.address, 'httpd', body ?? '<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>\n<BODY><H1>404 Not Found</H1>\nThe requested URL was not found\n</BODY></HTML>\n')], [], () => [stderr('httpd: bind: Address in use')]);
	}
	if (prog === 'nc' && args.some((a) => /^-[a-zA-Z]*l/.test(a))) {
		const port = Number(option(args, ['-p']) ?? args.find((a) => /^\d+$/.test(a)) ?? 0);
		if (!port) return oneShot('nc', 1, [stderr('nc: bind: Address in use')]);
		// `nc -lu -p 53`: -u binds a UDP socket instead.
		const protocol = args.some((x) => /^-[a-zA-Z]*u/.test(x)) ? 'udp' : 'tcp';
		return server('nc', [listener(port, '0.0.0.0', 'nc', undefined, protocol)], [], () => [stderr('nc: bind: Address in use')]);
	}
	if (prog === 'node' && args.length > 0 && ctx.image.listens) {
		return server('node', ctx.image.listens.map((l) => listener(l.port, l.address, 'node', body, l.protocol)), []);
	}
	if (SHELLS.has(argv[0]) || SHELLS.has(prog)) {
		if (args[0] === '-c' && args[1] !== undefined) return {...oneShot(prog), tool: ['sh', '-c', args[1]]};
		// A shell with no stdin to read ends at once with status 0, as `docker run -d alpine` does.
		return ctx.openStdin ? server(prog, [], []) : oneShot(prog);
	}
	if (prog === 'node' || prog === 'python' || prog === 'python3') {
		// A REPL: like a shell, it waits only when stdin is open.
		return ctx.openStdin ? server(prog, [], []) : oneShot(prog);
	}
	if (prog === 'sleep') {
		const arg = args[0];
		if (arg === 'infinity') return server('sleep', [], []);
		const ms = durationMs(arg);
		if (ms === undefined) return oneShot('sleep', 1, [stderr(`sleep: invalid number '${arg ?? ''}'`)]);
		return {program: 'sleep', listeners: [], lifetime: 'exit', exitsAfter: ms, exitCode: 0, logs: []};
	}
	if (prog === 'tail' && args.includes('-f')) return server('tail', [], []);
	if (ctx.image.listens && ctx.image.listens.length > 0) {
		return server(prog, ctx.image.listens.map((l) => listener(l.port, l.address, prog, body, l.protocol)), []);
	}
	// Anything else is a one-shot command; the shell runs it inside the container for its output.
	return {...oneShot(prog), tool: argv};
}
