// What `docker compose up/down/stop/start/restart` do to the simulated engine, and the progress
// lines Compose 2.26 prints on stderr without a TTY (` Container app-web-1  Started`).
// Recorded (test/fidelity/recorded/21-compose-*.json): networks are created before containers,
// every container is created before any is started; services with depends_on wait for their
// dependencies; the real order of concurrent services is racy, the simulation uses name order.
import {
	EngineError,
	connectNetwork,
	createContainer,
	createNetwork,
	findNetwork,
	getHost,
	isEngineError,
	normalizeImageRef,
	removeContainer,
	removeNetwork,
	startContainer,
	stopContainer,
	tick,
	type Container,
	type World,
} from '../engine/index.js';
import {digest64} from '../engine/hash.js';
import {COMPOSE_VERSION, ComposeError, EXIT_GENERIC, type ComposeProject, type ComposeService} from './model.js';
import {startLevels} from './load.js';

export const LABEL_PROJECT = 'com.docker.compose.project';
export const LABEL_SERVICE = 'com.docker.compose.service';
export const LABEL_NUMBER = 'com.docker.compose.container-number';
export const LABEL_HASH = 'com.docker.compose.config-hash';
export const LABEL_ONEOFF = 'com.docker.compose.oneoff';

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

/** Containers of a project (one-offs excluded), by name. */
export function projectContainers(world: World, hostName: string, project: string): Container[] {
	const host = getHost(world, hostName);
	return host.containers.values()
		.filter((c) => c.labels?.[LABEL_PROJECT] === project && c.labels?.[LABEL_ONEOFF] !== 'True')
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function containerName(project: ComposeProject, s: ComposeService): string {
	return s.containerName ?? `${project.name}-${s.name}-1`;
}

/** `api:service_started:false,...` (Compose's depends_on label). */
function dependsOnLabel(s: ComposeService): string {
	return s.dependsOn.map((d) => `${d}:service_started:false`).join(',');
}

/** JSON with object keys sorted: the hash must not depend on the order keys were written in. */
function stableJson(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
	if (v && typeof v === 'object') {
		return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
	}
	return JSON.stringify(v) ?? 'null';
}

/** Compose's config hash: of the service's normalised configuration (and its networks). */
function configHash(project: ComposeProject, s: ComposeService): string {
	const nets = s.networks.map((n) => ({...n, network: project.networks[n.key]}));
	const {raw: _raw, ...normalised} = s;
	return digest64(`compose:${stableJson({...normalised, nets})}`);
}

function sortedLabels(labels: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function containerLabels(world: World, project: ComposeProject, s: ComposeService): Record<string, string> {
	const image = world.images[normalizeImageRef(s.image)];
	return sortedLabels({
		...s.labels,
		[LABEL_HASH]: configHash(project, s),
		[LABEL_NUMBER]: '1',
		'com.docker.compose.depends_on': dependsOnLabel(s),
		'com.docker.compose.image': image ? `sha256:${image.id}` : '',
		[LABEL_ONEOFF]: 'False',
		[LABEL_PROJECT]: project.name,
		'com.docker.compose.project.config_files': project.configFile,
		'com.docker.compose.project.working_dir': project.workingDir,
		[LABEL_SERVICE]: s.name,
		'com.docker.compose.version': COMPOSE_VERSION,
	});
}

function daemonError(e: unknown): string {
	if (e instanceof ComposeError) return e.message;
	if (isEngineError(e)) return e.fromDaemon ? `Error response from daemon: ${e.message}` : e.message;
	// A JS error (a bug) is not Compose's to word: the session reports it without the JS text.
	if (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError) throw e;
	return e instanceof Error ? e.message : String(e);
}

/** Networks by priority (highest first), then by key: the first one is the container's NetworkMode. */
function networksByPriority(s: ComposeService) {
	return [...s.networks].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function createServiceContainer(world: World, hostName: string, project: ComposeProject, s: ComposeService): World {
	const name = containerName(project, s);
	const host = getHost(world, hostName);
	const aliasesFor = (n: {aliases: string[]}) => [name, s.name, ...n.aliases];
	const nets = networksByPriority(s);
	let networkMode: string;
	let attachment: {aliases?: string[]; ipv4Address?: string} | undefined;
	if (s.networkMode !== undefined) {
		const mode = s.networkMode;
		if (mode.startsWith('service:')) {
			const dep = project.services.find((o) => o.name === mode.slice('service:'.length))!;
			const target = host.containers.byName(containerName(project, dep));
			networkMode = `container:${target?.id ?? containerName(project, dep)}`;
		} else {
			networkMode = mode;
		}
	} else {
		const first = nets[0];
		networkMode = project.networks[first.key].name;
		attachment = {aliases: aliasesFor(first), ...(first.ipv4Address ? {ipv4Address: first.ipv4Address} : {})};
	}
	const portBindings: Record<string, {hostIp: string; hostPort: string}[]> = {};
	for (const p of s.ports) {
		const key = `${p.target}/${p.protocol}`;
		(portBindings[key] ??= []).push({hostIp: p.hostIp, hostPort: p.published});
	}
	const created = createContainer(world, hostName, {
		image: s.image,
		name,
		...(s.command ? {cmd: s.command} : {}),
		...(s.entrypoint ? {entrypoint: s.entrypoint} : {}),
		env: s.environment,
		...(s.hostname ? {hostname: s.hostname} : {}),
		networkMode,
		...(attachment ? {attachment} : {}),
		portBindings,
		exposedPorts: s.expose,
		labels: containerLabels(world, project, s),
	});
	let next = created.world;
	for (const n of nets.slice(1)) {
		next = connectNetwork(next, hostName, project.networks[n.key].name, created.container.id, {
			aliases: aliasesFor(n),
			...(n.ipv4Address ? {ipv4Address: n.ipv4Address} : {}),
		});
	}
	return next;
}

export interface UpOptions {
	readonly detach: boolean;
	readonly removeOrphans?: boolean;
	readonly forceRecreate?: boolean;
	readonly noRecreate?: boolean;
	/** Only these services (and what they depend on). */
	readonly services?: readonly string[];
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
		const selected = selectServices(project, opts.services);
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
		const levels = startLevels(project).map((l) => l.filter((s) => selected.has(s.name))).filter((l) => l.length > 0);
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
				world = createServiceContainer(world, hostName, project, s);
				stderr += event('Container', containerName(project, s), 'Recreated');
				starting.push(containerName(project, s));
			}
			for (const s of creating) {
				world = createServiceContainer(world, hostName, project, s);
				stderr += event('Container', containerName(project, s), 'Created');
				starting.push(containerName(project, s));
			}
			toStart.push(starting.sort());
		}
		// Creating takes a while: recorded, `compose ps` right after `up -d` shows containers created
		// 2 seconds ago and up for 1 second.
		if (toStart.some((l) => l.length > 0)) world = tick(world, 1000);
		for (const names of toStart) {
			if (names.length === 0) continue;
			if (opts.detach) for (const n of names) stderr += event('Container', n, 'Starting');
			for (const n of names) world = startContainer(world, hostName, n).world;
			if (opts.detach) for (const n of names) stderr += event('Container', n, 'Started');
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
			world = removeNetwork(world, hostName, n.name);
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
