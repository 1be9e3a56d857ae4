// `docker container prune [-f] [--filter until=|label=]` (CLI 28.2 container/prune.go): asks on
// stdout unless -f, reads the answer from stdin, and reports with Fprintln as the CLI does.
import {pruneContainers} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList} from '../flags.js';
import {confirmLine} from './network-rm.js';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

/** The filters prune accepts; anything else is the daemon's "invalid filter". Returns an error text or undefined. */
export function checkPruneFilters(values: readonly string[], usage: string, path: string): {stderr: string; exitCode: number} | undefined {
	for (const raw of values) {
		if (raw !== '' && !raw.includes('=')) {
			return {stderr: `invalid argument "${raw}" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information\n`, exitCode: 125};
		}
		const key = raw.slice(0, raw.indexOf('='));
		if (raw !== '' && !['until', 'label', 'label!'].includes(key)) return {stderr: `Error response from daemon: invalid filter '${key}'\n`, exitCode: 1};
	}
	return undefined;
}

export const containerPruneCommand: DockerCommand = {
	spec: {
		path: 'docker container prune',
		usage: 'docker container prune [OPTIONS]',
		description: 'Remove all stopped containers',
		flags: [
			{long: 'filter', type: 'list', valueName: 'filter', description: 'Provide filter values (e.g. "until=<timestamp>")'},
			{long: 'force', short: 'f', type: 'bool', description: 'Do not prompt for confirmation'},
		],
		args: {kind: 'none'},
	},
	run(parsed, io, ctx) {
		const bad = checkPruneFilters(flagList(parsed.flags, 'filter'), 'docker container prune [OPTIONS]', 'docker container prune');
		if (bad) return {stdout: '', ...bad};
		const filtered = flagList(parsed.flags, 'filter').some((f) => f !== '');
		let stdout = '';
		if (!flagBool(parsed.flags, 'force')) {
			stdout += WARNING;
			if (!confirmLine(io.stdin, 0)) return {stdout, stderr: '', exitCode: 0};
		}
		const {world, removed} = pruneContainers(ctx.world, ctx.location.host);
		ctx.setWorld(world);
		if (removed.length > 0) stdout += `Deleted Containers:\n${removed.map((id) => `${id}\n`).join('')}\n`;
		stdout += 'Total reclaimed space: 0B\n';
		const note = filtered ? 'netdojo: prune filters (until, label) are checked but not applied: every stopped container was removed\n' : '';
		return {stdout, stderr: note, exitCode: 0};
	},
};
