// `docker swarm join --token TOKEN HOST:PORT`: CLI 28.2 (cli/command/swarm/join.go) over the
// engine's swarmJoin (multi-host worlds: the manager is the host advertising HOST).
import {swarmJoin} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagString} from '../flags.js';

export const swarmJoinCommand: DockerCommand = {
	spec: {
		path: 'docker swarm join',
		usage: 'docker swarm join [OPTIONS] HOST:PORT',
		description: 'Join a swarm as a node and/or manager',
		flags: [
			{long: 'advertise-addr', type: 'string', description: 'Advertised address (format: "<ip|interface>[:port]")'},
			{long: 'availability', type: 'string', description: 'Availability of the node ("active", "pause", "drain")', defaultText: '"active"'},
			{long: 'data-path-addr', type: 'string', description: 'Address or interface to use for data path traffic (format: "<ip|interface>")'},
			{long: 'listen-addr', type: 'string', valueName: 'node-addr', description: 'Listen address (format: "<ip|interface>[:port]")', defaultText: '0.0.0.0:2377'},
			{long: 'token', type: 'string', description: 'Token for entry into the swarm'},
		],
		args: {kind: 'exact', n: 1},
	},
	run(parsed, _io, ctx) {
		const availability = flagString(parsed.flags, 'availability');
		if (availability !== undefined && !['active', 'pause', 'drain'].includes(availability.toLowerCase())) {
			return {stdout: '', stderr: `invalid availability "${availability}", only active, pause and drain are supported\n`, exitCode: 1};
		}
		try {
			const {world, role} = swarmJoin(ctx.world, ctx.location.host, {token: flagString(parsed.flags, 'token') ?? '', remote: parsed.args[0]});
			ctx.setWorld(world);
			return {stdout: `This node joined a swarm as a ${role}.\n`, stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e);
		}
	},
};
