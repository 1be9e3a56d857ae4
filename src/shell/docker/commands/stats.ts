// `docker stats` (CLI 28 container/stats.go). --no-stream prints one sample; the live view would
// redraw until Ctrl+C, so the game prints one sample and says so. Figures are typical of the
// programs running (an idle container uses no CPU and a little memory), not measured.
import {containersOf, getHost, requireContainer, type Container, type World} from '../../../engine/index.js';
import {formatTemplateTable} from '../../format/index.js';
import {dockerTemplateError, TemplateError} from '../../template/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {flagBool, flagString} from '../flags.js';
import {hostOf} from '../views/container-common.js';
import {containerProcesses} from '../views/container-processes.js';
import {bytesSize, HOST_MEMORY_BYTES} from '../views/units.js';

const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const HEADERS = {Container: 'CONTAINER', ID: 'CONTAINER ID', Name: 'NAME', CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS'};

/** Bytes a container has received since it started: ARP and IPv6 router solicitations on each network. */
function received(world: World, c: Container): number {
	const networks = Object.values(c.networks).filter((n) => n.endpoint).length;
	const upSeconds = Math.max(0, Math.floor((world.clock - c.startedAt) / 1000));
	return networks * (586 + 70 * Math.min(upSeconds, 40));
}

function row(world: World, c: Container, asGiven: string, noTrunc: boolean): Record<string, string> {
	const running = c.status === 'running';
	const processes = running ? containerProcesses(c) : [];
	const mem = processes.reduce((sum, p) => sum + p.rssKiB * 1024, 0);
	return {
		Container: asGiven,
		ID: noTrunc ? c.id : c.id.slice(0, 12),
		Name: c.name,
		CPUPerc: '0.00%',
		MemUsage: running ? `${bytesSize(mem)} / ${bytesSize(HOST_MEMORY_BYTES)}` : '0B / 0B',
		MemPerc: `${running ? ((mem / HOST_MEMORY_BYTES) * 100).toFixed(2) : '0.00'}%`,
		NetIO: running ? `${bytesSize(received(world, c))} / 0B` : '0B / 0B',
		BlockIO: '0B / 0B',
		PIDs: String(processes.length),
	};
}

export const statsCommand: DockerCommand = {
	spec: {
		path: 'docker stats',
		usage: 'docker stats [OPTIONS] [CONTAINER...]',
		description: 'Display a live stream of container(s) resource usage statistics',
		flags: [
			{long: 'all', short: 'a', type: 'bool', description: 'Show all containers (default shows just running)'},
			{long: 'format', type: 'string', description: 'Format output using a custom template'},
			{long: 'no-stream', type: 'bool', description: 'Disable streaming stats and only pull the first result'},
			{long: 'no-trunc', type: 'bool', description: "Don't truncate output"},
		],
	},
	run(parsed, _io, ctx) {
		const host = getHost(ctx.world, hostOf(ctx));
		const noTrunc = flagBool(parsed.flags, 'no-trunc');
		const rows: Record<string, string>[] = [];
		let stderr = '';
		if (parsed.args.length === 0) {
			const all = flagBool(parsed.flags, 'all');
			// Newest first, as the daemon lists them; Container is the ID when no name was given.
			for (const c of containersOf(host).reverse()) if (all || c.status === 'running') rows.push(row(ctx.world, c, c.id.slice(0, 12), noTrunc));
		} else {
			for (const ref of parsed.args) {
				try {
					rows.push(row(ctx.world, requireContainer(host, ref), ref, noTrunc));
				} catch (e) {
					stderr += `${daemonText(e)}\n`;
				}
			}
		}
		// CLI 28 checks every named container first: one missing, and only the errors are printed.
		const failed = stderr !== '';
		if (failed) return {stdout: '', stderr, exitCode: 1};
		if (!flagBool(parsed.flags, 'no-stream')) {
			stderr += 'netdojo: docker stats would keep redrawing this table until Ctrl+C; the game shows one sample (as --no-stream does)\n';
		}
		try {
			const stdout = formatTemplateTable(flagString(parsed.flags, 'format') ?? DEFAULT_FORMAT, rows, HEADERS, '*formatter.statsContext');
			return {stdout, stderr, exitCode: 0};
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: 1};
			throw e;
		}
	},
};
