// `docker swarm init`: CLI 28.2 (cli/command/swarm/init.go, join_token.go) over the engine's
// swarmInit (daemon 26.1: ingress + docker_gwbridge, join tokens).
import {swarmInit} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagString} from '../flags.js';

export const swarmInitCommand: DockerCommand = {
	spec: {
		path: 'docker swarm init',
		usage: 'docker swarm init [OPTIONS]',
		description: 'Initialize a swarm',
		flags: [
			{long: 'advertise-addr', type: 'string', description: 'Advertised address (format: "<ip|interface>[:port]")'},
			{long: 'autolock', type: 'bool', description: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)'},
			{long: 'availability', type: 'string', description: 'Availability of the node ("active", "pause", "drain")', defaultText: '"active"'},
			{long: 'cert-expiry', type: 'string', valueName: 'duration', description: 'Validity period for node certificates (ns|us|ms|s|m|h)', defaultText: '2160h0m0s'},
			{long: 'data-path-addr', type: 'string', description: 'Address or interface to use for data path traffic (format: "<ip|interface>")'},
			{long: 'data-path-port', type: 'string', valueName: 'uint32', description: 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.'},
			{long: 'default-addr-pool', type: 'list', valueName: 'ipNetSlice', description: 'default address pool in CIDR format', defaultText: '[]'},
			{long: 'default-addr-pool-mask-length', type: 'string', valueName: 'uint32', description: 'default address pool subnet mask length', defaultText: '24'},
			{long: 'dispatcher-heartbeat', type: 'string', valueName: 'duration', description: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)', defaultText: '5s'},
			{long: 'external-ca', type: 'list', valueName: 'external-ca', description: 'Specifications of one or more certificate signing endpoints'},
			{long: 'force-new-cluster', type: 'bool', description: 'Force create a new cluster from current state'},
			{long: 'listen-addr', type: 'string', valueName: 'node-addr', description: 'Listen address (format: "<ip|interface>[:port]")', defaultText: '0.0.0.0:2377'},
			{long: 'max-snapshots', type: 'string', valueName: 'uint', description: 'Number of additional Raft snapshots to retain'},
			{long: 'snapshot-interval', type: 'string', valueName: 'uint', description: 'Number of log entries between Raft snapshots', defaultText: '10000'},
			{long: 'task-history-limit', type: 'int', description: 'Task history retention limit', defaultText: '5'},
		],
		args: {kind: 'none'},
	},
	run(parsed, _io, ctx) {
		const availability = flagString(parsed.flags, 'availability');
		if (availability !== undefined && !['active', 'pause', 'drain'].includes(availability.toLowerCase())) {
			return {stdout: '', stderr: `invalid availability "${availability}", only active, pause and drain are supported\n`, exitCode: 1};
		}
		try {
			const r = swarmInit(ctx.world, ctx.location.host, {advertiseAddr: flagString(parsed.flags, 'advertise-addr')});
			ctx.setWorld(r.world);
			const stdout =
				`Swarm initialized: current node (${r.nodeId}) is now a manager.\n\n` +
				`To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${r.workerToken} ${r.managerAddr}\n\n` +
				"To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n";
			return {stdout, stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e);
		}
	},
};
