// docker history: BuildKit's entries for a built image (65-image-history-build), a catalogue
// image as one row with a game note, and the errors.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function built(dockerfile: string, files: Record<string, string> = {}): Session {
	const s = new Session({seed: 1});
	for (const [name, content] of Object.entries(files)) s.run(`printf '${content}' > ${name}`);
	s.run(`printf '${dockerfile}' > Dockerfile`);
	const r = s.run('docker build -q -t hist .');
	if (r.exitCode !== 0) throw new Error(r.stderr);
	return s;
}

describe('docker history', () => {
	it('lists a FROM scratch build newest first, the top row with the id', () => {
		const s = built('FROM scratch\\nENV A=1\\nCOPY hello.txt /hello.txt\\nEXPOSE 8080 53/udp\\nCMD ["/hello.txt"]\\n', {'hello.txt': 'hello\\n'});
		expect(s.run("docker history --format '{{.CreatedBy}}|{{.Size}}' hist").stdout).toBe('CMD ["/hello.txt"]|0B\nEXPOSE map[53/udp:{} 8080/tcp:{}]|0B\nCOPY hello.txt /hello.txt # buildkit|6B\nENV A=1|0B\n');
		expect(s.run('docker history -q hist').stdout).toMatch(/^[0-9a-f]{12}\n(<missing>\n){3}$/);
		expect(s.run('docker history hist').stderr).toBe('');
	});

	it('puts the base image below a build on it: RUN, WORKDIR and shell-form CMD texts', () => {
		const s = built('FROM busybox\\nWORKDIR /app\\nRUN echo hi > /app/x\\nCMD python app.py\\n');
		const rows = s.run("docker history --no-trunc --format '{{.ID}}|{{.CreatedBy}}|{{.Size}}' hist").stdout.split('\n');
		expect(rows[0]).toMatch(/^sha256:[0-9a-f]{64}\|CMD \["\/bin\/sh" "-c" "python app.py"\]\|0B$/);
		expect(rows[1]).toBe('<missing>|RUN /bin/sh -c echo hi > /app/x # buildkit|3B');
		expect(rows[2]).toBe('<missing>|WORKDIR /app|0B');
		// The base's own top row: busybox's id and its whole size.
		expect(rows[3]).toMatch(/^sha256:[0-9a-f]{64}\|\|[\d.]+MB$/);
		expect(rows[4]).toBe('');
	});

	it('shows a catalogue image as one row and says its layers are not simulated', () => {
		const s = new Session({seed: 1});
		const r = s.run('docker history busybox');
		expect(r.stdout.split('\n')[0]).toMatch(/^IMAGE +CREATED +CREATED BY +SIZE +COMMENT$/);
		expect(r.stdout.split('\n').length).toBe(3);
		expect(r.stderr).toMatch(/^netdojo: the layers of busybox:latest are not simulated/);
	});

	it("errors as docker's", () => {
		const s = new Session({seed: 1});
		expect(s.run('docker history nosuch')).toMatchObject({stderr: 'Error response from daemon: No such image: nosuch:latest\n', exitCode: 1});
		expect(s.run('docker image history').stderr).toContain("docker: 'docker image history' requires 1 argument");
	});
});
