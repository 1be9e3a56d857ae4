// `docker swarm leave [-f]`: CLI 28.2 (cli/command/swarm/leave.go) over the engine's swarmLeave
// (daemon/cluster/swarm.go Leave: a manager needs --force).
import {swarmLeave} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagBool} from '../flags.js';

export const swarmLeaveCommand: DockerCommand = {
	spec: {
		path: 'docker swarm leave',
		usage: 'docker swarm leave [OPTIONS]',
		description: 'Leave the swarm',
		flags: [{long: 'force', short: 'f', type: 'bool', description: 'Force this node to leave the swarm, ignoring warnings'}],
		args: {kind: 'none'},
	},
	run(parsed, _io, ctx) {
		try {
			ctx.setWorld(swarmLeave(ctx.world, ctx.location.host, flagBool(parsed.flags, 'force')));
			return {stdout: 'Node left the swarm.\n', stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e);
		}
	},
};
