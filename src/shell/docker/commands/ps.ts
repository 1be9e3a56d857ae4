// `docker ps`: the container table (newest first), -a/-q/-n/-l/--no-trunc/--format/--filter.
import {containersOf, findNetwork, getHost, type Container} from '../../../engine/index.js';
import {formatTemplateTable} from '../../format/index.js';
import {dockerTemplateError, TemplateError} from '../../template/index.js';
import {goRegexpMatch} from '../views/go-regexp.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList, flagString} from '../flags.js';
import {hostOf} from '../views/container-common.js';
import {fieldsUsed, networkNames, psRow, PS_HEADERS} from '../views/container-list.js';

const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

type Filter = (c: Container) => boolean;

export const psCommand: DockerCommand = {
	spec: {
		path: 'docker ps',
		usage: 'docker ps [OPTIONS]',
		description: 'List containers',
		flags: [
			{long: 'all', short: 'a', type: 'bool', description: 'Show all containers (default shows just running)'},
			{long: 'filter', short: 'f', type: 'list', valueName: 'filter', description: 'Filter output based on conditions provided'},
			{long: 'format', type: 'string', description: 'Format output using a custom template'},
			{long: 'last', short: 'n', type: 'int', description: 'Show n last created containers (includes all states)', defaultText: '-1'},
			{long: 'latest', short: 'l', type: 'bool', description: 'Show the latest created container (includes all states)'},
			{long: 'no-trunc', type: 'bool', description: "Don't truncate output"},
			{long: 'quiet', short: 'q', type: 'bool', description: 'Only display container IDs'},
			{long: 'size', short: 's', type: 'bool', description: 'Display total file sizes'},
		],
		args: {kind: 'none'},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		const host = getHost(ctx.world, hostName);
		const f = parsed.flags;
		const last = flagBool(f, 'latest') ? 1 : Number(flagString(f, 'last') ?? -1);
		const all = flagBool(f, 'all') || last > 0;
		const filters: Filter[] = [];
		const byKey = new Map<string, string[]>();
		for (const raw of flagList(f, 'filter')) {
			const eq = raw.indexOf('=');
			if (eq === -1) return {stdout: '', stderr: `invalid argument "${raw}" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n`, exitCode: 125};
			const key = raw.slice(0, eq).trim().toLowerCase();
			const value = raw.slice(eq + 1);
			byKey.set(key, [...(byKey.get(key) ?? []), value]);
		}
		let statusFilter = false;
		for (const [key, values] of byKey) {
			switch (key) {
				case 'name':
					filters.push((c) => values.some((v) => goRegexpMatch(v, `/${c.name}`)));
					break;
				case 'id':
					filters.push((c) => values.some((v) => c.id.startsWith(v)));
					break;
				case 'status':
					for (const v of values) {
						if (!STATUSES.includes(v)) return {stdout: '', stderr: `Error response from daemon: invalid filter 'status=${v}'\n`, exitCode: 1};
					}
					statusFilter = true;
					filters.push((c) => values.includes(c.paused ? 'paused' : c.status));
					break;
				case 'exited':
					filters.push((c) => c.status === 'exited' && values.includes(String(c.exitCode)));
					break;
				case 'ancestor':
					filters.push((c) => values.some((v) => c.image === v || c.imageKey === v || c.imageKey === `${v}:latest`));
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
							return networkNames(ctx.world, hostName, c).includes(v) || (n !== undefined && c.networks[n.id] !== undefined);
						}),
					);
					break;
				case 'label':
					filters.push(() => false);
					break;
				default:
					return {stdout: '', stderr: `Error response from daemon: invalid filter '${key}'\n`, exitCode: 1};
			}
		}
		let list = containersOf(host).reverse();
		if (!all && !statusFilter) list = list.filter((c) => c.status === 'running');
		list = list.filter((c) => filters.every((fn) => fn(c)));
		if (last > 0) list = list.slice(0, last);
		const noTrunc = flagBool(f, 'no-trunc');
		const quiet = flagBool(f, 'quiet');
		const format = quiet ? '{{.ID}}' : (flagString(f, 'format') ?? DEFAULT_FORMAT);
		const fields = fieldsUsed(format);
		const rows = list.map((c) => psRow(ctx.world, hostName, c, noTrunc, fields));
		try {
			return {stdout: formatTemplateTable(format, rows, PS_HEADERS), stderr: '', exitCode: 0};
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: 1};
			throw e;
		}
	},
};
