// Issue 12 item 5: no NaN, undefined, [object Object] or JS error text reaches the player, and
// prototype-named files, containers and networks behave as any other name.
import {describe, expect, it} from 'vitest';
import {runScript} from '../../src/shell/script.js';

const run = (...lines: string[]) => runScript(lines).transcript;
const JS_TEXT = /NaN|undefined|\[object Object\]|is not iterable|is not a function|Cannot read prop|Maximum call stack|Invalid string length|internal error/;

describe('honest errors', () => {
	it('cat __proto__ is a missing file, not [object Object]', () => {
		expect(run('cat __proto__')[0]).toMatchObject({stdout: '', stderr: 'cat: __proto__: No such file or directory\n', exitCode: 1});
		expect(run('cat toString')[0].stderr).toBe('cat: toString: No such file or directory\n');
	});
	it('docker inspect __proto__ says No such object, docker run --name constructor works', () => {
		const t = run('docker inspect __proto__', 'docker run -d --name constructor nginx', 'docker inspect -f "{{.Name}}" constructor', 'docker stop toString', 'docker network create __proto__', 'docker network inspect -f "{{.Name}}" __proto__', 'docker run -d --name valueOf --network hasOwnProperty nginx');
		expect(t[0]).toMatchObject({stdout: '[]\n', stderr: 'Error: No such object: __proto__\n', exitCode: 1});
		expect(t[1].exitCode).toBe(0);
		expect(t[2].stdout).toBe('/constructor\n');
		expect(t[3]).toMatchObject({stderr: 'Error response from daemon: No such container: toString\n', exitCode: 1});
		expect(t[5].stdout).toBe('__proto__\n');
		expect(t[6].stderr).toContain('network hasOwnProperty not found');
		for (const e of t) expect(e.stdout + e.stderr, e.command).not.toMatch(JS_TEXT);
	});
	it('EXPOSE 7000-7001 then run -P publishes each port of the range, as BuildKit and Docker do', () => {
		const t = run("printf 'FROM nginx\\nEXPOSE 7000-7001\\n' > Dockerfile", 'docker build -t ranged .', 'docker run -d -P --name rr ranged', 'docker ps --format "{{.Ports}}"', 'docker port rr');
		expect(t[3].stdout).toBe('0.0.0.0:32768->80/tcp, [::]:32768->80/tcp, 0.0.0.0:32769->7000/tcp, [::]:32769->7000/tcp, 0.0.0.0:32770->7001/tcp, [::]:32770->7001/tcp\n');
		expect(t[4].stdout).toContain('7001/tcp -> 0.0.0.0:32770\n');
		expect(t[3].stdout).not.toContain('NaN');
	});
	it('a Go template printf with a huge width is %!(NOVERB) as in Go fmt, never "Invalid string length"', () => {
		const [r] = run(`docker network inspect -f '{{printf "%999999999d" 1}}' bridge`);
		expect(r).toMatchObject({stdout: '%!(NOVERB)%!(EXTRA int=1)\n', exitCode: 0});
		expect(run(`docker network inspect -f '{{printf "%*d" 99999999 1}}' bridge`)[0].stdout).toBe('%!(BADWIDTH)1\n');
	});
	it('a Compose file with an alias bomb is refused in go-yaml words', () => {
		const laughs = 'x-a: &a [x,x,x,x,x,x,x,x,x]\\nx-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\\nx-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\\nx-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\\nservices:\\n  a:\\n    image: nginx\\n    labels: [*d]\\n';
		const t = run(`printf '${laughs}' > compose.yaml`, 'docker compose config');
		expect(t[1]).toMatchObject({stderr: 'yaml: document contains excessive aliasing\n'});
	});
	it('deep nesting ends with a message, not a stack overflow', () => {
		const t = run(`eval "${'eval '.repeat(3000)} echo hi"`, '$('.repeat(5000) + 'echo' + ')'.repeat(5000), `docker inspect -f '${'{{with .}}'.repeat(5000)}x${'{{end}}'.repeat(5000)}' bridge`);
		expect(t[0]).toMatchObject({stderr: 'sh: eval: nesting too deep (max 64)\n', exitCode: 2});
		for (const e of t) {
			expect(e.stderr.length).toBeGreaterThan(0);
			expect(e.stdout + e.stderr).not.toMatch(JS_TEXT);
		}
	});
	it('curl -m x refuses the number as curl does, instead of waiting NaN seconds', () => {
		for (const [flags, named] of [['-m x', '-m'], ['--max-time 1e400', '--max-time'], ['--connect-timeout -1', '--connect-timeout']]) {
			expect(run(`curl ${flags} 10.9.9.9`)[0]).toEqual({command: `curl ${flags} 10.9.9.9`, stdout: '', stderr: `curl: option ${named}: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2});
		}
		expect(run('curl -m 1.5 -s 127.0.0.1:1')[0].exitCode).toBe(7);
	});
});
