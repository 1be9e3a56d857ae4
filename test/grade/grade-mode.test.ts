// `netdojo grade PACK SUBMISSIONS` (issue 18 item 2): a class of students handing in transcripts,
// run files and folders of solutions, graded in one call, with what `check` hid made visible
// (solved then broken, reset, hints and the solution, empty and garbage files), the per-goal
// table, --json, --junit (one testsuite per student, real times) and --html.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {parseArgs} from '../../src/cli/args.js';
import {runMode} from '../../src/cli/modes.js';
import {GameSession} from '../../src/game/game-session.js';
import {parseTranscript, serializeTranscript, TranscriptRecorder} from '../../src/game/transcript.js';
import {loadPacks} from '../../src/levels/index.js';
import {parseXml, type XmlElement} from '../cli/check/xml.js';
import {level} from '../levels/hostile/make-pack.js';

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-grade-'));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, {recursive: true, force: true});
});

async function run(argv: string[]) {
	let out = '';
	let err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
	process.env.NETDOJO_HOME = path.join(dir, 'home');
	try {
		const parsed = parseArgs(argv);
		if (!parsed.ok) throw new Error(parsed.error);
		return {code: await runMode(parsed.options), out, err};
	} finally {
		delete process.env.NETDOJO_HOME;
		vi.restoreAllMocks();
	}
}

function write(rel: string, content: string | Buffer): string {
	const p = path.join(dir, rel);
	fs.mkdirSync(path.dirname(p), {recursive: true});
	fs.writeFileSync(p, content);
	return p;
}

const WEB = `id: g-web
title: {en: "Tiny web"}
briefing: {en: "Publish nginx on 8080."}
par: 1
goals:
  - id: host-reaches
    text: {en: "localhost:8080 answers"}
    probe: {from: host, to: "http://localhost:8080/", expect: reachable, body: "Welcome to nginx"}
hints:
  - {en: "-p HOST:CONTAINER"}
solution:
  - docker run -d -p 8080:80 nginx
`;

function makePack(): string {
	write('pack/pack.yaml', 'id: gpack\ntitle: G\n');
	write('pack/01-web.yaml', WEB);
	write('pack/02-run.yaml', level('g-run'));
	return path.join(dir, 'pack');
}

/** A transcript as `play --record` writes it: the recorder wrapped round real game sessions. */
function transcriptOf(plays: {id: string; lines: string[]}[], packHash: string): string {
	const {packs} = loadPacks([path.join(dir, 'pack')]);
	let t = 0;
	const recorder = new TranscriptRecorder({netdojoVersion: '0.1.0', mode: 'play', seed: 1, startedAt: new Date('2026-01-01T00:00:00Z')}, () => (t += 1500));
	for (const play of plays) {
		const game = recorder.attach(new GameSession(packs[0].levels.find((l) => l.id === play.id)), {pack: 'gpack', packHash});
		for (const line of play.lines) game.run(line);
	}
	return serializeTranscript(recorder.transcript());
}

