// What `docker run` and `docker create` share: their flags (docker CLI 28.2 `container/opts.go`),
// and turning the parsed flags into an engine ContainerSpec with the CLI-side validation texts
// (go-connections/nat for -p, opts.NetworkOpt for --network, opts.ValidateExtraHost).
import {EngineError, normalizeImageRef, type ContainerSpec, type PortBinding} from '../../engine/index.js';
import type {CommandIO} from '../types.js';
import {flagBool, flagList, flagString, type FlagSpec, type FlagValues} from './flags.js';
import {isIP, parseExpose, parsePortSpec} from '../../engine/port-spec.js';
import {normalizeCapability, type ContainerHostConfig, type RestartPolicy} from '../../engine/host-config.js';
import type {HealthConfig} from '../../engine/types.js';
import {DurationError, parseGoDuration} from './duration.js';

/** The flags of `docker run` / `docker create` the game understands (the rest are rejected as unknown). */
export function containerFlags(forRun: boolean): FlagSpec[] {
	const flags: FlagSpec[] = [
		{long: 'add-host', type: 'list', description: 'Add a custom host-to-IP mapping (host:ip)'},
		{long: 'attach', short: 'a', type: 'list', description: 'Attach to STDIN, STDOUT or STDERR'},
		{long: 'cap-add', type: 'list', description: 'Add Linux capabilities'},
		{long: 'cap-drop', type: 'list', description: 'Drop Linux capabilities'},
		{long: 'cpus', type: 'string', valueName: 'decimal', description: 'Number of CPUs'},
	];
	if (forRun) flags.push({long: 'detach', short: 'd', type: 'bool', description: 'Run container in background and print container ID'});
	flags.push(
		{long: 'dns', type: 'list', description: 'Set custom DNS servers'},
		{long: 'dns-option', type: 'list', description: 'Set DNS options'},
		{long: 'dns-search', type: 'list', description: 'Set custom DNS search domains'},
		{long: 'entrypoint', type: 'string', description: 'Overwrite the default ENTRYPOINT of the image'},
		{long: 'env', short: 'e', type: 'list', description: 'Set environment variables'},
		{long: 'env-file', type: 'list', description: 'Read in a file of environment variables'},
		{long: 'expose', type: 'list', description: 'Expose a port or a range of ports'},
		{long: 'health-cmd', type: 'string', description: 'Command to run to check health'},
		{long: 'health-interval', type: 'string', valueName: 'duration', defaultText: '0s', description: 'Time between running the check (ms|s|m|h)'},
		{long: 'health-retries', type: 'int', description: 'Consecutive failures needed to report unhealthy'},
		{long: 'health-start-interval', type: 'string', valueName: 'duration', defaultText: '0s', description: 'Time between running the check during the start period (ms|s|m|h)'},
		{long: 'health-start-period', type: 'string', valueName: 'duration', defaultText: '0s', description: 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h)'},
		{long: 'health-timeout', type: 'string', valueName: 'duration', defaultText: '0s', description: 'Maximum time to allow one check to run (ms|s|m|h)'},
		{long: 'hostname', short: 'h', type: 'string', description: 'Container host name'},
		{long: 'init', type: 'bool', description: 'Run an init inside the container that forwards signals and reaps processes'},
		{long: 'interactive', short: 'i', type: 'bool', description: 'Keep STDIN open even if not attached'},
		{long: 'ip', type: 'string', description: 'IPv4 address (e.g., 172.30.100.104)'},
		{long: 'label', short: 'l', type: 'list', description: 'Set meta data on a container'},
		{long: 'link', type: 'list', description: 'Add link to another container'},
		{long: 'mac-address', type: 'string', description: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)'},
		{long: 'memory', short: 'm', type: 'string', valueName: 'bytes', description: 'Memory limit'},
		{long: 'name', type: 'string', description: 'Assign a name to the container'},
		{long: 'network', type: 'list', valueName: 'network', description: 'Connect a container to a network'},
		{long: 'net', type: 'list', valueName: 'network', hidden: true},
		{long: 'network-alias', type: 'list', description: 'Add network-scoped alias for the container'},
		{long: 'net-alias', type: 'list', hidden: true},
		{long: 'no-healthcheck', type: 'bool', description: 'Disable any container-specified HEALTHCHECK'},
		{long: 'platform', type: 'string', description: 'Set platform if server is multi-platform capable'},
		{long: 'privileged', type: 'bool', description: 'Give extended privileges to this container'},
		{long: 'publish', short: 'p', type: 'list', description: "Publish a container's port(s) to the host"},
		{long: 'publish-all', short: 'P', type: 'bool', description: 'Publish all exposed ports to random ports'},
		{long: 'pull', type: 'string', description: 'Pull image before running ("always", "missing", "never")', defaultText: '"missing"'},
		{long: 'quiet', short: 'q', type: 'bool', description: 'Suppress the pull output'},
		{long: 'restart', type: 'string', description: 'Restart policy to apply when a container exits', defaultText: '"no"'},
		{long: 'rm', type: 'bool', description: 'Automatically remove the container and its associated anonymous volumes when it exits'},
		{long: 'tty', short: 't', type: 'bool', description: 'Allocate a pseudo-TTY'},
		{long: 'user', short: 'u', type: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")'},
		{long: 'volume', short: 'v', type: 'list', description: 'Bind mount a volume'},
		{long: 'workdir', short: 'w', type: 'string', description: 'Working directory inside the container'},
	);
	return flags;
}

/** An error the CLI itself raises while reading the flags (printed as `docker: <msg>`, exit 125). */
export function cliInvalid(message: string): EngineError {
	return new EngineError(message, 'invalid', false);
}


// ---- --network (opts.NetworkOpt) -------------------------------------------------------------

export interface NetworkAttachmentOpt {
	readonly target: string;
	readonly aliases: string[];
	readonly ipv4Address?: string;
	readonly links: string[];
}

function parseNetworkOpt(value: string): NetworkAttachmentOpt {
	if (!value.includes('=')) return {target: value, aliases: [], links: []};
	let target = '';
	const aliases: string[] = [];
	let ip: string | undefined;
	for (const field of value.split(',')) {
		const eq = field.indexOf('=');
		const key = (eq === -1 ? field : field.slice(0, eq)).trim().toLowerCase();
		const val = eq === -1 ? '' : field.slice(eq + 1);
		if (eq === -1) throw cliInvalid(`invalid field '${field}' must be a key=value pair`);
		switch (key) {
			case 'name':
				target = val;
				break;
			case 'alias':
				aliases.push(val);
				break;
			case 'ip':
				ip = val;
				break;
			case 'driver-opt':
			case 'ip6':
			case 'link-local-ip':
			case 'mac-address':
			case 'gw-priority':
				break;
			default:
				throw cliInvalid(`invalid field key ${key}`);
		}
	}
	return {target, aliases, links: [], ...(ip ? {ipv4Address: ip} : {})};
}

/** container.NetworkMode.IsUserDefined */
export function isUserDefinedMode(mode: string): boolean {
	return !['default', 'bridge', 'host', 'none'].includes(mode) && !mode.startsWith('container:');
}

// ---- the whole spec -----------------------------------------------------------------------------

export interface RunOptions {
	readonly spec: ContainerSpec;
	/** Networks after the first (daemon ≥ API 1.44 attaches them all at create). */
	readonly extraNetworks: NetworkAttachmentOpt[];
	readonly detach: boolean;
	readonly interactive: boolean;
	readonly tty: boolean;
	/** The image as the CLI names it in "Unable to find image 'x:latest' locally". */
	readonly imageRef: string;
	readonly publishGiven: boolean;
}

function validateExtraHost(value: string): string {
	// opts.ValidateExtraHost (v25+): "host:ip" or "host=ip"; the IP may be host-gateway.
	const eq = value.indexOf('=');
	const sep = eq !== -1 ? eq : value.indexOf(':');
	if (sep <= 0) throw flagValueError('add-host', value, `bad format for add-host: "${value}"`);
	const name = value.slice(0, sep);
	let ip = value.slice(sep + 1);
	if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
	if (ip !== 'host-gateway' && !isIP(ip)) throw flagValueError('add-host', value, `invalid IP address in add-host: "${ip}"`);
	return `${name}:${ip}`;
}

/** A flag value pflag's own Set() rejects: `invalid argument "v" for "--flag" flag: ...`, exit 125 with the usage. */
export class FlagValueError extends Error {}

function flagValueError(flag: string, value: string, why: string): FlagValueError {
	return new FlagValueError(`invalid argument "${value}" for "--${flag}" flag: ${why}`);
}

function readRestartPolicy(value: string | undefined, autoRemove: boolean): RestartPolicy | undefined {
	if (value === undefined) return undefined;
	if (autoRemove && value !== '' && value !== 'no') throw cliInvalid('conflicting options: cannot specify both --restart and --rm');
	return parseRestartPolicy(value);
}

/** opts.ParseRestartPolicy (CLI side): `name[:count]`; the daemon checks the name. */
export function parseRestartPolicy(value: string): RestartPolicy {
	const colon = value.indexOf(':');
	const name = colon === -1 ? value : value.slice(0, colon);
	const count = colon === -1 ? '' : value.slice(colon + 1);
	if (count !== '' && !/^-?\d+$/.test(count)) throw cliInvalid('invalid restart policy format: maximum retry count must be an integer');
	return {name: name === '' ? 'no' : name, maximumRetryCount: count === '' ? 0 : Number(count)};
}

/** The HostConfig parts of the run flags (--dns*, --restart, --cap-*, --privileged, --mac-address). */
function readHostConfig(flags: FlagValues): ContainerHostConfig | undefined {
	const dns = flagList(flags, 'dns');
	for (const d of dns) if (!isIP(d)) throw flagValueError('dns', d, `IP address is not correctly formatted: ${d}`);
	const mac = flagString(flags, 'mac-address');
	if (mac !== undefined && !/^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/.test(mac)) throw cliInvalid(`${mac} is not a valid mac address`);
	const restart = readRestartPolicy(flagString(flags, 'restart'), flagBool(flags, 'rm'));
	const capAdd = flagList(flags, 'cap-add').map(normalizeCapability);
	const capDrop = flagList(flags, 'cap-drop').map(normalizeCapability);
	const config: ContainerHostConfig = {
		...(dns.length > 0 ? {dns} : {}),
		...(flagList(flags, 'dns-search').length > 0 ? {dnsSearch: flagList(flags, 'dns-search')} : {}),
		...(flagList(flags, 'dns-option').length > 0 ? {dnsOptions: flagList(flags, 'dns-option')} : {}),
		...(restart ? {restartPolicy: restart} : {}),
		...(capAdd.length > 0 ? {capAdd} : {}),
		...(capDrop.length > 0 ? {capDrop} : {}),
		...(flagBool(flags, 'privileged') ? {privileged: true} : {}),
		...(mac !== undefined ? {macAddress: mac.toLowerCase().replace(/-/g, ':')} : {}),
	};
	return Object.keys(config).length > 0 ? config : undefined;
}

/** A duration flag as pflag reads it (Go's time.ParseDuration); undefined when not given. */
function durationFlag(flags: FlagValues, name: string): number | undefined {
	const text = flagString(flags, name);
	if (text === undefined) return undefined;
	try {
		return parseGoDuration(text);
	} catch (e) {
		if (e instanceof DurationError) throw flagValueError(name, text, e.message);
		throw e;
	}
}

/** --health-* and --no-healthcheck (CLI 28 container/opts.go): Test is CMD-SHELL with the line as given. */
function readHealthcheck(flags: FlagValues): HealthConfig | undefined {
	const cmd = flagString(flags, 'health-cmd') ?? '';
	const interval = durationFlag(flags, 'health-interval') ?? 0;
	const timeout = durationFlag(flags, 'health-timeout') ?? 0;
	const startPeriod = durationFlag(flags, 'health-start-period') ?? 0;
	const startInterval = durationFlag(flags, 'health-start-interval') ?? 0;
	const retries = Number(flagString(flags, 'health-retries') ?? '0');
	const given = cmd !== '' || interval !== 0 || timeout !== 0 || startPeriod !== 0 || retries !== 0 || startInterval !== 0;
	if (flagBool(flags, 'no-healthcheck')) {
		if (given) throw cliInvalid('--no-healthcheck conflicts with --health-* options');
		return {test: ['NONE']};
	}
	if (!given) return undefined;
	for (const [name, v] of [['interval', interval], ['timeout', timeout], ['retries', retries], ['start-period', startPeriod], ['start-interval', startInterval]] as const) {
		if (v < 0) throw cliInvalid(`--health-${name} cannot be negative`);
	}
	return {
		test: cmd !== '' ? ['CMD-SHELL', cmd] : [],
		...(interval ? {interval} : {}),
		...(timeout ? {timeout} : {}),
		...(startPeriod ? {startPeriod} : {}),
		...(startInterval ? {startInterval} : {}),
		...(retries ? {retries} : {}),
	};
}

/** Reads the run/create flags and arguments; throws EngineError with the CLI's texts. */
export function readRunOptions(flags: FlagValues, args: readonly string[], io: CommandIO, forRun: boolean): RunOptions {
	const image = args[0];
	const cmd = args.slice(1);
	// Publish
	const portBindings: Record<string, PortBinding[]> = {};
	const publish = flagList(flags, 'publish');
	for (const p of publish) {
		for (const m of parsePortSpec(p)) (portBindings[m.key] ??= []).push(m.binding);
	}
	const exposed = parseExpose(flagList(flags, 'expose'));
	// Env: `-e FOO` takes FOO from the CLI's environment, or is dropped.
	const env: string[] = [];
	for (const e of flagList(flags, 'env')) {
		if (e.includes('=')) env.push(e);
		else if (e !== '' && io.env[e] !== undefined) env.push(`${e}=${io.env[e]}`);
		else if (e === '') throw cliInvalid('invalid environment variable: ');
	}
	const extraHosts = flagList(flags, 'add-host').map(validateExtraHost);
	const hostConfig = readHostConfig(flags);
	const healthcheck = readHealthcheck(flags);
	// --label k=v, or k alone for an empty value (opts.ConvertKVStringsToMap).
	const labelList = flagList(flags, 'label');
	const labels = labelList.length > 0 ? Object.fromEntries(labelList.map((l) => (l.includes('=') ? [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] : [l, '']))) : undefined;
	// Networks
	const networkValues = [...flagList(flags, 'network'), ...flagList(flags, 'net')].map(parseNetworkOpt);
	const aliasFlags = [...flagList(flags, 'network-alias'), ...flagList(flags, 'net-alias')];
	const ipFlag = flagString(flags, 'ip');
	const links = flagList(flags, 'link');
	const attachments: NetworkAttachmentOpt[] = networkValues.length > 0 ? networkValues : [{target: 'default', aliases: [], links: []}];
	let hasUser = false;
	let hasNonUser = false;
	const seen = new Set<string>();
	const resolved: NetworkAttachmentOpt[] = [];
	attachments.forEach((n, i) => {
		let a = n;
		if (i === 0) {
			if (a.aliases.length > 0 && aliasFlags.length > 0) throw cliInvalid('conflicting options: cannot specify both --network-alias and per-network alias');
			if (a.ipv4Address && ipFlag) throw cliInvalid('conflicting options: cannot specify both --ip and per-network IPv4 address');
			a = {
				target: a.target,
				aliases: aliasFlags.length > 0 ? [...aliasFlags] : a.aliases,
				links: isUserDefinedMode(a.target) ? [...links] : a.links,
				...(ipFlag ? {ipv4Address: ipFlag} : a.ipv4Address ? {ipv4Address: a.ipv4Address} : {}),
			};
		}
		if (networkValues.length > 0) {
			if (isUserDefinedMode(a.target)) hasUser = true;
			else hasNonUser = true;
		}
		if (a.target.trim() === '') throw cliInvalid('no name set for network');
		if (!isUserDefinedMode(a.target)) {
			if (a.aliases.length > 0) throw cliInvalid('network-scoped aliases are only supported for user-defined networks');
			if (a.links.length > 0) throw cliInvalid('links are only supported for user-defined networks');
		}
		if (seen.has(a.target)) throw cliInvalid(`network "${a.target}" is specified multiple times`);
		seen.add(a.target);
		resolved.push(a);
	});
	if (hasUser && hasNonUser) throw cliInvalid('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
	const first = resolved[0];
	const entrypointText = flagString(flags, 'entrypoint');
	const tty = flagBool(flags, 'tty');
	const interactive = flagBool(flags, 'interactive');
	const spec: ContainerSpec = {
		image,
		...(flagString(flags, 'name') !== undefined ? {name: flagString(flags, 'name')} : {}),
		...(cmd.length > 0 ? {cmd} : {}),
		...(entrypointText !== undefined ? {entrypoint: entrypointText === '' ? null : [entrypointText]} : {}),
		env,
		...(flagString(flags, 'hostname') !== undefined ? {hostname: flagString(flags, 'hostname')} : {}),
		networkMode: first.target,
		attachment: {aliases: first.aliases, ...(first.ipv4Address ? {ipv4Address: first.ipv4Address} : {})},
		portBindings,
		exposedPorts: exposed,
		publishAll: flagBool(flags, 'publish-all'),
		tty,
		openStdin: interactive,
		autoRemove: flagBool(flags, 'rm'),
		extraHosts,
		links,
		...(flagString(flags, 'workdir') !== undefined ? {workingDir: flagString(flags, 'workdir')} : {}),
		...(hostConfig ? {hostConfig} : {}),
		...(labels ? {labels} : {}),
		...(healthcheck ? {healthcheck} : {}),
	};
	return {
		spec,
		extraNetworks: resolved.slice(1),
		detach: forRun ? flagBool(flags, 'detach') : true,
		interactive,
		tty,
		imageRef: familiarRef(image),
		publishGiven: publish.length > 0 || flagBool(flags, 'publish-all'),
	};
}

/** reference.FamiliarString of a normalized reference: `foo` → `foo:latest`. */
export function familiarRef(image: string): string {
	return normalizeImageRef(image);
}

/** Daemon-side validation texts that the daemon wraps as endpoint-settings errors on create. */
export function wrapEndpointError(network: string, e: unknown): unknown {
	if (!(e instanceof EngineError)) return e;
	const endpointTexts = [
		'user specified IP address is supported on user defined networks only',
		'user specified IP address is supported only when connecting to networks with user configured subnets',
		'network-scoped alias is supported only for containers in user defined networks',
	];
	if (endpointTexts.includes(e.message) || e.message.startsWith('no configured subnet or ip-range contain the IP address')) {
		return new EngineError(`invalid config for network ${network}: invalid endpoint settings:\n${e.message}`, e.kind);
	}
	return e;
}
