// A container's health (State.Health) on the simulated clock, as the daemon's health monitor
// (daemon/health.go) keeps it: the first probe one interval after start (start-interval while inside
// the start period), `healthy` after a probe that passed, `unhealthy` after `retries` failures in a
// row; failures inside the start period are not counted. Pure: the probes are evaluated against the
// world as it is now (a service that answers now is taken to have answered at every probe), so the
// state follows from the start time, the clock and the config alone, with no work per tick.
import {probe} from './reachability.js';
import {listenerBody} from './apps/index.js';
import type {Container, HealthConfig, Image, World} from './types.js';

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

export interface HealthLogEntry {
	readonly start: number;
	readonly end: number;
	readonly exitCode: number;
	readonly output: string;
}

export interface HealthState {
	readonly status: HealthStatus;
	readonly failingStreak: number;
	/** The last probes, oldest first (the daemon keeps 5). */
	readonly log: readonly HealthLogEntry[];
}

/** The daemon's defaults (api/types/container: DefaultHealthcheck*). */
export const HEALTH_DEFAULTS = {interval: 30_000, timeout: 30_000, startPeriod: 0, startInterval: 5_000, retries: 3} as const;
const KEEP_LOG = 5;

/** The healthcheck in force: the container's own (run --health-*), else its image's; none for `NONE`. */
export function healthConfigOf(world: World, c: Container): HealthConfig | undefined {
	const image: Image | undefined = Object.hasOwn(world.images, c.imageKey) ? world.images[c.imageKey] : undefined;
	const own = c.healthcheck;
	const fromImage = image?.healthcheck ? {test: image.healthcheck, ...(image.healthOptions ?? {})} : undefined;
	const cfg = own ? {...fromImage, ...own, test: own.test.length > 0 ? own.test : (fromImage?.test ?? [])} : fromImage;
	if (!cfg || cfg.test.length === 0 || cfg.test[0] === 'NONE') return undefined;
	return cfg;
}

/** The test's command line: CMD's argv joined, or CMD-SHELL's line. */
function testLine(test: readonly string[]): string {
	return test.slice(1).join(' ');
}

