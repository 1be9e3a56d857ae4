// `docker cp` both ways, with the CLI's and daemon's errors as measured on CLI 28 / daemon 26.
import {describe, expect, it} from 'vitest';
import {containerFs, hostFiles, vfs} from '../../../src/engine/index.js';
import {Session} from '../../../src/shell/session.js';

function session(): {s: Session; id: string} {
	const s = new Session({seed: 1, files: {'a.txt': 'hello\n', 'd/x.txt': 'x\n'}});
	const id = s.run('docker run -d --name box alpine sleep 1000').stdout.trim();
	return {s, id};
}

const read = (s: Session, id: string, path: string) => {
	const r = vfs.readFile(containerFs(s.world, 'host', id)!, path);
	return r.ok ? r.value : r.errno;
};

describe('docker cp', () => {
	it('copies a file and a folder into a container, silently', () => {
		const {s, id} = session();
		expect(s.run('docker cp a.txt box:/tmp/')).toMatchObject({stdout: '', stderr: '', exitCode: 0});
		s.run('docker cp a.txt box:/tmp/b.txt');
		s.run('docker cp d box:/tmp/');
		s.run('docker cp a.txt box:tmp/rel.txt');
		expect([read(s, id, '/tmp/a.txt'), read(s, id, '/tmp/b.txt'), read(s, id, '/tmp/d/x.txt'), read(s, id, '/tmp/rel.txt')]).toEqual(['hello\n', 'hello\n', 'x\n', 'hello\n']);
	});

	it('copies out of a container (also a stopped one) to the host', () => {
		const {s} = session();
		s.run('docker cp a.txt box:/tmp/b.txt');
		s.run('docker cp d box:/tmp/');
		s.run('docker stop box');
		expect(s.run('docker cp box:/tmp/b.txt .').exitCode).toBe(0);
		expect(s.run('docker cp box:/tmp/d ./d2').exitCode).toBe(0);
		const files = hostFiles(s.world, 'host', '/home/player/app');
		expect([files['b.txt'], files['d2/x.txt']]).toEqual(['hello\n', 'x\n']);
	});

	it('says what the CLI and the daemon say when it cannot', () => {
		const {s} = session();
		s.run('docker cp a.txt box:/tmp/');
		const err = (line: string) => {
			const r = s.run(line);
			return [r.stderr, r.exitCode];
		};
		expect(err('docker cp box:/nope .')).toEqual(['Error response from daemon: Could not find the file /nope in container box\n', 1]);
		expect(err('docker cp nope.txt box:/tmp/')).toEqual(['lstat /home/player/app/nope.txt: no such file or directory\n', 1]);
		expect(err('docker cp a.txt nosuch:/tmp/')).toEqual(['no such directory\n', 1]);
		expect(err('docker cp a.txt nosuch:/tmp/x')).toEqual(['Error response from daemon: No such container: nosuch\n', 1]);
		expect(err('docker cp a.txt b.txt')).toEqual(['must specify at least one container source\n', 1]);
		expect(err('docker cp box:/tmp/a.txt box:/tmp/c')).toEqual(['copying between containers is not supported\n', 1]);
		expect(err('docker cp a.txt box:/nodir/x')).toEqual(['Error response from daemon: Could not find the file /nodir in container box\n', 1]);
		expect(err('docker cp a.txt box:/tmp/a.txt/x')).toEqual(['Error response from daemon: extraction point is not a directory\n', 1]);
		expect(err('docker cp a.txt box:/tmp/nodir/')).toEqual(['no such directory\n', 1]);
		expect(err('docker cp box:/tmp d/x.txt')).toEqual(['cannot copy directory\n', 1]);
		expect(err('docker cp box:/tmp/a.txt nodir/x')).toEqual(['invalid output path: directory "/home/player/app/nodir" does not exist\n', 1]);
		expect(err('docker cp')).toEqual(["docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nRun 'docker cp --help' for more information\n", 1]);
	});

	it('what was copied in goes with docker rm; a new container from the image starts clean', () => {
		const {s} = session();
		s.run('docker cp a.txt box:/tmp/');
		s.run('docker rm -f box');
		const id = s.run('docker run -d --name box alpine sleep 1000').stdout.trim();
		expect(read(s, id, '/tmp/a.txt')).toBe('ENOENT');
	});
});
