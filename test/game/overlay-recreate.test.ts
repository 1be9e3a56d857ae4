// The multi-host level after its most likely mistake: an overlay made without --attachable,
// refused, removed and made again with it. The new one must be usable from both nodes.
import {describe, expect, it} from 'vitest';
import {builtinLevelsDir, loadPacks} from '../../src/levels/index.js';
import {GameSession} from '../../src/game/game-session.js';

const level = loadPacks([builtinLevelsDir()]).packs.flatMap((p) => p.levels).find((l) => l.id === 'overlay-across-hosts');

describe('overlay removed and created again', () => {
	it('is attachable from the second node, and the level is solved', () => {
		expect(level).toBeDefined();
		const g = new GameSession(level);
		const lines = [
			'docker swarm init --advertise-addr 192.168.0.10',
			'ssh node2 docker swarm join --token $(docker swarm join-token -q worker) 192.168.0.10:2377',
			'docker network create -d overlay appnet',
		];
		for (const line of lines) expect(g.run(line).exitCode, line).toBe(0);
		const refused = g.run('docker network connect appnet api');
		expect(refused.stderr).toContain('not manually attachable');
		expect(g.run('docker network rm appnet').stdout).toBe('appnet\n');
		expect(g.run('ssh node2 docker network ls --format "{{.Name}}"').stdout).not.toContain('appnet');
		expect(g.run('docker network create -d overlay --attachable appnet').exitCode).toBe(0);
		expect(g.run('docker network connect appnet api').exitCode).toBe(0);
		const remote = g.run('ssh node2 docker network connect appnet web');
		expect(remote.stderr).toBe('');
		expect(remote.exitCode).toBe(0);
		expect(g.solved).toBe(true);
	});
});
