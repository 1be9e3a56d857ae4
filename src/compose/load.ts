// Reads a compose file from the player's working directory (the host's files under it) the way Compose 2.26
// (compose-go v2) does: find the file, parse YAML, validate against the schema's property names,
// normalise (short/long syntax), name the project, check consistency. Errors carry Compose's
// wording and exit codes (recorded in test/fidelity/recorded/21-compose-errors.json).
import {parseDocument, isMap} from 'yaml';
import {parsePortSpec} from '../engine/port-spec.js';
import {
	ComposeError,
	EXIT_FILE_NOT_FOUND,
	EXIT_INVALID_PROJECT,
	type ComposeNetwork,
	type ComposeProject,
	type ComposeService,
	type ServiceNetwork,
	type ServicePort,
} from './model.js';
import {goYamlMessage} from './yaml-errors.js';
import {dependenciesOf, extraHostsOf, healthcheckOf, profilesOf} from './service-fields.js';

/** compose-go's default file names, in the order it looks for them. */
export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

const TOP_KEYS = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs']);
const SERVICE_KEYS = new Set(
	`annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs container_name cpu_count
	cpu_percent cpu_shares cpu_quota cpu_period cpu_rt_period cpu_rt_runtime cpus cpuset credential_spec depends_on deploy
	develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file environment expose extends
	external_links extra_hosts group_add healthcheck hostname image init ipc isolation labels links logging mac_address
	mem_limit mem_reservation mem_swappiness memswap_limit network_mode networks oom_kill_disable oom_score_adj pid
	pids_limit platform ports privileged profiles pull_policy read_only restart runtime scale security_opt shm_size secrets
	sysctls stdin_open stop_grace_period stop_signal storage_opt tmpfs tty ulimits user uts userns_mode volumes
	volumes_from working_dir`.split(/\s+/),
);
const NETWORK_KEYS = new Set(['name', 'driver', 'driver_opts', 'ipam', 'external', 'internal', 'enable_ipv6', 'attachable', 'labels']);
const SERVICE_NETWORK_KEYS = new Set(['aliases', 'ipv4_address', 'ipv6_address', 'link_local_ips', 'mac_address', 'driver_opts', 'priority']);
const PORT_KEYS = new Set(['name', 'mode', 'host_ip', 'target', 'published', 'protocol', 'app_protocol']);
const BUILD_KEYS = new Set(['context', 'dockerfile', 'dockerfile_inline', 'args', 'ssh', 'labels', 'cache_from', 'cache_to', 'no_cache', 'additional_contexts', 'network', 'pull', 'target', 'shm_size', 'extra_hosts', 'isolation', 'privileged', 'secrets', 'tags', 'ulimits', 'platforms']);
const IPAM_KEYS = new Set(['driver', 'config', 'options']);
const IPAM_CONFIG_KEYS = new Set(['subnet', 'ip_range', 'gateway', 'aux_addresses']);

