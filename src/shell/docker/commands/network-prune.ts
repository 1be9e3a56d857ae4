// `docker network prune [-f]`: CLI 28.2 (cli/command/network/prune.go). Without -f it asks on
// stdout and reads the answer from stdin (`echo y | docker network prune`); anything but y/Y
// cancels silently with exit 0. The report is printed with Fprintln, hence the blank last line.
import {pruneNetworks} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagList} from '../flags.js';
import {askFirst, checkPruneFilters, pruneFlags} from '../views/prune-common.js';

const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';

export const networkPruneCommand: DockerCommand = {
	spec: {
		path: 'docker network prune',
		usage: 'docker network prune [OPTIONS]',
		description: 'Remove all unused networks',
		flags: pruneFlags(),
		args: {kind: 'none'},
	},
	run(parsed, io, ctx) {
		// Measured: a key other than until/label is the daemon's "invalid filter 'foo'", exit 1.
		const bad = checkPruneFilters(flagList(parsed.flags, 'filter'), 'docker network prune [OPTIONS]', 'docker network prune');
		if (bad) return {stdout: '', ...bad};
		const question = askFirst(parsed.flags, io.stdin, WARNING);
		if (!question.go) return {stdout: question.asked, stderr: '', exitCode: 0};
		let stdout = question.asked;
		try {
			const {world, removed} = pruneNetworks(ctx.world, ctx.location.host);
			ctx.setWorld(world);
			if (removed.length > 0) stdout += `Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}\n`;
			return {stdout, stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e, stdout);
		}
	},
};
