// `docker logs`: what the container's processes printed, stdout lines on stdout and stderr lines
// on stderr. -f cannot follow in a turn-based terminal, so it prints what is there and returns.
import {getHost, requireContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagBool, flagString} from '../flags.js';
import {hostOf} from '../views/container-common.js';
import {rfc3339Nano} from '../views/container-json.js';

export const logsCommand: DockerCommand = {
	spec: {
		path: 'docker logs',
		usage: 'docker logs [OPTIONS] CONTAINER',
		description: 'Fetch the logs of a container',
		flags: [
			{long: 'details', type: 'bool', description: 'Show extra details provided to logs'},
			{long: 'follow', short: 'f', type: 'bool', description: 'Follow log output'},
			{long: 'since', type: 'string', description: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)'},
			{long: 'tail', short: 'n', type: 'string', description: 'Number of lines to show from the end of the logs', defaultText: '"all"'},
			{long: 'timestamps', short: 't', type: 'bool', description: 'Show timestamps'},
			{long: 'until', type: 'string', description: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)'},
		],
		args: {kind: 'exact', n: 1},
	},
	run(parsed, _io, ctx) {
		let c;
		try {
			c = requireContainer(getHost(ctx.world, hostOf(ctx)), parsed.args[0]);
		} catch (e) {
			return cliError(e);
		}
		let logs = c.logs;
		const tail = flagString(parsed.flags, 'tail');
		if (tail !== undefined && tail !== 'all' && /^\d+$/.test(tail)) logs = Number(tail) === 0 ? [] : logs.slice(-Number(tail));
		const stamps = flagBool(parsed.flags, 'timestamps');
		const started = c.startedAt || c.created;
		let stdout = '';
		let stderr = '';
		logs.forEach((l, i) => {
			const prefix = stamps ? `${rfc3339Nano(started, `log:${c.id}:${i}`)} ` : '';
			if (l.stream === 'stdout') stdout += `${prefix}${l.text}\n`;
			else stderr += `${prefix}${l.text}\n`;
		});
		return {stdout, stderr, exitCode: 0};
	},
};
