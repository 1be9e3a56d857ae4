import {describe, expect, it} from 'vitest';
import {answerHttp, readApp} from '../../../src/engine/apps/index.js';
import {files} from './fixture.js';

const DATE = 'Wed, 02 Dec 2026 21:40:17 GMT';
const NOW = Date.UTC(2026, 11, 2, 21, 40, 17);
const CONF = 'server {\n    listen 8080;\n    root /usr/share/nginx/html;\n\n    location /api/ {\n        proxy_pass http://backend:5000/;\n    }\n}\n';

function plan(conf: string, resolves: (h: string) => boolean, extra: Record<string, string> = {}) {
	return readApp({argv: ['nginx', '-g', 'daemon off;'], env: [], cwd: '/', now: NOW, resolves, ...files({'/etc/nginx/conf.d/default.conf': conf, ...extra})});
}

describe('nginx with the learner\'s configuration', () => {
	it('an upstream that does not resolve stops nginx with its own [emerg] line and status 1', () => {
		const p = plan(CONF, () => false);
		expect(p?.exit).toEqual({code: 1});
		expect(p?.logs.map((l) => l.text)).toEqual([
			'2026/12/02 21:40:17 [emerg] 1#1: host not found in upstream "backend:5000" in /etc/nginx/conf.d/default.conf:6',
			'nginx: [emerg] host not found in upstream "backend:5000" in /etc/nginx/conf.d/default.conf:6',
		]);
	});

	it('listens where `listen` says, serves root files and hands /api/ to the upstream', () => {
		const p = plan(CONF, (h) => h === 'backend', {'/usr/share/nginx/html/index.html': '<h1>mine</h1>\n'});
		expect(p?.exit).toBeUndefined();
		expect(p?.listeners).toEqual([{address: '0.0.0.0', port: 8080}]);
		expect(answerHttp(p!.app!, 'GET', '/', DATE, 8080).body).toBe('<h1>mine</h1>\n');
		expect(answerHttp(p!.app!, 'GET', '/api/users', DATE, 8080).proxy).toEqual({host: 'backend', port: 5000, path: '/users'});
		const missing = answerHttp(p!.app!, 'GET', '/nope', DATE, 8080);
		expect(missing.statusLine).toBe('HTTP/1.1 404 Not Found');
		expect(missing.body).toContain('<center><h1>404 Not Found</h1></center>');
	});

	it('a configuration syntax error is an [emerg] naming file and line', () => {
		const p = plan('server {\n    listen 80;\n', () => true);
		expect(p?.exit).toEqual({code: 1});
		expect(p?.logs[1].text).toMatch(/^nginx: \[emerg\] unexpected end of file, expecting ";" or "}" in \/etc\/nginx\/conf\.d\/default\.conf:3$/);
	});

	it('without a configuration of its own, the reader leaves nginx to the image', () => {
		expect(readApp({argv: ['nginx', '-g', 'daemon off;'], env: [], cwd: '/', now: NOW, ...files({})})).toBeUndefined();
	});
});
