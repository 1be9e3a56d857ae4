// Each Dockerfile instruction's effect on the image, and BuildKit's failures.
import {describe, expect, it} from 'vitest';
import {builtinImages} from '../../../src/engine/index.js';
import {evaluateBuild, parseDockerfile, type BuildOutput} from '../../../src/engine/build/index.js';

const images = builtinImages();

function build(text: string, context: Record<string, string> = {}, opts: {args?: Record<string, string>; cache?: Record<string, number>; target?: string; now?: number} = {}): BuildOutput {
	return evaluateBuild({parsed: parseDockerfile(text), images, context, buildArgs: opts.args ?? {}, cache: new Map(Object.entries(opts.cache ?? {})), now: opts.now ?? 1000, ...(opts.target ? {target: opts.target} : {})});
}

describe('evaluateBuild', () => {
	it('FROM inherits the base config: Env, Cmd, Entrypoint, WorkingDir, ExposedPorts, programs', () => {
		const img = build('FROM nginx\n').image!;
		const nginx = images['nginx:latest'];
		expect([img.entrypoint, img.cmd, img.env, img.exposedPorts, img.tools]).toEqual([nginx.entrypoint, nginx.cmd, nginx.env, nginx.exposedPorts, nginx.tools]);
		expect(build('FROM httpd\n').image!.workingDir).toBe('/usr/local/apache2');
	});

	it('WORKDIR (relative to the last), COPY into it, ENV, EXPOSE, USER, LABEL', () => {
		const img = build('FROM python:3.12-slim\nWORKDIR /srv\nWORKDIR app\nCOPY main.py .\nCOPY lib/ ./lib/\nENV A=1 B="two words"\nEXPOSE 8000 9000-9001/udp\nUSER nobody\nLABEL team=net v="1.0"\n', {'main.py': 'print(1)\n', 'lib/u.py': 'u'}).image!;
		expect(img.workingDir).toBe('/srv/app');
		expect(img.files).toEqual({'/srv/app/main.py': 'print(1)\n', '/srv/app/lib/u.py': 'u'});
		expect(img.dirs).toContain('/srv/app');
		expect(img.env.slice(-2)).toEqual(['A=1', 'B=two words']);
		expect(img.exposedPorts).toEqual(['8000/tcp', '9000/udp', '9001/udp']);
		expect([img.user, img.labels]).toEqual(['nobody', {team: 'net', v: '1.0'}]);
	});

	it('ARG with a default and --build-arg; ENV and WORKDIR see it', () => {
		const text = 'FROM alpine\nARG PORT=8080\nENV APP_PORT=$PORT\nWORKDIR /srv/${PORT}\nEXPOSE $PORT\n';
		expect(build(text).image!.exposedPorts).toEqual(['8080/tcp']);
		const img = build(text, {}, {args: {PORT: '9090'}}).image!;
		expect([img.env.at(-1), img.workingDir, img.exposedPorts]).toEqual(['APP_PORT=9090', '/srv/9090', ['9090/tcp']]);
	});

	it('CMD and ENTRYPOINT in exec and shell form; ENTRYPOINT resets an inherited CMD', () => {
		expect(build('FROM alpine\nCMD ["python", "app.py"]\n').image!.cmd).toEqual(['python', 'app.py']);
		expect(build('FROM alpine\nCMD echo hi $X\n').image!.cmd).toEqual(['/bin/sh', '-c', 'echo hi $X']);
		const e = build('FROM nginx\nENTRYPOINT ["/bin/sh", "-c"]\n').image!;
		expect([e.entrypoint, e.cmd]).toEqual([['/bin/sh', '-c'], []]);
		expect(build('FROM alpine\nCMD ["a"]\nENTRYPOINT ["b"]\n').image!.cmd).toEqual(['a']);
	});

	it('HEALTHCHECK CMD in both forms', () => {
		expect(build('FROM alpine\nHEALTHCHECK --interval=30s CMD wget -q -O- localhost || exit 1\n').image!.healthcheck).toEqual(['CMD-SHELL', 'wget -q -O- localhost || exit 1']);
		expect(build('FROM alpine\nHEALTHCHECK CMD ["true"]\n').image!.healthcheck).toEqual(['CMD', 'true']);
	});

	it('RUN with apt-get, apk, pip and npm adds programs and packages', () => {
		expect(build('FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl iputils-ping\n').image!.tools).toEqual(expect.arrayContaining(['curl', 'ping']));
		expect(build('FROM alpine\nRUN apk add --no-cache curl bind-tools\n').image!.tools).toEqual(expect.arrayContaining(['curl', 'nslookup']));
		const py = build('FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n', {'requirements.txt': 'flask==3.0.0\nuvicorn\n'}).image!;
		expect(py.tools).toEqual(expect.arrayContaining(['flask', 'uvicorn']));
		expect(py.packages).toEqual(['flask', 'uvicorn']);
		const node = build('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm install\n', {'package.json': '{"dependencies": {"express": "^4"}}'}).image!;
		expect(node.packages).toEqual(['express']);
		expect(node.dirs).toContain('/app/node_modules/express');
	});

	it('RUN of a program the image lacks fails with its shell\'s words and exit 127', () => {
		const alpine = build('FROM alpine\nRUN curl -s localhost\n');
		expect(alpine.vertices.at(-1)).toMatchObject({name: '[2/2] RUN curl -s localhost', output: ['/bin/sh: curl: not found'], error: 'process "/bin/sh -c curl -s localhost" did not complete successfully: exit code: 127'});
		expect(alpine.failure?.startLine).toBe(2);
		expect(build('FROM python\nRUN ping -c1 x\n').vertices.at(-1)?.output).toEqual(['/bin/sh: 1: ping: not found']);
		expect(build('FROM python\nRUN apt-get install -y curl\n').failure?.message).toMatch(/exit code: 100$/);
	});

	it('a missing COPY source fails with BuildKit\'s checksum error; .dockerignore\'d files are missing', () => {
		const r = build('FROM alpine\nCOPY nope.txt /x\n');
		expect(r.failure?.message).toMatch(/^failed to compute cache key: failed to calculate checksum of ref [0-9a-f-]{36}::[0-9a-z]{25}: "\/nope.txt": not found$/);
	});

	it('a rebuild is CACHED step by step; a changed file changes its step and the image id', () => {
		const text = 'FROM alpine\nWORKDIR /app\nCOPY a.txt .\nRUN echo hi\n';
		const first = build(text, {'a.txt': '1'});
		const again = build(text, {'a.txt': '1'}, {cache: first.cacheKeys, now: 2000});
		expect(again.vertices.map((v) => v.cached)).toEqual([true, true, true, true]);
		expect(again.image!.id).toBe(first.image!.id);
		// The image's Created is its last layer's: a rebuild from the cache keeps the first build's time.
		expect([first.created, again.created]).toEqual([1000, 1000]);
		expect(again.resent).toEqual(['a.txt']);
		const changed = build(text, {'a.txt': '2'}, {cache: first.cacheKeys, now: 3000});
		expect(changed.vertices.map((v) => v.cached)).toEqual([true, true, false, false]);
		expect(changed.image!.id).not.toBe(first.image!.id);
		expect(changed.created).toBe(3000);
		// No layer at all: the base image's time.
		expect(build('FROM alpine\nCMD ["x"]\n').created).toBe(images['alpine:latest'].created);
	});

	it('multi-stage: COPY --from a named stage; --target stops there', () => {
		const text = 'FROM node:20 AS build\nWORKDIR /src\nCOPY app.js .\nFROM nginx\nCOPY --from=build /src/app.js /usr/share/nginx/html/\n';
		const r = build(text, {'app.js': 'x'});
		expect(r.image!.files?.['/usr/share/nginx/html/app.js']).toBe('x');
		expect(r.vertices.map((v) => v.name)).toEqual(['[build 1/3] FROM docker.io/library/node:20', '[build 2/3] WORKDIR /src', '[build 3/3] COPY app.js .', '[stage-1 1/2] FROM docker.io/library/nginx:latest', '[stage-1 2/2] COPY --from=build /src/app.js /usr/share/nginx/html/']);
		expect(build(text, {'app.js': 'x'}, {target: 'build'}).image!.workingDir).toBe('/src');
	});

	it('BuildKit\'s argument checks and a Dockerfile with no FROM', () => {
		expect(() => build('FROM alpine\nEXPOSE\n')).toThrow('EXPOSE requires at least one argument');
		expect(() => build('FROM alpine\nCOPY a\n')).toThrow('COPY requires at least two arguments, but only one was provided. Destination could not be determined');
		expect(() => build('FROM alpine\nWORKDIR\n')).toThrow('WORKDIR requires exactly one argument');
		expect(() => build('FROM alpine\nENV A\n')).toThrow('ENV must have two arguments');
		expect(() => build('ENV A=1\n')).toThrow('no build stage in current context');
	});
});
