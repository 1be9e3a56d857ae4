import {describe, expect, it} from 'vitest';
import {answerHttp, runHttpServer} from '../../../src/engine/apps/index.js';
import {files, recorded} from './fixture.js';

const DATE = 'Wed, 02 Dec 2026 21:39:34 GMT';
const fs = files({'/srv/b.txt': 'bee\n', '/srv/A.py': 'print(1)\n', '/srv/sub/c.html': '<p>c</p>'});
const input = {argv: [], env: [], cwd: '/srv', now: 0, ...fs};

describe('python -m http.server', () => {
	it('lists the working directory sorted case-blind, sub-directories with a slash', () => {
		const a = answerHttp(runHttpServer(['8000'], input)!, 'GET', '/', DATE);
		expect(a.statusLine).toBe('HTTP/1.0 200 OK');
		expect(a.body).toContain('<title>Directory listing for /</title>');
		expect(a.body).toContain('<ul>\n<li><a href="A.py">A.py</a></li>\n<li><a href="b.txt">b.txt</a></li>\n<li><a href="sub/">sub/</a></li>\n</ul>');
		expect(a.headers).toContain('Content-type: text/html; charset=utf-8');
	});

	it('serves a file with its type, redirects a directory without its slash', () => {
		const spec = runHttpServer([], input)!;
		const f = answerHttp(spec, 'GET', '/b.txt', DATE);
		expect(f.body).toBe('bee\n');
		expect(f.headers).toContain('Content-type: text/plain');
		const r = answerHttp(spec, 'GET', '/sub', DATE);
		expect(r.status).toBe(301);
		expect(r.headers).toContain('Location: /sub/');
	});

	it('answers a missing path with its recorded 404 page', () => {
		const real = recorded('httpserver-GET_nope.http');
		const a = answerHttp(runHttpServer([], input)!, 'GET', '/nope', DATE);
		expect(a.statusLine).toBe(real.statusLine);
		expect(a.body).toBe(real.body);
		expect(a.headers.map((h) => h.split(':')[0])).toEqual(real.headers.map((h) => h.split(':')[0]));
	});

	it('--directory serves another folder', () => {
		const a = answerHttp(runHttpServer(['--directory', 'sub'], input)!, 'GET', '/', DATE);
		expect(a.body).toContain('<li><a href="c.html">c.html</a></li>');
	});
});
