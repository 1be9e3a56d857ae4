// docker tag, docker rmi and docker image prune, with the texts measured on daemon 26.1 / CLI 28.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function session(): Session {
	const s = new Session({seed: 1, files: {Dockerfile: 'FROM alpine\nCMD ["sleep", "1"]\n'}});
	s.run('docker build -q -t app .');
	return s;
}
const out = (s: Session, line: string) => {
	const r = s.run(line);
	return [r.stdout, r.stderr, r.exitCode];
};

describe('image tags', () => {
	it('docker tag adds a name; its errors', () => {
		const s = session();
		expect(out(s, 'docker tag app app2:v1')).toEqual(['', '', 0]);
		expect(s.run("docker images --format '{{.Repository}}:{{.Tag}}'").stdout).toContain('app2:v1\n');
		expect(out(s, 'docker tag nosuch x')).toEqual(['', 'Error response from daemon: No such image: nosuch:latest\n', 1]);
		expect(out(s, "docker tag app 'Bad Name'")).toEqual(['', 'Error parsing reference: "Bad Name" is not a valid repository/tag: invalid reference format: repository name (library/Bad Name) must be lowercase\n', 1]);
	});

	it('docker rmi untags, deletes the last tag\'s image, and refuses while a container uses it', () => {
		const s = session();
		s.run('docker tag app app2:v1');
		expect(out(s, 'docker rmi app2:v1')).toEqual(['Untagged: app2:v1\n', '', 0]);
		expect(out(s, 'docker rmi nosuch')).toEqual(['', 'Error response from daemon: No such image: nosuch:latest\n', 1]);
		const cid = s.run('docker run -d --name user app sleep 100').stdout.slice(0, 12);
		const id = s.run("docker images app --format '{{.ID}}'").stdout.trim();
		expect(out(s, 'docker rmi app')).toEqual(['', `Error response from daemon: conflict: unable to remove repository reference "app" (must force) - container ${cid} is using its referenced image ${id}\n`, 1]);
		expect(out(s, 'docker rmi -f app')).toEqual(['Untagged: app:latest\n', '', 0]);
		expect(s.run("docker images --format '{{.Repository}} {{.ID}}'").stdout.split('\n')).toContain(`<none> ${id}`);
		expect(out(s, 'docker image prune -f')).toEqual(['Total reclaimed space: 0B\n', '', 0]);
		s.run('docker rm -f user');
		const pruned = s.run('docker image prune -f').stdout;
		expect(pruned).toMatch(/^Deleted Images:\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
		const again = session();
		expect(again.run('docker image rm app').stdout).toMatch(/^Untagged: app:latest\nDeleted: sha256:[0-9a-f]{64}\n$/);
	});
});
