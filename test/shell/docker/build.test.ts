// `docker build` through the shell: BuildKit's plain progress as measured on daemon 26.1 / CLI 28,
// tags moving on a rebuild (the old image shows as <none>), -q, -f, several -t, --build-arg.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function session(files: Record<string, string>): Session {
	return new Session({seed: 1, files});
}

const DOCKERFILE = 'FROM alpine\nWORKDIR /app\nARG VER=1.0\nCOPY app.py .\nRUN echo hi $VER\nEXPOSE 5000\nCMD ["python", "app.py"]\n';

describe('docker build', () => {
	it('prints BuildKit\'s plain progress, step by step', () => {
		const r = session({'app.py': 'hello\n', Dockerfile: DOCKERFILE}).run('docker build -t web .');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toBe('');
		const blocks = r.stderr.split('\n\n');
		expect(blocks[0]).toBe('#0 building with "default" instance using docker driver');
		expect(blocks.slice(1, 9).map((b) => b.split('\n')[0])).toEqual([
			'#1 [internal] load build definition from Dockerfile',
			'#2 [internal] load metadata for docker.io/library/alpine:latest',
			'#3 [internal] load .dockerignore',
			'#4 [1/4] FROM docker.io/library/alpine:latest',
			'#5 [internal] load build context',
			'#6 [2/4] WORKDIR /app',
			'#7 [3/4] COPY app.py .',
			'#8 [4/4] RUN echo hi 1.0',
		]);
		expect(blocks[8]).toBe('#8 [4/4] RUN echo hi 1.0\n#8 0.105 hi 1.0\n#8 DONE 0.1s');
		expect(blocks[9]).toMatch(/^#9 exporting to image\n#9 exporting layers 0\.0s done\n#9 writing image sha256:[0-9a-f]{64} done\n#9 naming to docker.io\/library\/web done\n#9 DONE 0\.0s\n$/);
	});

	it('a rebuild is CACHED; a changed CMD moves the tag and leaves the old image as <none>', () => {
		const s = session({'app.py': 'hello\n', Dockerfile: DOCKERFILE});
		s.run('docker build -t web .');
		const again = s.run('docker build -t web .');
		expect(again.stderr).toContain('#6 [2/4] WORKDIR /app\n#6 CACHED\n');
		expect(again.stderr).toContain('#9 exporting layers done\n');
		expect(s.run("docker images --format '{{.Repository}}:{{.Tag}}'").stdout.split('\n').filter((l) => l.includes('none'))).toEqual([]);
		s.run('docker run -d --name old web sleep 1000');
		const oldId = s.run("docker images web --format '{{.ID}}'").stdout.trim();
		s.writeHostFile('Dockerfile', DOCKERFILE.replace('"app.py"]', '"app.py", "--fixed"]'));
		expect(s.run('docker build -t web -t web:v2 .').stderr).toMatch(/naming to docker.io\/library\/web done\n#9 naming to docker.io\/library\/web:v2 done\n/);
		// The new image is made of the first build's cached layers, so it is as old as they are: the
		// <none> image (its last layer, RUN, came after COPY) lists first, as on the real engine (30-build-basics).
		const rows = s.run("docker images --format '{{.Repository}} {{.Tag}} {{.ID}}'").stdout.split('\n').slice(0, 3);
		expect(rows[0]).toBe(`<none> <none> ${oldId}`);
		expect(rows[1]).toMatch(/^web latest [0-9a-f]{12}$/);
		expect(rows[2]).toBe(`web v2 ${rows[1].split(' ')[2]}`);
		expect(s.run("docker inspect -f '{{json .Config.Cmd}}' web").stdout).toBe('["python","app.py","--fixed"]\n');
		// The container made before keeps its image, and docker ps shows that image by id.
		expect(s.run("docker ps --format '{{.Image}}'").stdout).toBe(`${oldId}\n`);
	});

	it('-q prints only the id; -f picks another file; --build-arg sets an ARG', () => {
		const s = session({'app.py': 'x', Dockerfile: 'FROM alpine\n', 'Dockerfile.dev': 'FROM alpine\nARG PORT=80\nEXPOSE $PORT\n'});
		const q = s.run('docker build -q -f Dockerfile.dev --build-arg PORT=8080 -t dev .');
		expect([q.stdout, q.stderr, q.exitCode]).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}\n$/), '', 0]);
		expect(s.run("docker inspect -f '{{json .Config.ExposedPorts}}' dev").stdout).toBe('{"8080/tcp":{}}\n');
	});

	it('failures: a missing COPY source, a missing program, a parse error, no Dockerfile, no context', () => {
		const s = session({'app.py': 'x', D2: 'FROM alpine\nCOPY nope.txt /x\n', D3: 'FROM alpine\nRUN curl -s localhost\n', D4: 'FROM alpine\nCPY a b\n'});
		const copy = s.run('docker build -f D2 .');
		expect(copy.exitCode).toBe(1);
		expect(copy.stderr).toContain('#5 [internal] load build context\n#5 transferring context: 2B done\n#5 DONE 0.0s\n\n#6 [2/2] COPY nope.txt /x\n#6 ERROR: failed to calculate checksum of ref ');
		expect(copy.stderr).toMatch(/------\n > \[2\/2\] COPY nope.txt \/x:\n------\nD2:2\n--------------------\n {3}1 \| {5}FROM alpine\n {3}2 \| >>> COPY nope.txt \/x\n {3}3 \| {5}\n--------------------\nERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref \S+: "\/nope.txt": not found\n$/);
		const run = s.run('docker build -f D3 .');
		expect(run.stderr).toContain('#5 [2/2] RUN curl -s localhost\n#5 0.105 /bin/sh: curl: not found\n#5 ERROR: process "/bin/sh -c curl -s localhost" did not complete successfully: exit code: 127\n------\n > [2/2] RUN curl -s localhost:\n0.105 /bin/sh: curl: not found\n------\nD3:2\n');
		expect(s.run('docker build -q -f D3 .').stderr).toBe('D3:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUN curl -s localhost\n   3 |     \n--------------------\nERROR: failed to solve: process "/bin/sh -c curl -s localhost" did not complete successfully: exit code: 127\n');
		expect(s.run('docker build -f D4 .').stderr).toMatch(/#1 DONE 0\.0s\nD4:2\n[\s\S]*ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: CPY \(did you mean COPY\?\)\n$/);
		expect(s.run('docker build -f nope .').stderr.split('\n').at(-2)).toBe('ERROR: failed to solve: failed to read dockerfile: open nope: no such file or directory');
		expect(s.run('docker build nodir').stderr).toBe('ERROR: unable to prepare context: path "nodir" not found\n');
		expect(s.run("docker build -t 'My App' .").stderr).toBe('ERROR: invalid tag "My App": invalid reference format\n');
	});

	it('RUN apt-get install puts the program in the image: docker exec finds it', () => {
		const s = session({Dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl\nCMD ["sleep", "infinity"]\n'});
		expect(s.run('docker build -t tools .').exitCode).toBe(0);
		s.run('docker run -d --name box tools');
		expect(s.run('docker exec box curl -s -o /dev/null -w "%{http_code}" http://example.com').stdout).toBe('200');
	});
});