export interface LoadOptions {
	/** The working directory (absolute); its basename is the default project name. */
	readonly cwd: string;
	/** `-f` values, relative to cwd unless absolute. */
	readonly files?: readonly string[];
	/** `-p`. */
	readonly projectName?: string;
	/** `--profile` (or COMPOSE_PROFILES): services with `profiles:` run only when one of theirs is here. */
	readonly profiles?: readonly string[];
	/** The shell environment (COMPOSE_PROJECT_NAME, COMPOSE_FILE). */
	readonly env?: Readonly<Record<string, string>>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function basename(p: string): string {
	const t = p.replace(/\/+$/, '');
	return t.slice(t.lastIndexOf('/') + 1);
}

function relativeToCwd(cwd: string, path: string): string | undefined {
	const abs = path.startsWith('/') ? path : `${cwd}/${path.replace(/^(\.\/)+/, '')}`;
	return abs.startsWith(`${cwd}/`) ? abs.slice(cwd.length + 1) : undefined;
}

/** compose-go's NormalizeProjectName: lowercase, only [a-z0-9_-], leading ones stripped. */
export function normalizeProjectName(s: string): string {
	return s.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}

const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

function checkProjectName(name: string): string {
	if (!PROJECT_NAME.test(name)) {
		throw new ComposeError(
			`invalid project name "${name}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
			EXIT_INVALID_PROJECT,
		);
	}
	return name;
}

/** mattn/go-shellwords, as compose-go splits `command: "a b 'c d'"`. */
export function shellSplit(s: string): string[] {
	const out: string[] = [];
	let cur = '';
	let has = false;
	let quote: '"' | "'" | null = null;
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (quote) {
			if (ch === quote) quote = null;
			else if (ch === '\\' && quote === '"' && i + 1 < s.length && '"\\$`'.includes(s[i + 1])) cur += s[++i];
			else cur += ch;
		} else if (ch === '"' || ch === "'") {
			quote = ch;
			has = true;
		} else if (ch === '\\' && i + 1 < s.length) {
			cur += s[++i];
			has = true;
		} else if (/\s/.test(ch)) {
			if (has || cur) out.push(cur);
			cur = '';
			has = false;
		} else {
			cur += ch;
		}
	}
	if (has || cur) out.push(cur);
	return out;
}

function invalid(path: string, message: string): ComposeError {
	return new ComposeError(`validating ${path}: ${message}`, EXIT_INVALID_PROJECT);
}

function checkKeys(file: string, where: string, value: Obj, allowed: ReadonlySet<string>): void {
	for (const key of Object.keys(value)) {
		if (allowed.has(key) || key.startsWith('x-')) continue;
		throw invalid(file, `${where} Additional property ${key} is not allowed`);
	}
}

function stringList(v: unknown): string[] {
	if (Array.isArray(v)) return v.map((x) => String(x));
	if (typeof v === 'string') return shellSplit(v);
	return [];
}

/** `environment:` as a list (`K=V`, `K`) or a map; a bare key takes the value from the shell. */
function environmentOf(v: unknown, env: Readonly<Record<string, string>>): string[] {
	if (Array.isArray(v)) {
		return v.map(String).flatMap((e) => (e.includes('=') ? [e] : env[e] !== undefined ? [`${e}=${env[e]}`] : []));
	}
	if (isObj(v)) {
		return Object.entries(v).flatMap(([k, val]) => (val === null || val === undefined ? (env[k] !== undefined ? [`${k}=${env[k]}`] : []) : [`${k}=${String(val)}`]));
	}
	return [];
}

function labelsOf(v: unknown): Record<string, string> {
	if (Array.isArray(v)) {
		return Object.fromEntries(v.map(String).map((l) => (l.includes('=') ? [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] : [l, ''])));
	}
	if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, val === null ? '' : String(val)]));
	return {};
}

function portsOf(file: string, service: string, v: unknown): ServicePort[] {
	if (v === undefined || v === null) return [];
	if (!Array.isArray(v)) throw invalid(file, `services.${service}.ports must be a array`);
	const out: ServicePort[] = [];
	v.forEach((p, i) => {
		if (isObj(p)) {
			checkKeys(file, `services.${service}.ports.${i}`, p, PORT_KEYS);
			out.push({
				target: Number(p.target),
				published: p.published === undefined || p.published === null ? '' : String(p.published),
				hostIp: p.host_ip === undefined ? '' : String(p.host_ip),
				protocol: p.protocol === undefined ? 'tcp' : String(p.protocol),
			});
			return;
		}
		let mappings;
		try {
			mappings = parsePortSpec(String(p));
		} catch (e) {
			throw new ComposeError(e instanceof Error ? e.message : String(e), EXIT_INVALID_PROJECT);
		}
		for (const m of mappings) {
			const [port, proto] = m.key.split('/');
			out.push({target: Number(port), published: m.binding.hostPort, hostIp: m.binding.hostIp, protocol: proto ?? 'tcp'});
		}
	});
	return out;
}

