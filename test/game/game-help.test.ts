// help CMD and CMD --help for the game's own commands: never "command not found".
import {describe, expect, it} from 'vitest';
import {GameSession} from '../../src/game/game-session.js';
import {GAME_COMMANDS} from '../../src/game/game-commands.js';

describe('help for game commands', () => {
	// edit's help starts with its usage line (test/game/edit.test.ts checks it).
	it.each(GAME_COMMANDS.filter((c) => c !== 'help' && c !== 'edit'))('help %s describes it, in English and Korean', (name) => {
		const en = new GameSession(undefined).run(`help ${name}`);
		expect(en.exitCode).toBe(0);
		expect(en.stderr).toBe('');
		expect(en.stdout).toMatch(new RegExp(`^  ${name}\\b`));
		const ko = new GameSession(undefined, {lang: 'ko'}).run(`help ${name}`);
		expect(ko.stdout).toMatch(new RegExp(`^  ${name}\\b`));
		expect(ko.stdout).not.toBe(en.stdout);
	});

	it.each(['trace', 'hint', 'answer', 'undo', 'goals'])('%s --help is its help, not a run of it', (name) => {
		const g = new GameSession(undefined);
		const r = g.run(`${name} --help`);
		expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`));
		expect(r.counted).toBe(false);
		expect(g.run('undo').stdout).toContain('Nothing to undo');
	});

	it('help of a shell program still runs its --help', () => {
		const r = new GameSession(undefined).run('help docker');
		expect(r.stdout).toContain('Usage:  docker [OPTIONS] COMMAND');
	});
});
