// The one registry of game commands (src/game/game-commands.ts): routing, help, completion,
// the transcript and the UI's prose wrapping all read it.
import {describe, expect, it} from 'vitest';
import {GAME_COMMAND_TABLE, GAME_COMMANDS, findGameCommand, gameCommandNames, isGameCommand} from '../../src/game/game-commands.js';
import {PROGRAMS} from '../../src/shell/programs.js';
import {GameSession} from '../../src/game/game-session.js';

const allNames = GAME_COMMAND_TABLE.flatMap((c) => [c.name, ...(c.aliases ?? [])]);

describe('the game command registry', () => {
	it('lists each name and alias once, none of them a program', () => {
		expect(new Set(allNames).size).toBe(allNames.length);
		for (const p of PROGRAMS) expect(allNames).not.toContain(p.name);
		expect(GAME_COMMANDS).toContain('edit');
	});

	it('help lists every command in table order, in English and Korean', () => {
		for (const lang of ['en', 'ko'] as const) {
			const lines = new GameSession(undefined, {lang}).run('help').stdout.split('\n');
			const listed = lines.filter((l) => GAME_COMMAND_TABLE.some((c) => l === `  ${c.help[lang]}`));
			expect(listed).toEqual(GAME_COMMAND_TABLE.map((c) => `  ${c.help[lang]}`));
		}
		for (const c of GAME_COMMAND_TABLE) expect(c.help.ko, c.name).not.toBe(c.help.en);
	});

	it('aliases call the command they stand for; help of an alias is its command\'s', () => {
		expect(findGameCommand('vi')?.name).toBe('edit');
		expect(new GameSession(undefined).run('help vim').stdout).toBe(new GameSession(undefined).run('help edit').stdout);
	});

	it('every command and alias completes at the host prompt; host-only ones not in a container', () => {
		const g = new GameSession(undefined);
		const offered = g.complete('', 0).candidates;
		for (const n of allNames) expect(offered, n).toContain(n);
		expect(gameCommandNames(false)).not.toContain('answer');
		expect(gameCommandNames(false)).not.toContain('vi');
	});

	it('the outcome says prose exactly for the commands the registry marks so', () => {
		const g = new GameSession(undefined);
		for (const c of GAME_COMMAND_TABLE.filter((x) => x.run && x.name !== 'reset' && x.name !== 'levels')) {
			const r = g.run(c.name === 'lang' ? 'lang en' : c.name === 'answer' ? 'answer 42' : c.name === 'trace' ? 'trace ping -c1 localhost' : c.name);
			expect(r.prose === true, c.name).toBe(c.prose);
		}
		expect(g.run('echo hi').prose).toBeUndefined();
	});

	it('exit is described but left to the shell; answer and edit are the shell\'s inside a container', () => {
		expect(isGameCommand('exit', true)).toBe(false);
		expect(new GameSession(undefined).run('help exit').stdout).toMatch(/^ {2}exit\b/);
		expect(isGameCommand('answer', true)).toBe(true);
		expect(isGameCommand('answer', false)).toBe(false);
		expect(isGameCommand('nano', false)).toBe(false);
		const g = new GameSession(undefined);
		g.run('docker run -it --name box alpine sh');
		expect(g.run('answer 5').stderr).toBe('sh: answer: not found\n');
		expect(g.run('hint').stdout).toBe('This level has no hints.\n');
	});

	it('routes by the shell\'s words: quotes, assignments and redirections as bash reads them', () => {
		const g = new GameSession(undefined);
		expect(g.run('"hint"').stdout).toBe('This level has no hints.\n');
		expect(g.run('X=1 hint').stderr).toBe('bash: hint: command not found\n');
		expect(g.run("answer it's 5").stdout).toBe("Answer noted: it's 5\n");
	});
});
