// Issue 17 item 1: an unmet goal says why, in the player's language: the probe that failed and the
// first hop that dropped or refused it (trace's own hop renderer), or the fact that is not so.
import {describe, expect, it} from 'vitest';
import {formatLevelError, parseLevel, type Level} from '../../src/levels/index.js';
import {GameSession} from '../../src/game/game-session.js';
import {whyText} from '../../src/game/trace/why.js';
import type {Fact} from '../../src/levels/checker.js';

const LEVEL = `id: why-lab
title: Why lab
briefing: web talks to db.
par: 4
goals:
  - id: web-to-db
    text: {en: "web reaches any address of db on 5432", ko: "web이 db의 5432에 닿아요"}
    probe: {from: web, to: {container: db, port: 5432}, expect: reachable}
  - id: db-runs
    text: {en: "db runs", ko: "db가 실행 중이에요"}
    container: {name: db, running: true}
  - id: web-published
    text: {en: "web publishes 80", ko: "web이 80을 게시해요"}
    published: {container: web, port: 80, expect: published}
  - id: db-not-from-outside
    text: {en: "nobody outside reaches db", ko: "바깥에서는 db에 닿지 않아요"}
    probe: {from: external, to: 192.168.0.10:5432, expect: unreachable}
hints:
  - Put them on one network.
solution:
  - docker network create app
  - docker run -d --name db --network app -e POSTGRES_PASSWORD=x postgres
  - docker run -d --name web --network app -p 80:80 nginx
`;

function level(): Level {
	const r = parseLevel(LEVEL, 'why-lab.yaml');
	if (!r.ok) throw new Error(r.errors.map(formatLevelError).join('\n'));
	return r.level;
}

function play(lines: string[]): GameSession {
	const game = new GameSession(level());
	for (const line of lines) game.run(line);
	return game;
}

const why = (game: GameSession, id: string, lang: 'en' | 'ko' = 'en') => {
	const status = game.goals().find((g) => g.id === id)!;
	return status.why ? whyText(status.why, lang) : undefined;
};

// The Korean renderings must not fall back to English words (rule texts and names stay as printed).
const ENGLISH = /\b(the|is|not|no|answer|answers|stopped|through|listens|connection|refused|running|published|dropped)\b/i;
const HANGUL = /[\uac00-\ud7a3]/;

const SPLIT = ['docker network create front', 'docker network create back', 'docker run -d --name db --network back -e POSTGRES_PASSWORD=x postgres', 'docker run -d --name web --network front nginx'];

describe('why an unmet probe goal is unmet', () => {
	it('names the probe and the chain that dropped it (en and ko)', () => {
		const game = play(SPLIT);
		const en = why(game, 'web-to-db')!;
		expect(en).toMatch(/^web → db:5432 \(172\.\d+\.0\.2\): no answer \(dropped\)\. First stopped at: DROP in DOCKER-ISOLATION-STAGE-2 — /);
		expect(en).toContain('-j DROP (different bridge networks are isolated)');
		const ko = why(game, 'web-to-db', 'ko')!;
		expect(ko).toContain('DOCKER-ISOLATION-STAGE-2에서 DROP');
		expect(ko).toContain('서로 다른 브리지 네트워크는 격리됩니다');
		expect(ko).toMatch(HANGUL);
		expect(ko).not.toMatch(ENGLISH);
	});

	it('a refused connection names where nothing listens', () => {
		const game = play(['docker network create app', 'docker run -d --name db --network app nginx', 'docker run -d --name web --network app nginx']);
		const en = why(game, 'web-to-db')!;
		expect(en).toMatch(/^web → db:5432 \(172\.\d+\.0\.2\): connection refused\. First stopped at: db \(eth0 172\.\d+\.0\.2\): nothing listens on port 5432; the kernel answers with RST$/);
		const ko = why(game, 'web-to-db', 'ko')!;
		expect(ko).toContain('연결이 거부됐어요');
		expect(ko).not.toMatch(ENGLISH);
	});

	it('an isolation goal that fails says which way got through: the published port', () => {
		const game = play(['docker network create app', 'docker run -d --name db --network app -p 5432:5432 -e POSTGRES_PASSWORD=x postgres']);
		const en = why(game, 'db-not-from-outside')!;
		expect(en).toMatch(/^external → 192\.168\.0\.10:5432: still gets through \(answered\)\. The way through: DNAT in DOCKER — .*--dport 5432 -j DNAT --to-destination 172\.\d+\.0\.2:5432/);
		expect(why(game, 'db-not-from-outside', 'ko')).toMatch(/^external → 192\.168\.0\.10:5432: 아직 닿아요 \(응답했어요\)\. 지나간 길: DOCKER에서 DNAT — /);
	});

	it('never hands out a docker command', () => {
		const game = play(SPLIT);
		for (const g of game.goals()) for (const lang of ['en', 'ko'] as const) if (g.why) expect(whyText(g.why, lang)).not.toMatch(/docker (run|network|start|rm)/);
	});

	it('a met goal carries no why', () => {
		const game = play(level().solution);
		expect(game.solved).toBe(true);
		expect(game.goals().every((g) => g.why === undefined)).toBe(true);
	});
});

