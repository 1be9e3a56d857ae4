// `docker swarm join-token [-q] (worker|manager)`: CLI 28.2 (cli/command/swarm/join_token.go)
// over the engine's swarmJoinToken (managers only). Recorded in 22-swarm-overlay.
import {swarmJoinToken} from '../../../engine/swarm-ops.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagBool} from '../flags.js';

export const swarmJoinTokenCommand: DockerCommand = {
	spec: {
		path: 'docker swarm join-token',
		usage: 'docker swarm join-token [OPTIONS] (worker|manager)',
		description: 'Manage join tokens',
		flags: [
			{long: 'quiet', short: 'q', type: 'bool', description: 'Only display token'},
			{long: 'rotate', type: 'bool', description: 'Rotate join token'},
		],
		args: {kind: 'exact', n: 1},
	},
	run(parsed, _io, ctx) {
		const role = parsed.args[0];
		if (role !== 'worker' && role !== 'manager') return {stdout: '', stderr: `unknown role ${role}\n`, exitCode: 1};
		try {
			const {token, managerAddr} = swarmJoinToken(ctx.world, ctx.location.host, role);
			if (flagBool(parsed.flags, 'quiet')) return {stdout: `${token}\n`, stderr: '', exitCode: 0};
			return {stdout: `To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${managerAddr}\n\n`, stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e);
		}
	},
};
