// `docker info` (short): the real field names, with counts from the simulated host.
import {getHost} from '../../../engine/index.js';
import {bytesSize, HOST_MEMORY_BYTES} from '../views/units.js';
import type {DockerCommand} from '../command.js';
import {hostOf} from '../views/container-common.js';
import {presentImages} from './images.js';

export const infoCommand: DockerCommand = {
	spec: {
		path: 'docker info',
		usage: 'docker info [OPTIONS]',
		description: 'Display system-wide information',
		flags: [{long: 'format', short: 'f', type: 'string', description: 'Format output using a custom template'}],
		args: {kind: 'none'},
	},
	run(_parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		const host = getHost(ctx.world, hostName);
		const all = host.containers.values();
		const running = all.filter((c) => c.status === 'running').length;
		const stopped = all.length - running;
		const images = new Set(presentImages(ctx.world, hostName).map((i) => i.id)).size;
		const swarm = host.swarm
			? [' Swarm: active', `  NodeID: ${host.swarm.nodeId}`, '  Is Manager: true', '  Managers: 1', '  Nodes: 1']
			: [' Swarm: inactive'];
		const text = [
			'Client:',
			' Version:    28.2.2',
			' Context:    default',
			' Debug Mode: false',
			'',
			'Server:',
			` Containers: ${all.length}`,
			`  Running: ${running}`,
			'  Paused: 0',
			`  Stopped: ${stopped}`,
			` Images: ${images}`,
			' Server Version: 26.1.5+dfsg1',
			' Storage Driver: overlay2',
			'  Backing Filesystem: extfs',
			' Logging Driver: json-file',
			' Cgroup Driver: systemd',
			' Cgroup Version: 2',
			' Plugins:',
			'  Volume: local',
			'  Network: bridge host ipvlan macvlan null overlay',
			'  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
			...swarm,
			' Runtimes: io.containerd.runc.v2 runc',
			' Default Runtime: runc',
			' Kernel Version: 6.18.44-fc-v782',
			' Operating System: Debian GNU/Linux 13 (trixie)',
			' OSType: linux',
			' Architecture: x86_64',
			' CPUs: 2',
			` Total Memory: ${bytesSize(HOST_MEMORY_BYTES)}`,
			` Name: ${host.name}`,
			' Docker Root Dir: /var/lib/docker',
			' Debug Mode: false',
			' Experimental: false',
			' Insecure Registries:',
			'  127.0.0.0/8',
			' Live Restore Enabled: false',
			'',
		].join('\n');
		return {stdout: text, stderr: '', exitCode: 0};
	},
};
