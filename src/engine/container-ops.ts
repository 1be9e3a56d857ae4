// The container lifecycle as daemon 26.1 runs it: create, start (endpoints, published ports, the
// main process), stop, rm, restart, and network connect/disconnect.
import {original, produce, type Draft} from 'immer';
import type {Container, EndpointSettings, HealthConfig, Host, Listener, Network, PortBinding, World} from './types.js';
import {capabilitiesOf, driverOf} from './drivers/index.js';
import {EngineError} from './errors.js';
import {validateHostConfig, type ContainerHostConfig} from './host-config.js';
import {validateHealthcheck} from './health-config.js';
import {normalizeImageRef} from './images.js';
import {planProcess} from './processes.js';
import {resolveName} from './dns.js';
import {sandboxOwner} from './sandbox.js';
import {drawHex, newObjectId, findContainer, findNetwork, getHost, requireContainer, requireNetwork} from './world.js';
import {hostListenerConflict} from './ports.js';
import {isNetworkOrBroadcast, subnetContains} from './ipam.js';
import {dropContainer, editContainer, putContainer, tableOf} from './container-edit.js';
import {filesWritten} from './container-fs.js';
import {containerModeError, networkingError} from './start-errors.js';
import {profileOf} from './profile/index.js';

export interface NetworkAttachment {
	readonly network: string;
	readonly aliases?: string[];
	readonly ipv4Address?: string;
}

export interface ContainerSpec {
	readonly image: string;
	readonly name?: string;
	/** Overrides the image's CMD when non-empty. */
	readonly cmd?: string[];
	readonly entrypoint?: string[] | null;
	readonly env?: string[];
	readonly hostname?: string;
	/** bridge (default), host, none, container:<ref>, or a network name. */
	readonly networkMode?: string;
	/** Extra attachment settings for the network in networkMode (aliases, --ip). */
	readonly attachment?: Omit<NetworkAttachment, 'network'>;
	readonly portBindings?: Record<string, PortBinding[]>;
	readonly exposedPorts?: string[];
	readonly publishAll?: boolean;
	readonly tty?: boolean;
	readonly openStdin?: boolean;
	readonly autoRemove?: boolean;
	readonly extraHosts?: string[];
	readonly links?: string[];
	readonly workingDir?: string;
	/** Config.Labels. */
	readonly labels?: Record<string, string>;
	readonly hostConfig?: ContainerHostConfig;
	/** The container's own healthcheck (run --health-*, --no-healthcheck, Compose's `healthcheck:`), over the image's. */
	readonly healthcheck?: HealthConfig;
}

/** Time between `docker start` and the main process running (see startContainer). */
export const START_LATENCY_MS = 500;

export const NAME_PATTERN = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** Programs that die on SIGTERM with status 0 (they install a handler); PID 1 ignores it otherwise. */
export const GRACEFUL = new Set(['nginx', 'httpd', 'redis-server', 'postgres', 'mysqld', 'uvicorn', 'gunicorn']);

