import {describe, expect, it} from 'vitest';
import {answerHttp, readApp} from '../../../src/engine/apps/index.js';
import {expressEtag} from '../../../src/engine/apps/sha1.js';
import {files, fixtureText, header, recorded} from './fixture.js';

const DATE = 'Wed, 02 Dec 2026 21:40:17 GMT';

describe('Node: Express and http.createServer', () => {
	const express = readApp({argv: ['node', 'server.js'], env: [], cwd: '/app', now: 0, ...files({'/app/server.js': fixtureText('express.js')})});

	it('Express listens on the port app.listen names (all addresses) and logs what its callback prints', () => {
		expect(express?.listeners).toEqual([{address: '::', port: 3000}]);
		expect(express?.logs.map((l) => l.text)).toEqual(['Example app listening on port 3000']);
	});

	it('answers res.send and the default 404 exactly as recorded', () => {
		for (const [path, name] of [['/', 'express-GET_.http'], ['/x', 'express-GET_x.http']] as const) {
			const real = recorded(name);
			const got = answerHttp(express!.app!, 'GET', path, DATE);
			expect(got.statusLine, name).toBe(real.statusLine);
			expect(got.body, name).toBe(real.body);
			expect(got.headers.filter((h) => !h.startsWith('Date:')), name).toEqual(real.headers.filter((h) => !h.startsWith('Date:')));
		}
	});

	it('res.json sends compact JSON with Express\'s ETag', () => {
		const a = answerHttp(express!.app!, 'GET', '/j', DATE);
		expect(a.body).toBe('{"a":1,"b":"x"}');
		expect(header(a.headers, 'ETag')).toBe('W/"f-Z3P1N+EogTIaxayndMmsLdgPOhI"');
		expect(expressEtag('Hello World!')).toBe('W/"c-Lve95gjOVATpfV8EL5X4nxwjKHE"');
	});

	it('the port can come from the environment with a fallback', () => {
		const src = "const express = require('express');\nconst app = express();\nconst PORT = process.env.PORT || 3000;\napp.get('/', (req, res) => res.send(`port ${PORT}`));\napp.listen(PORT, '0.0.0.0');\n";
		const p = readApp({argv: ['node', 'index.js'], env: ['PORT=8080'], cwd: '/app', now: 0, ...files({'/app/index.js': src})});
		expect(p?.listeners).toEqual([{address: '0.0.0.0', port: 8080}]);
		expect(answerHttp(p!.app!, 'GET', '/', DATE).body).toBe('port 8080');
	});

	it('http.createServer answers with writeHead\'s headers, chunked, as recorded', () => {
		const p = readApp({argv: ['node', 'h.js'], env: [], cwd: '/app', now: 0, ...files({'/app/h.js': fixtureText('node-http.js')})});
		expect(p?.listeners).toEqual([{address: '127.0.0.1', port: 3001}]);
		const real = recorded('nodehttp-GET_.http');
		const a = answerHttp(p!.app!, 'GET', '/', DATE);
		expect(a.statusLine).toBe(real.statusLine);
		expect(a.headers.filter((h) => !h.startsWith('Date:'))).toEqual(real.headers.filter((h) => !h.startsWith('Date:')));
		expect(a.headers.indexOf(`Date: ${DATE}`)).toBe(real.headers.findIndex((h) => h.startsWith('Date:')));
		// curl shows the de-chunked body.
		expect(a.body).toBe(real.body);
	});

	it('npm start runs the script package.json names', () => {
		const p = readApp({argv: ['npm', 'start'], env: [], cwd: '/app', now: 0, ...files({'/app/package.json': '{"scripts": {"start": "node server.js"}}', '/app/server.js': fixtureText('express.js')})});
		expect(p?.listeners).toEqual([{address: '::', port: 3000}]);
	});

	it('a program that never listens ends, and the game says so', () => {
		const p = readApp({argv: ['node', 'a.js'], env: [], cwd: '/app', now: 0, ...files({'/app/a.js': "const express = require('express');\nconst app = express();\n"})});
		expect(p?.exit).toEqual({code: 0});
		expect(p?.notes.join(' ')).toMatch(/never calls listen/);
	});
});