function serviceNetworks(file: string, service: string, v: unknown): ServiceNetwork[] | undefined {
	if (v === undefined || v === null) return undefined;
	if (Array.isArray(v)) return v.map((n) => ({key: String(n), aliases: [], priority: 0}));
	if (!isObj(v)) throw invalid(file, `services.${service}.networks must be a array`);
	return Object.entries(v).map(([key, cfg]) => {
		if (cfg === null || cfg === undefined) return {key, aliases: [], priority: 0};
		if (!isObj(cfg)) throw invalid(file, `services.${service}.networks.${key} must be a object`);
		checkKeys(file, `services.${service}.networks.${key}`, cfg, SERVICE_NETWORK_KEYS);
		return {
			key,
			aliases: stringList(cfg.aliases),
			...(cfg.ipv4_address !== undefined ? {ipv4Address: String(cfg.ipv4_address)} : {}),
			priority: typeof cfg.priority === 'number' ? cfg.priority : 0,
		};
	});
}

function dependsOnOf(v: unknown): string[] {
	if (Array.isArray(v)) return v.map(String);
	if (isObj(v)) return Object.keys(v);
	return [];
}

function buildOf(file: string, service: string, v: unknown): {context: string; dockerfile: string} | undefined {
	if (v === undefined || v === null) return undefined;
	if (typeof v === 'string') return {context: v, dockerfile: 'Dockerfile'};
	if (!isObj(v)) throw invalid(file, `services.${service}.build must be a string`);
	checkKeys(file, `services.${service}.build`, v, BUILD_KEYS);
	return {context: v.context === undefined ? '.' : String(v.context), dockerfile: v.dockerfile === undefined ? 'Dockerfile' : String(v.dockerfile)};
}

/** Finds and reads the compose file: `-f`, COMPOSE_FILE, or the default names. */
function readConfig(files: Readonly<Record<string, string>>, opts: LoadOptions): {path: string; text: string} {
	const wanted = opts.files && opts.files.length > 0 ? opts.files : opts.env?.COMPOSE_FILE ? opts.env.COMPOSE_FILE.split(':') : undefined;
	if (wanted) {
		// Only the first file is used; overrides (-f a -f b) are not simulated.
		const f = wanted[0];
		const abs = f.startsWith('/') ? f : `${opts.cwd}/${f.replace(/^(\.\/)+/, '')}`;
		const rel = relativeToCwd(opts.cwd, f);
		const text = rel === undefined ? undefined : files[rel];
		if (text === undefined) throw new ComposeError(`open ${abs}: no such file or directory`, EXIT_FILE_NOT_FOUND);
		return {path: abs, text};
	}
	for (const name of DEFAULT_FILES) {
		if (files[name] !== undefined) return {path: `${opts.cwd}/${name}`, text: files[name]};
	}
	throw new ComposeError('no configuration file provided: not found', EXIT_FILE_NOT_FOUND);
}