/** What one probe gives: an exit code and the output the daemon keeps (capped at 4096 bytes). */
export function runHealthProbe(world: World, hostName: string, c: Container, test: readonly string[]): {exitCode: number; output: string} {
	const image = Object.hasOwn(world.images, c.imageKey) ? world.images[c.imageKey] : undefined;
	const line = testLine(test);
	// `cmd || exit 1` and `cmd && ...`: the first command decides (the usual form in Dockerfiles).
	const first = line.split(/\|\||&&|;/)[0].trim();
	const fallback = /\|\|\s*exit\s+(\d+)/.exec(line);
	const words = first.split(/\s+/).filter((w) => w !== '');
	const prog = (words[0] ?? '').replace(/^.*\//, '');
	const fail = (code: number, output = '') => ({exitCode: fallback ? Number(fallback[1]) : code, output});
	if (prog === 'true' || (prog === 'exit' && words[1] === '0')) return {exitCode: 0, output: ''};
	if (prog === 'false') return fail(1);
	if (prog === 'exit') return {exitCode: Number(words[1]) || 0, output: ''};
	if (test[0] === 'CMD' && image && !image.tools.includes(prog)) {
		return {exitCode: -1, output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${words[0]}": executable file not found in $PATH: unknown`};
	}
	if (test[0] === 'CMD-SHELL' && image && !image.tools.includes(prog)) return fail(127, `/bin/sh: 1: ${words[0]}: not found\n`);
	const url = words.find((w) => /^(https?:\/\/)?[\w.-]+(:\d+)?(\/\S*)?$/.test(w) && /[:/.]/.test(w) && !w.startsWith('-'));
	if ((prog === 'curl' || prog === 'wget') && url) {
		const m = /^(?:https?:\/\/)?(\[[^\]]+\]|[^/:]+)(?::(\d+))?(\/\S*)?$/.exec(url.replace(/^['"]|['"]$/g, ''));
		if (!m) return fail(prog === 'curl' ? 3 : 1);
		const port = Number(m[2] ?? (url.startsWith('https') ? 443 : 80));
		const r = probe(world, {from: {kind: 'container', host: hostName, id: c.id}, target: m[1].replace(/^\[|\]$/g, ''), protocol: 'tcp', port});
		if (r.outcome !== 'ok' || !r.listener) return fail(prog === 'curl' ? 7 : 1);
		const body = listenerBody(r.listener, m[3] ?? '/');
		const quiet = words.includes('-q') || words.some((w) => /^-[a-zA-Z]*[so]/.test(w)) || words.includes('/dev/null');
		return {exitCode: 0, output: quiet ? '' : (body ?? '').slice(0, 4096)};
	}
	// A program the image has, doing something netdojo does not follow: taken to pass.
	return {exitCode: 0, output: ''};
}

/** Probe times (ms after start) up to `elapsed`, and how many there were: only the last few are listed. */
function probeTimes(cfg: HealthConfig, elapsed: number): {count: number; last: number[]; inStart: (t: number) => boolean} {
	const interval = Math.max(1, cfg.interval ?? HEALTH_DEFAULTS.interval);
	const startPeriod = cfg.startPeriod ?? HEALTH_DEFAULTS.startPeriod;
	const startInterval = Math.max(1, cfg.startInterval ?? HEALTH_DEFAULTS.startInterval);
	// While inside the start period the monitor waits start-interval, afterwards interval.
	const early = startPeriod > 0 ? Math.ceil(startPeriod / startInterval) : 0;
	const earlyEnd = early * startInterval;
	const times = (k: number) => (k <= early ? k * startInterval : earlyEnd + (k - early) * interval);
	const count = elapsed < times(1) ? 0 : elapsed <= earlyEnd ? Math.floor(elapsed / startInterval) : early + Math.floor((elapsed - earlyEnd) / interval);
	const last: number[] = [];
	for (let k = Math.max(1, count - KEEP_LOG + 1); k <= count; k++) last.push(times(k));
	return {count, last, inStart: (t) => t < startPeriod};
}

/** State.Health of a container with a healthcheck; undefined without one (inspect then has no Health). */
export function containerHealth(world: World, hostName: string, c: Container): HealthState | undefined {
	const cfg = healthConfigOf(world, c);
	if (!cfg || c.startedAt <= 0) return undefined;
	const running = c.status === 'running' && !c.paused;
	const until = running ? world.clock : Math.min(world.clock, c.finishedAt > 0 ? c.finishedAt : world.clock);
	const elapsed = Math.max(0, until - c.startedAt);
	const {count, last, inStart} = probeTimes(cfg, elapsed);
	const result = count > 0 ? runHealthProbe(world, hostName, c, cfg.test) : {exitCode: 0, output: ''};
	const log = last.map((t) => ({start: c.startedAt + t, end: c.startedAt + t, exitCode: result.exitCode, output: result.output}));
	// A stopped container's health says unhealthy (measured, 33-build-healthcheck); a new start begins again.
	const stopped = (status: HealthStatus) => (c.status === 'running' ? status : 'unhealthy');
	if (count === 0) return {status: stopped('starting'), failingStreak: 0, log};
	if (result.exitCode === 0) return {status: stopped('healthy'), failingStreak: 0, log};
	// Every probe failed: those inside the start period do not count.
	const lastTime = last[last.length - 1];
	const counted = inStart(lastTime) ? 0 : count - probeTimes(cfg, Math.max(0, (cfg.startPeriod ?? 0) - 1)).count;
	const retries = cfg.retries && cfg.retries > 0 ? cfg.retries : HEALTH_DEFAULTS.retries;
	return {status: stopped(counted >= retries ? 'unhealthy' : 'starting'), failingStreak: counted, log};
}
