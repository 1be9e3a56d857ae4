// depends_on conditions: before a service starts, Compose waits for the dependencies whose
// condition is service_healthy or service_completed_successfully, polling every 500 ms
// (compose v2.26 pkg/compose/convergence.go waitDependencies), and prints Waiting, then Healthy,
// Exited or Error. The simulated clock moves on while it waits; health comes from src/engine/health.ts.
import {containerHealth, getHost, healthConfigOf, tick, type Container, type World} from '../engine/index.js';
import {LABEL_SERVICE} from './containers.js';
import type {ComposeProject, ComposeService, ServiceDependency} from './model.js';

const POLL_MS = 500;
/** Real Compose would wait for ever (a dependency that never exits); the simulation stops here. */
export const MAX_WAIT_MS = 10 * 60_000;

const event = (name: string, status: string): string => ` Container ${name}  ${status}\n`;

type Check = {readonly done: false} | {readonly done: true; readonly status: string; readonly error?: string};

function checkHealthy(world: World, hostName: string, containers: readonly Container[]): Check {
	for (const c0 of containers) {
		const c = getHost(world, hostName).containers.get(c0.id) ?? c0;
		let problem: string | undefined;
		if (c.status === 'exited') problem = `container ${c.name} exited (${c.exitCode})`;
		else if (!healthConfigOf(world, c)) problem = `container ${c.name} has no healthcheck configured`;
		else {
			const health = containerHealth(world, hostName, c)?.status;
			if (health === 'unhealthy') problem = `container ${c.name} is unhealthy`;
			else if (health !== 'healthy') return {done: false};
		}
		if (problem) return {done: true, status: 'Error', error: `dependency failed to start: ${problem}`};
	}
	return {done: true, status: 'Healthy'};
}

function checkCompleted(world: World, hostName: string, dep: string, containers: readonly Container[]): Check {
	for (const c0 of containers) {
		const c = getHost(world, hostName).containers.get(c0.id) ?? c0;
		if (c.status !== 'exited') continue;
		if (c.exitCode === 0) return {done: true, status: 'Exited'};
		const msg = `service "${dep}" didn't complete successfully: exit ${c.exitCode}`;
		return {done: true, status: msg, error: msg};
	}
	return {done: false};
}

export interface Waited {
	readonly world: World;
	readonly stderr: string;
	readonly error?: string;
}

/** Waits for `s`'s dependencies with a condition; the world comes back with the clock moved on. */
export function waitDependencies(world0: World, hostName: string, project: ComposeProject, s: ComposeService, containers: readonly Container[]): Waited {
	let world = world0;
	let stderr = '';
	const pending: {dep: ServiceDependency; of: Container[]}[] = [];
	for (const dep of s.dependencies) {
		// service_started is the start order itself; a service left out (a profile) is not waited for.
		if (dep.condition === 'service_started' || !project.services.some((o) => o.name === dep.service)) continue;
		const of = containers.filter((c) => c.labels?.[LABEL_SERVICE] === dep.service);
		for (const c of of) stderr += event(c.name, 'Waiting');
		if (of.length === 0) {
			if (dep.required) return {world, stderr, error: `${s.name} is missing dependency ${dep.service}`};
			continue;
		}
		pending.push({dep, of});
	}
	for (let waited = 0; pending.length > 0; waited += POLL_MS) {
		if (waited >= MAX_WAIT_MS) {
			const names = pending.flatMap((p) => p.of.map((c) => c.name)).join(', ');
			return {world, stderr, error: `netdojo: Compose would keep waiting for ${names} here; the simulation stopped after ${MAX_WAIT_MS / 60_000} simulated minutes.`};
		}
		world = tick(world, POLL_MS);
		for (const p of [...pending]) {
			const r = p.dep.condition === 'service_healthy' ? checkHealthy(world, hostName, p.of) : checkCompleted(world, hostName, p.dep.service, p.of);
			if (!r.done) continue;
			pending.splice(pending.indexOf(p), 1);
			for (const c of p.of) stderr += event(c.name, r.status);
			if (r.error) return {world, stderr, error: r.error};
		}
	}
	return {world, stderr};
}
