// The rows `docker ps` formats (formatter.ContainerContext fields) and the PORTS list the
// daemon reports for a container (types.Port, from NetworkSettings.Ports).
import {DANGLING, containerHealth, getHost, reportsPorts, writableLayerSize, type Container, type Host, type World} from '../../../engine/index.js';
import {humanSizePrecision, parseSize} from '../../format/sizes.js';
import {commandColumn, displayablePorts, runningFor, statusText, type Port} from '../../format/index.js';

/** The daemon's port list for one container: bindings of a running container, exposed ports unbound. */
export function apiPorts(host: Host, c: Container): Port[] {
	if (!reportsPorts(host, c)) return [];
	const out: Port[] = [];
	const keys = [...new Set([...c.exposedPorts, ...Object.keys(c.ports)])].sort();
	for (const key of keys) {
		const [port, proto] = key.split('/');
		const type = (proto ?? 'tcp') as Port['Type'];
		const bindings = c.ports[key];
		if (!bindings || bindings.length === 0) {
			out.push({PrivatePort: Number(port), Type: type});
			continue;
		}
		for (const b of bindings) out.push({PrivatePort: Number(port), PublicPort: Number(b.hostPort), Type: type, IP: b.hostIp});
	}
	return out;
}

/** time.Time.String() of a Unix second, as `CreatedAt` shows it. */
function goTimeString(ms: number): string {
	const d = new Date(Math.floor(ms / 1000) * 1000);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 UTC`;
}

export interface PsRow {
	ID: string;
	Image: string;
	Command: string;
	CreatedAt: string;
	RunningFor: string;
	Ports: string;
	State: string;
	Status: string;
	Size: string;
	Names: string;
	Labels: string;
	Mounts: string;
	Networks: string;
	LocalVolumes: string;
}

export const PS_HEADERS: Record<string, string> = {
	ID: 'CONTAINER ID',
	Image: 'IMAGE',
	Command: 'COMMAND',
	CreatedAt: 'CREATED AT',
	RunningFor: 'CREATED',
	Ports: 'PORTS',
	State: 'STATE',
	Status: 'STATUS',
	Size: 'SIZE',
	Names: 'NAMES',
	Labels: 'LABELS',
	Mounts: 'MOUNTS',
	Networks: 'NETWORKS',
	LocalVolumes: 'LOCAL VOLUMES',
};

/** The header context, with ContainerContext.Label's header: the key's last dotted part, - and _ as spaces. */
export function psHeaders(): Record<string, string> {
	const headers = {...PS_HEADERS};
	Object.defineProperty(headers, 'Label', {value: (name: string) => (name.split('.').pop() ?? '').replace(/[-_]/g, ' '), enumerable: false});
	return headers;
}

export function networkNames(world: World, hostName: string, c: Container): string[] {
	const host = getHost(world, hostName);
	if (c.networkMode.startsWith('container:')) return [];
	return Object.values(c.networks)
		.map((s) => host.networks[s.networkId]?.name)
		.filter((n): n is string => Boolean(n))
		.sort();
}

/**
 * The row fields a `--format` can read: the names after a dot. Undefined (meaning all) when the
 * template could reach the whole row (`{{.}}`, `json`, variables, `index`).
 */
export function fieldsUsed(format: string): Set<string> | undefined {
	if (/\{\{-?\s*\.\s*-?\}\}|\bjson\b|\$|\bindex\b|\(\s*\.\s*\)|\s\.\s|\s\.\}\}/.test(format)) return undefined;
	return new Set([...format.matchAll(/\.([A-Za-z_]\w*)/g)].map((m) => m[1]));
}

// State is immutable, so a container's PORTS text can be kept for as long as the same host and
// container objects live (a `tick` keeps both when nothing about them changed).
const portsCache = new WeakMap<Host, WeakMap<Container, string>>();

function portsColumn(host: Host, c: Container): string {
	let byContainer = portsCache.get(host);
	if (!byContainer) portsCache.set(host, (byContainer = new WeakMap()));
	let text = byContainer.get(c);
	if (text === undefined) byContainer.set(c, (text = displayablePorts(apiPorts(host, c))));
	return text;
}

/** A `docker ps` row; with `fields`, only those are computed (a hundred rows of `-q` need only ids). */
export function psRow(world: World, hostName: string, c: Container, noTrunc: boolean, fields?: Set<string>): PsRow {
	const compute: {[K in keyof PsRow]: () => PsRow[K]} = {
		ID: () => (noTrunc ? c.id : c.id.slice(0, 12)),
		// A container whose tag moved to a rebuilt image shows its own image's id (as `docker ps` does).
		Image: () => (world.images[c.imageKey]?.name === DANGLING ? world.images[c.imageKey].id.slice(0, 12) : c.image),
		Command: () => {
			// The daemon's Command: Path, then the args, those with a space in single quotes (daemon/list.go).
			const [path = '', ...args] = [...(c.entrypoint ?? []), ...c.cmd];
			const command = args.length > 0 ? `${path} ${args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}` : path;
			return commandColumn(command, !noTrunc);
		},
		CreatedAt: () => goTimeString(c.created),
		RunningFor: () => runningFor(c.created, world.clock),
		Ports: () => portsColumn(getHost(world, hostName), c),
		State: () => (c.paused ? 'paused' : c.status),
		Status: () =>
			statusText(
				{
					running: c.status === 'running',
					paused: c.paused === true,
					dead: c.status === 'dead',
					exitCode: c.exitCode,
					startedAt: c.startedAt > 0 ? c.startedAt : null,
					finishedAt: c.finishedAt > 0 ? c.finishedAt : null,
					health: c.status === 'running' ? (containerHealth(world, hostName, c)?.status ?? null) : null,
				},
				world.clock,
			),
		// ContainerContext.Size: the writable layer, then the image and the layer together (%.3g, decimal units).
		// The CLI asks the daemon for sizes whenever the format uses .Size, so they are always there.
		Size: () => {
			const rw = writableLayerSize(world, hostName, c.id);
			const image = Object.hasOwn(world.images, c.imageKey) ? parseSize(world.images[c.imageKey].size) : 0;
			return `${humanSizePrecision(rw, 3)} (virtual ${humanSizePrecision(image + rw, 3)})`;
		},
		Names: () => c.name,
		// ContainerContext.Labels: k=v joined by commas (Go's map order; sorted here so it is stable).
		Labels: () => Object.entries(c.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join(','),
		Mounts: () => '',
		Networks: () => networkNames(world, hostName, c).join(','),
		LocalVolumes: () => '0',
	};
	const row = {} as Record<string, string>;
	for (const key of Object.keys(compute) as (keyof PsRow)[]) if (!fields || fields.has(key)) row[key] = compute[key]() as string;
	// ContainerContext.Label(name), a method: `{{.Label "com.example.tier"}}` (not a field, so not in json).
	Object.defineProperty(row, 'Label', {value: (name: string) => c.labels?.[name] ?? '', enumerable: false});
	return row as unknown as PsRow;
}
