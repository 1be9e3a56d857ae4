// What `docker compose up/down/stop/start/restart` do to the simulated engine, and the progress
// lines Compose 2.26 prints on stderr without a TTY (` Container app-web-1  Started`).
// Recorded (test/fidelity/recorded/21-compose-*.json): networks are created before containers,
// every container is created before any is started; services with depends_on wait for their
// dependencies; the real order of concurrent services is racy, the simulation uses name order.
import {
	EngineError,
	createNetwork,
	findNetwork,
	getHost,
	isEngineError,
	removeContainer,
	removeNetwork,
	startContainer,
	stopContainer,
	tick,
	type Container,
	type World,
} from '../engine/index.js';
import {COMPOSE_VERSION, ComposeError, EXIT_GENERIC, type ComposeProject, type ComposeService} from './model.js';
import {startLevels} from './load.js';
import {LABEL_HASH, LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE, configHash, containerName, createServiceContainer, sortedLabels} from './containers.js';
import {waitDependencies} from './depends.js';

export {LABEL_PROJECT, LABEL_SERVICE, LABEL_NUMBER, LABEL_HASH, LABEL_ONEOFF, containerName} from './containers.js';

export interface OpOutcome {
	readonly world: World;
	/** Progress and warning lines for stderr, each ending in "\n". */
	readonly stderr: string;
	/** Set when the operation failed: the message line(s) to print after the progress. */
	readonly error?: string;
	readonly exitCode: number;
}

export const event = (kind: 'Network' | 'Container', name: string, status: string): string => ` ${kind} ${name}  ${status}\n`;

/** logrus's text format, as Compose prints warnings without a TTY. */
export function logrusWarning(world: World, msg: string): string {
	const t = new Date(Math.floor(world.clock / 1000) * 1000).toISOString().replace('.000Z', 'Z');
	return `time="${t}" level=warning msg="${msg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`;
}

