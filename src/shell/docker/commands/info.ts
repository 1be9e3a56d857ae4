// `docker info` (short): the real field names, with counts from the simulated host.
import {daemonState, getHost, profileOf} from '../../../engine/index.js';
import {bytesSize, HOST_MEMORY_BYTES} from '../views/units.js';
import type {DockerCommand} from '../command.js';
import {hostOf} from '../views/container-common.js';
import {presentImages} from './images.js';
import {flagString} from '../flags.js';
import {formatTemplateTable} from '../../format/index.js';
import {TemplateError} from '../../template/index.js';

interface Counts {
	/** The daemon's version (its engine profile). */
	readonly version: string;
	readonly all: number;
	readonly running: number;
	readonly paused: number;
	readonly stopped: number;
	readonly images: number;
	readonly swarmNode?: string;
	/** daemon.json's default-address-pools (`DefaultAddressPools`; null when none are configured). */
	readonly pools?: readonly {base: string; size: number}[];
}

/** The fields of the daemon's system.Info a template reads (`{{.ServerVersion}}`, `{{.Swarm.LocalNodeState}}`). */
function infoObject(name: string, n: Counts): Record<string, unknown> {
	return {
		ID: '', Containers: n.all, ContainersRunning: n.running, ContainersPaused: n.paused, ContainersStopped: n.stopped, Images: n.images,
		Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true'], ['Using metacopy', 'false'], ['Native Overlay Diff', 'true'], ['userxattr', 'false']],
		Plugins: {Volume: ['local'], Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'], Authorization: null, Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog']},
		MemoryLimit: true, SwapLimit: true, CpuCfsPeriod: true, CpuCfsQuota: true, CPUShares: true, CPUSet: true, PidsLimit: true, IPv4Forwarding: true,
		Debug: false, LoggingDriver: 'json-file', CgroupDriver: 'systemd', CgroupVersion: '2',
		KernelVersion: '6.18.44-fc-v782', OperatingSystem: 'Debian GNU/Linux 13 (trixie)', OSVersion: '13', OSType: 'linux', Architecture: 'x86_64',
		IndexServerAddress: 'https://index.docker.io/v1/', NCPU: 2, MemTotal: HOST_MEMORY_BYTES, DockerRootDir: '/var/lib/docker', Name: name,
		DefaultAddressPools: n.pools && n.pools.length > 0 ? n.pools.map((p) => ({Base: p.base, Size: p.size})) : null,
		Labels: [], ExperimentalBuild: false, ServerVersion: n.version, DefaultRuntime: 'runc', LiveRestoreEnabled: false, Isolation: '', InitBinary: 'docker-init',
		Swarm: n.swarmNode
			? {NodeID: n.swarmNode, NodeAddr: '', LocalNodeState: 'active', ControlAvailable: true, Error: '', RemoteManagers: null}
			: {NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null},
	};
}

export const infoCommand: DockerCommand = {
	spec: {
		path: 'docker info',
		usage: 'docker info [OPTIONS]',
		description: 'Display system-wide information',
		flags: [{long: 'format', short: 'f', type: 'string', description: 'Format output using a custom template'}],
		args: {kind: 'none'},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		const host = getHost(ctx.world, hostName);
		const all = host.containers.values();
		const running = all.filter((c) => c.status === 'running').length;
		const stopped = all.length - running;
		const images = new Set(presentImages(ctx.world, hostName).map((i) => i.id)).size;
		const format = flagString(parsed.flags, 'format');
		if (format !== undefined && format !== '') {
			const paused = all.filter((c) => c.paused).length;
			const pools = daemonState(host).config.addressPools;
			const info = infoObject(host.name, {version: profileOf(host).daemonVersion, all: all.length, running: running - paused, paused, stopped, images, swarmNode: host.swarm?.nodeId, ...(pools ? {pools} : {})});
			try {
				const text = format === 'json' ? `${JSON.stringify(info)}\n` : formatTemplateTable(format, [info], {}, 'system.dockerInfo');
				return {stdout: text, stderr: '', exitCode: 0};
			} catch (e) {
				// Recorded (61): info prints the Go error bare, after an empty line on stdout.
				if (e instanceof TemplateError) return {stdout: '\n', stderr: `${e.message}\n`, exitCode: 1};
				throw e;
			}
		}
		const swarm = host.swarm
			? [' Swarm: active', `  NodeID: ${host.swarm.nodeId}`, '  Is Manager: true', '  Managers: 1', '  Nodes: 1']
			: [' Swarm: inactive'];
		const pools = daemonState(host).config.addressPools ?? [];
		const text = [
			'Client:',
			' Version:    28.2.2',
			' Context:    default',
			' Debug Mode: false',
			'',
			'Server:',
			` Containers: ${all.length}`,
			`  Running: ${running - all.filter((c) => c.paused).length}`,
			`  Paused: ${all.filter((c) => c.paused).length}`,
			`  Stopped: ${stopped}`,
			` Images: ${images}`,
			` Server Version: ${profileOf(host).daemonVersion}`,
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
			// Measured on 26.1.5 with two pools: after Live Restore, one line per pool.
			...(pools.length > 0 ? [' Default Address Pools:', ...pools.map((p) => `   Base: ${p.base}, Size: ${p.size}`)] : []),
			'',
		].join('\n');
		return {stdout: text, stderr: '', exitCode: 0};
	},
};
