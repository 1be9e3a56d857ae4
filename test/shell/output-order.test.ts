// Output in terminal order (issue 15 item 4): one stream as a terminal shows it, while stdout and
// stderr stay apart for pipes and redirections.
import {describe, expect, it} from 'vitest';
import {Session} from '../../src/shell/session.js';
import {terminalText} from '../../src/shell/script.js';
import {chunksOf, joinResults, Writer, type CommandResult} from '../../src/shell/types.js';

const shown = (r: CommandResult) => terminalText(r);

describe('output in terminal order', () => {
	it('a list prints each command where it ran, not all stdout first', () => {
		const s = new Session({seed: 1});
		const r = s.run('echo one; ls /nope; echo two');
		expect(r.stdout).toBe('one\ntwo\n');
		expect(shown(r)).toBe("one\nls: cannot access '/nope': No such file or directory\ntwo\n");
	});

	it('curl -v: the request and response headers come before the body, the last trace line after it', () => {
		const s = new Session({seed: 1});
		s.run('docker run -d --name web -p 8080:80 nginx');
		const r = s.run('curl -v localhost:8080');
		expect(r.exitCode).toBe(0);
		const text = shown(r);
		const request = text.indexOf('> GET / HTTP/1.1');
		const response = text.indexOf('< HTTP/1.1 200 OK');
		const body = text.indexOf('<title>Welcome to nginx!</title>');
		const left = text.indexOf('* Connection #0 to host localhost left intact');
		expect([request, response, body, left].every((i) => i >= 0)).toBe(true);
		expect(request).toBeLessThan(response);
		expect(response).toBeLessThan(body);
		expect(body).toBeLessThan(left);
		// The streams themselves are what they were: the body alone on stdout.
		expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
		expect(r.stderr).not.toContain('<title>');
	});

	it('curl: the error comes before --write-out, as measured under script(1)', () => {
		const s = new Session({seed: 1});
		const r = s.run("curl -sS -w 'CODE %{http_code}\\n' localhost:1");
		expect(shown(r)).toMatch(/^curl: \(7\) .*\nCODE 000\n$/);
	});

	it('2>&1 interleaves both streams in order into the pipe; a plain pipe takes only stdout', () => {
		const s = new Session({seed: 1});
		s.run('docker run -d --name web -p 8080:80 nginx');
		const merged = s.run('curl -sv localhost:8080 2>&1 | grep -n -e "^> GET" -e "<title>" -e "left intact"');
		expect(merged.stdout.split('\n').filter(Boolean).map((l) => l.replace(/:.*/, ''))).toHaveLength(3);
		const lines = merged.stdout.split('\n').filter(Boolean);
		expect(lines[0]).toContain('> GET');
		expect(lines[1]).toContain('<title>');
		expect(lines[2]).toContain('left intact');
		const piped = s.run('curl -sv localhost:8080 | grep -c "^> GET"');
		expect(piped.stdout).toBe('0\n');
		expect(piped.stderr).toContain('> GET');
		const quiet = s.run('curl -v localhost:8080 2>/dev/null');
		expect(quiet.stderr).toBe('');
		expect(chunksOf(quiet).every((c) => c.fd === 1)).toBe(true);
	});

	it('docker run: the daemon\'s WARNING comes before the container id', () => {
		const s = new Session({seed: 1});
		const r = s.run('docker run -d --network host -p 80:80 nginx');
		expect(r.stderr).toBe('WARNING: Published ports are discarded when using host network mode\n');
		expect(shown(r)).toMatch(/^WARNING: Published ports are discarded when using host network mode\n[0-9a-f]{64}\n$/);
	});

	it('docker compose up: the progress lines come before the attached logs', () => {
		const s = new Session({seed: 1});
		s.run("printf 'services:\\n  hi:\\n    image: alpine\\n    command: echo hello\\n' > compose.yaml");
		const r = s.run('docker compose up');
		const text = shown(r);
		expect(text.indexOf('Network app_default')).toBeGreaterThanOrEqual(0);
		expect(text.indexOf('Network app_default')).toBeLessThan(text.indexOf('Attaching to'));
	});

	it('a result whose output no longer matches its streams falls back to stdout then stderr', () => {
		const w = new Writer().err('warn\n').out('id\n').result(0);
		expect(chunksOf(w).map((c) => c.fd)).toEqual([2, 1]);
		const rewritten = {...w, stdout: 'other\n'};
		expect(chunksOf(rewritten)).toEqual([{fd: 1, text: 'other\n'}, {fd: 2, text: 'warn\n'}]);
		expect(joinResults([w, {stdout: 'x', stderr: '', exitCode: 0}], 3)).toMatchObject({stdout: 'id\nx', stderr: 'warn\n', exitCode: 3, output: [{fd: 2, text: 'warn\n'}, {fd: 1, text: 'id\nx'}]});
	});

	it('a loop stopped by the budget keeps the order of what it printed', () => {
		const s = new Session({seed: 1});
		const r = s.run('while true; do echo out; ls /nope; done');
		expect(r.exitCode).toBe(130);
		const text = shown(r);
		expect(text.startsWith("out\nls: cannot access '/nope': No such file or directory\nout\n")).toBe(true);
		expect(text.endsWith('\n')).toBe(true);
		expect(text).toContain('^C\n');
	});
});