/** Containers of a project (one-offs from `compose run` excluded unless asked for), by name. */
export function projectContainers(world: World, hostName: string, project: string, oneOffs = false): Container[] {
	const host = getHost(world, hostName);
	return host.containers.values()
		.filter((c) => c.labels?.[LABEL_PROJECT] === project && (oneOffs || c.labels?.[LABEL_ONEOFF] !== 'True'))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function daemonError(e: unknown): string {
	if (e instanceof ComposeError) return e.message;
	if (isEngineError(e)) return e.fromDaemon ? `Error response from daemon: ${e.message}` : e.message;
	// A JS error (a bug) is not Compose's to word: the session reports it without the JS text.
	if (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError) throw e;
	return e instanceof Error ? e.message : String(e);
}

export interface UpOptions {
	readonly detach: boolean;
	readonly removeOrphans?: boolean;
	readonly forceRecreate?: boolean;
	readonly noRecreate?: boolean;
	/** Only these services (and what they depend on). */
	readonly services?: readonly string[];
	/** `compose run SERVICE`: start what SERVICE depends on and make the networks it needs, not SERVICE itself. */
	readonly dependenciesOf?: string;
	/** `compose create`: networks and containers, nothing started. */
	readonly noStart?: boolean;
	/** Runs the main processes of what a level started (one-shots end), before dependants wait on them. */
	readonly runMain?: (world: World) => World;
}

function orphansOf(world: World, hostName: string, project: ComposeProject): Container[] {
	return projectContainers(world, hostName, project.name).filter((c) => !project.services.some((s) => s.name === c.labels?.[LABEL_SERVICE]));
}

function orphanWarning(world: World, orphans: Container[]): string {
	return logrusWarning(
		world,
		`Found orphan containers ([${orphans.map((c) => c.name).join(' ')}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`,
	);
}

function removeWithEvents(world: World, hostName: string, containers: Container[]): {world: World; stderr: string} {
	let w = world;
	let err = '';
	for (const c of containers) err += event('Container', c.name, 'Stopping');
	for (const c of containers) {
		w = stopContainer(w, hostName, c.id, undefined);
		err += event('Container', c.name, 'Stopped');
		err += event('Container', c.name, 'Removing');
		w = removeContainer(w, hostName, c.id, true);
		err += event('Container', c.name, 'Removed');
	}
	return {world: w, stderr: err};
}

/** Networks, then containers (create, then start). Without detach, no Starting/Started lines. */
export function composeUp(world0: World, hostName: string, project: ComposeProject, opts: UpOptions): OpOutcome {
	let world = world0;
	let stderr = '';
	const fail = (e: unknown): OpOutcome => ({world, stderr, error: daemonError(e), exitCode: e instanceof ComposeError ? e.exitCode : EXIT_GENERIC});
	try {
		const selected = selectServices(project, opts.dependenciesOf !== undefined ? [opts.dependenciesOf] : opts.services);
		// External networks must exist before anything is done.
		for (const n of Object.values(project.networks)) {
			if (n.external && !findNetwork(getHost(world, hostName), n.name)) throw new EngineError(`network ${n.name} not found`, 'notFound');
		}
		const orphans = orphansOf(world, hostName, project);
		if (orphans.length > 0) {
			if (opts.removeOrphans) {
				const r = removeWithEvents(world, hostName, orphans);
				world = r.world;
				stderr += r.stderr;
			} else {
				stderr += orphanWarning(world, orphans);
			}
		}
		const neededNets = new Set(project.services.filter((s) => selected.has(s.name)).flatMap((s) => s.networks.map((n) => n.key)));
		for (const n of Object.values(project.networks)) {
			if (n.external || !neededNets.has(n.key)) continue;
			if (findNetwork(getHost(world, hostName), n.name)) continue;
			stderr += event('Network', n.name, 'Creating');
			world = createNetwork(world, hostName, {
				name: n.name,
				driver: n.driver,
				internal: n.internal,
				attachable: n.attachable,
				subnets: n.ipam.map((c) => c.subnet),
				gateways: n.ipam.map((c) => c.gateway ?? ''),
				ipRanges: n.ipam.map((c) => c.ipRange ?? ''),
				options: n.driverOpts,
				labels: sortedLabels({...n.labels, 'com.docker.compose.network': n.key, [LABEL_PROJECT]: project.name, 'com.docker.compose.version': COMPOSE_VERSION}),
			}).world;
			stderr += event('Network', n.name, 'Created');
		}
		const levels = startLevels(project).map((l) => l.filter((s) => selected.has(s.name) && s.name !== opts.dependenciesOf)).filter((l) => l.length > 0);
		const toStart: string[][] = [];
		for (const level of levels) {
			const starting: string[] = [];
			const creating: ComposeService[] = [];
			const recreating: ComposeService[] = [];
			// The project's containers by service, looked up once per level: one list per service
			// made `up` of a big project cost services x containers.
			const present = new Map<string, Container>();
			for (const c of projectContainers(world, hostName, project.name)) {
				const service = c.labels?.[LABEL_SERVICE];
				if (service !== undefined && !present.has(service)) present.set(service, c);
			}
			for (const s of level) {
				const name = containerName(project, s);
				const existing = present.get(s.name);
				if (!existing) creating.push(s);
				else if (!opts.noRecreate && (opts.forceRecreate || existing.labels?.[LABEL_HASH] !== configHash(project, s))) recreating.push(s);
				else if (existing.status === 'running') stderr += event('Container', name, 'Running');
				else starting.push(existing.name);
			}
			for (const s of recreating) stderr += event('Container', containerName(project, s), 'Recreate');
			for (const s of creating) stderr += event('Container', containerName(project, s), 'Creating');
			for (const s of recreating) {
				const old = present.get(s.name)!;
				world = removeContainer(stopContainer(world, hostName, old.id), hostName, old.id, true);
				world = createServiceContainer(world, hostName, project, s).world;
				stderr += event('Container', containerName(project, s), 'Recreated');
				starting.push(containerName(project, s));
			}
			for (const s of creating) {
				world = createServiceContainer(world, hostName, project, s).world;
				stderr += event('Container', containerName(project, s), 'Created');
				starting.push(containerName(project, s));
			}
			toStart.push(starting.sort());
		}
		// Creating takes a while: recorded, `compose ps` right after `up -d` shows containers created
		// 2 seconds ago and up for 1 second.
		if (opts.noStart) return {world, stderr, exitCode: 0};
		if (toStart.some((l) => l.length > 0)) world = tick(world, 1000);
		for (const [i, names] of toStart.entries()) {
			if (names.length === 0) continue;
			// Each service waits for its dependencies' conditions (healthy, completed) before it starts.
			for (const s of levels[i].filter((x) => names.includes(containerName(project, x)))) {
				const waited = waitDependencies(world, hostName, project, s, projectContainers(world, hostName, project.name));
				world = waited.world;
				stderr += waited.stderr;
				if (waited.error !== undefined) return {world, stderr, error: waited.error, exitCode: EXIT_GENERIC};
			}
			if (opts.detach) for (const n of names) stderr += event('Container', n, 'Starting');
			for (const n of names) world = startContainer(world, hostName, n).world;
			if (opts.detach) for (const n of names) stderr += event('Container', n, 'Started');
			if (opts.runMain) world = opts.runMain(world);
		}
		return {world, stderr, exitCode: 0};
	} catch (e) {
		return fail(e);
	}
}

/** The named services and everything they depend on (all when none are named). */
export function selectServices(project: ComposeProject, names?: readonly string[]): Set<string> {
	if (!names || names.length === 0) return new Set(project.services.map((s) => s.name));
	const out = new Set<string>();
	const add = (n: string): void => {
		const s = project.services.find((x) => x.name === n);
		if (!s) throw new ComposeError(`no such service: ${n}`, EXIT_GENERIC);
		if (out.has(n)) return;
		out.add(n);
		for (const d of s.dependsOn) add(d);
		if (s.networkMode?.startsWith('service:')) add(s.networkMode.slice(8));
	};
	for (const n of names) add(n);
	return out;
}

/** Project containers in stop order (dependents first); orphans last. */
function stopOrder(world: World, hostName: string, project: ComposeProject, services?: readonly string[]): Container[][] {
	const containers = projectContainers(world, hostName, project.name);
	const levels = startLevels(project).reverse();
	const out: Container[][] = levels.map((l) =>
		l.filter((s) => !services || services.length === 0 || services.includes(s.name)).flatMap((s) => containers.filter((c) => c.labels?.[LABEL_SERVICE] === s.name)),
	);
	return out.filter((l) => l.length > 0);
}

export function composeDown(world0: World, hostName: string, project: ComposeProject, opts: {removeOrphans?: boolean}): OpOutcome {
	let world = world0;
	let stderr = '';
	const orphans = orphansOf(world, hostName, project);
	if (orphans.length > 0 && !opts.removeOrphans) stderr += orphanWarning(world, orphans);
	const levels = stopOrder(world, hostName, project);
	if (opts.removeOrphans && orphans.length > 0) levels.push(orphans);
	let removed = false;
	try {
		for (const level of levels) {
			const r = removeWithEvents(world, hostName, level);
			world = r.world;
			stderr += r.stderr;
			removed = true;
		}
		const nets = Object.values(project.networks)
			.filter((n) => !n.external && findNetwork(getHost(world, hostName), n.name))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const n of nets) stderr += event('Network', n.name, 'Removing');
		for (const n of nets) {
			try {
				world = removeNetwork(world, hostName, n.name);
			} catch (e) {
				// A container outside the project's services (a `compose run -d` one-off) still uses it:
				// Compose warns and goes on (exit 0; measured, 62-compose-cli).
				if (!isEngineError(e) || !/has active endpoints/.test(e.message)) throw e;
				stderr += event('Network', n.name, 'Resource is still in use');
				continue;
			}
			stderr += event('Network', n.name, 'Removed');
			removed = true;
		}
	} catch (e) {
		return {world, stderr, error: daemonError(e), exitCode: EXIT_GENERIC};
	}
	if (!removed) stderr += `Warning: No resource found to remove for project "${project.name}".\n`;
	return {world, stderr, exitCode: 0};
}

