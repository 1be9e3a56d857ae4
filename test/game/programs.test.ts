// The one program registry (src/shell/programs.ts) feeds what runs, what completes and what
// `help` says: every runnable program completes where it exists and has help, nothing is listed
// twice, and the names a session runs are exactly the registry's.
import {describe, expect, it} from 'vitest';
import {PROGRAMS, findProgram} from '../../src/shell/programs.js';
import {BUILTIN_NAMES} from '../../src/shell/syntax/index.js';
import {Session} from '../../src/shell/session.js';
import {GameSession} from '../../src/game/game-session.js';
import {GAME_COMMANDS} from '../../src/game/game-commands.js';
import {complete} from '../../src/game/completion.js';

const names = PROGRAMS.map((p) => p.name);

describe('the program registry', () => {
	it('lists each program once, apart from the game commands', () => {
		expect(new Set(names).size).toBe(names.length);
		for (const c of GAME_COMMANDS) expect(names).not.toContain(c);
	});

	it('every entry has something to run it and a summary in both languages', () => {
		for (const p of PROGRAMS) {
			if (p.run.kind === 'tool') expect(typeof p.run.tool, p.name).toBe('function');
			if (p.run.kind === 'filter') expect(typeof p.run.filter, p.name).toBe('function');
			if (p.run.kind === 'builtin') expect(BUILTIN_NAMES, p.name).toContain(p.name);
			expect(p.summary.en.length, p.name).toBeGreaterThan(0);
			expect(p.summary.ko.length, p.name).toBeGreaterThan(0);
			expect(p.summary.ko, p.name).not.toBe(p.summary.en);
		}
	});

	it('every host program completes at an empty host prompt', () => {
		const s = new Session({seed: 1});
		const offered = complete(s.world, s.location, '', 0).candidates;
		for (const p of PROGRAMS.filter((x) => x.onHost)) expect(offered, p.name).toContain(p.name);
		// What the host lacks is not offered there (BusyBox's nc and netstat live in images).
		for (const p of PROGRAMS.filter((x) => !x.onHost)) expect(offered, p.name).not.toContain(p.name);
	});

	it('inside a container, what its image has completes, and nothing it lacks', () => {
		const s = new Session({seed: 1});
		expect(s.run('docker run -it --name box alpine sh').exitCode).toBe(0);
		expect(s.location.kind).toBe('container');
		const offered = complete(s.world, s.location, '', 0).candidates;
		for (const n of ['nc', 'netstat', 'wget', 'sed', 'tr', 'uniq', 'env', 'pwd', 'echo', 'cd']) expect(offered).toContain(n);
		for (const n of ['docker', 'curl', 'bash', 'ssh', 'ss', 'iptables']) expect(offered).not.toContain(n);
	});

	it('the programs that drifted out of completion complete again', () => {
		const s = new Session({seed: 1});
		for (const n of ['sed', 'tr', 'uniq', 'ssh', 'env', 'pwd']) expect(complete(s.world, s.location, n, n.length).candidates).toContain(n);
	});

	it('a program with flags completes them after a dash', () => {
		const s = new Session({seed: 1});
		expect(complete(s.world, s.location, 'curl --sil', 10).candidates).toEqual(['--silent']);
		expect(complete(s.world, s.location, 'iptables --list-r', 17).candidates).toEqual(['--list-rules']);
	});

	it('`help programs` describes every program, in English and Korean', () => {
		for (const lang of ['en', 'ko'] as const) {
			const r = new GameSession(undefined, {lang}).run('help programs');
			expect(r.exitCode).toBe(0);
			for (const p of PROGRAMS) expect(r.stdout).toContain(`  ${p.name.padEnd(10)}${p.summary[lang]}`);
		}
	});

	it('`help` names the host tools and filters from the registry', () => {
		const out = new GameSession(undefined).run('help').stdout.split('\n').find((l) => l.startsWith('On the host: '))!;
		for (const n of ['docker', 'curl', 'ssh', 'sysctl', 'bridge', 'mkdir']) expect(out).toContain(`${n}, `);
		expect(out).toContain('grep/awk/sed/head/tail/wc/cut/sort/uniq/tr to pipe into');
		expect(out).not.toMatch(/\bnc\b/);
	});

	it('the host runs exactly its registry programs: the rest are not found', () => {
		const s = new Session({seed: 1});
		for (const p of PROGRAMS.filter((x) => x.run.kind === 'tool' || x.run.kind === 'filter')) {
			const r = s.peek(`${p.name} </dev/null`);
			if (p.onHost) expect(r.stderr, p.name).not.toContain('command not found');
			else expect(r.stderr, p.name).toBe(`bash: ${p.name}: command not found\n`);
		}
		expect(findProgram('constructor')).toBeUndefined();
		expect(s.run('constructor').stderr).toBe('bash: constructor: command not found\n');
	});
});
