// `docker system prune [-f]` (CLI 28.2 system/prune.go): stopped containers, unused networks,
// dangling images (and the build cache, which the simulation does not keep), one report.
import {pruneContainers, pruneDanglingImages, pruneNetworks} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList} from '../flags.js';
import {askFirst, checkPruneFilters, pruneFlags} from '../views/prune-common.js';

const WARNING = 'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue? [y/N] ';

export const systemPruneCommand: DockerCommand = {
	spec: {
		path: 'docker system prune',
		usage: 'docker system prune [OPTIONS]',
		description: 'Remove unused data',
		flags: [
			{long: 'all', short: 'a', type: 'bool', description: 'Remove all unused images not just dangling ones'},
			...pruneFlags('label=<key>=<value>'),
			{long: 'volumes', type: 'bool', description: 'Prune anonymous volumes'},
		],
		args: {kind: 'none'},
	},
	run(parsed, io, ctx) {
		const bad = checkPruneFilters(flagList(parsed.flags, 'filter'), 'docker system prune [OPTIONS]', 'docker system prune');
		if (bad) return {stdout: '', ...bad};
		const question = askFirst(parsed.flags, io.stdin, WARNING);
		if (!question.go) return {stdout: question.asked, stderr: '', exitCode: 0};
		let stdout = question.asked;
		const containers = pruneContainers(ctx.world, ctx.location.host);
		const networks = pruneNetworks(containers.world, ctx.location.host);
		const images = pruneDanglingImages(networks.world);
		ctx.setWorld(images.world);
		if (containers.removed.length > 0) stdout += `Deleted Containers:\n${containers.removed.map((id) => `${id}\n`).join('')}\n`;
		if (networks.removed.length > 0) stdout += `Deleted Networks:\n${networks.removed.map((n) => `${n}\n`).join('')}\n`;
		if (images.removed.length > 0) stdout += `Deleted Images:\n${images.removed.map((id) => `deleted: sha256:${id}\n`).join('')}\n`;
		stdout += 'Total reclaimed space: 0B\n';
		const note = flagBool(parsed.flags, 'all') ? 'netdojo: -a (every image no container uses) is not simulated: only dangling images were removed\n' : '';
		return {stdout, stderr: note, exitCode: 0};
	},
};
