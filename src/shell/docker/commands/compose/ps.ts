// `docker compose ps`: the project's containers in Compose's table or a Go template
// (formatter.ContainerContext's fields); `-a` adds stopped ones and `compose run` one-offs.
import {containerHealth} from '../../../../engine/index.js';
import {EXIT_GENERIC} from '../../../../compose/model.js';
import {projectContainers, LABEL_SERVICE} from '../../../../compose/project-ops.js';
import {formatTable, formatTemplateTable} from '../../../format/index.js';
import {TemplateError} from '../../../template/index.js';
import {flagBool, flagList, flagString} from '../../flags.js';
import {psRow} from '../../views/container-list.js';
import {hostOf} from '../../views/container-common.js';
import {composePorts, fail, load, ok, warnings} from './shared.js';
import {composeSpec, type ComposeCommand} from './spec.js';

const HEADERS = {
	ID: 'CONTAINER ID', Name: 'NAME', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', Project: 'PROJECT', Service: 'SERVICE', CreatedAt: 'CREATED AT',
	RunningFor: 'CREATED', State: 'STATE', Status: 'STATUS', Health: 'HEALTH', ExitCode: 'EXIT CODE', Ports: 'PORTS', Labels: 'LABELS', Mounts: 'MOUNTS',
	Networks: 'NETWORKS', LocalVolumes: 'LOCAL VOLUMES', Size: 'SIZE', Publishers: 'PUBLISHERS',
};

export const psCommand: ComposeCommand = {
	spec: composeSpec('ps'),
	simulated: ['all', 'quiet', 'services', 'no-trunc', 'orphans', 'format', 'status', 'filter'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const host = hostOf(ctx);
		if (flagBool(p.flags, 'services')) return ok(project.services.map((s) => `${s.name}\n`).join(''), warn);
		const all = flagBool(p.flags, 'all');
		const statuses = flagList(p.flags, 'status');
		const containers = projectContainers(ctx.world, host, project.name, all)
			.filter((c) => p.args.length === 0 || p.args.includes(c.labels?.[LABEL_SERVICE] ?? ''))
			.filter((c) => all || c.status === 'running')
			.filter((c) => statuses.length === 0 || statuses.includes(c.status));
		if (flagBool(p.flags, 'quiet')) return ok(containers.map((c) => `${c.id}\n`).join(''), warn);
		const noTrunc = flagBool(p.flags, 'no-trunc');
		const rows = containers.map((c) => {
			const r = psRow(ctx.world, host, c, noTrunc);
			const health = c.status === 'running' ? (containerHealth(ctx.world, host, c)?.status ?? '') : '';
			return {
				ID: r.ID, Name: c.name, Names: c.name, Image: c.image, Command: r.Command, Project: project.name,
				Service: c.labels?.[LABEL_SERVICE] ?? '', CreatedAt: r.CreatedAt, RunningFor: r.RunningFor, State: c.status,
				Status: r.Status, Health: health, ExitCode: c.exitCode, Ports: composePorts(r.Ports), Labels: r.Labels,
				Mounts: '', Networks: r.Networks, LocalVolumes: '0', Size: '0B', Publishers: [],
			};
		});
		const format = flagString(p.flags, 'format') ?? 'table';
		if (format !== 'table') {
			try {
				return ok(formatTemplateTable(format, rows, HEADERS, '*formatter.ContainerContext'), warn);
			} catch (e) {
				if (e instanceof TemplateError) return fail(e.message, EXIT_GENERIC, warn);
				throw e;
			}
		}
		const table = [['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'], ...rows.map((r) => [r.Name, r.Image, r.Command, r.Service, r.RunningFor, r.Status, r.Ports])];
		return ok(formatTable(table), warn);
	},
};
