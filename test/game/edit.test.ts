// `edit FILE` in GameSession: the headless answer, the interactive effect, saveFile with undo,
// and the goals checked again after a save.
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';

// A goal that looks at files does not exist in the level format; stand one in for the checker so
// a save can be seen to re-evaluate the goals (and solve the level).
const fileGoal = vi.hoisted(() => ({on: false}));
vi.mock('../../src/levels/checker.js', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../../src/levels/checker.js')>();
	return {
		...actual,
		evaluateGoals: (...args: Parameters<typeof actual.evaluateGoals>) => {
			const [world, level] = args;
			if (!fileGoal.on) return actual.evaluateGoals(...args);
			return level.goals.map((g) => ({id: g.id, met: hostFiles(world, world.hostOrder[0], PLAYER_APP_DIR)['notes.txt'] === 'done\n', detail: ''}));
		},
	};
});

import {GameSession} from '../../src/game/game-session.js';
import {hostFiles, PLAYER_APP_DIR} from '../../src/engine/index.js';

const appFiles = (game: GameSession) => hostFiles(game.session.world, game.session.world.hostOrder[0], PLAYER_APP_DIR);
import {complete} from '../../src/game/completion.js';
import {loadLevelFile, type Level} from '../../src/levels/index.js';

function level(file: string): Level {
	const loaded = loadLevelFile(path.join(import.meta.dirname, '../../levels', file));
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
	return loaded.level;
}

describe('edit FILE', () => {
	it('answers headless use (check, the run verifier) with a way to write files instead', () => {
		const game = new GameSession(undefined);
		const r = game.run('edit notes.txt');
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe("edit: needs an interactive terminal; use printf '...' > FILE instead\n");
		expect(r.exitCode).toBe(1);
		expect(r.effect).toBeUndefined();
		expect(r.counted).toBe(false);
		expect(game.commands).toBe(0);
	});

	it('gives its usage without a file, even headless', () => {
		const game = new GameSession(undefined);
		for (const line of ['edit', 'edit a b']) {
			const r = game.run(line);
			expect(r.stderr).toBe('usage: edit FILE\n');
			expect(r.exitCode).toBe(2);
		}
		game.enableEditor();
		expect(game.run('edit').exitCode).toBe(2);
		game.lang = 'ko';
		expect(game.run('edit').stderr).toBe('사용법: edit 파일\n');
	});

	it('opens an existing file or a new one once the UI can show an editor', () => {
		const game = new GameSession(level('06-compose/02-default-network.yaml'));
		game.enableEditor();
		const existing = game.run('edit compose.yaml');
		expect(existing.effect).toBe('edit');
		expect(existing.edit).toEqual({file: 'compose.yaml', content: appFiles(game)['compose.yaml'], isNew: false});
		expect(existing.edit?.content).toContain('services:');
		expect(existing.exitCode).toBe(0);
		expect(existing.counted).toBe(false);
		expect(game.run('edit ./compose.yaml').edit?.file).toBe('compose.yaml');
		expect(game.run('edit /home/player/app/compose.yaml').edit?.file).toBe('compose.yaml');
		expect(game.run('edit notes.txt').edit).toEqual({file: 'notes.txt', content: '', isNew: true});
	});

	it('refuses files outside the working directory', () => {
		const game = new GameSession(undefined);
		game.enableEditor();
		expect(game.run('edit /etc/hosts')).toMatchObject({stderr: 'edit: /etc/hosts: Permission denied\n', exitCode: 1});
		expect(game.run('edit sub/')).toMatchObject({stderr: 'edit: sub/: Is a directory\n', exitCode: 1});
		expect(game.run('edit sub/x.txt')).toMatchObject({stderr: 'edit: sub/x.txt: No such file or directory\n', exitCode: 1});
	});

	it('is the shell’s inside a container', () => {
		const game = new GameSession(undefined);
		game.enableEditor();
		game.run('docker run -it --name c1 alpine sh');
		const r = game.run('edit notes.txt');
		expect(r.effect).toBeUndefined();
		expect(r.exitCode).toBe(127);
	});

	it('saves a file that cat and ls then show, as one command that undo takes back', () => {
		const game = new GameSession(undefined);
		game.enableEditor();
		const saved = game.saveFile('notes.txt', 'first\nsecond\n');
		expect(saved.stdout).toBe('edit: saved notes.txt (2 lines)\n');
		expect(saved.exitCode).toBe(0);
		expect(game.commands).toBe(1);
		expect(game.run('cat notes.txt').stdout).toBe('first\nsecond\n');
		expect(game.run('ls').stdout).toContain('notes.txt');
		expect(game.saveFile('one.txt', 'x\n').stdout).toBe('edit: saved one.txt (1 line)\n');
		expect(game.run('undo').stdout).toBe('Took back: edit one.txt\n');
		expect(appFiles(game)['one.txt']).toBeUndefined();
		expect(appFiles(game)['notes.txt']).toBe('first\nsecond\n');
		// cat and ls changed nothing, so the next undo takes back the save before them.
		expect(game.run('undo').stdout).toBe('Took back: edit notes.txt\n');
		expect(appFiles(game)['notes.txt']).toBeUndefined();
		expect(game.run('cat notes.txt').exitCode).toBe(1);
	});

	it('completes file names after edit and cat', () => {
		const game = new GameSession(level('06-compose/02-default-network.yaml'));
		expect(game.complete('edit co', 7).candidates).toEqual(['compose.yaml']);
		expect(game.complete('cat ./c', 7).candidates).toEqual(['./compose.yaml']);
		expect(game.complete('ed', 2).candidates).toContain('edit');
		const world = game.session.world;
		expect(complete(world, {kind: 'container', host: world.hostOrder[0]!, id: 'x', shell: 'sh'}, 'cat co', 6).candidates).toEqual([]);
	});

	it('checks the goals again after a save, and a save can solve the level', () => {
		fileGoal.on = true;
		try {
			const game = new GameSession(level('01-basics/01-first-contact.yaml'));
			game.enableEditor();
			expect(game.solved).toBe(false);
			const draft = game.saveFile('notes.txt', 'draft\n');
			expect(draft.solvedNow).toBe(false);
			expect(draft.goals.every((g) => !g.met)).toBe(true);
			const done = game.saveFile('notes.txt', 'done\n');
			expect(done.solvedNow).toBe(true);
			expect(done.goals.every((g) => g.met)).toBe(true);
			expect(game.goalLines().every((g) => g.met)).toBe(true);
			expect(game.solvedAt).toBe(2);
			game.run('undo');
			expect(game.solved).toBe(false);
		} finally {
			fileGoal.on = false;
		}
	});

	it('lists edit in help, in English and Korean', () => {
		const game = new GameSession(undefined);
		expect(game.run('help').stdout).toMatch(/^ {2}edit FILE +edit a file/m);
		expect(game.run('help edit').stdout).toBe('usage: edit FILE\n  edit FILE       edit a file of the working directory (cat FILE, ls show them)\n');
		expect(game.run('edit --help').stdout).toBe(game.run('help edit').stdout);
		expect(game.run('edit -x').exitCode).toBe(2);
		game.lang = 'ko';
		expect(game.run('help').stdout).toMatch(/^ {2}edit 파일 +작업 디렉터리의 파일 편집/m);
	});
});
