import {describe, expect, it} from 'vitest';
import {answerHttp, readApp} from '../../../src/engine/apps/index.js';
import {files, fixtureText, header, headerNames, recorded} from './fixture.js';

const DATE = 'Wed, 02 Dec 2026 21:39:34 GMT';
const main = fixtureText('main.py');
const SEED_000 = 'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/")\ndef read_root():\n    return {"message": "Hello from FastAPI"}\n';

function plan(argv: string[], source = main) {
	return readApp({argv, env: [], cwd: '/app', now: 0, ...files({'/app/main.py': source})});
}

describe('FastAPI under uvicorn', () => {
	it('seed 000: uvicorn main:app --host 0.0.0.0 --port 8000 answers the greeting the code returns', () => {
		const p = plan(['uvicorn', 'main:app', '--host', '0.0.0.0', '--port', '8000'], SEED_000);
		expect(p?.listeners).toEqual([{address: '0.0.0.0', port: 8000}]);
		const a = answerHttp(p!.app!, 'GET', '/', DATE);
		expect(a.statusLine).toBe('HTTP/1.1 200 OK');
		expect(a.body).toBe('{"message":"Hello from FastAPI"}');
		expect(p?.notes).toEqual([]);
	});

	it('logs uvicorn\'s start-up lines', () => {
		const p = plan(['uvicorn', 'main:app', '--host', '127.0.0.1', '--port', '8765']);
		const real = fixtureText('uvicorn-logs.stderr').split('\n').filter((l) => /^INFO: {5}(Started|Waiting|Application|Uvicorn)/.test(l)).map((l) => l.replace(/\[\d+\]/, '[1]'));
		// The "Uvicorn running" line comes only once the socket is bound (50-seed-000: a bind failure never prints it).
		expect([...(p?.logs ?? []), ...(p?.readyLogs ?? [])].map((l) => l.text)).toEqual(real);
		expect(p?.readyLogs?.map((l) => l.text)).toEqual([real[3]]);
		expect(p?.logs.every((l) => l.stream === 'stderr')).toBe(true);
	});

	it('answers routes, path parameters, 404 and 405 exactly as recorded', () => {
		const spec = plan(['uvicorn', 'main:app'])!.app!;
		for (const [method, path, name] of [['GET', '/', 'fastapi-GET_.http'], ['GET', '/items/5', 'fastapi-GET_items_5.http'], ['GET', '/nope', 'fastapi-GET_nope.http'], ['POST', '/', 'fastapi-POST_.http'], ['POST', '/p', 'fastapi-POST_p.http']] as const) {
			const real = recorded(name);
			const got = answerHttp(spec, method, path, DATE);
			expect(got.statusLine, name).toBe(real.statusLine);
			expect(got.body, name).toBe(real.body);
			expect(headerNames(got.headers), name).toEqual(headerNames(real.headers));
			for (const h of ['content-type', 'content-length', 'allow', 'server']) expect(header(got.headers, h), `${name} ${h}`).toBe(header(real.headers, h));
		}
		expect(answerHttp(spec, 'GET', '/items/5?q=x', DATE).body).toBe('{"item_id":5,"q":"x"}');
	});

	it('a path parameter that is not an int gets pydantic v2\'s 422', () => {
		const a = answerHttp(plan(['uvicorn', 'main:app'])!.app!, 'GET', '/items/abc', DATE);
		expect(a.status).toBe(422);
		expect(a.body).toBe('{"detail":[{"type":"int_parsing","loc":["path","item_id"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"abc"}]}');
	});

	it('uvicorn.run(app, host=..., port=...) under the main guard starts the same server', () => {
		const src = `${SEED_000}\nif __name__ == "__main__":\n    import uvicorn\n    uvicorn.run(app, host="0.0.0.0", port=9000)\n`;
		const p = readApp({argv: ['python', 'main.py'], env: [], cwd: '/app', now: 0, ...files({'/app/main.py': src})});
		expect(p?.program).toBe('uvicorn');
		expect(p?.listeners).toEqual([{address: '0.0.0.0', port: 9000}]);
	});

	it('uvicorn without --host listens on 127.0.0.1:8000', () => {
		expect(plan(['uvicorn', 'main:app'])?.listeners).toEqual([{address: '127.0.0.1', port: 8000}]);
	});

	it('a missing module or attribute stops uvicorn with its own error', () => {
		const none = readApp({argv: ['uvicorn', 'main:app'], env: [], cwd: '/app', now: 0, ...files({})});
		expect(none?.exit).toEqual({code: 1});
		expect(none?.logs.map((l) => l.text)).toEqual(['ERROR:    Error loading ASGI app. Could not import module "main".']);
		const attr = plan(['uvicorn', 'main:api']);
		expect(attr?.logs.map((l) => l.text)).toEqual(['ERROR:    Error loading ASGI app. Attribute "api" not found in module "main".']);
	});

	it('a syntax error ends in a traceback with CPython\'s last frame, exit 1, and a note that frames were left out', () => {
		const p = plan(['uvicorn', 'main:app'], fixtureText('bad.py'));
		expect(p?.exit).toEqual({code: 1});
		const text = p!.logs.map((l) => l.text);
		expect(text[0]).toBe('Traceback (most recent call last):');
		expect(text.slice(1)).toEqual(['  File "/app/main.py", line 5', '    def hello()', '               ^', "SyntaxError: expected ':'"]);
		expect(p?.notes.join(' ')).toMatch(/left out/);
	});
});
