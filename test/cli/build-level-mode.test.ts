// build-level (issue 18 item 4): the file it writes validates, and its reference solves it.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs, type Options} from '../../src/cli/args.js';
import {buildLevelMode, readHeader} from '../../src/cli/build-level-mode.js';
import {validateMode} from '../../src/cli/validate-mode.js';
import {loadLevelFile} from '../../src/levels/index.js';
import {playSolution} from '../../src/game/play-solution.js';

let dir: string;
let out: string;
let err: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-build-'));
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

function options(...argv: string[]): Options {
	const r = parseArgs(argv);
	if (!r.ok) throw new Error(r.error);
	return r.options;
}

const write = (name: string, text: string) => {
	const file = path.join(dir, name);
	fs.mkdirSync(path.dirname(file), {recursive: true});
	fs.writeFileSync(file, text);
	return file;
};

const SCRIPT = `# id: app-and-db
# title: An app and its database
# briefing: Put web and db on one network of their own.
# hint: docker network create makes a network.
docker network create appnet
docker run -d --name db --network appnet redis
docker run -d --name web --network appnet -p 8080:80 nginx
docker run -d --name lonely nginx
`;

describe('netdojo build-level', () => {
	it('reads the header comments as the builder answers', () => {
		expect(readHeader(SCRIPT)).toEqual({id: 'app-and-db', title: 'An app and its database', briefing: ['Put web and db on one network of their own.'], hints: ['docker network create makes a network.'], goals: []});
		expect(readHeader('# goal: a-to-b, c\n# goal: d\nls\n# goal: late').goals).toEqual(['a-to-b', 'c', 'd']);
	});

	it('the world as goal: a file validate accepts, solved by its reference (the script)', async () => {
		const script = write('build.sh', SCRIPT);
		const file = path.join(dir, 'pack', 'app-and-db.yaml');
		fs.mkdirSync(path.dirname(file));
		expect(await buildLevelMode(options('build-level', script, '-o', file))).toBe(0);
		expect(err).toBe('');
		// Offered: every container pair and the published port, with what probe says now.
		expect(out).toMatch(/\[x\] web-to-db-6379 +reachable +\(changed\)/);
		expect(out).toMatch(/\[ \] lonely-to-db-6379 +unreachable\n/);
		expect(out).toMatch(/\[x\] host-to-8080 +reachable/);
		expect(out).toMatch(/wrote .*app-and-db\.yaml: level app-and-db, \d+ goals, par 4; its reference solution solves it/);
		const loaded = loadLevelFile(file);
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
		const level = loaded.level;
		expect(level.title).toBe('An app and its database');
		expect(level.hints).toEqual(['docker network create makes a network.']);
		expect(level.world.setup).toEqual([]);
		expect(level.solution).toHaveLength(4);
		expect(level.goals.map((g) => g.id)).toEqual(expect.arrayContaining(['network-appnet', 'container-web', 'container-db', 'web-to-db-6379', 'host-to-8080']));
		expect(playSolution(level, level.solution).solved).toBe(true);
		expect(playSolution(level, level.solution.slice(0, 2)).solved).toBe(false);
		out = '';
		expect(await validateMode(options('validate', path.dirname(file)))).toBe(0);
	});

	it('chosen probes, unreachable ones too, with "# goal:"', async () => {
		const script = write('build.sh', `# goal: lonely-to-db-6379 web-to-db-6379\n${SCRIPT}`);
		const file = path.join(dir, 'chosen.yaml');
		expect(await buildLevelMode(options('build-level', script, '-o', file, '--json'))).toBe(0);
		const report = JSON.parse(out);
		expect(report.goals).toContain('lonely-to-db-6379');
		expect(report.goals).not.toContain('host-to-8080');
		const loaded = loadLevelFile(file);
		if (!loaded.ok) throw new Error('not loaded');
		const probe = loaded.level.goals.find((g) => g.id === 'lonely-to-db-6379');
		expect(probe && 'probe' in probe ? probe.probe.expect : undefined).toBe('unreachable');
		expect(playSolution(loaded.level, loaded.level.solution).solved).toBe(true);
	});

	it('the world as start: the script is the setup, --solution solves it', async () => {
		const script = write('start.sh', '# id: join-them\ndocker network create appnet\ndocker run -d --name db --network appnet redis\ndocker run -d --name web nginx\n');
		const solution = write('fix.sh', 'docker network connect appnet web\n');
		const file = path.join(dir, 'join-them.yaml');
		expect(await buildLevelMode(options('build-level', script, '-o', file, '--solution', solution))).toBe(0);
		expect(out).toMatch(/\[x\] web-to-db-6379 +reachable +\(changed\)/);
		const loaded = loadLevelFile(file);
		if (!loaded.ok) throw new Error('not loaded');
		expect(loaded.level.world.setup).toHaveLength(3);
		expect(loaded.level.solution).toEqual(['docker network connect appnet web']);
		expect(loaded.level.par).toBe(1);
		expect(playSolution(loaded.level, []).solved).toBe(false);
		expect(playSolution(loaded.level, loaded.level.solution).solved).toBe(true);
	});

	it('refuses what cannot make a level, and says why', async () => {
		expect(await buildLevelMode(options('build-level', write('x.sh', '# only a comment\n'), '-o', path.join(dir, 'x.yaml')))).toBe(2);
		expect(err).toMatch(/has no commands/);
		err = '';
		expect(await buildLevelMode(options('build-level', write('y.sh', '# goal: nope\ndocker network create n1\n'), '-o', path.join(dir, 'y.yaml')))).toBe(2);
		expect(err).toMatch(/no probe named nope is offered/);
		err = '';
		expect(await buildLevelMode(options('build-level', path.join(dir, 'missing.sh'), '-o', path.join(dir, 'z.yaml')))).toBe(2);
		expect(err).toMatch(/no such file/);
		expect(fs.existsSync(path.join(dir, 'y.yaml'))).toBe(false);
	});
});
