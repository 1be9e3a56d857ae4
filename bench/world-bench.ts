// World-building figures for `npm run bench` (issue 12, linear cost): how long `netdojo script`'s
// code path takes to build worlds of 1,000 and 2,000 containers, a level whose setup makes 4,000,
// and the one line that publishes every port. Building used to be quadratic (4.2 s and 16.3 s for
// 1,000 and 2,000 containers, 205 s for the level); a linear build doubles when the world does.
import {runScript} from '../src/shell/script.js';
import {parseLevel} from '../src/levels/load.js';
import {GameSession} from '../src/game/game-session.js';

export interface WorldFigures {
	readonly build1000Ms: number;
	readonly build2000Ms: number;
	readonly levelSetup4000Ms: number;
	readonly allPortsMs: number;
}

const NETWORKS = 20;

/** `docker network create` x20, then `docker run -d --network netN --name cK nginx` x containers. */
function buildLines(containers: number): string[] {
	const lines: string[] = [];
	for (let n = 0; n < NETWORKS; n++) lines.push(`docker network create net${n}`);
	for (let k = 0; k < containers; k++) lines.push(`docker run -d --network net${k % NETWORKS} --name c${k} nginx`);
	return lines;
}

function timeBuild(containers: number): number {
	const t0 = performance.now();
	const {transcript} = runScript(buildLines(containers), {seed: 7});
	const ms = performance.now() - t0;
	const failed = transcript.find((e) => e.exitCode !== 0);
	if (failed) throw new Error(`world building failed at "${failed.command}": ${failed.stderr}`);
	return ms;
}

/** A level file whose setup builds `containers` containers over 20 networks. */
function bigLevel(containers: number): string {
	const setup = buildLines(containers).map((l) => `    - ${l}`).join('\n');
	return `id: big-world\ntitle: "Big world"\nbriefing: "Many containers."\npar: 1\nworld:\n  setup:\n${setup}\ngoals:\n  - id: reach\n    text: "c0 answers c1"\n    probe:\n      from: c1\n      to: http://c0/\n      expect: unreachable\nhints:\n  - "none"\nsolution:\n  - docker ps -q\n`;
}

function timeLevelSetup(containers: number): number {
	const parsed = parseLevel(bigLevel(containers), 'big-world.yaml');
	if (!parsed.ok) throw new Error(`bench level invalid: ${parsed.errors[0]?.message}`);
	const t0 = performance.now();
	// The game plays the setup lines when a level starts, as the player's session would.
	const problems = new GameSession(parsed.level).setupProblems;
	const ms = performance.now() - t0;
	if (problems.length > 0) throw new Error(`level setup failed at "${problems[0].line}": ${problems[0].stderr}`);
	return ms;
}

function timeAllPorts(): number {
	const t0 = performance.now();
	const {transcript} = runScript(['docker run -d -p 1-65535:1-65535 nginx'], {seed: 7});
	const ms = performance.now() - t0;
	if (transcript[0].exitCode !== 0) throw new Error(`publishing every port failed: ${transcript[0].stderr}`);
	return ms;
}

export function worldBuilding(): WorldFigures {
	// Untimed warm-up: the figures compare sizes, not the JIT's first look at each command.
	timeBuild(300);
	// The best of three: on a shared machine the other runs' load only ever adds time.
	const best = (f: () => number) => Math.min(f(), f(), f());
	const build1000Ms = best(() => timeBuild(1000));
	const build2000Ms = best(() => timeBuild(2000));
	const levelSetup4000Ms = timeLevelSetup(4000);
	const allPortsMs = best(timeAllPorts);
	return {build1000Ms, build2000Ms, levelSetup4000Ms, allPortsMs};
}
