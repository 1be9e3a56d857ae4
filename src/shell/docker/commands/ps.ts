// `docker ps`: the container table (newest first), -a/-q/-n/-l/--no-trunc/--format/--filter.
import {containersOf, getHost} from '../../../engine/index.js';
import {formatTemplateTable} from '../../format/index.js';
import {dockerTemplateError, TemplateError} from '../../template/index.js';
import {psFilters} from '../views/ps-filters.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList, flagString} from '../flags.js';
import {hostOf} from '../views/container-common.js';
import {fieldsUsed, psHeaders, psRow} from '../views/container-list.js';

const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

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
		const byKey = new Map<string, string[]>();
		for (const raw of flagList(f, 'filter')) {
			const eq = raw.indexOf('=');
			if (eq === -1) return {stdout: '', stderr: `invalid argument "${raw}" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n`, exitCode: 125};
			const key = raw.slice(0, eq).trim().toLowerCase();
			const value = raw.slice(eq + 1);
			byKey.set(key, [...(byKey.get(key) ?? []), value]);
		}
		const parsedFilters = psFilters(ctx.world, hostName, host, byKey);
		if (parsedFilters.error) return {stdout: '', stderr: `Error response from daemon: ${parsedFilters.error}\n`, exitCode: 1};
		const filters = parsedFilters.filters;
		const statusFilter = parsedFilters.status;
		let list = containersOf(host).reverse();
		if (!all && !statusFilter) list = list.filter((c) => c.status === 'running');
		list = list.filter((c) => filters.every((fn) => fn(c)));
		if (last > 0) list = list.slice(0, last);
		const noTrunc = flagBool(f, 'no-trunc');
		const quiet = flagBool(f, 'quiet');
		// -s adds the SIZE column to the default table only (formatter.NewContainerFormat).
		const format = quiet ? '{{.ID}}' : (flagString(f, 'format') ?? (flagBool(f, 'size') ? `${DEFAULT_FORMAT}\t{{.Size}}` : DEFAULT_FORMAT));
		const fields = fieldsUsed(format);
		const rows = list.map((c) => psRow(ctx.world, hostName, c, noTrunc, fields));
		try {
			return {stdout: formatTemplateTable(format, rows, psHeaders()), stderr: '', exitCode: 0};
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: 1};
			throw e;
		}
	},
};
