// The object `docker inspect CONTAINER` prints: daemon 26.1 (API 1.45) types.ContainerJSON, with
// its fields in the daemon's struct order (recorded samples in test/fidelity/recorded/ win).
import {containerHealth, healthConfigOf, dnsNames, getHost, reportsPorts, type Container, type Host, type World} from '../../../engine/index.js';
import {digest64} from '../../../engine/hash.js';

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** Go's RFC3339Nano for a simulated instant; a stable sub-millisecond part comes from `salt`. */
export function rfc3339Nano(ms: number, salt: string): string {
	if (!ms) return ZERO_TIME;
	const iso = new Date(ms).toISOString(); // 2026-11-23T09:00:01.000Z
	const sub = String(parseInt(digest64(salt).slice(0, 8), 16) % 1_000_000).padStart(6, '0');
	const frac = `${iso.slice(20, 23)}${sub}`.replace(/0+$/, '');
	return `${iso.slice(0, 19)}${frac ? `.${frac}` : ''}Z`;
}

function argvOf(c: Container): string[] {
	return [...(c.entrypoint ?? []), ...c.cmd];
}

/** `ExposedPorts`/`Ports` keys in Go's map order (sorted as strings by encoding/json). */
function sortedKeys(keys: Iterable<string>): string[] {
	return [...new Set(keys)].sort();
}

function portMap(host: Host, c: Container): Record<string, {HostIp: string; HostPort: string}[] | null> {
	const out: Record<string, {HostIp: string; HostPort: string}[] | null> = {};
	if (!reportsPorts(host, c)) return out;
	for (const key of sortedKeys([...c.exposedPorts, ...Object.keys(c.ports)])) {
		const bindings = c.ports[key];
		out[key] = bindings ? bindings.map((b) => ({HostIp: b.hostIp, HostPort: b.hostPort})) : null;
	}
	return out;
}

function hostConfigLinks(host: Host, c: Container): string[] | null {
	const def = Object.values(c.networks).find((s) => host.networks[s.networkId]?.name === 'bridge');
	if (!def || def.links.length === 0) return null;
	return def.links.map((l) => {
		const [name, alias] = l.split(':');
		return `/${name}:/${c.name}/${alias ?? name}`;
	});
}

/**
 * NetworkSettings.Networks, keyed by network name (Go sorts map keys). `typed` is the shape the
 * CLI 28.2 re-marshals for `-f` templates (its EndpointSettings has DriverOpts and GwPriority
 * after MacAddress); without it, the daemon 26.1 raw JSON (DriverOpts before DNSNames).
 */
function networksJson(host: Host, c: Container, typed: boolean): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (c.networkMode.startsWith('container:')) return out;
	const entries = Object.values(c.networks)
		.map((s) => ({s, network: host.networks[s.networkId]}))
		.filter((e) => e.network !== undefined)
		.sort((a, b) => (a.network.name < b.network.name ? -1 : a.network.name > b.network.name ? 1 : 0));
	const everStarted = c.startedAt > 0;
	for (const {s, network} of entries) {
		const live = c.status === 'running';
		const ep = live ? s.endpoint : undefined;
		const userDefined = !network.predefined;
		// An endpoint added by `docker network connect` carries empty (non-nil) settings.
		const connected = network.name !== c.networkMode && network.id !== c.networkMode;
		const ipam = s.ipv4Address ? {IPv4Address: s.ipv4Address} : connected ? {} : null;
		const aliases = s.aliases.length > 0 ? [...s.aliases] : connected ? [] : null;
		const driverOpts = connected ? {} : null;
		const head = {
			IPAMConfig: ipam,
			Links: userDefined && s.links.length > 0 ? [...s.links] : null,
			Aliases: aliases,
			MacAddress: ep?.mac ?? '',
		};
		const rest = {
			NetworkID: everStarted || live ? network.id : '',
			EndpointID: live ? (ep?.id ?? digest64(`endpoint:${c.id}:${network.id}:${c.startedAt}`)) : '',
			Gateway: ep?.gateway ?? '',
			IPAddress: ep?.ip ?? '',
			IPPrefixLen: ep?.prefixLen ?? 0,
			IPv6Gateway: '',
			GlobalIPv6Address: '',
			GlobalIPv6PrefixLen: 0,
		};
		const dns = userDefined && live ? dnsNames(c, s.aliases) : null;
		out[network.name] = typed
			? {...head, DriverOpts: driverOpts, GwPriority: 0, ...rest, DNSNames: dns}
			: {...head, ...rest, DriverOpts: driverOpts, DNSNames: dns};
	}
	return out;
}

