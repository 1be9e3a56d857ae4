// The in-game commands around a level: hints in steps, the solution after them, answers, undo,
// reset, trace, goals, language; and what counts towards "commands vs par".
import {describe, expect, it} from 'vitest';
import {builtinLevelsDir, loadPacks, type Level} from '../../src/levels/index.js';
import {GameSession} from '../../src/game/game-session.js';

const levels = loadPacks([builtinLevelsDir()]).packs.flatMap((p) => p.levels);
const level = (id: string): Level => {
	const l = levels.find((x) => x.id === id);
	if (!l) throw new Error(`no level ${id}`);
	return l;
};

describe('GameSession', () => {
	it('hints come one at a time; the solution opens only after the last one', () => {
		const g = new GameSession(level('first-contact'));
		const total = level('first-contact').hints.length;
		expect(g.run('solution').stdout).toContain('after all the hints');
		for (let i = 1; i <= total; i++) expect(g.run('hint').stdout).toMatch(new RegExp(`^Hint ${i}/${total}: `));
		expect(g.run('hint').stdout).toContain('No more hints');
		expect(g.run('solution').stdout).toContain(level('first-contact').solution[0]);
		expect(g.hintsShown).toBe(total);
		expect(g.commands).toBe(0);
	});

	it('solves when the goals are met, counting shell lines and not game commands', () => {
		const g = new GameSession(level('first-contact'));
		g.run('help');
		g.run('goals');
		const r = g.run(level('first-contact').solution[0]);
		expect(r.solvedNow).toBe(true);
		expect(g.solved).toBe(true);
		expect(g.commands).toBe(1);
		expect(g.solvedAt).toBe(1);
	});

	it('undo takes back the last line and its effect on the goals', () => {
		const g = new GameSession(level('first-contact'));
		g.run(level('first-contact').solution[0]);
		expect(g.solved).toBe(true);
		expect(g.run('undo').stdout).toContain('Took back');
		expect(g.solved).toBe(false);
		expect(g.run('undo').stdout).toContain('Nothing to undo');
	});

	it('reset brings the level back to its start', () => {
		const g = new GameSession(level('port-taken'));
		g.run('docker rm -f app1');
		g.run('reset');
		expect(g.run('docker ps --format "{{.Names}}"').stdout).toContain('app1');
	});

	it('answer VALUE is checked against the live state', () => {
		const l = level('user-bridge');
		const g = new GameSession(l);
		for (const line of l.solution.filter((s) => !s.startsWith('answer'))) g.run(line);
		expect(g.solved).toBe(false);
		g.run('answer 10.9.9.0/24');
		expect(g.solved).toBe(false);
		g.run('answer 172.18.0.0/16');
		expect(g.solved).toBe(true);
	});

	it('trace explains a probe hop by hop, in the chosen language', () => {
		const g = new GameSession(undefined);
		g.run('docker network create a');
		g.run('docker network create b');
		g.run('docker run -d --name web --network a nginx');
		g.run('docker run -d --name cl --network b alpine sleep 1d');
		g.run('docker exec -it cl sh');
		const r = g.run('trace wget -qO- http://172.18.0.2');
		expect(r.stdout).toMatch(/DOCKER-ISOLATION-STAGE-2/);
		expect(r.counted).toBe(false);
		g.run('lang ko');
		expect(g.run('trace ping -c 1 172.18.0.2').stdout).toMatch(/[가-힣]/);
	});

	it('the sandbox has no goals and never counts as solved', () => {
		const g = new GameSession(undefined);
		g.run('docker run -d -p 8080:80 nginx');
		expect(g.goals()).toEqual([]);
		expect(g.solved).toBe(false);
		expect(g.run('goals').stdout).toContain('no goals');
	});

	it('exit on the host leaves the level; inside a container it leaves the container', () => {
		const g = new GameSession(undefined);
		g.run('docker run -dit --name box alpine sh');
		g.run('docker exec -it box sh');
		expect(g.prompt()).toBe('/ # ');
		expect(g.run('exit').effect).toBeUndefined();
		expect(g.prompt()).toBe('$ ');
		expect(g.run('exit').effect).toBe('leave');
	});
});

describe('a game in a real terminal', () => {
	it('curl prints no progress meter to the terminal, but does when its output is piped', () => {
		const g = new GameSession(undefined, {terminal: true});
		expect(g.run('curl localhost:9').stderr).toBe('curl: (7) Failed to connect to localhost port 9 after 0 ms: Could not connect to server\n');
		expect(g.run('curl localhost:9 | cat').stderr).toMatch(/% Total/);
		// docker exec without -t gives the program a stream, not a terminal.
		g.run('docker run -d --name web nginx');
		expect(g.run('docker exec web curl -s localhost:9').stderr).toBe('');
		expect(g.run('docker exec web curl localhost:9').stderr).toMatch(/% Total/);
		expect(g.run('docker exec -t web curl localhost:9').stderr).not.toMatch(/% Total/);
	});
});