function makeClass(): string {
	const packDir = makePack();
	const hash = loadPacks([packDir]).packs[0].hash;
	write('subs/alice/g-web.txt', '# alice\ndocker run -d -p 8080:80 nginx\n');
	write('subs/alice/g-run.sh', 'docker run -d --name web nginx\n');
	// bob: solves g-web, then breaks it; uses reset on g-run, then a hint and the solution.
	write('subs/bob/g-web.txt', 'docker run -d --name web1 -p 8080:80 nginx\ndocker rm -f web1\n');
	write('subs/bob/g-run.txt', 'docker run -d --name other nginx\nreset\nhint\nsolution\ndocker run -d --name web nginx\n');
	write('subs/carol/g-web.txt', '# nothing yet\n\n');
	write('subs/dave/g-web.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x13]));
	write('subs/erin.json', transcriptOf([{id: 'g-web', lines: ['docker ps', 'docker run -d -p 8080:80 nginx']}, {id: 'g-run', lines: ['hint', 'docker run -d --name web nginx']}], hash));
	write(
		'subs/frank.json',
		JSON.stringify({
			format: 'netdojo-run',
			version: 1,
			netdojoVersion: '0.1.0',
			pack: 'gpack',
			seed: 1,
			levels: [{id: 'g-web', commands: [{line: 'docker run -d -p 8080:8080 nginx', atMs: 4000}], splitMs: 4000, commandCount: 1}],
			totalMs: 4000,
			totalCommands: 1,
			finishedAt: '2026-01-01T00:00:00.000Z',
		}),
	);
	return packDir;
}

const rowOf = (out: string, name: string) => out.split('\n').find((l) => l.startsWith(`${name} `)) ?? '';

describe('netdojo grade', () => {
	it('prints a row per student with solved, commands vs par, hints, solutions and flags, then the goals failed', async () => {
		const packDir = makeClass();
		const r = await run(['grade', packDir, path.join(dir, 'subs')]);
		expect(r.err).toBe('');
		expect(r.code).toBe(1);
		expect(r.out.split('\n')[0]).toMatch(/^STUDENT\s+SOURCE\s+SOLVED\s+COMMANDS\/PAR\s+HINTS\s+SOLUTIONS\s+FLAGS$/);
		expect(rowOf(r.out, 'alice')).toMatch(/^alice\s+folder\s+2\/2\s+2\/2\s+0\s+0\s+-$/);
		// reset zeroes the game's own count; here bob's 2 + 3 counted lines all count.
		expect(rowOf(r.out, 'bob')).toMatch(/^bob\s+folder\s+1\/2\s+4\/2\s+1\s+1\s+solved-then-broken: g-web; used-reset: g-run$/);
		expect(rowOf(r.out, 'carol')).toMatch(/^carol\s+folder\s+0\/2\s+0\/1\s+0\s+0\s+empty: g-web$/);
		expect(rowOf(r.out, 'dave')).toMatch(/^dave\s+folder\s+0\/2\s+0\/1\s+0\s+0\s+garbage: g-web$/);
		expect(rowOf(r.out, 'erin')).toMatch(/^erin\s+transcript\s+2\/2\s+3\/2\s+1\s+0\s+-$/);
		expect(rowOf(r.out, 'frank')).toMatch(/^frank\s+run\s+0\/2\s+1\/1\s+0\s+0\s+-$/);
		// Per goal: g-web's probe failed by bob (broken), carol, dave and frank (wrong port) of 6 attempts.
		expect(r.out).toMatch(/\nGOAL\s+FAILED\s+MOST COMMON WHY\n/);
		expect(r.out).toMatch(/\ng-web\/host-reaches\s+4 of 6\s+connection refused\. First stopped at: host host: nothing listens on 127\.0\.0\.1:8080; the kernel answers with RST \(3\)\n/);
		// Every student who tried g-run met its goal: it is not listed.
		expect(r.out).not.toMatch(/g-run\/web-runs/);
		expect(r.out).toMatch(/\n2 of 6 students solved every level \(2 levels\)\n$/);
	});

	it('--json holds every figure and flag; exit 0 when everyone solved everything', async () => {
		const packDir = makeClass();
		const r = await run(['grade', packDir, path.join(dir, 'subs'), '--json']);
		const report = JSON.parse(r.out);
		expect(report.packs).toEqual([{id: 'gpack', hash: loadPacks([packDir]).packs[0].hash}]);
		const bob = report.students.find((s: {name: string}) => s.name === 'bob');
		expect(bob.levels[0]).toMatchObject({id: 'g-web', attempted: true, solved: false, solvedAt: 1, commands: 2, par: 1, flags: ['solved-then-broken']});
		expect(bob.levels[1]).toMatchObject({id: 'g-run', solved: true, hintsUsed: 1, solutionShown: true, flags: ['used-reset'], commands: 2});
		const dave = report.students.find((s: {name: string}) => s.name === 'dave');
		expect(dave.levels[0].garbage).toMatch(/not text: byte 0x89 at byte 1 is not UTF-8/);
		expect(dave.levels[0].commands).toBe(0);
		const erin = report.students.find((s: {name: string}) => s.name === 'erin');
		expect(erin.levels[0]).toMatchObject({solved: true, timeMs: 3000});
		const goal = report.goals.find((g: {goal: string}) => g.goal === 'host-reaches');
		expect(goal).toMatchObject({level: 'g-web', failed: 4, attempted: 6, notAttempted: 0});
		expect(report.allSolved).toBe(false);

		fs.rmSync(path.join(dir, 'subs'), {recursive: true});
		write('subs/alice/g-web.txt', 'docker run -d -p 8080:80 nginx\n');
		write('subs/alice/g-run.txt', 'docker run -d --name web nginx\n');
		expect((await run(['grade', packDir, path.join(dir, 'subs')])).code).toBe(0);
	});

	it('--junit: one testsuite per student, a testcase per level with real times', async () => {
		const packDir = makeClass();
		const file = path.join(dir, 'class.xml');
		await run(['grade', packDir, path.join(dir, 'subs'), '--junit', file]);
		const {root} = parseXml(fs.readFileSync(file, 'utf8'));
		expect(root.name).toBe('testsuites');
		expect(root.attributes).toMatchObject({tests: '12', failures: '7'});
		const suites = root.children.filter((c) => c.name === 'testsuite');
		expect(suites.map((s) => s.attributes.name)).toEqual(['alice', 'bob', 'carol', 'dave', 'erin', 'frank']);
		const cases = (s: XmlElement) => s.children.filter((c) => c.name === 'testcase');
		for (const s of suites) expect(cases(s).map((c) => c.attributes.name)).toEqual(['g-web', 'g-run']);
		// Times: erin's own (3 s in her transcript), frank's split (4 s), else the replay's own time, never all zero.
		const erin = cases(suites[4]);
		expect(erin[0].attributes.time).toBe('3.000');
		expect(cases(suites[5])[0].attributes.time).toBe('4.000');
		expect(Number(cases(suites[0])[0].attributes.time)).toBeGreaterThan(0);
		const frankRun = cases(suites[5])[1].children.find((c) => c.name === 'failure');
		expect(frankRun?.attributes).toMatchObject({type: 'NotAttempted', message: 'not attempted'});
		const bobWeb = cases(suites[1])[0].children.find((c) => c.name === 'failure');
		expect(bobWeb?.attributes.message).toBe('not solved: host-reaches');
	});

	it('--html: one self-contained page with the class table, the goals and each transcript', async () => {
		const packDir = makeClass();
		write('subs/<b>mallory\u001b[2J.txt', 'x');
		const file = path.join(dir, 'class.html');
		await run(['grade', packDir, path.join(dir, 'subs'), '--html', file]);
		const html = fs.readFileSync(file, 'utf8');
		expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
		expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
		expect(html).not.toMatch(/\u001b/);
		const table = /<table id="class">([\s\S]*?)<\/table>/.exec(html)![1];
		const rows = [...table.matchAll(/<tr><td><a href="#student-([^"]+)">([^<]*)<\/a><\/td>/g)].map((m) => m[2]);
		expect(rows).toEqual(['&lt;b&gt;mallory', 'alice', 'bob', 'carol', 'dave', 'erin', 'frank']);
		expect(/<table id="goals">[\s\S]*?g-web\/host-reaches<\/code><\/td><td class="num">4 of 6/.test(html)).toBe(true);
		expect(html).toContain('<span class="cmd">$ docker rm -f web1</span>');
		// Tags balance (the elements the page uses).
		for (const tag of ['table', 'tr', 'td', 'details', 'section', 'pre', 'ul', 'li']) {
			expect((html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length, tag).toBe((html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length);
		}
	});

	it('a transcript records every line with time, game commands marked, outcomes and the pack hash', () => {
		makePack();
		const text = transcriptOf([{id: 'g-web', lines: ['goals', 'docker run -d -p 8080:80 nginx', 'hint']}], 'sha256:x');
		const parsed = parseTranscript(text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const [lvl] = parsed.transcript.levels;
		expect(lvl).toMatchObject({id: 'g-web', pack: 'gpack', packHash: 'sha256:x', startedAtMs: 1500});
		expect(lvl.lines.map((l) => [l.line, l.atMs, l.game, l.counted, l.exitCode, l.solvedNow ?? false])).toEqual([
			['goals', 3000, true, false, 0, false],
			['docker run -d -p 8080:80 nginx', 4500, false, true, 0, true],
			['hint', 6000, true, false, 0, false],
		]);
		expect(lvl.outcome).toEqual({solved: true, commands: 1, hintsUsed: 1, solutionShown: false, solvedAtMs: 4500});
		expect(parseTranscript('{"format":"netdojo-transcript","version":2}')).toEqual({ok: false, reason: 'unsupported transcript version 2 (this netdojo reads version 1)'});
	});

	it('the built game grades on worker threads, with the same report as in this thread', async () => {
		const packDir = makeClass();
		const subs = path.join(dir, 'subs');
		const inThread = JSON.parse((await run(['grade', packDir, subs, '--json'])).out);
		const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/netdojo.js');
		const r = spawnSync(process.execPath, [bin, 'grade', packDir, subs, '--json'], {encoding: 'utf8', env: {...process.env, NETDOJO_HOME: path.join(dir, 'home'), NETDOJO_GRADE_THREADS: '2'}, timeout: 60_000});
		expect(r.stderr).toBe('');
		expect(r.status).toBe(1);
		const threaded = JSON.parse(r.stdout);
		const strip = (report: {students: {levels: {replayMs?: number}[]}[]}) => report.students.map((s) => ({...s, levels: s.levels.map(({replayMs, ...rest}) => rest)}));
		expect(strip(threaded)).toEqual(strip(inThread));
		expect(threaded.goals).toEqual(inThread.goals);
	});

	it('bad input is exit 2: no arguments, an unknown pack, no folder, an empty folder', async () => {
		makePack();
		expect((await run(['grade'])).code).toBe(2);
		expect((await run(['grade', 'no-such-pack', dir])).err).toMatch(/no pack "no-such-pack"/);
		expect((await run(['grade', path.join(dir, 'pack'), path.join(dir, 'none')])).code).toBe(2);
		fs.mkdirSync(path.join(dir, 'empty'));
		expect((await run(['grade', path.join(dir, 'pack'), path.join(dir, 'empty')])).err).toMatch(/no submissions/);
	});
});
