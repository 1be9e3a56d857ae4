// `docker network rm`: CLI 28.2 (cli/command/network/remove.go). Each network is removed on its
// own; a failure is printed and the rest go on; any failure ends with `exit status 1`.
// Removing the ingress network asks first (the answer is read from stdin).
import {removeNetwork, EngineError} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {flagBool} from '../flags.js';
import {inspectLookup} from './network-inspect.js';
import {confirmLine} from '../views/prune-common.js';

const INGRESS_WARNING =
	'WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\nAre you sure you want to continue? [y/N] ';

export const networkRmCommand: DockerCommand = {
	spec: {
		path: 'docker network rm',
		usage: 'docker network rm NETWORK [NETWORK...]',
		description: 'Remove one or more networks',
		aliases: ['remove'],
		flags: [{long: 'force', short: 'f', type: 'bool', description: 'Do not error if the network does not exist'}],
		args: {kind: 'min', n: 1},
	},
	run(parsed, io, ctx) {
		const hostName = ctx.location.host;
		const force = flagBool(parsed.flags, 'force');
		let stdout = '';
		let stderr = '';
		let status = 0;
		let prompts = 0;
		for (const name of parsed.args) {
			let ingress = false;
			try {
				ingress = inspectLookup(ctx.world, hostName, name).ingress;
			} catch {
				ingress = false;
			}
			if (ingress) {
				stdout += INGRESS_WARNING;
				if (!confirmLine(io.stdin, prompts++)) continue;
			}
			try {
				ctx.setWorld(removeNetwork(ctx.world, hostName, name));
				stdout += `${name}\n`;
			} catch (e) {
				if (force && e instanceof EngineError && e.kind === 'notFound') continue;
				stderr += `${daemonText(e)}\n`;
				status = 1;
			}
		}
		if (status !== 0) stderr += `exit status ${status}\n`;
		return {stdout, stderr, exitCode: status};
	},
};