export function composeStop(world0: World, hostName: string, project: ComposeProject, services: readonly string[]): OpOutcome {
	let world = world0;
	let stderr = '';
	for (const level of stopOrder(world, hostName, project, services)) {
		for (const c of level) stderr += event('Container', c.name, 'Stopping');
		for (const c of level) {
			world = stopContainer(world, hostName, c.id);
			stderr += event('Container', c.name, 'Stopped');
		}
	}
	return {world, stderr, exitCode: 0};
}

export function composeStart(world0: World, hostName: string, project: ComposeProject, services: readonly string[], restart = false): OpOutcome {
	let world = world0;
	let stderr = '';
	const containers = projectContainers(world, hostName, project.name);
	if (containers.length === 0 && !restart) {
		return {world, stderr, error: 'service "' + (services[0] ?? project.services[0]?.name ?? '') + '" has no container to start', exitCode: EXIT_GENERIC};
	}
	try {
		for (const level of startLevels(project)) {
			const names = level
				.filter((s) => services.length === 0 || services.includes(s.name))
				.flatMap((s) => containers.filter((c) => c.labels?.[LABEL_SERVICE] === s.name))
				.filter((c) => restart || c.status !== 'running');
			for (const c of names) stderr += event('Container', c.name, restart ? 'Restarting' : 'Starting');
			for (const c of names) {
				if (restart) world = stopContainer(world, hostName, c.id);
				world = startContainer(world, hostName, c.id).world;
				stderr += event('Container', c.name, 'Started');
			}
		}
	} catch (e) {
		return {world, stderr, error: daemonError(e), exitCode: EXIT_GENERIC};
	}
	return {world, stderr, exitCode: 0};
}
