// `docker ps --filter`: every filter the daemon 26.1 accepts (daemon/list.go), as predicates.
// A bad key or value is the daemon's error (exit 1).
import {containerHealth, findContainer, findNetwork, type Container, type Host, type World} from '../../../engine/index.js';
import {goRegexpMatch} from './go-regexp.js';
import {networkNames} from './container-list.js';

export type PsFilter = (c: Container) => boolean;

const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];
const HEALTH = ['starting', 'healthy', 'unhealthy', 'none'];

export interface PsFilters {
	readonly filters: PsFilter[];
	/** A status filter lists stopped containers too, as -a does. */
	readonly status: boolean;
	readonly error?: string;
}

/** `80`, `80/udp`, `8000-8010/tcp` → [from, to, proto]. */
function portRange(value: string): [number, number, string] | undefined {
	const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/.exec(value);
	if (!m) return undefined;
	return [Number(m[1]), Number(m[2] ?? m[1]), m[3] ?? 'tcp'];
}

function portMatches(keys: readonly string[], value: string): boolean {
	const r = portRange(value);
	if (!r) return false;
	return keys.some((k) => {
		const [port, proto = 'tcp'] = k.split('/');
		return proto === r[2] && Number(port) >= r[0] && Number(port) <= r[1];
	});
}

function labelMatches(c: Container, value: string): boolean {
	const eq = value.indexOf('=');
	const labels = c.labels ?? {};
	if (eq === -1) return Object.hasOwn(labels, value);
	return labels[value.slice(0, eq)] === value.slice(eq + 1);
}

export function psFilters(world: World, hostName: string, host: Host, raw: ReadonlyMap<string, string[]>): PsFilters {
	const filters: PsFilter[] = [];
	let status = false;
	const fail = (error: string): PsFilters => ({filters, status, error});
	for (const [key, values] of raw) {
		switch (key) {
			case 'name':
				filters.push((c) => values.some((v) => goRegexpMatch(v, `/${c.name}`)));
				break;
			case 'id':
				filters.push((c) => values.some((v) => c.id.startsWith(v)));
				break;
			case 'status':
				for (const v of values) if (!STATUSES.includes(v)) return fail(`invalid filter 'status=${v}'`);
				status = true;
				filters.push((c) => values.includes(c.paused ? 'paused' : c.status));
				break;
			case 'exited':
				for (const v of values) if (!/^-?\d+$/.test(v)) return fail(`invalid filter 'exited=${v}': strconv.Atoi: parsing "${v}": invalid syntax`);
				filters.push((c) => c.status === 'exited' && values.includes(String(c.exitCode)));
				break;
			case 'ancestor':
				filters.push((c) => values.some((v) => c.image === v || c.imageKey === v || c.imageKey === `${v}:latest`));
				break;
			case 'label':
				filters.push((c) => values.every((v) => labelMatches(c, v)));
				break;
			case 'before':
			case 'since': {
				const refs = values.map((v) => findContainer(host, v));
				const missing = values.find((_, i) => !refs[i]);
				if (missing !== undefined) return fail(`No such container: ${missing}`);
				// Creation order (the table keeps it): before=X lists those made earlier, since=X later.
				const ids = refs.map((r) => r!.id);
				const order = host.containers.values().map((c) => c.id);
				const at = (id: string) => order.indexOf(id);
				filters.push((c) => ids.every((id) => (key === 'before' ? at(c.id) < at(id) : at(c.id) > at(id))));
				break;
			}
			case 'publish':
				// The published (host) side, as bound (recorded: publish=80 does not find -p 18081:80).
				filters.push((c) => values.some((v) => portMatches(Object.entries(c.ports).flatMap(([k, bs]) => bs.map((b) => `${b.hostPort}/${k.split('/')[1] ?? 'tcp'}`)), v)));
				break;
			case 'expose':
				filters.push((c) => values.some((v) => portMatches([...new Set([...c.exposedPorts, ...Object.keys(c.portBindings)])], v)));
				break;
			case 'health':
				for (const v of values) if (!HEALTH.includes(v)) return fail(`unrecognized filter value for health: ${v}`);
				// daemon/list.go: a container without a healthcheck is "none"; a stopped one keeps its last status.
				filters.push((c) => values.includes(containerHealth(world, hostName, c)?.status ?? 'none'));
				break;
			case 'is-task':
				for (const v of values) if (v !== 'true' && v !== 'false') return fail(`invalid filter 'is-task=[${v}]'`);
				// Only swarm services make task containers; `docker run` never does.
				filters.push(() => values.includes('false'));
				break;
			case 'volume':
				// The simulation has no volumes or bind mounts: nothing mounts what is asked for.
				filters.push(() => false);
				break;
			case 'isolation':
				filters.push(() => values.includes('default'));
				break;
			case 'network':
				filters.push((c) =>
					values.some((v) => {
						let n;
						try {
							n = findNetwork(host, v);
						} catch {
							n = undefined;
						}
						return networkNames(world, hostName, c).includes(v) || (n !== undefined && c.networks[n.id] !== undefined);
					}),
				);
				break;
			default:
				return fail(`invalid filter '${key}'`);
		}
	}
	return {filters, status};
}
