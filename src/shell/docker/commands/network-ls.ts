// `docker network ls`: CLI 28.2 (cli/command/network/list.go, formatter.go) over daemon 26.1's
// list and filters (daemon/network/filter.go). Rows sorted by name in natural order.
import {capabilitiesOf, getHost, isClusterOnly, type Network, type World} from '../../../engine/index.js';
import {formatTemplateTable} from '../../format/index.js';
import {dockerTemplateError, TemplateError} from '../../template/index.js';
import {goRegexpMatch} from '../views/go-regexp.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList, flagString} from '../flags.js';
import {rfc3339Nano} from '../views/container-json.js';

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
const HEADERS = {
	ID: 'NETWORK ID',
	Name: 'NAME',
	Driver: 'DRIVER',
	Scope: 'SCOPE',
	IPv4: 'IPV4',
	IPv6: 'IPV6',
	Internal: 'INTERNAL',
	Labels: 'LABELS',
	CreatedAt: 'CREATED AT',
};
const ACCEPTED_FILTERS = new Set(['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']);
const PREDEFINED = new Set(['bridge', 'host', 'none', 'default']);

/** sortorder.NaturalLess: digit runs compare as numbers, everything else byte by byte. */
export function naturalLess(a: string, b: string): boolean {
	let i = 0;
	let j = 0;
	const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
	while (i < a.length && j < b.length) {
		const ca = a[i];
		const cb = b[j];
		if (isDigit(ca) && isDigit(cb)) {
			let ei = i;
			while (isDigit(a[ei])) ei++;
			let ej = j;
			while (isDigit(b[ej])) ej++;
			const da = a.slice(i, ei).replace(/^0+/, '');
			const db = b.slice(j, ej).replace(/^0+/, '');
			if (da.length !== db.length) return da.length < db.length;
			if (da !== db) return da < db;
			// Equal values: fewer leading zeros first.
			if (ei - i !== ej - j) return ei - i < ej - j;
			i = ei;
			j = ej;
			continue;
		}
		if (ca !== cb) return ca < cb;
		i++;
		j++;
	}
	return a.length - i < b.length - j;
}

/** Go's time.Time.String() of a network's creation time (`2026-11-23 09:00:00.123456789 +0000 UTC`). */
function goTimeString(network: Network): string {
	return `${rfc3339Nano(network.created, `network:${network.id}`).replace('T', ' ').replace(/Z$/, '')} +0000 UTC`;
}

/** What `network ls` sees: local networks plus the cluster's (managers only), each once. */
export function listedNetworks(world: World, hostName: string): Network[] {
	const host = getHost(world, hostName);
	return Object.values(host.networks).filter((n) => n.scope !== 'swarm' || host.swarm?.role === 'manager' || !isClusterOnly(host, n));
}

const goRegexMatch = goRegexpMatch;

/** filters.Args.Match: exact, or the value as a regular expression. */
function match(values: string[], text: string): boolean {
	return values.some((v) => v === text || goRegexMatch(v, text));
}

function usageError(message: string): {stdout: string; stderr: string; exitCode: number} {
	return {stdout: '', stderr: `${message}\n\nUsage:  docker network ls [OPTIONS]\n\nRun 'docker network ls --help' for more information\n`, exitCode: 125};
}

