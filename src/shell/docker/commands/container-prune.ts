// `docker container prune [-f] [--filter until=|label=]` (CLI 28.2 container/prune.go): asks on
// stdout unless -f, reads the answer from stdin, and reports with Fprintln as the CLI does.
import {pruneContainers} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {flagList} from '../flags.js';
import {askFirst, checkPruneFilters, filtered, pruneFlags} from '../views/prune-common.js';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

export const containerPruneCommand: DockerCommand = {
	spec: {
		path: 'docker container prune',
		usage: 'docker container prune [OPTIONS]',
		description: 'Remove all stopped containers',
		flags: pruneFlags(),
		args: {kind: 'none'},
	},
	run(parsed, io, ctx) {
		const bad = checkPruneFilters(flagList(parsed.flags, 'filter'), 'docker container prune [OPTIONS]', 'docker container prune');
		if (bad) return {stdout: '', ...bad};
		const question = askFirst(parsed.flags, io.stdin, WARNING);
		if (!question.go) return {stdout: question.asked, stderr: '', exitCode: 0};
		let stdout = question.asked;
		const {world, removed} = pruneContainers(ctx.world, ctx.location.host);
		ctx.setWorld(world);
		if (removed.length > 0) stdout += `Deleted Containers:\n${removed.map((id) => `${id}\n`).join('')}\n`;
		stdout += 'Total reclaimed space: 0B\n';
		const note = filtered(parsed.flags) ? 'netdojo: prune filters (until, label) are checked but not applied: every stopped container was removed\n' : '';
		return {stdout, stderr: note, exitCode: 0};
	},
};
