// `docker network connect`: CLI 28.2 (cli/command/network/connect.go); the daemon's checks and
// texts live in the engine (connectNetwork). Prints nothing on success.
import {connectNetwork} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagList, flagString} from '../flags.js';

export const networkConnectCommand: DockerCommand = {
	spec: {
		path: 'docker network connect',
		usage: 'docker network connect [OPTIONS] NETWORK CONTAINER',
		description: 'Connect a container to a network',
		flags: [
			{long: 'alias', type: 'list', valueName: 'strings', description: 'Add network-scoped alias for the container'},
			{long: 'driver-opt', type: 'list', valueName: 'strings', description: 'driver options for the network'},
			{long: 'gw-priority', type: 'int', description: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.'},
			{long: 'ip', type: 'string', description: 'IPv4 address (e.g., "172.30.100.104")'},
			{long: 'ip6', type: 'string', description: 'IPv6 address (e.g., "2001:db8::33")'},
			{long: 'link', type: 'list', description: 'Add link to another container'},
			{long: 'link-local-ip', type: 'list', valueName: 'strings', description: 'Add a link-local address for the container'},
		],
		args: {kind: 'exact', n: 2},
	},
	run(parsed, _io, ctx) {
		const [network, container] = parsed.args;
		// --alias is a StringSlice: comma-separated values are several aliases.
		const aliases = flagList(parsed.flags, 'alias').flatMap((a) => a.split(',')).filter((a) => a !== '');
		const ip = flagString(parsed.flags, 'ip');
		try {
			ctx.setWorld(connectNetwork(ctx.world, ctx.location.host, network, container, {aliases, ...(ip ? {ipv4Address: ip} : {})}));
			return {stdout: '', stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e);
		}
	},
};
