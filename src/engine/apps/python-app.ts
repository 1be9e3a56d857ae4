// Python programs: `python app.py`, `flask run`, `uvicorn main:app`, `python -m http.server`.
import {appVariable, evalWithLocals, flaskBindFailure, flaskListen, flaskLogs, flaskRoutes} from './flask.js';
import {fastapiRoutes, uvicornBindFailure, uvicornLogs, uvicornReadyLogs} from './fastapi.js';
import {join, snapshot} from './httpserver.js';
import {callArgs, readPython, type PyModule} from './python-read.js';
import {formatSyntaxError, pythonSyntaxError} from './python-syntax.js';
import {err, out, type AppInput, type AppPlan, type Route} from './types.js';
import {evaluate, pyStr} from './values.js';

const NOTE_TRACE = 'only the last frame of this traceback is shown; the framework\'s own frames above it are left out';

function envValue(env: readonly string[], key: string): string | undefined {
	const hit = [...env].reverse().find((e) => e.startsWith(`${key}=`));
	return hit?.slice(key.length + 1);
}

function option(args: readonly string[], names: readonly string[]): string | undefined {
	for (let i = 0; i < args.length; i++) {
		for (const n of names) {
			if (args[i] === n && i + 1 < args.length) return args[i + 1];
			if (n.startsWith('--') && args[i].startsWith(`${n}=`)) return args[i].slice(n.length + 1);
		}
	}
	return undefined;
}

function exited(program: string, code: number, logs: AppPlan['logs'], notes: string[] = []): AppPlan {
	return {program, listeners: [], logs, exit: {code}, notes};
}

/** A syntax error met while importing: `python app.py` prints only the error; an importing framework prints a traceback. */
function syntaxFailure(program: string, source: string, file: string, imported: boolean): AppPlan | undefined {
	const e = pythonSyntaxError(source);
	if (!e) return undefined;
	const lines = formatSyntaxError(e, file);
	if (!imported) return exited(program, 1, lines.map(err));
	return exited(program, 1, ['Traceback (most recent call last):', ...lines].map(err), [NOTE_TRACE]);
}

/** Routes whose return the reader cannot evaluate, even with their parameters bound. */
function unfollowedNotes(routes: readonly Route[]): string[] {
	const follows = (r: Route) => r.expr !== undefined && evalWithLocals(r.expr, Object.fromEntries((r.params ?? []).map((p) => [p.name, p.type === 'int' ? 1 : 'x']))) !== undefined;
	return routes.filter((r) => !follows(r)).map((r) => `could not follow what ${r.handler ?? 'a handler'}() returns; it answers with an empty body`);
}

function flaskServer(mod: PyModule, name: string, v: string, host: string, port: number, input: AppInput, debug: boolean): AppPlan {
	const routes = flaskRoutes(mod, v);
	const notes = unfollowedNotes(routes);
	if (debug) notes.push('debug mode (reloader and debugger) is not simulated; the app runs as without debug');
	return {program: 'flask', listeners: [{address: host, port}], logs: flaskLogs(name, host, port, host === '0.0.0.0' ? input.address : undefined), app: {framework: 'flask', routes}, bindFailure: flaskBindFailure, notes};
}

function uvicornServer(mod: PyModule, v: string, host: string, port: number): AppPlan {
	const routes = fastapiRoutes(mod, v);
	return {program: 'uvicorn', listeners: [{address: host, port}], logs: uvicornLogs(), readyLogs: uvicornReadyLogs(host, port), app: {framework: 'fastapi', routes}, bindFailure: uvicornBindFailure, notes: unfollowedNotes(routes)};
}

