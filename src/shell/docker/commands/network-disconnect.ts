// `docker network disconnect [-f]`: CLI 28.2; the daemon's checks and texts live in the engine
// (disconnectNetwork). Prints nothing on success.
import {disconnectNetwork} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagBool} from '../flags.js';

export const networkDisconnectCommand: DockerCommand = {
	spec: {
		path: 'docker network disconnect',
		usage: 'docker network disconnect [OPTIONS] NETWORK CONTAINER',
		description: 'Disconnect a container from a network',
		flags: [{long: 'force', short: 'f', type: 'bool', description: 'Force the container to disconnect from a network'}],
		args: {kind: 'exact', n: 2},
	},
	run(parsed, _io, ctx) {
		const [network, container] = parsed.args;
		try {
			ctx.setWorld(disconnectNetwork(ctx.world, ctx.location.host, network, container, flagBool(parsed.flags, 'force')));
			return {stdout: '', stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e);
		}
	},
};
