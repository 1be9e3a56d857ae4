// The containers Compose makes for a service: name, labels (project, service, config hash,
// depends_on), networks in priority order, extra_hosts and healthcheck as the engine takes them.
import {connectNetwork, createContainer, getHost, normalizeImageRef, type Container, type HealthConfig, type World} from '../engine/index.js';
import {digest64} from '../engine/hash.js';
import {COMPOSE_VERSION, type ComposeProject, type ComposeService, type ServiceHealthcheck} from './model.js';

export const LABEL_PROJECT = 'com.docker.compose.project';
export const LABEL_SERVICE = 'com.docker.compose.service';
export const LABEL_NUMBER = 'com.docker.compose.container-number';
export const LABEL_HASH = 'com.docker.compose.config-hash';
export const LABEL_ONEOFF = 'com.docker.compose.oneoff';

export function containerName(project: ComposeProject, s: ComposeService): string {
	return s.containerName ?? `${project.name}-${s.name}-1`;
}

/** `healthcheck:` as the container's Config.Healthcheck (`disable: true` is Test ["NONE"]). */
function engineHealthcheck(h: ServiceHealthcheck): HealthConfig {
	if (h.disable) return {test: ['NONE']};
	const {disable: _d, ...rest} = h;
	return rest;
}

/** `api:service_started:false,...` (Compose's depends_on label). */
function dependsOnLabel(s: ComposeService): string {
	return s.dependencies.map((d) => `${d.service}:${d.condition}:false`).join(',');
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
export function configHash(project: ComposeProject, s: ComposeService): string {
	const nets = s.networks.map((n) => ({...n, network: project.networks[n.key]}));
	const {raw: _raw, ...normalised} = s;
	return digest64(`compose:${stableJson({...normalised, nets})}`);
}

export function sortedLabels(labels: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function containerLabels(world: World, project: ComposeProject, s: ComposeService, oneoff: boolean): Record<string, string> {
	const image = world.images[normalizeImageRef(s.image)];
	return sortedLabels({
		...s.labels,
		[LABEL_HASH]: configHash(project, s),
		[LABEL_NUMBER]: '1',
		'com.docker.compose.depends_on': dependsOnLabel(s),
		'com.docker.compose.image': image ? `sha256:${image.id}` : '',
		[LABEL_ONEOFF]: oneoff ? 'True' : 'False',
		[LABEL_PROJECT]: project.name,
		'com.docker.compose.project.config_files': project.configFile,
		'com.docker.compose.project.working_dir': project.workingDir,
		[LABEL_SERVICE]: s.name,
		'com.docker.compose.version': COMPOSE_VERSION,
	});
}

/** Networks by priority (highest first), then by key: the first one is the container's NetworkMode. */
function networksByPriority(s: ComposeService) {
	return [...s.networks].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** What `compose run` changes in a service's container: its name, command, and that it is a one-off. */
export interface OneOff {
	readonly name: string;
	readonly cmd?: string[];
	readonly entrypoint?: string[];
	readonly autoRemove: boolean;
}

/** Creates the service's container (a one-off for `compose run`) with its networks attached. */
export function createServiceContainer(world: World, hostName: string, project: ComposeProject, s: ComposeService, oneOff?: OneOff): {world: World; container: Container} {
	const name = oneOff?.name ?? containerName(project, s);
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
		...(oneOff?.cmd ? {cmd: oneOff.cmd} : s.command ? {cmd: s.command} : {}),
		...(oneOff?.entrypoint ? {entrypoint: oneOff.entrypoint} : s.entrypoint ? {entrypoint: s.entrypoint} : {}),
		env: s.environment,
		...(s.hostname ? {hostname: s.hostname} : {}),
		networkMode,
		...(attachment ? {attachment} : {}),
		portBindings,
		exposedPorts: s.expose,
		labels: containerLabels(world, project, s, oneOff !== undefined),
		// compose-go keeps extra_hosts in a map: the engine gets them in no fixed order (two recordings
		// differed); the simulation sorts them.
		extraHosts: [...s.extraHosts].sort(),
		...(s.healthcheck ? {healthcheck: engineHealthcheck(s.healthcheck)} : {}),
		...(oneOff?.autoRemove ? {autoRemove: true} : {}),
	});
	let next = created.world;
	for (const n of nets.slice(1)) {
		next = connectNetwork(next, hostName, project.networks[n.key].name, created.container.id, {
			aliases: aliasesFor(n),
			...(n.ipv4Address ? {ipv4Address: n.ipv4Address} : {}),
		});
	}
	return {world: next, container: created.container};
}

