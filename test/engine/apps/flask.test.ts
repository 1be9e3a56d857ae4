import {describe, expect, it} from 'vitest';
import {answerHttp, readApp} from '../../../src/engine/apps/index.js';
import {files, fixtureText, header, headerNames, recorded} from './fixture.js';

const DATE = 'Wed, 02 Dec 2026 21:39:34 GMT';
const app = fixtureText('app.py');

function plan(argv: string[], env: string[] = [], extra: Record<string, string> = {}) {
	return readApp({argv, env, cwd: '/app', now: 0, address: '172.17.0.2', ...files({'/app/app.py': app, ...extra})});
}

describe('Flask read from app.py', () => {
	it('python app.py listens where app.run says, and logs Werkzeug\'s banner', () => {
		const p = plan(['python', 'app.py']);
		expect(p?.exit).toBeUndefined();
		expect(p?.listeners).toEqual([{address: '0.0.0.0', port: 5000}]);
		const stdout = p?.logs.filter((l) => l.stream === 'stdout').map((l) => l.text);
		// The fixture was saved without Werkzeug's ANSI colours; 51-seed-001 measured them (see seeds.test.ts).
		const stderr = p?.logs.filter((l) => l.stream === 'stderr').map((l) => l.text.replace(/\x1b\[\d+m/g, ''));
		expect(stdout).toEqual(fixtureText('flask-logs.stdout').trimEnd().split('\n'));
		// The recording ran on a host whose address was 192.0.2.2; the container names its own.
		const real = fixtureText('flask-logs.stderr').split('\n').filter((l) => !l.startsWith('127.0.0.1 - -') && l !== '').map((l) => l.replace('192.0.2.2', '172.17.0.2'));
		expect(stderr).toEqual(real);
	});

	it('defaults to 127.0.0.1:5000 when app.run has no arguments', () => {
		const p = plan(['python', 'app.py'], [], {'/app/app.py': app.replace('app.run(host="0.0.0.0", port=5000)', 'app.run()')});
		expect(p?.listeners).toEqual([{address: '127.0.0.1', port: 5000}]);
		expect(p?.logs.map((l) => l.text)).toContain(' * Running on http://127.0.0.1:5000');
	});

	it('without the main guard calling app.run, python ends at once with status 0 and says why', () => {
		const p = plan(['python', 'app.py'], [], {'/app/app.py': app.split('if __name__')[0]});
		expect(p?.exit).toEqual({code: 0});
		expect(p?.logs).toEqual([]);
		expect(p?.notes.join(' ')).toMatch(/never starts a server/);
	});

	it('answers each route as Werkzeug formats it (string, dict as sorted JSON, tuple with status)', () => {
		const spec = plan(['python', 'app.py'])?.app;
		expect(spec).toBeDefined();
		for (const [method, path, name] of [['GET', '/', 'flask-GET_.http'], ['GET', '/json', 'flask-GET_json.http'], ['GET', '/nope', 'flask-GET_nope.http'], ['POST', '/made', 'flask-POST_made.http'], ['POST', '/', 'flask-POST_.http']] as const) {
			const real = recorded(name);
			const got = answerHttp(spec!, method, path, DATE);
			expect(got.statusLine, name).toBe(real.statusLine);
			expect(got.body, name).toBe(real.body);
			expect(headerNames(got.headers), name).toEqual(headerNames(real.headers));
			for (const h of ['Content-Type', 'Content-Length', 'Allow', 'Connection']) expect(header(got.headers, h), `${name} ${h}`).toBe(header(real.headers, h));
		}
	});

	it('flask run finds app.py, takes --host/--port, and names the app', () => {
		const p = plan(['flask', 'run', '--host=0.0.0.0', '--port', '8080']);
		expect(p?.listeners).toEqual([{address: '0.0.0.0', port: 8080}]);
		expect(p?.logs[0].text).toBe(" * Serving Flask app 'app'");
	});

	it('flask run with FLASK_APP names that module', () => {
		const p = readApp({argv: ['flask', 'run'], env: ['FLASK_APP=server.py'], cwd: '/srv', now: 0, ...files({'/srv/server.py': app})});
		expect(p?.listeners).toEqual([{address: '127.0.0.1', port: 5000}]);
		expect(p?.logs[0].text).toBe(" * Serving Flask app 'server'");
	});

	it('flask run with no app to find exits 2 with click\'s usage error', () => {
		const p = readApp({argv: ['flask', 'run'], env: [], cwd: '/srv', now: 0, ...files({'/srv/x.txt': ''})});
		expect(p?.exit).toEqual({code: 2});
		expect(p?.logs.map((l) => l.text)).toEqual(['Usage: flask run [OPTIONS]', "Try 'flask run --help' for help.", '', "Error: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory."]);
	});

	it('a syntax error exits 1 with CPython\'s report', () => {
		const p = readApp({argv: ['python', 'app.py'], env: [], cwd: '/tmp/apps-fx', now: 0, ...files({'/tmp/apps-fx/app.py': fixtureText('bad.py')})});
		expect(p?.exit).toEqual({code: 1});
		expect(p?.logs.map((l) => l.text).join('\n')).toBe(fixtureText('python-syntax.stderr').replace('bad.py', 'app.py').trimEnd());
	});

	it('a missing script exits 2 as python does', () => {
		const p = readApp({argv: ['python3', 'nope.py'], env: [], cwd: '/app', now: 0, ...files({})});
		expect(p?.exit).toEqual({code: 2});
		expect(p?.logs[0].text).toBe("python3: can't open file '/app/nope.py': [Errno 2] No such file or directory");
	});

	it('path parameters reach f-strings, and code it cannot follow is said as a note', () => {
		const src = 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/hi/<name>")\ndef hi(name):\n    return f"Hello, {name}!"\n\n@app.route("/db")\ndef db():\n    rows = query()\n    return str(rows)\n\nif __name__ == "__main__":\n    app.run("0.0.0.0", 8000)\n';
		const p = plan(['python', 'app.py'], [], {'/app/app.py': src});
		expect(p?.listeners).toEqual([{address: '0.0.0.0', port: 8000}]);
		expect(answerHttp(p!.app!, 'GET', '/hi/Ann', DATE).body).toBe('Hello, Ann!');
		expect(p?.notes.join('\n')).toMatch(/could not follow what db\(\) returns/);
	});
});
