// At the game prompt an unfinished line (here a here-document) goes on at bash's `> ` prompt until
// it is complete, then runs as one; Ctrl+C drops what was gathered.
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import PlayScreen from '../../src/ui/play/PlayScreen.js';
import {GameSession} from '../../src/game/game-session.js';
import {keys, settle, stripAnsi} from './helpers.js';

afterEach(() => {
	cleanup();
});

async function setup() {
	const game = new GameSession(undefined);
	const view = render(<PlayScreen game={game} lang="en" color={false} heading="sandbox" onSolved={() => {}} onLeave={() => {}} />);
	await settle();
	const line = async (text: string) => {
		view.stdin.write(text);
		await settle();
		view.stdin.write(keys.enter);
		await settle();
	};
	return {game, view, line, frame: () => stripAnsi(view.lastFrame())};
}

describe('continuation lines', () => {
	it('gathers a here-document on `> ` lines and runs it once complete', async () => {
		const {game, line, frame} = await setup();
		await line("cat > notes.txt <<'EOF'");
		expect(frame()).toMatch(/^> ?$/m);
		await line('hello $USER');
		await line('EOF');
		expect(frame()).toMatch(/^\$ ?$/m);
		expect(game.run('cat notes.txt').stdout).toBe('hello $USER\n');
	});
	it('drops the gathered lines on Ctrl+C', async () => {
		const {game, view, line, frame} = await setup();
		await line('echo "open');
		expect(frame()).toMatch(/^> ?$/m);
		view.stdin.write(keys.ctrlC);
		await settle();
		expect(frame()).toMatch(/^\$ ?$/m);
		await line('echo done');
		expect(frame()).toContain('done');
		expect(game.run('echo ok').stdout).toBe('ok\n');
	});
	it('asks build level\'s questions at its own prompt, takes an apostrophe as it is, and stops on Ctrl+C', async () => {
		const {game, view, line, frame} = await setup();
		await line('docker network create appnet');
		await line('build level');
		expect(frame()).toMatch(/^title> ?$/m);
		await line("It's a network");
		// One line is one answer: the apostrophe opens no quote.
		expect(frame()).toMatch(/^briefing> ?$/m);
		view.stdin.write(keys.ctrlC);
		await settle();
		expect(frame()).toContain('Level not built.');
		expect(frame()).toMatch(/^\$ ?$/m);
		expect(game.run('docker network ls --format {{.Name}} --filter name=appnet').stdout).toBe('appnet\n');
	});
});
