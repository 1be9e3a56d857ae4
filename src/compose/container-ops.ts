// `compose kill`, `rm` and `run`'s one-off container: what they do to the engine and the progress
// lines they print (measured on 2.26.1, test/fidelity/recorded/62-compose-cli.json).
import {produce} from 'immer';
import {drawHex} from '../engine/world.js';
import {EngineError, killContainer, parseSignal, removeContainer, startContainer, type Container, type World} from '../engine/index.js';
import {LABEL_SERVICE, createServiceContainer, type OneOff} from './containers.js';
import {ComposeError, EXIT_GENERIC, type ComposeProject, type ComposeService} from './model.js';
import {event, projectContainers, type OpOutcome} from './project-ops.js';

const ofServices = (cs: readonly Container[], services: readonly string[]) => cs.filter((c) => services.length === 0 || services.includes(c.labels?.[LABEL_SERVICE] ?? ''));

/** Every running container of the services (one-offs too): Killing, then Killed. */
export function composeKill(world0: World, hostName: string, project: ComposeProject, services: readonly string[], signal = 'SIGKILL'): OpOutcome {
	const parsed = parseSignal(signal);
	if ('error' in parsed) return {world: world0, stderr: '', error: parsed.error, exitCode: EXIT_GENERIC};
	const running = ofServices(projectContainers(world0, hostName, project.name, true), services).filter((c) => c.status === 'running');
	let world = world0;
	let stderr = '';
	for (const c of running) stderr += event('Container', c.name, 'Killing');
	for (const c of running) {
		world = killContainer(world, hostName, c.id, parsed.signal);
		stderr += event('Container', c.name, 'Killed');
	}
	return {world, stderr, exitCode: 0};
}

/** The stopped containers `rm` would remove (one-offs excluded), by name. */
export function removable(world: World, hostName: string, project: ComposeProject, services: readonly string[]): Container[] {
	return ofServices(projectContainers(world, hostName, project.name), services).filter((c) => c.status !== 'running');
}

export function removeWithProgress(world0: World, hostName: string, containers: readonly Container[]): OpOutcome {
	let world = world0;
	let stderr = '';
	for (const c of containers) stderr += event('Container', c.name, 'Removing');
	for (const c of containers) {
		world = removeContainer(world, hostName, c.id, false);
		stderr += event('Container', c.name, 'Removed');
	}
	return {world, stderr, exitCode: 0};
}

/** `compose run`'s container: `<project>-<service>-run-<12 hex>` unless --name, labelled a one-off. */
export function createOneOff(world: World, hostName: string, project: ComposeProject, s: ComposeService, oneOff: Omit<OneOff, 'name'> & {name?: string}): {world: World; container: Container} {
	let suffix = '';
	// Compose draws a random id of its own for the name (not the container's).
	const drawn = oneOff.name === undefined ? produce(world, (d) => {
		suffix = drawHex(d, 12);
	}) : world;
	return createServiceContainer(drawn, hostName, project, s, {...oneOff, name: oneOff.name ?? `${project.name}-${s.name}-run-${suffix}`});
}

/** Starts a one-off; an engine error comes back as Compose prints it. */
export function startOneOff(world: World, hostName: string, c: Container): World {
	try {
		return startContainer(world, hostName, c.id).world;
	} catch (e) {
		if (e instanceof EngineError) throw new ComposeError(e.fromDaemon ? `Error response from daemon: ${e.message}` : e.message, EXIT_GENERIC);
		throw e;
	}
}