function networkSettings(host: Host, c: Container, typed: boolean): Record<string, unknown> {
	const running = c.status === 'running';
	// A stopped container keeps its last sandbox's id and key; a created one has none.
	const ownSandbox = c.startedAt > 0 && !c.networkMode.startsWith('container:');
	const sandboxId = ownSandbox ? digest64(`sandbox:${c.id}:${c.startedAt}`) : '';
	const bridgeNet = Object.values(c.networks).find((s) => host.networks[s.networkId]?.name === 'bridge');
	const ep = running ? bridgeNet?.endpoint : undefined;
	const endpointId = ep ? ep.id : '';
	return {
		Bridge: '',
		SandboxID: sandboxId,
		SandboxKey: ownSandbox ? (c.networkMode === 'host' ? '/var/run/docker/netns/default' : `/var/run/docker/netns/${sandboxId.slice(0, 12)}`) : '',
		Ports: portMap(host, c),
		HairpinMode: false,
		LinkLocalIPv6Address: '',
		LinkLocalIPv6PrefixLen: 0,
		SecondaryIPAddresses: null,
		SecondaryIPv6Addresses: null,
		EndpointID: endpointId,
		Gateway: ep?.gateway ?? '',
		GlobalIPv6Address: '',
		GlobalIPv6PrefixLen: 0,
		IPAddress: ep?.ip ?? '',
		IPPrefixLen: ep?.prefixLen ?? 0,
		IPv6Gateway: '',
		MacAddress: ep?.mac ?? '',
		Networks: networksJson(host, c, typed),
	};
}

/** Images whose Dockerfile sets STOPSIGNAL. */
const STOP_SIGNALS: Record<string, string> = {'nginx:latest': 'SIGQUIT', 'nginx:alpine': 'SIGQUIT', 'nginx:stable': 'SIGQUIT', 'httpd:latest': 'SIGWINCH', 'httpd:2.4': 'SIGWINCH', 'postgres:latest': 'SIGINT', 'postgres:16': 'SIGINT', 'postgres:15': 'SIGINT'};

/** Config.Healthcheck: the test and the timings that were set (durations in ns, omitempty). */
function healthcheckJson(world: World, c: Container): Record<string, unknown> {
	// --no-healthcheck is kept as Docker keeps it: {"Test":["NONE"]}.
	if (c.healthcheck?.test[0] === 'NONE') return {Healthcheck: {Test: ['NONE']}};
	const h = healthConfigOf(world, c);
	if (!h) return {};
	const timings = Object.entries({Interval: h.interval, Timeout: h.timeout, StartPeriod: h.startPeriod, StartInterval: h.startInterval}).filter(([, v]) => v).map(([k, v]) => [k, (v ?? 0) * 1_000_000]);
	return {Healthcheck: {Test: [...h.test], ...Object.fromEntries(timings), ...(h.retries ? {Retries: h.retries} : {})}};
}

