import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {GameSession} from '../../src/game/game-session.js';
import {parseLevel} from '../../src/levels/index.js';
import {playSolution} from '../../src/game/play-solution.js';
import {builtLine, editLine} from '../../src/game/built-lines.js';

function sandbox(files: Map<string, string> = new Map(), lang: 'en' | 'ko' = 'en') {
	const saveLevel = (name: string, text: string) => {
		if (files.has(name)) return {error: 'already exists'};
		files.set(name, text);
		return {path: name};
	};
	return {game: new GameSession(undefined, {saveLevel, lang}), files};
}

const WORLD = ['docker network create appnet', 'docker run -d --name db --network appnet -e POSTGRES_PASSWORD=pw postgres', 'docker ps', 'docker run -d --name web --network appnet -p 8080:80 nginx', 'curl -s localhost:8080'];

function answer(game: GameSession, lines: string[]) {
	return lines.map((l) => game.run(l));
}

describe('build level in the sandbox', () => {
	it('turns the lines that changed the world into a level that validates and solves', () => {
		const {game, files} = sandbox();
		answer(game, WORLD);
		const start = game.run('build level');
		expect(start.stdout).toContain('from the 3 lines that changed this sandbox');
		expect(game.prompt()).toBe('title> ');
		const offers = answer(game, ['Web and its database', "Put web and db on one network; it's the point"]);
		expect(game.prompt()).toBe('goal/start> ');
		const listed = game.run('');
		expect(listed.stdout).toMatch(/\[x\] the host reaches localhost:8080/);
		expect(listed.stdout).toMatch(/web reaches db on port 5432/);
		expect(game.prompt()).toBe('probes> ');
		answer(game, ['', 'Make a network first.', 'Then run both on it.', '']);
		expect(game.prompt()).toBe('file> ');
		const done = game.run('');
		expect(done.stderr).toBe('');
		expect(done.stdout).toContain('Wrote web-and-its-database.yaml');
		expect(game.prompt()).toBe('$ ');
		expect(offers.every((o) => o.counted === false)).toBe(true);
		const text = files.get('web-and-its-database.yaml')!;
		const data = parse(text) as {solution: string[]; hints: string[]; briefing: string; par: number};
		// Only the lines that changed something: docker ps and curl only looked.
		expect(data.solution).toEqual([WORLD[0], WORLD[1], WORLD[3]]);
		expect(data.par).toBe(3);
		expect(data.hints).toEqual(['Make a network first.', 'Then run both on it.']);
		expect(data.briefing).toBe("Put web and db on one network; it's the point");
		const parsed = parseLevel(text, 'x.yaml');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(playSolution(parsed.level, parsed.level.solution).solved).toBe(true);
		// A wrong answer does not: web alone on the default bridge.
		expect(playSolution(parsed.level, ['docker run -d --name web -p 8080:80 nginx']).solved).toBe(false);
	});

	it('leaves out what undo took back, and keeps edits as here-documents', () => {
		const {game, files} = sandbox();
		answer(game, ['docker network create appnet', 'docker network create oops']);
		game.run('undo');
		game.run('mkdir app');
		game.run('cd app');
		game.saveFile('index.html', "<h1>it's mine</h1>\nEOF\n");
		game.run('docker run -d --name web --network appnet -p 8080:80 nginx');
		answer(game, ['build level', 'Mine', 'Serve it', 'goal', 'all', 'Look at the network.', '', 'mine.yaml']);
		const data = parse(files.get('mine.yaml')!) as {solution: string[]};
		expect(data.solution).toEqual(['docker network create appnet', 'mkdir app', 'cd app', "cat > 'index.html' <<'EOF2'\n<h1>it's mine</h1>\nEOF\nEOF2", 'docker run -d --name web --network appnet -p 8080:80 nginx']);
		const parsed = parseLevel(files.get('mine.yaml')!, 'mine.yaml');
		expect(parsed.ok).toBe(true);
		// The here-document writes the file as it was saved.
		const replay = new GameSession(undefined);
		for (const line of data.solution) replay.run(line);
		expect(replay.run('cat index.html').stdout).toBe("<h1>it's mine</h1>\nEOF\n");
	});

	it('makes the built world the start when asked, with a typed solution', () => {
		const {game, files} = sandbox();
		answer(game, ['docker run -d --name db -e POSTGRES_PASSWORD=pw postgres', 'docker run -d --name web -p 8080:80 nginx']);
		answer(game, ['build level', 'Give them names', 'web cannot reach db by name: fix it', 'start']);
		expect(game.prompt()).toBe('solution> ');
		const listed = answer(game, ['docker network create appnet', 'docker network connect appnet db', 'docker network connect appnet web', ''])[3]!;
		expect(listed.stdout).toMatch(/web reaches db:5432 by name {2}\(changed\)/);
		answer(game, ['', 'A user-defined network has names.', '', '']);
		const text = files.get('give-them-names.yaml')!;
		const parsed = parseLevel(text, 'g.yaml');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.level.world.setup).toEqual(['docker run -d --name db -e POSTGRES_PASSWORD=pw postgres', 'docker run -d --name web -p 8080:80 nginx']);
		const played = playSolution(parsed.level, parsed.level.solution);
		expect(played.solved).toBe(true);
		expect(played.solvedAt).toBeGreaterThan(0);
	});

	it('asks again after a bad pick or a file that exists, and stops on .cancel or Ctrl+C', () => {
		const {game, files} = sandbox(new Map([['taken.yaml', 'x']]));
		answer(game, ['docker run -d --name web -p 8080:80 nginx']);
		answer(game, ['build level', 'T', 'B', '']);
		const bad = game.run('9');
		expect(bad.stderr).toContain('No probe 9: choose numbers from 1 to 1');
		expect(game.prompt()).toBe('probes> ');
		answer(game, ['1', 'h', '']);
		const taken = game.run('taken.yaml');
		expect(taken.stderr).toContain('Not written: taken.yaml: already exists');
		expect(game.prompt()).toBe('file> ');
		expect(game.run('.cancel').stdout).toContain('Level not built.');
		expect(game.prompt()).toBe('$ ');
		expect(files.size).toBe(1);
		game.run('build level');
		expect(game.cancelInput()).toBe('Level not built.');
		expect(game.cancelInput()).toBeUndefined();
		expect(game.run('docker ps --format {{.Names}}').stdout).toBe('web\n');
	});

	it('refuses outside the sandbox, before anything is built, and with wrong words', () => {
		const {game} = sandbox();
		expect(game.run('build level').stdout).toContain('Nothing to build a level from yet');
		expect(game.run('build').stderr).toBe('usage: build level\n');
		expect(game.run('build level').stdout).not.toContain('title');
		const level = parseLevel('id: x\ntitle: X\nbriefing: b\npar: 1\ngoals:\n  - id: n\n    text: t\n    network: {name: a, exists: true}\nhints: [h]\nsolution: [docker network create a]\n', 'x.yaml');
		if (!level.ok) throw new Error('fixture');
		expect(new GameSession(level.level).run('build level').stdout).toContain('works in the sandbox');
	});

	it('prints the file when nothing can save it, and speaks Korean', () => {
		const game = new GameSession(undefined, {lang: 'ko'});
		game.run('docker network create appnet');
		expect(game.run('build level').stdout).toContain('명령 1개로 레벨을 만들어요');
		const out = answer(game, ['네트워크', '네트워크를 만드세요', '', 'h', '', ''])[5]!;
		expect(out.stdout).toContain('id: ');
		expect(out.stdout).toContain('docker network create appnet');
		expect(out.stdout).toContain('목표 1개');
	});

	it('keeps the lines that change the world, move the prompt or set variables', () => {
		expect(builtLine('docker ps', false, false)).toBe(false);
		expect(builtLine('cd /tmp', false, true)).toBe(true);
		expect(builtLine('export PORT=8080', false, false)).toBe(true);
		expect(builtLine('PORT=8080', false, false)).toBe(true);
		expect(builtLine('# note', true, false)).toBe(false);
		expect(editLine('a b', 'x')).toBe("printf '%s' 'x' > 'a b'");
		expect(editLine('f', '')).toBe("cat > 'f' <<'EOF'\nEOF");
	});
});
