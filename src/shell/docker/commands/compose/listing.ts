// `docker compose ls`, `images`, `top` and `port`: what Compose 2.26 reads back from the engine.
import {getHost, type Container} from '../../../../engine/index.js';
import {LABEL_PROJECT, LABEL_SERVICE, projectContainers} from '../../../../compose/project-ops.js';
import {tabwriterFormat} from '../../../format/tabwriter.js';
import {flagBool, flagString} from '../../flags.js';
import {apiPorts} from '../../views/container-list.js';
import {hostOf} from '../../views/container-common.js';
import {containerProcesses} from '../../views/container-processes.js';
import {fail, load, ok, unknownService, warnings} from './shared.js';
import {composeSpec, type ComposeCommand} from './spec.js';

/** pkg/compose/ls.go combinedStatus: `exited(1), running(2)`, states sorted. */
function combinedStatus(states: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const s of states) counts.set(s, (counts.get(s) ?? 0) + 1);
	return [...counts.keys()].sort().map((s) => `${s}(${counts.get(s)})`).join(', ');
}

/** Compose's tables: tabwriter(minwidth 20, padding 3). */
const table = (rows: readonly (readonly string[])[]): string => tabwriterFormat(rows.map((r) => `${r.join('\t')}\n`).join(''), 20, 3);

export const lsCommand: ComposeCommand = {
	spec: composeSpec('ls'),
	cobraArgs: {kind: 'none'},
	simulated: ['all', 'quiet', 'format', 'filter'],
	run(p, _io, ctx) {
		const all = flagBool(p.flags, 'all');
		const byProject = new Map<string, Container[]>();
		for (const c of getHost(ctx.world, hostOf(ctx)).containers.values()) {
			const name = c.labels?.[LABEL_PROJECT];
			if (name === undefined || (!all && c.status !== 'running')) continue;
			byProject.set(name, [...(byProject.get(name) ?? []), c]);
		}
		const projects = [...byProject.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, cs]) => ({
			Name: name,
			Status: combinedStatus(cs.map((c) => c.status)),
			ConfigFiles: cs[0].labels?.['com.docker.compose.project.config_files'] ?? '',
		}));
		if (flagBool(p.flags, 'quiet')) return ok(projects.map((x) => `${x.Name}\n`).join(''));
		const format = flagString(p.flags, 'format') ?? 'table';
		if (format === 'json') return ok(`${JSON.stringify(projects)}\n`);
		if (format !== 'table') return fail(`format value "${format}" could not be parsed: parsing failed`);
		return ok(table([['NAME', 'STATUS', 'CONFIG FILES'], ...projects.map((x) => [x.Name, x.Status, x.ConfigFiles])]));
	},
};

export const imagesCommand: ComposeCommand = {
	spec: composeSpec('images'),
	simulated: ['quiet', 'format'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const bad = unknownService(project, p.args);
		if (bad) return fail(bad, 1, warn);
		const rows = projectContainers(ctx.world, hostOf(ctx), project.name)
			.filter((c) => p.args.length === 0 || p.args.includes(c.labels?.[LABEL_SERVICE] ?? ''))
			.map((c) => {
				const image = ctx.world.images[c.imageKey];
				const key = image?.name ?? c.imageKey;
				return {ContainerName: c.name, Repository: key.slice(0, key.lastIndexOf(':')), Tag: key.slice(key.lastIndexOf(':') + 1), ID: `sha256:${image?.id ?? ''}`, Size: image?.size ?? ''};
			});
		if (flagBool(p.flags, 'quiet')) return ok([...new Set(rows.map((r) => r.ID.slice(7)))].map((id) => `${id}\n`).join(''), warn);
		if (flagString(p.flags, 'format') === 'json') return ok(`${JSON.stringify(rows)}\n`, warn);
		return ok(table([['CONTAINER', 'REPOSITORY', 'TAG', 'IMAGE ID', 'SIZE'], ...rows.map((r) => [r.ContainerName, r.Repository, r.Tag, r.ID.slice(7, 19), r.Size])]), warn);
	},
};

const hhmm = (ms: number): string => new Date(ms).toISOString().slice(11, 16);

/** `top`: each running container's `ps -ef` under its name, as `docker top` lists it. */
export const topCommand: ComposeCommand = {
	spec: composeSpec('top'),
	simulated: [],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const bad = unknownService(project, p.args);
		if (bad) return fail(bad, 1, warn);
		let out = '';
		const running = projectContainers(ctx.world, hostOf(ctx), project.name)
			.filter((c) => c.status === 'running' && (p.args.length === 0 || p.args.includes(c.labels?.[LABEL_SERVICE] ?? '')));
		for (const c of running) {
			// Host PIDs as `docker top` gives them: the main process's, its children after it.
			const rows = containerProcesses(c).map((x) => ['root', String(c.pid + x.index * 30), String(x.index === 0 ? c.pid - 21 : c.pid), '0', hhmm(c.startedAt), '?', '00:00:00', x.args, '']);
			out += `${c.name}\n${tabwriterFormat(`UID\tPID\tPPID\tC\tSTIME\tTTY\tTIME\tCMD\n${rows.map((r) => `${r.join('\t')}\n`).join('')}\n`, 5, 3)}`;
		}
		return ok(out, warn);
	},
};

/** `port SERVICE PRIVATE_PORT`: the first binding the daemon lists for it. */
export const portCommand: ComposeCommand = {
	spec: composeSpec('port'),
	cobraArgs: {kind: 'min', n: 2},
	simulated: ['protocol', 'index'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const [service, privatePort] = p.args;
		const protocol = flagString(p.flags, 'protocol') ?? 'tcp';
		const index = Number(flagString(p.flags, 'index') ?? '1');
		const host = getHost(ctx.world, hostOf(ctx));
		const c = projectContainers(ctx.world, host.name, project.name).filter((x) => x.labels?.[LABEL_SERVICE] === service && x.status === 'running')[index - 1];
		if (!c) return fail(index === 1 ? `service "${service}" is not running` : `service "${service}" is not running container #${index}`, 1, warn);
		const ports = apiPorts(host, c);
		const hit = ports.find((x) => x.PrivatePort === Number(privatePort) && x.Type === protocol);
		if (!hit) {
			const listed = ports.map((x) => `${x.PublicPort ?? 0}/${x.Type}`).join(', ');
			return fail(`no port ${privatePort}/${protocol} for container ${c.name}: ${listed}`, 1, warn);
		}
		return ok(`${hit.IP ?? ''}:${hit.PublicPort ?? 0}\n`, warn);
	},
};
