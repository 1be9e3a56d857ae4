// One history: undo takes back the last change, whatever came between; game commands and
// lines that change nothing neither push an undo step nor let simulated time pass.
import {describe, expect, it} from 'vitest';
import {GameSession} from '../../src/game/game-session.js';
import {History, HISTORY_LIMIT} from '../../src/game/history.js';

const names = (g: GameSession): string => g.run('docker ps -a --format "{{.Names}} {{.State}}"').stdout;

describe('undo history', () => {
	it('an empty line between a change and undo does not make undo take back nothing', () => {
		const g = new GameSession(undefined);
		g.run('docker run -d --name web nginx');
		g.run('');
		g.run('   ');
		const r = g.run('undo');
		expect(r.stdout).toContain('docker run -d --name web nginx');
		expect(names(g)).not.toContain('web');
	});

	it('lines that only read (docker ps, curl, cat) are skipped by undo', () => {
		const g = new GameSession(undefined);
		g.run('docker network create n1');
		g.run('docker run -d --name api --network n1 nginx');
		g.run('docker ps');
		g.run('docker network ls');
		expect(g.run('undo').stdout).toContain('docker run -d --name api');
		expect(names(g)).not.toContain('api running');
		expect(g.run('undo').stdout).toContain('docker network create n1');
		expect(g.run('docker network ls --format "{{.Name}}"').stdout).not.toContain('n1');
		expect(g.run('undo').stdout).toContain('Nothing to undo');
	});

	it('game commands do not advance the clock: a sleep 4 container still runs after five help lines', () => {
		const g = new GameSession(undefined);
		g.run('docker run -d --name nap alpine sleep 4');
		for (let i = 0; i < 5; i++) g.run('help docker');
		for (let i = 0; i < 3; i++) g.run('goals');
		g.run('trace curl localhost');
		expect(names(g)).toContain('nap running');
	});

	it('time still passes with shell lines, as before', () => {
		const g = new GameSession(undefined);
		g.run('docker run -d --name nap alpine sleep 4');
		for (let i = 0; i < 5; i++) g.run('true');
		expect(names(g)).toContain('nap exited');
	});

	it('help keeps $? and the shell the prompt is in', () => {
		const g = new GameSession(undefined);
		g.run('false');
		g.run('help docker');
		expect(g.run('echo $?').stdout).toBe('1\n');
	});

	it('an answer is one change, and undo takes it back', () => {
		const g = new GameSession(undefined);
		g.run('answer 42');
		g.run('docker ps');
		expect(g.run('undo').stdout).toContain('answer 42');
		expect(g.run('undo').stdout).toContain('Nothing to undo');
	});
});

describe('History', () => {
	it('keeps at most HISTORY_LIMIT entries, dropping the oldest', () => {
		const h = new History();
		const world = {} as never;
		for (let i = 0; i < HISTORY_LIMIT + 5; i++) h.push({world, answers: [], line: `l${i}`});
		expect(h.length).toBe(HISTORY_LIMIT);
		expect(h.pop()?.line).toBe(`l${HISTORY_LIMIT + 4}`);
	});
});