export function resolveImage(world: World, ref: string) {
	const key = normalizeImageRef(ref);
	const image = Object.hasOwn(world.images, key) ? world.images[key] : undefined;
	if (!image) {
		const repo = key.slice(0, key.lastIndexOf(':'));
		throw new EngineError(
			`pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
			'notFound',
		);
	}
	return {key, image};
}

export function createContainer(world: World, hostName: string | undefined, spec: ContainerSpec): {world: World; container: Container} {
	const host = getHost(world, hostName);
	const {key, image} = resolveImage(world, spec.image);
	validateHostConfig(spec.hostConfig);
	validateHealthcheck(spec.healthcheck);
	if (spec.name !== undefined) {
		if (!NAME_PATTERN.test(spec.name)) {
			throw new EngineError(`Invalid container name (${spec.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, 'invalid');
		}
		const holder = host.containers.byName(spec.name.replace(/^\//, ''));
		if (holder) {
			throw new EngineError(
				`Conflict. The container name "/${holder.name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
				'conflict',
			);
		}
	}
	const mode = spec.networkMode && spec.networkMode !== 'default' ? spec.networkMode : 'bridge';
	const ports = spec.portBindings ?? {};
	let networkId: string | undefined;
	let modeName = mode;
	if (mode.startsWith('container:')) {
		if (Object.keys(ports).length > 0 || spec.publishAll) throw new EngineError('conflicting options: port publishing and the container type network mode', 'invalid');
		if (spec.hostname) throw new EngineError('conflicting options: hostname and the network mode', 'invalid');
		// An unknown container is only an error when the container starts (daemon 26.1).
		const other = findContainer(host, mode.slice('container:'.length));
		modeName = other ? `container:${other.id}` : mode;
	} else if (!findNetwork(host, mode) && !['bridge', 'host', 'none'].includes(mode)) {
		// An unknown user-defined network is only an error when the container starts (daemon 26.1).
		modeName = mode;
	} else {
		const network = requireNetwork(host, mode);
		networkId = network.id;
		modeName = network.predefined ? network.name : network.name;
		driverOf(network).checkEndpointConfig(network, {ipv4Address: spec.attachment?.ipv4Address, aliases: spec.attachment?.aliases});
		if (!network.predefined && spec.attachment?.ipv4Address && !network.userSubnet) {
			throw new EngineError('user specified IP address is supported only when connecting to networks with user configured subnets', 'invalid');
		}
		const ip = spec.attachment?.ipv4Address;
		const config = network.ipamConfig?.[0];
		if (!network.predefined && ip && config && (!subnetContains(config.subnet, ip) || isNetworkOrBroadcast(config.subnet, ip))) {
			throw new EngineError(`no configured subnet or ip-range contain the IP address ${ip}`, 'invalid');
		}
		// A non-attachable overlay is refused when the container starts (recorded, 22-swarm-overlay:
		// `docker run` prints the id, then the error; the container stays Created).
	}
	let created!: Container;
	const next = produce(world, (draft) => {
		const id = newObjectId(draft);
		const exposed = [...new Set([...image.exposedPorts, ...(spec.exposedPorts ?? []), ...Object.keys(ports)])];
		const networks: Record<string, EndpointSettings> = {};
		if (networkId) {
			networks[networkId] = {networkId, aliases: [...(spec.attachment?.aliases ?? [])], links: [...(spec.links ?? [])], ...(spec.attachment?.ipv4Address ? {ipv4Address: spec.attachment.ipv4Address} : {})};
		}
		created = {
			id,
			name: spec.name?.replace(/^\//, '') ?? generatedName(draft),
			image: spec.image,
			imageKey: key,
			created: draft.clock,
			entrypoint: spec.entrypoint !== undefined ? spec.entrypoint : image.entrypoint,
			cmd: spec.cmd && spec.cmd.length > 0 ? spec.cmd : spec.entrypoint !== undefined && spec.entrypoint !== null ? [] : image.cmd,
			// container:X shares X's UTS namespace too, so X's hostname.
			hostname: spec.hostname ?? (mode === 'host' ? host.name : mode.startsWith('container:') && findContainer(host, mode.slice('container:'.length)) ? findContainer(host, mode.slice('container:'.length))!.hostname : id.slice(0, 12)),
			env: [...image.env, ...(spec.env ?? [])],
			exposedPorts: exposed,
			tty: spec.tty ?? false,
			openStdin: spec.openStdin ?? false,
			workingDir: spec.workingDir ?? image.workingDir,
			networkMode: mode === 'bridge' || mode === 'host' || mode === 'none' || mode.startsWith('container:') ? modeName : mode,
			// Kept as given (inspect shows them); host mode simply never binds them.
			portBindings: ports,
			publishAll: spec.publishAll ?? false,
			autoRemove: spec.autoRemove ?? false,
			extraHosts: [...(spec.extraHosts ?? [])],
			...(spec.healthcheck ? {healthcheck: spec.healthcheck} : {}),
			status: 'created',
			exitCode: 0,
			startedAt: 0,
			finishedAt: 0,
			pid: 0,
			restartCount: 0,
			networks,
			ports: {},
			listeners: [],
			logs: [],
			...(spec.labels && Object.keys(spec.labels).length > 0 ? {labels: {...spec.labels}} : {}),
			...(spec.hostConfig ? {hostConfig: spec.hostConfig} : {}),
		};
		putContainer(draft.hosts[host.name], created);
	});
	return {world: next, container: next.hosts[host.name].containers.get(created.id)!};
}

const ADJECTIVES = ['admiring', 'brave', 'clever', 'dreamy', 'eager', 'focused', 'gifted', 'happy', 'jolly', 'keen', 'loving', 'modest', 'nifty', 'optimistic', 'quirky', 'relaxed', 'sharp', 'tender', 'upbeat', 'vibrant', 'wizardly', 'zealous'];
const SURNAMES = ['babbage', 'curie', 'darwin', 'einstein', 'feynman', 'galileo', 'hopper', 'kepler', 'lovelace', 'meitner', 'newton', 'noether', 'pascal', 'ritchie', 'shannon', 'tesla', 'thompson', 'turing', 'wozniak', 'yonath'];

/** Docker's adjective_surname names, drawn from the world's PRNG. */
function generatedName(draft: Draft<World>): string {
	const a = parseInt(drawHex(draft, 4), 16);
	const b = parseInt(drawHex(draft, 4), 16);
	return `${ADJECTIVES[a % ADJECTIVES.length]}_${SURNAMES[b % SURNAMES.length]}`;
}

function releaseNetworking(c: Draft<Container>): void {
	for (const s of Object.values(c.networks)) delete s.endpoint;
	c.ports = {};
	c.listeners = [];
}

/** The container's main process ended: its fields as an exited container has them. */
function exitedFields(c: Draft<Container>, code: number, at: number): void {
	c.status = 'exited';
	c.exitCode = code;
	c.finishedAt = at;
	c.pid = 0;
	releaseNetworking(c);
	delete c.exitsAfter;
	delete c.exitCodeOnFinish;
	delete c.paused;
}

/** Ends a container of a draft host: it exits, its endpoints and daemon-side endpoints go, --rm removes it. */
function markExited(world: Draft<World>, host: Draft<Host>, id: string, code: number, at: number): void {
	const before = tableOf(host).get(id);
	for (const s of Object.values(before?.networks ?? {})) {
		const network = host.networks[s.networkId] as Network | undefined;
		if (before && network && s.endpoint) driverOf(network).deleteEndpoint(world, host, network, before);
	}
	const c = editContainer(host, id, (d) => exitedFields(d, code, at));
	if (!c) return;
	// Its sandbox is gone, and with it the way out an overlay-only container had on docker_gwbridge.
	for (const network of Object.values(host.networks)) {
		if (network.extraEndpoints?.[c.id]) delete network.extraEndpoints[c.id];
	}
	if (c.autoRemove) dropContainer(host, c.id);
}

export interface StartResult {
	readonly world: World;
	readonly warnings: string[];
}

/** The endpoints of a starting container, in the order its networks were attached. */
function joinNetworks(draft: Draft<World>, host: Draft<Host>, c: Draft<Container>, mode: string): void {
	if (!mode.startsWith('container:') && !['bridge', 'host', 'none'].includes(mode) && Object.keys(c.networks).length === 0) {
		// Created for a network that did not exist then: it must exist now.
		const network = findNetwork(host as Host, mode);
		if (!network) throw new EngineError(`network ${mode} not found`, 'notFound');
		c.networks[network.id] = {networkId: network.id, aliases: [], links: []};
	}
	for (const settings of Object.values(c.networks)) {
		const network = host.networks[settings.networkId] as Network | undefined;
		if (!network) throw new EngineError(`network ${settings.networkId} not found`, 'notFound');
		const driver = driverOf(network);
		driver.checkAttach(network);
		const endpoint = driver.createEndpoint(draft, host, network, c as Container, {ipv4Address: settings.ipv4Address});
		// --mac-address is the first network's interface address (recorded in 60-run-flags).
		const mac = settings === Object.values(c.networks)[0] ? c.hostConfig?.macAddress : undefined;
		if (endpoint) settings.endpoint = mac ? {...endpoint, mac} : endpoint;
	}
}

/** Starts a created or exited container: endpoints, published ports, then the main process. */
export function startContainer(world: World, hostName: string | undefined, ref: string): StartResult {
	const host0 = getHost(world, hostName);
	const target = requireContainer(host0, ref);
	if (target.status === 'running') return {world, warnings: []};
	const warnings: string[] = [];
	const next = produce(world, (draft) => {
		const host = draft.hosts[host0.name];
		const mode = target.networkMode;
		// First the sandbox (endpoints, published ports), kept in the table before the process is
		// planned: a process that resolves names at start sees the networks it just joined.
		const joined = editContainer(host, target.id, (c) => {
			if (mode.startsWith('container:')) {
				const ref = mode.slice('container:'.length);
				const owner = tableOf(host).get(ref) ?? findContainer(host as Host, ref);
				if (!owner || owner.status !== 'running') throw containerModeError(host as Host, ref, owner);
				c.networkMode = `container:${owner.id}`;
			}
			try {
				joinNetworks(draft, host, c, mode);
				// Published ports: only for a sandbox of its own on a network that has a way out.
				const gatewayNet = Object.values(c.networks)
					.map((s) => host.networks[s.networkId])
					.find((n) => n && !n.internal && capabilitiesOf(n).sandbox === 'endpoint');
				if (gatewayNet && (Object.keys(c.portBindings).length > 0 || c.publishAll)) {
					const gwSettings = c.networks[gatewayNet.id];
					// Its bindings do not change while it joins; its endpoints are the ones just made.
					c.ports = driverOf(gatewayNet).programExternalConnectivity(host as Host, gatewayNet, {...target, networks: c.networks as Container['networks']}, gwSettings.endpoint?.id ?? '') as Draft<Record<string, PortBinding[]>>;
				} else {
					c.ports = {};
				}
			} catch (e) {
				throw networkingError(host as Host, e);
			}
		})!;
		const image = world.images[joined.imageKey];
		const firstEndpoint = Object.values(joined.networks).find((s) => s.endpoint)?.endpoint;
		const address = mode === 'host' ? host.lanIp : firstEndpoint?.ip;
		const resolves = (name: string) => resolveName(draft as World, {kind: 'container', host: host.name, id: joined.id}, name).ips.length > 0;
		const plan = planProcess({argv: [...(joined.entrypoint ?? []), ...joined.cmd], env: joined.env, image, openStdin: joined.openStdin, tty: joined.tty, now: draft.clock, address, cwd: joined.workingDir, resolves});
		draft.pidNext += 1;
		const pid = draft.pidNext;
		const owner = sandboxOwner(host as Host, joined);
		let failed: number | undefined;
		const written = filesWritten(draft as World, host.name, target.id, plan.files);
		const started = editContainer(host, target.id, (c) => {
			if (written) c.fs = written as Draft<typeof written>;
			if (plan.notes) c.notes = plan.notes;
			else delete c.notes;
			c.pid = pid;
			// The daemon needs a moment to set up the sandbox and start the process: on a real engine
			// `docker ps` on the next line says "Up Less than a second", not "Up 1 second".
			c.startedAt = draft.clock + START_LATENCY_MS;
			c.status = 'running';
			c.exitCode = 0;
			delete c.manuallyStopped;
			c.logs.push(...plan.logs);
			if (plan.lifetime === 'exit') {
				if (plan.exitsAfter === 0 && !plan.tool) {
					failed = plan.exitCode;
					return;
				}
				c.exitsAfter = plan.exitsAfter;
				c.exitCodeOnFinish = plan.exitCode;
			}
			const clash =
				mode === 'host'
					? plan.listeners.find((l) => hostListenerConflict(host as Host, l, c.id))
					: owner.id !== c.id
						? plan.listeners.find((l) => owner.listeners.some((o) => o.port === l.port && o.protocol === l.protocol))
						: undefined;
			if (clash) {
				c.logs.push(...(plan.bindFailure?.(clash.port, clash.address) ?? []));
				failed = 1;
				return;
			}
			c.logs.push(...(plan.readyLogs ?? []));
			c.listeners = plan.listeners as Draft<Listener>[];
		})!;
		if (failed !== undefined) markExited(draft, host, started.id, failed, started.startedAt);
	});
	return {world: next, warnings};
}

export function stopContainer(world: World, hostName: string | undefined, ref: string, signalCode?: number): World {
	const host0 = getHost(world, hostName);
	const target = requireContainer(host0, ref);
	if (target.status !== 'running') return world;
	return produce(world, (draft) => {
		const program = target.listeners[0]?.program ?? '';
		// A paused container is thawed to get the signal (recorded, 41-pause), so it stops as any other.
		// BusyBox's httpd installs no TERM handler: as PID 1 it ignores TERM and dies of KILL (measured, 33-build-healthcheck).
		const code = signalCode ?? (GRACEFUL.has(program) && !(program === 'httpd' && world.images[target.imageKey]?.flavour === 'busybox') ? 0 : 137);
		markExited(draft, draft.hosts[host0.name], target.id, code, draft.clock);
		// Containers sharing this one's namespace keep running (recorded on daemon 26.1: `side`
		// stays "Up" after `docker stop web`); they just have no network left but lo.
	});
}

export function removeContainer(world: World, hostName: string | undefined, ref: string, force: boolean): World {
	const host0 = getHost(world, hostName);
	const target = requireContainer(host0, ref);
	if (target.paused && !force) throw new EngineError(`cannot remove container "${profileOf(host0).rmNameSlash ? '/' : ''}${target.name}": container is paused and must be unpaused first`, 'conflict');
	if (target.status === 'running' && !force) {
		throw new EngineError(`cannot remove container "${profileOf(host0).rmNameSlash ? '/' : ''}${target.name}": container is running: stop the container before removing or force remove`, 'conflict');
	}
	const stopped = target.status === 'running' ? stopContainer(world, hostName, target.id, 137) : world;
	return produce(stopped, (draft) => {
		dropContainer(draft.hosts[host0.name], target.id);
	});
}

export function restartContainer(world: World, hostName: string | undefined, ref: string): StartResult {
	const host0 = getHost(world, hostName);
	const target = requireContainer(host0, ref);
	const stopped = stopContainer(world, hostName, target.id);
	const bumped = produce(stopped, (draft) => {
		editContainer(draft.hosts[host0.name], target.id, (c) => {
			c.restartCount += 0;
		});
	});
	return startContainer(bumped, hostName, target.id);
}

export interface ConnectOptions {
	readonly aliases?: string[];
	readonly ipv4Address?: string;
}

export function connectNetwork(world: World, hostName: string | undefined, networkRef: string, containerRef: string, opts: ConnectOptions = {}): World {
	const host0 = getHost(world, hostName);
	// Recorded (16-cli-errors): the container is looked up before the network.
	const target = requireContainer(host0, containerRef);
	const network = requireNetwork(host0, networkRef);
	// Recorded (09-host-mode): a host-mode container gets the shared-namespace error.
	if (target.networkMode === 'host' || target.networkMode.startsWith('container:')) {
		throw new EngineError('container sharing network namespace with another container or host cannot be connected to any other network', 'forbidden');
	}
	// The daemon's own rules about namespaces come first, then the driver's (a non-attachable overlay).
	const sandbox = capabilitiesOf(network).sandbox;
	if (sandbox === 'host') {
		throw new EngineError('container cannot be disconnected from host network or connected to host network', 'forbidden');
	}
	if (target.networkMode === 'none' || sandbox === 'none') {
		throw new EngineError('container cannot be connected to multiple networks with one of the networks in private (none) mode', 'forbidden');
	}
	driverOf(network).checkAttach(network);
	if (network.predefined && opts.ipv4Address) throw new EngineError('user specified IP address is supported on user defined networks only', 'invalid');
	if (network.predefined && opts.aliases && opts.aliases.length > 0) throw new EngineError('network-scoped alias is supported only for containers in user defined networks', 'invalid');
	if (!network.predefined && opts.ipv4Address && !network.userSubnet) {
		throw new EngineError('user specified IP address is supported only when connecting to networks with user configured subnets', 'invalid');
	}
	const existing = target.networks[network.id];
	if (existing && target.status === 'running') {
		throw new EngineError(`endpoint with name ${target.name} already exists in network ${network.name}`, 'conflict');
	}
	return produce(world, (draft) => {
		const host = draft.hosts[host0.name];
		editContainer(host, target.id, (c) => {
			const settings: EndpointSettings = {networkId: network.id, aliases: [...(opts.aliases ?? [])], links: [], ...(opts.ipv4Address ? {ipv4Address: opts.ipv4Address} : {})};
			c.networks[network.id] = settings as Draft<EndpointSettings>;
			if (c.status === 'running') {
				const endpoint = driverOf(network).createEndpoint(draft, host, network, c as Container, {ipv4Address: opts.ipv4Address});
				if (endpoint) c.networks[network.id].endpoint = endpoint;
				reprogramPorts(host, c);
			}
		});
	});
}

/**
 * Published ports live on the sandbox's gateway endpoint (libnetwork programs external
 * connectivity there): when the last network with a way out leaves, they are revoked; when a
 * container that had none gains one, they are set up.
 */
function reprogramPorts(host: Draft<Host>, c: Draft<Container>, leaving?: Network): void {
	const hasWayOut = Object.values(c.networks).some((s) => {
		const n = host.networks[s.networkId];
		return s.endpoint !== undefined && n !== undefined && !n.internal && capabilitiesOf(n).sandbox === 'endpoint';
	});
	if (!hasWayOut) {
		c.ports = leaving ? driverOf(leaving).revokeExternalConnectivity(host as Host, leaving, c as Container) : {};
		return;
	}
	const wanted = Object.keys(c.portBindings).length > 0 || c.publishAll;
	if (wanted && Object.keys(c.ports).length === 0 && c.networkMode !== 'host') {
		const gw = Object.values(c.networks).find((s) => s.endpoint && !host.networks[s.networkId]?.internal);
		const gwNet = gw && (host.networks[gw.networkId] as Network);
		// Read from the plain container: immer's proxies over 131,070 bindings took seconds.
		if (gwNet) c.ports = driverOf(gwNet).programExternalConnectivity(host as Host, gwNet, original(c) ?? (c as Container), gw.endpoint?.id ?? '') as Draft<Record<string, PortBinding[]>>;
	}
}

export function disconnectNetwork(world: World, hostName: string | undefined, networkRef: string, containerRef: string, force: boolean): World {
	const host0 = getHost(world, hostName);
	// daemon DisconnectContainerFromNetwork (v26): the container is looked up first; with -f a
	// missing container means "delete its endpoint by name" (ForceEndpointDelete).
	const target = findContainer(host0, containerRef);
	if (!target) {
		if (!force) throw new EngineError(`No such container: ${containerRef}`, 'notFound');
		requireNetwork(host0, networkRef);
		throw new EngineError(`endpoint ${containerRef} not found`, 'notFound');
	}
	const network = requireNetwork(host0, networkRef);
	if (target.networkMode === 'host' || capabilitiesOf(network).sandbox === 'host') {
		throw new EngineError(profileOf(host0).hostDisconnect, 'forbidden');
	}
	if (!target.networks[network.id]) {
		throw new EngineError(
			target.status === 'running'
				? `container ${target.id} is not connected to network ${network.name}`
				: `container ${target.id} is not connected to the network ${network.name}`,
			'forbidden',
		);
	}
	return produce(world, (draft) => {
		const host = draft.hosts[host0.name];
		const joined = target.networks[network.id]?.endpoint !== undefined && target.status === 'running';
		if (joined) driverOf(network).deleteEndpoint(draft, host, network, target);
		editContainer(host, target.id, (c) => {
			delete c.networks[network.id];
			if (c.status === 'running') reprogramPorts(host, c, joined ? network : undefined);
		});
	});
}

/** Advances the simulated clock; main processes that end by themselves (sleep 5) exit on time. */
export function tick(world: World, ms: number): World {
	const clock = world.clock + ms;
	// Only containers whose process ends by itself can be due: the table keeps them apart, so a
	// typed line in a world of thousands of servers does not look at each one.
	const due: [string, string][] = [];
	for (const host of Object.values(world.hosts)) {
		for (const c of host.containers.timed()) {
			// A frozen process does not run on; it notices the time that passed once thawed.
			if (c.status === 'running' && !c.paused && c.exitsAfter !== undefined && c.startedAt + c.exitsAfter <= clock) due.push([host.name, c.id]);
		}
	}
	if (due.length === 0) return {...world, clock};
	return produce(world, (draft) => {
		draft.clock = clock;
		for (const [hostName, id] of due) {
			const c = world.hosts[hostName].containers.get(id)!;
			markExited(draft, draft.hosts[hostName], id, c.exitCodeOnFinish ?? 0, c.startedAt + (c.exitsAfter ?? 0));
		}
	});
}

/** Ends a container's main process now with the given status (a foreground one-shot finished). */
export function finishContainer(world: World, hostName: string | undefined, id: string, exitCode: number): World {
	const host0 = getHost(world, hostName);
	const c = host0.containers.get(id);
	if (!c || c.status !== 'running') return world;
	return produce(world, (draft) => {
		markExited(draft, draft.hosts[host0.name], id, exitCode, Math.max(draft.clock, c.startedAt));
	});
}

export {findNetwork};
// reachability.ts still imports the query from here; it lives in sandbox.ts.
export {sandboxOwner};
