// docker exec sees the container's own files: WORKDIR is where it starts, COPY put the app there,
// what is written inside stays with the container.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function session(): Session {
	const s = new Session({seed: 1, files: {'app.py': 'print("hi")\n', Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nRUN echo ready > /app/status\nCMD ["sleep", "infinity"]\n'}});
	s.run('docker build -q -t app .');
	s.run('docker run -d --name web app');
	return s;
}

describe('docker exec and the container\'s files', () => {
	it('pwd is the WORKDIR (or -w); ls and cat see what COPY and RUN put there', () => {
		const s = session();
		expect(s.run('docker exec web pwd').stdout).toBe('/app\n');
		expect(s.run('docker exec -w /tmp web pwd').stdout).toBe('/tmp\n');
		expect(s.run('docker exec web ls').stdout).toBe('app.py\nstatus\n');
		expect(s.run('docker exec web cat app.py').stdout).toBe('print("hi")\n');
		expect(s.run('docker exec web cat /app/status').stdout).toBe('ready\n');
		expect(s.run('docker exec web ls /').stdout).toContain('app\nbin\nboot\n');
		expect(s.run('docker exec web ls /nope')).toMatchObject({stderr: "ls: cannot access '/nope': No such file or directory\n", exitCode: 2});
		expect(s.run('docker exec web env').stdout).not.toContain('NETDOJO');
	});

	it('a file written inside stays with the container, not the image; docker rm takes it away', () => {
		const s = session();
		expect(s.run("docker exec web sh -c 'echo hello > /tmp/note'").exitCode).toBe(0);
		expect(s.run('docker exec web cat /tmp/note').stdout).toBe('hello\n');
		s.run("docker exec web sh -c 'echo more >> notes.txt'");
		expect(s.run('docker exec web ls').stdout).toBe('app.py\nnotes.txt\nstatus\n');
		s.run('docker run -d --name other app');
		expect(s.run('docker exec other cat /tmp/note')).toMatchObject({stdout: '', exitCode: 1});
		s.run('docker rm -f web');
		s.run('docker run -d --name web app');
		expect(s.run('docker exec web ls').stdout).toBe('app.py\nstatus\n');
	});
});