/** Loads the project Compose would load in `opts.cwd`. Throws ComposeError. */
export function loadProject(files: Readonly<Record<string, string>>, opts: LoadOptions): ComposeProject {
	const env = opts.env ?? {};
	const {path, text} = readConfig(files, opts);
	const doc = parseDocument(text, {uniqueKeys: true, prettyErrors: false});
	if (doc.errors.length > 0) throw new ComposeError(goYamlMessage(text, doc.errors[0]), EXIT_INVALID_PROJECT);
	let root: unknown;
	try {
		root = doc.toJS({maxAliasCount: 100});
	} catch (e) {
		// An alias bomb ("billion laughs"): go-yaml v3 stops with this error, and so does Compose.
		if (e instanceof ReferenceError) throw new ComposeError('yaml: document contains excessive aliasing', EXIT_INVALID_PROJECT);
		throw e;
	}
	if (root === null || root === undefined) throw new ComposeError(`empty compose file`, EXIT_INVALID_PROJECT);
	if (!isMap(doc.contents) || !isObj(root)) throw new ComposeError('Top-level object must be a mapping', EXIT_INVALID_PROJECT);
	checkKeys(path, '(root)', root, TOP_KEYS);
	const warnings: string[] = [];
	if ('version' in root) warnings.push(`${path}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);

	const services: Obj = root.services === undefined || root.services === null ? {} : (root.services as Obj);
	if (!isObj(services)) throw invalid(path, 'services must be a mapping');
	const topNetworks: Obj = root.networks === undefined || root.networks === null ? {} : (root.networks as Obj);
	if (!isObj(topNetworks)) throw invalid(path, 'networks must be a mapping');

	// Schema: property names and shapes first (the JSON schema runs before anything else).
	for (const [name, s] of Object.entries(services)) {
		if (s === null) continue;
		if (!isObj(s)) throw invalid(path, `services.${name} must be a mapping`);
		checkKeys(path, `services.${name}`, s, SERVICE_KEYS);
	}
	for (const [key, n] of Object.entries(topNetworks)) {
		if (n === null || n === undefined) continue;
		if (!isObj(n)) throw invalid(path, `networks.${key} must be a mapping`);
		checkKeys(path, `networks.${key}`, n, NETWORK_KEYS);
		if (isObj(n.ipam)) {
			checkKeys(path, `networks.${key}.ipam`, n.ipam, IPAM_KEYS);
			if (Array.isArray(n.ipam.config)) n.ipam.config.forEach((c, i) => isObj(c) && checkKeys(path, `networks.${key}.ipam.config.${i}`, c, IPAM_CONFIG_KEYS));
		}
	}

	// Compose's project directory is the first compose file's folder (`-f shop/compose.yaml` from
	// ~/app makes project "shop"), and relative build contexts start there.
	const projectDir = path.slice(0, path.lastIndexOf('/')) || '/';
	const dirName = basename(projectDir);
	const name = opts.projectName !== undefined && opts.projectName !== ''
		? checkProjectName(opts.projectName)
		: env.COMPOSE_PROJECT_NAME
			? checkProjectName(env.COMPOSE_PROJECT_NAME)
			: typeof root.name === 'string' && root.name !== ''
				? checkProjectName(root.name)
				: normalizeProjectName(dirName);

	const out: ComposeService[] = [];
	const active = new Set(opts.profiles ?? []);
	const allProfiles = new Set<string>();
	for (const [sname, s0] of Object.entries(services)) {
		const s: Obj = isObj(s0) ? s0 : {};
		const profiles = profilesOf(s.profiles);
		for (const p of profiles) allProfiles.add(p);
		// compose-go leaves out a service whose profiles are all inactive (`*` enables every one).
		if (profiles.length > 0 && !active.has('*') && !profiles.some((p) => active.has(p))) continue;
		const build = buildOf(path, sname, s.build);
		if (s.image === undefined && !build) {
			throw new ComposeError(`service "${sname}" has neither an image nor a build context specified: invalid compose project`, EXIT_INVALID_PROJECT);
		}
		const nets = serviceNetworks(path, sname, s.networks);
		const networkMode = s.network_mode === undefined ? undefined : String(s.network_mode);
		if (networkMode !== undefined && nets !== undefined) {
			throw new ComposeError(`service ${sname} declares mutually exclusive \`network_mode\` and \`networks\`: invalid compose project`, EXIT_INVALID_PROJECT);
		}
		out.push({
			name: sname,
			image: s.image !== undefined ? String(s.image) : `${name}-${sname}`,
			...(build ? {build} : {}),
			...(s.command !== undefined && s.command !== null ? {command: stringList(s.command)} : {}),
			...(s.entrypoint !== undefined && s.entrypoint !== null ? {entrypoint: stringList(s.entrypoint)} : {}),
			environment: environmentOf(s.environment, env),
			ports: portsOf(path, sname, s.ports),
			expose: (Array.isArray(s.expose) ? s.expose : []).map((e) => (String(e).includes('/') ? String(e) : `${String(e)}/tcp`)),
			networks: networkMode !== undefined ? [] : (nets ?? [{key: 'default', aliases: [], priority: 0}]),
			...(networkMode !== undefined ? {networkMode} : {}),
			dependsOn: dependsOnOf(s.depends_on),
			dependencies: dependenciesOf(path, sname, s.depends_on),
			extraHosts: extraHostsOf(sname, s.extra_hosts),
			...(isObj(s.healthcheck) ? {healthcheck: healthcheckOf(sname, s.healthcheck)} : {}),
			profiles,
			...(s.container_name !== undefined ? {containerName: String(s.container_name)} : {}),
			...(s.hostname !== undefined ? {hostname: String(s.hostname)} : {}),
			labels: labelsOf(s.labels),
			raw: s,
		});
	}

	// Consistency (compose-go checkConsistency), in service order.
	const networks: Record<string, ComposeNetwork> = {};
	for (const s of out) {
		for (const n of s.networks) {
			if (n.key !== 'default' && !(n.key in topNetworks)) {
				throw new ComposeError(`service "${s.name}" refers to undefined network ${n.key}: invalid compose project`, EXIT_INVALID_PROJECT);
			}
		}
		for (const dep of s.dependsOn) {
			if (!out.some((o) => o.name === dep)) {
				throw new ComposeError(`service "${s.name}" depends on undefined service "${dep}": invalid compose project`, EXIT_INVALID_PROJECT);
			}
		}
		if (s.networkMode?.startsWith('service:')) {
			const dep = s.networkMode.slice('service:'.length);
			if (!out.some((o) => o.name === dep)) {
				throw new ComposeError(`service "${s.name}" depends on undefined service "${dep}": invalid compose project`, EXIT_INVALID_PROJECT);
			}
		}
	}
	// Only the networks some service uses are part of the project.
	const used = new Set(out.flatMap((s) => s.networks.map((n) => n.key)));
	for (const key of [...used].sort()) {
		const n: Obj = isObj(topNetworks[key]) ? (topNetworks[key] as Obj) : {};
		const external = n.external === true || isObj(n.external);
		const ipam = isObj(n.ipam) && Array.isArray(n.ipam.config) ? n.ipam.config.filter(isObj) : [];
		networks[key] = {
			key,
			name: typeof n.name === 'string' ? n.name : external ? key : `${name}_${key}`,
			driver: typeof n.driver === 'string' ? n.driver : 'bridge',
			driverGiven: typeof n.driver === 'string',
			internal: n.internal === true,
			attachable: n.attachable === true,
			external,
			ipam: ipam.map((c) => ({
				subnet: String(c.subnet ?? ''),
				...(c.gateway !== undefined ? {gateway: String(c.gateway)} : {}),
				...(c.ip_range !== undefined ? {ipRange: String(c.ip_range)} : {}),
			})).filter((c) => c.subnet !== ''),
			labels: labelsOf(n.labels),
			driverOpts: isObj(n.driver_opts) ? Object.fromEntries(Object.entries(n.driver_opts).map(([k, v]) => [k, String(v)])) : {},
			declared: key in topNetworks,
		};
	}
	return {name, workingDir: projectDir, configFile: path, services: out, networks, profiles: [...allProfiles].sort(), warnings};
}

/** Services in start order: dependencies first; services of one level by name (Compose starts them concurrently). */
export function startLevels(project: ComposeProject): ComposeService[][] {
	const deps = (s: ComposeService): string[] => [...s.dependsOn, ...(s.networkMode?.startsWith('service:') ? [s.networkMode.slice(8)] : [])];
	const done = new Set<string>();
	const levels: ComposeService[][] = [];
	let rest = [...project.services].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	while (rest.length > 0) {
		const level = rest.filter((s) => deps(s).every((d) => done.has(d)));
		if (level.length === 0) {
			throw new ComposeError(`dependency cycle detected: ${rest.map((s) => s.name).join(' -> ')}`, EXIT_INVALID_PROJECT);
		}
		for (const s of level) done.add(s.name);
		levels.push(level);
		rest = rest.filter((s) => !done.has(s.name));
	}
	return levels;
}
