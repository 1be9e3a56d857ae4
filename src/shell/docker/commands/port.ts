// `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (docker CLI 28.2 container/port.go).
import {getHost, requireContainer} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {hostOf, naturalLess} from '../views/container-common.js';

const joinHostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

export const portCommand: DockerCommand = {
	spec: {
		path: 'docker port',
		usage: 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
		description: 'List port mappings or a specific mapping for the container',
		flags: [],
		args: {kind: 'range', min: 1, max: 2},
	},
	run(parsed, _io, ctx) {
		const [ref, wanted] = parsed.args;
		let c;
		try {
			c = requireContainer(getHost(ctx.world, hostOf(ctx)), ref);
		} catch (e) {
			return cliError(e);
		}
		const ports = c.status === 'running' ? c.ports : {};
		if (wanted !== undefined) {
			const [port, proto = 'tcp'] = wanted.split('/');
			const bindings = ports[`${port}/${proto}`];
			if (!bindings || bindings.length === 0) return {stdout: '', stderr: `Error: No public port '${wanted}' published for ${ref}\n`, exitCode: 1};
			return {stdout: bindings.map((b) => `${joinHostPort(b.hostIp, b.hostPort)}\n`).join(''), stderr: '', exitCode: 0};
		}
		const out: string[] = [];
		for (const [key, bindings] of Object.entries(ports)) {
			for (const b of bindings) out.push(`${key} -> ${joinHostPort(b.hostIp, b.hostPort)}`);
		}
		out.sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
		return {stdout: out.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0};
	},
};
