// A container's files come from its image (WORKDIR, COPY, RUN), are its own once written, and go with it.
import {describe, expect, it} from 'vitest';
import {containerFs, getHost, vfs, withContainerFs, type World} from '../../src/engine/index.js';
import {Session} from '../../src/shell/session.js';

const files = {'app.py': 'print("hi")\n', Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nRUN mkdir -p /data/cache && echo ok > /data/ready\nCMD ["sleep", "infinity"]\n'};

function world(): {s: Session; ids: string[]} {
	const s = new Session({seed: 1, files});
	s.run('docker build -t app .');
	const ids = [s.run('docker run -d --name one app').stdout.trim(), s.run('docker run -d --name two app').stdout.trim()];
	return {s, ids};
}

const names = (w: World, id: string, dir: string) => {
	const r = vfs.listDir(containerFs(w, 'host', id)!, dir);
	return r.ok ? r.value.map(([n]) => n).sort() : r.errno;
};

describe('container file systems', () => {
	it('hold what the Dockerfile put there, on the base image\'s root', () => {
		const {s, ids} = world();
		expect(names(s.world, ids[0], '/app')).toEqual(['app.py']);
		expect(names(s.world, ids[0], '/data')).toEqual(['cache', 'ready']);
		expect(vfs.readFile(containerFs(s.world, 'host', ids[0])!, '/data/ready')).toEqual({ok: true, value: 'ok\n'});
		expect(names(s.world, ids[0], '/')).toEqual(expect.arrayContaining(['app', 'bin', 'etc', 'tmp', 'usr', 'var']));
	});

	it('a write stays with its container; the other container from the image does not see it; rm drops it', () => {
		const {s, ids} = world();
		const root = containerFs(s.world, 'host', ids[0])!;
		const written = vfs.writeFile(root, '/tmp/note', 'mine', {now: s.world.clock});
		expect(written.ok).toBe(true);
		s.world = withContainerFs(s.world, 'host', ids[0], (written as {value: vfs.DirNode}).value);
		expect(names(s.world, ids[0], '/tmp')).toEqual(['note']);
		expect(names(s.world, ids[1], '/tmp')).toEqual([]);
		s.run('docker restart one');
		expect(names(s.world, ids[0], '/tmp')).toEqual(['note']);
		s.run('docker rm -f one');
		expect(getHost(s.world, 'host').containers.get(ids[0])).toBeUndefined();
		expect(containerFs(s.world, 'host', ids[0])).toBeUndefined();
	});
});