describe('why an unmet fact goal is unmet', () => {
	it('a stopped container and an unpublished port', () => {
		const game = play([...SPLIT, 'docker stop db']);
		expect(why(game, 'db-runs')).toBe('db is not running');
		expect(why(game, 'db-runs', 'ko')).toBe('db이(가) 실행 중이 아니에요');
		expect(why(game, 'web-published')).toBe('80/tcp of web is not published');
		expect(why(game, 'web-published', 'ko')).toBe('web의 80/tcp이(가) 게시되어 있지 않아요');
	});

	it('a container that does not exist', () => {
		const game = play([]);
		expect(why(game, 'db-runs')).toBe('there is no container named db');
		expect(why(game, 'web-to-db')).toBe('there is no container named web');
		expect(why(game, 'web-to-db', 'ko')).toBe('web(이)라는 컨테이너가 없어요');
	});
});

describe('the goals and why game commands', () => {
	it('goals lists each unmet goal with its why', () => {
		const game = play(SPLIT);
		const out = game.run('goals').stdout;
		expect(out).toContain('  [ ] web reaches any address of db on 5432\n      why: web → db:5432');
		expect(out).toContain('DROP in DOCKER-ISOLATION-STAGE-2');
		expect(out).toContain('  [x] db runs\n  [ ]');
	});

	it('why explains every unmet goal, or one by id; in Korean too', () => {
		const game = play(SPLIT);
		const all = game.run('why');
		expect(all.exitCode).toBe(0);
		expect(all.counted).toBe(false);
		expect(all.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['[ ] web-to-db', '[ ] web-published']);
		expect(game.run('why db-runs').stdout).toBe('[x] db-runs: db runs\n');
		expect(game.run('why web-published').stdout).toBe('[ ] web-published: 80/tcp of web is not published\n');
		const bad = game.run('why nope');
		expect(bad.exitCode).toBe(2);
		expect(bad.stderr).toBe('why: no goal "nope" in this level (its goals: web-to-db, db-runs, web-published, db-not-from-outside)\n');
		game.run('lang ko');
		const ko = game.run('why web-to-db').stdout;
		expect(ko).toContain('처음 막힌 곳: DOCKER-ISOLATION-STAGE-2에서 DROP');
		expect(ko).not.toMatch(ENGLISH);
	});

	it('why with every goal met, and in the sandbox', () => {
		const game = play(level().solution);
		expect(game.run('why').stdout).toBe('Every goal is met.\n');
		expect(new GameSession(undefined).run('why').stdout).toContain('Sandbox');
	});
});

// One of each fact kind: the mapped type makes the compiler insist that a new kind gets an entry here.
const FACTS: {[K in Fact['kind']]: Extract<Fact, {kind: K}>} = {
	'no-container': {kind: 'no-container', name: 'db'},
	'not-running': {kind: 'not-running', name: 'db'},
	'still-running': {kind: 'still-running', name: 'db'},
	'no-address': {kind: 'no-address', name: 'db'},
	recreated: {kind: 'recreated', name: 'db'},
	'not-recreated': {kind: 'not-recreated', name: 'db'},
	'not-on': {kind: 'not-on', name: 'db', network: 'back'},
	'still-on': {kind: 'still-on', name: 'db', network: 'front'},
	'network-mode': {kind: 'network-mode', name: 'db', mode: 'host'},
	'not-publishing': {kind: 'not-publishing', name: 'web', what: '8080:80'},
	'not-published': {kind: 'not-published', name: 'web', what: '80/tcp', on: '192.168.0.10'},
	published: {kind: 'published', name: 'db', what: '5432/tcp', at: '0.0.0.0:5432'},
	'no-network': {kind: 'no-network', name: 'back'},
	'network-exists': {kind: 'network-exists', name: 'old'},
	'network-field': {kind: 'network-field', name: 'back', field: 'internal', value: 'false'},
	'not-answered': {kind: 'not-answered'},
	'wrong-answer': {kind: 'wrong-answer'},
	'answer-subject-missing': {kind: 'answer-subject-missing'},
	broken: {kind: 'broken', line: 'docker stop web'},
	'broken-at-setup': {kind: 'broken-at-setup'},
};

describe('every fact has words in both languages', () => {
	it.each(Object.values(FACTS))('$kind', (fact) => {
		const en = whyText({kind: 'facts', facts: [fact]}, 'en');
		const ko = whyText({kind: 'facts', facts: [fact]}, 'ko');
		expect(en.length).toBeGreaterThan(5);
		expect(ko).toMatch(HANGUL);
		expect(ko).not.toMatch(ENGLISH);
	});

	it('a network that is not internal, and several facts at once', () => {
		expect(whyText({kind: 'facts', facts: [FACTS['network-field'], FACTS['not-on']]}, 'en')).toBe('back is not internal; db is not on back');
	});
});