function configJson(world: World, c: Container): Record<string, unknown> {
	const attached = false;
	const exposed: Record<string, object> = {};
	for (const k of sortedKeys(c.exposedPorts)) exposed[k] = {};
	return {
		Hostname: c.hostname,
		Domainname: '',
		User: '',
		AttachStdin: attached,
		AttachStdout: attached,
		AttachStderr: attached,
		...(c.exposedPorts.length > 0 ? {ExposedPorts: exposed} : {}),
		Tty: c.tty,
		OpenStdin: c.openStdin,
		StdinOnce: false,
		Env: [...c.env],
		Cmd: c.cmd.length > 0 ? [...c.cmd] : null,
		...healthcheckJson(world, c),
		Image: c.image,
		Volumes: null,
		WorkingDir: c.workingDir,
		Entrypoint: c.entrypoint ? [...c.entrypoint] : null,
		// Deprecated Config.MacAddress (omitempty): API 1.45 still echoes --mac-address here.
		...(c.hostConfig?.macAddress ? {MacAddress: c.hostConfig.macAddress} : {}),
		OnBuild: null,
		Labels: Object.fromEntries(Object.entries(c.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
		...(STOP_SIGNALS[c.imageKey] ? {StopSignal: STOP_SIGNALS[c.imageKey]} : {}),
	};
}

/**
 * The full inspect object of one container: the daemon's raw JSON, or (`typed`) the shape the
 * CLI's own Go types give it, which is what `-f` templates and their `json` function see.
 */
export function containerJson(world: World, hostName: string, c: Container, typed = false): Record<string, unknown> {
	const host = getHost(world, hostName);
	const argv = argvOf(c);
	const image = world.images[c.imageKey];
	const running = c.status === 'running';
	const started = c.startedAt > 0 || c.status !== 'created';
	const hc = c.hostConfig;
	const dir = `/var/lib/docker/containers/${c.id}`;
	const layer = digest64(`layer:${c.id}`);
	const h = containerHealth(world, hostName, c);
	// State.Health exists only for a container with a healthcheck (daemon/health.go).
	const health = h ? {Health: {Status: h.status, FailingStreak: h.failingStreak, Log: h.log.map((e, i) => ({Start: rfc3339Nano(e.start, `health-start:${c.id}:${i}`), End: rfc3339Nano(e.end + 1, `health-end:${c.id}:${i}`), ExitCode: e.exitCode, Output: e.output}))}} : {};
	const state = {
		Status: c.paused ? 'paused' : c.status,
		Running: running,
		Paused: c.paused === true,
		Restarting: false,
		OOMKilled: false,
		Dead: c.status === 'dead',
		Pid: running ? c.pid : 0,
		ExitCode: c.exitCode,
		Error: '',
		StartedAt: rfc3339Nano(c.startedAt, `started:${c.id}:${c.startedAt}`),
		FinishedAt: rfc3339Nano(c.finishedAt, `finished:${c.id}:${c.finishedAt}`),
		...health,
	};
	// The CLI's typed State holds Health as a nil pointer when there is none: `{{.State.Health}}`
	// prints <nil>, while `json` leaves it out (omitempty). Non-enumerable, so JSON skips it.
	if (!h && typed) Object.defineProperty(state, 'Health', {value: null, enumerable: false});
	return {
		Id: c.id,
		Created: rfc3339Nano(c.created, `created:${c.id}`),
		Path: argv[0] ?? '',
		Args: argv.slice(1),
		State: state,
		Image: `sha256:${image?.id ?? digest64(`image:${c.imageKey}`)}`,
		ResolvConfPath: started ? `${dir}/resolv.conf` : '',
		HostnamePath: started ? `${dir}/hostname` : '',
		HostsPath: started ? `${dir}/hosts` : '',
		LogPath: started ? `${dir}/${c.id}-json.log` : '',
		Name: `/${c.name}`,
		RestartCount: c.restartCount,
		Driver: 'overlay2',
		Platform: 'linux',
		MountLabel: '',
		ProcessLabel: '',
		AppArmorProfile: '',
		ExecIDs: null,
		HostConfig: {
			Binds: null,
			ContainerIDFile: '',
			LogConfig: {Type: 'json-file', Config: {}},
			NetworkMode: c.networkMode,
			PortBindings: Object.fromEntries(Object.entries(c.portBindings).map(([k, bs]) => [k, bs.map((b) => ({HostIp: b.hostIp, HostPort: b.hostPort}))])),
			// Recorded (60-run-flags): a template's `json` shows the default policy with its keys the
			// other way round; the raw JSON (samples) and a given --restart keep Name first.
			RestartPolicy: hc?.restartPolicy
				? {Name: hc.restartPolicy.name, MaximumRetryCount: hc.restartPolicy.maximumRetryCount}
				: typed ? {MaximumRetryCount: 0, Name: 'no'} : {Name: 'no', MaximumRetryCount: 0},
			AutoRemove: c.autoRemove,
			VolumeDriver: '',
			VolumesFrom: null,
			ConsoleSize: [0, 0],
			CapAdd: hc?.capAdd ? [...hc.capAdd] : null,
			CapDrop: hc?.capDrop ? [...hc.capDrop] : null,
			CgroupnsMode: 'host',
			Dns: [...(hc?.dns ?? [])],
			DnsOptions: [...(hc?.dnsOptions ?? [])],
			DnsSearch: [...(hc?.dnsSearch ?? [])],
			ExtraHosts: c.extraHosts.length > 0 ? [...c.extraHosts] : null,
			GroupAdd: null,
			IpcMode: 'private',
			Cgroup: '',
			Links: hostConfigLinks(host, c),
			OomScoreAdj: 0,
			PidMode: '',
			Privileged: hc?.privileged === true,
			PublishAllPorts: c.publishAll,
			ReadonlyRootfs: false,
			SecurityOpt: null,
			UTSMode: '',
			UsernsMode: '',
			ShmSize: 67108864,
			Runtime: 'runc',
			Isolation: '',
			CpuShares: hc?.cpuShares ?? 0,
			Memory: hc?.memory ?? 0,
			NanoCpus: hc?.nanoCpus ?? 0,
			CgroupParent: '',
			BlkioWeight: 0,
			BlkioWeightDevice: [],
			BlkioDeviceReadBps: [],
			BlkioDeviceWriteBps: [],
			BlkioDeviceReadIOps: [],
			BlkioDeviceWriteIOps: [],
			CpuPeriod: 0,
			CpuQuota: 0,
			CpuRealtimePeriod: 0,
			CpuRealtimeRuntime: 0,
			CpusetCpus: '',
			CpusetMems: '',
			Devices: [],
			DeviceCgroupRules: null,
			DeviceRequests: null,
			MemoryReservation: hc?.memoryReservation ?? 0,
			MemorySwap: hc?.memorySwap ?? 0,
			MemorySwappiness: null,
			OomKillDisable: false,
			PidsLimit: hc?.pidsLimit ?? null,
			Ulimits: [],
			CpuCount: 0,
			CpuPercent: 0,
			IOMaximumIOps: 0,
			IOMaximumBandwidth: 0,
			MaskedPaths: ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap'],
			ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
		},
		GraphDriver: {
			Data: {
				LowerDir: `/var/lib/docker/overlay2/${layer}-init/diff:/var/lib/docker/overlay2/${digest64(`base:${c.imageKey}`)}/diff`,
				MergedDir: `/var/lib/docker/overlay2/${layer}/merged`,
				UpperDir: `/var/lib/docker/overlay2/${layer}/diff`,
				WorkDir: `/var/lib/docker/overlay2/${layer}/work`,
			},
			Name: 'overlay2',
		},
		Mounts: [],
		Config: configJson(world, c),
		NetworkSettings: networkSettings(host, c, typed),
	};
}

/** Go's json.MarshalIndent output for docker inspect (4 spaces, HTML characters escaped). */
export function inspectJson(objects: readonly unknown[]): string {
	if (objects.length === 0) return '[]';
	const text = JSON.stringify(objects, null, 4);
	return text.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