export const networkLsCommand: DockerCommand = {
	spec: {
		path: 'docker network ls',
		usage: 'docker network ls [OPTIONS]',
		description: 'List networks',
		aliases: ['list'],
		flags: [
			{long: 'filter', short: 'f', type: 'list', valueName: 'filter', description: 'Provide filter values (e.g. "driver=bridge")'},
			{long: 'format', type: 'string', description: 'Format output using a custom template:'},
			{long: 'no-trunc', type: 'bool', description: 'Do not truncate the output'},
			{long: 'quiet', short: 'q', type: 'bool', description: 'Only display network IDs'},
		],
		args: {kind: 'none'},
	},
	run(parsed, _io, ctx) {
		const hostName = ctx.location.host;
		const f = parsed.flags;
		const filters = new Map<string, string[]>();
		for (const raw of flagList(f, 'filter')) {
			if (raw === '') continue;
			const eq = raw.indexOf('=');
			if (eq === -1) return usageError(`invalid argument "${raw}" for "-f, --filter" flag: bad format of filter (expected name=value)`);
			const key = raw.slice(0, eq).trim().toLowerCase();
			const value = raw.slice(eq + 1).trim();
			const list = filters.get(key) ?? [];
			if (!list.includes(value)) list.push(value);
			filters.set(key, list);
		}
		for (const key of filters.keys()) {
			if (!ACCEPTED_FILTERS.has(key)) return {stdout: '', stderr: `Error response from daemon: invalid filter '${key}'\n`, exitCode: 1};
		}
		const host = getHost(ctx.world, hostName);
		let networks = listedNetworks(ctx.world, hostName).filter((n) => {
			const get = (k: string) => filters.get(k);
			if (get('driver') && !get('driver')!.includes(n.driver)) return false;
			if (get('name') && !match(get('name')!, n.name)) return false;
			if (get('id') && !match(get('id')!, n.id)) return false;
			if (get('label')) {
				if (Object.keys(n.labels).length === 0) return false;
				for (const v of get('label')!) {
					const eq = v.indexOf('=');
					const k = eq === -1 ? v : v.slice(0, eq);
					if (!(k in n.labels)) return false;
					if (eq !== -1 && n.labels[k] !== v.slice(eq + 1)) return false;
				}
			}
			if (get('scope') && !get('scope')!.includes(n.scope)) return false;
			return true;
		});
		const dangling = filters.get('dangling');
		if (dangling) {
			if (dangling.length > 1) return {stdout: '', stderr: 'Error response from daemon: got more than one value for filter key "dangling"\n', exitCode: 1};
			const v = dangling[0];
			if (!['0', 'false', '1', 'true'].includes(v)) {
				return {stdout: '', stderr: 'Error response from daemon: invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")\n', exitCode: 1};
			}
			const only = v === '1' || v === 'true';
			const used = (n: Network) => host.containers.values().some((c) => c.networks[n.id]?.endpoint || (c.status === 'running' && c.networks[n.id] && capabilitiesOf(n).sandbox !== 'endpoint')) || Object.keys(n.extraEndpoints ?? {}).length > 0;
			networks = networks.filter((n) => (only ? !PREDEFINED.has(n.name) && !used(n) : PREDEFINED.has(n.name) || used(n)));
		}
		const types = filters.get('type');
		if (types) {
			const out: Network[] = [];
			for (const t of types) {
				if (t === 'builtin') out.push(...networks.filter((n) => PREDEFINED.has(n.name)));
				else if (t === 'custom') out.push(...networks.filter((n) => !PREDEFINED.has(n.name)));
				else return {stdout: '', stderr: `Error response from daemon: invalid filter: 'type'='${t}'\n`, exitCode: 1};
			}
			networks = out;
		}
		networks = [...networks].sort((a, b) => (naturalLess(a.name, b.name) ? -1 : naturalLess(b.name, a.name) ? 1 : 0));

		const quiet = flagBool(f, 'quiet');
		const trunc = !flagBool(f, 'no-trunc');
		const given = flagString(f, 'format') ?? '';
		let format = given === '' ? 'table' : given;
		if (format === 'table') format = quiet ? '{{.ID}}' : DEFAULT_TABLE;
		else if (format === 'raw') format = quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n';
		const rows = networks.map((n) => ({
			ID: trunc ? n.id.slice(0, 12) : n.id,
			Name: n.name,
			Driver: n.driver,
			Scope: n.scope,
			IPv4: 'false',
			IPv6: String(n.enableIPv6),
			Internal: String(n.internal),
			Labels: Object.entries(n.labels)
				.map(([k, v]) => `${k}=${v}`)
				.join(','),
			CreatedAt: goTimeString(n),
		}));
		try {
			return {stdout: formatTemplateTable(format, rows, HEADERS, '*network.networkContext'), stderr: '', exitCode: 0};
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: 1};
			throw e;
		}
	},
};