/** `python FILE.py`: runs the module as __main__. */
function runScript(python: string, file: string, input: AppInput): AppPlan {
	const path = join(input.cwd, file);
	const source = input.readFile(path);
	if (source === undefined) return exited('python3', 2, [err(`${python}: can't open file '${path}': [Errno 2] No such file or directory`)]);
	const bad = syntaxFailure('python3', source, path, false);
	if (bad) return bad;
	const mod = readPython(source);
	const scope = Object.fromEntries(mod.assigns.map(([k, x]) => [k, evaluate(x, {}, 'py')]).filter(([, x]) => x !== undefined));
	const stem = file.replace(/^.*\//, '').replace(/\.py$/, '');
	const statements = [...mod.calls, ...mod.main];
	const flaskVar = appVariable(mod, 'Flask');
	const fastVar = appVariable(mod, 'FastAPI');
	for (const s of statements) {
		if (flaskVar && new RegExp(`^${flaskVar}\\.run\\s*\\(`).test(s)) {
			const l = flaskListen(callArgs(s), scope);
			return flaskServer(mod, stem, flaskVar, l.address, l.port, input, l.debug);
		}
		const uv = /^uvicorn\.run\s*\(/.test(s) ? callArgs(s) : undefined;
		if (uv && fastVar) {
			const host = evaluate(uv.keywords.host ?? "'127.0.0.1'", scope, 'py');
			const port = evaluate(uv.keywords.port ?? '8000', scope, 'py');
			return uvicornServer(mod, fastVar, typeof host === 'string' ? host : '127.0.0.1', typeof port === 'number' ? port : 8000);
		}
	}
	// A script that ends: its print() lines reach the log when Python flushes at exit.
	const logs = [];
	const notes: string[] = [];
	for (const s of statements) {
		const p = /^print\s*\((.*)\)$/.exec(s);
		const v = p ? evaluate(p[1] === '' ? "''" : p[1], scope, 'py') : undefined;
		if (p && v !== undefined) logs.push(out(typeof v === 'object' && v !== null && 'tuple' in v ? (v.tuple as never[]).map(pyStr).join(' ') : pyStr(v)));
		else if (!/^(import|from)\s/.test(s)) notes.push(`could not follow \`${s.slice(0, 60)}\` in ${path}; the script is taken to end there with status 0`);
	}
	if (flaskVar || fastVar) notes.push(`${path} defines an app but never starts a server under \`if __name__ == "__main__":\`, so python ends at once`);
	return exited('python3', 0, logs, notes.slice(0, 3));
}

/** `uvicorn main:app` (also `python -m uvicorn`). */
function runUvicorn(args: readonly string[], input: AppInput): AppPlan {
	const target = args.find((a, i) => !a.startsWith('-') && !['--host', '--port', '--app-dir', '--workers', '--log-level', '--root-path'].includes(args[i - 1] ?? '')) ?? '';
	const host = option(args, ['--host']) ?? '127.0.0.1';
	const port = Number(option(args, ['--port']) ?? 8000);
	const [modName, attr = 'app'] = target.split(':');
	const dir = option(args, ['--app-dir']) ?? '.';
	const path = join(join(input.cwd, dir), `${modName.replace(/\./g, '/')}.py`);
	const source = input.readFile(path);
	if (source === undefined) return exited('uvicorn', 1, [err(`ERROR:    Error loading ASGI app. Could not import module "${modName}".`)]);
	const bad = syntaxFailure('uvicorn', source, path, true);
	if (bad) return bad;
	const mod = readPython(source);
	if (!mod.assigns.some(([k]) => k === attr)) return exited('uvicorn', 1, [err(`ERROR:    Error loading ASGI app. Attribute "${attr}" not found in module "${modName}".`)]);
	// Importing the module writes its bytecode next to it (measured: `ls` in the container shows __pycache__).
	const tag = /^(\d+)\.(\d+)/.exec(envValue(input.env, 'PYTHON_VERSION') ?? '3.12')?.slice(1).join('') ?? '312';
	const pyc = join(join(path, '..'), `__pycache__/${modName.replace(/^.*\./, '')}.cpython-${tag}.pyc`);
	return {...uvicornServer(mod, attr, host, port), files: {[pyc]: ''}};
}

/** `flask run`: FLASK_APP, or --app, or app.py / wsgi.py in the working directory. */
function runFlask(invoked: string, args: readonly string[], input: AppInput): AppPlan {
	const host = option(args, ['--host', '-h']) ?? envValue(input.env, 'FLASK_RUN_HOST') ?? '127.0.0.1';
	const port = Number(option(args, ['--port', '-p']) ?? envValue(input.env, 'FLASK_RUN_PORT') ?? 5000);
	const named = option(args, ['--app']) ?? envValue(input.env, 'FLASK_APP');
	const candidates = named ? [named] : ['wsgi.py', 'app.py'];
	for (const c of candidates) {
		const [file, attr] = c.split(':');
		const path = join(input.cwd, file.endsWith('.py') ? file : `${file.replace(/\./g, '/')}.py`);
		const source = input.readFile(path);
		if (source === undefined) continue;
		const bad = syntaxFailure('flask', source, path, true);
		if (bad) return bad;
		const mod = readPython(source);
		const v = attr ?? appVariable(mod, 'Flask') ?? 'app';
		return flaskServer(mod, file.replace(/\.py$/, ''), v, host, port, input, false);
	}
	return exited('flask', 2, [`Usage: ${invoked} run [OPTIONS]`, `Try '${invoked} run --help' for help.`, '', "Error: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory."].map(err));
}

/** `python -m http.server [port] [--bind addr] [--directory dir]`, with the served tree. */
function runHttpServer(args: readonly string[], input: AppInput): AppPlan['app'] {
	const dir = option(args, ['--directory', '-d']);
	const root = dir ? join(input.cwd, dir) : input.cwd;
	return {framework: 'http.server', routes: [], root, ...snapshot(root, input.readFile, input.listDir)};
}

export function readPythonProgram(argv: readonly string[], input: AppInput): AppPlan | 'http.server' | undefined {
	const prog = argv[0].replace(/^.*\//, '');
	const args = argv.slice(1).filter((a) => a !== '-u');
	if (/^python[\d.]*$/.test(prog)) {
		if (args[0] === '-m' && args[1] === 'flask') return runFlask(`${argv[0]} -m flask`, args.slice(2).filter((a) => a !== 'run'), input);
		if (args[0] === '-m' && args[1] === 'uvicorn') return runUvicorn(args.slice(2), input);
		if (args[0] === '-m' && args[1] === 'http.server') return input.listDir ? 'http.server' : undefined;
		if (args[0] === '-m' || args[0] === '-c' || args.length === 0) return undefined;
		return runScript(argv[0], args[0], input);
	}
	if (prog === 'flask' && args[0] === 'run') return runFlask('flask', args.slice(1), input);
	if (prog === 'uvicorn') return runUvicorn(args, input);
	return undefined;
}

export {runHttpServer};
