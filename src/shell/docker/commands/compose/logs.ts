// `docker compose logs` and `exec`.
import {getHost} from '../../../../engine/index.js';
import {projectContainers, LABEL_SERVICE} from '../../../../compose/project-ops.js';
import {flagBool, flagString} from '../../flags.js';
import {hostOf} from '../../views/container-common.js';
import {fail, load, logLines, ok, unknownService, warnings} from './shared.js';
import {composeSpec, type ComposeCommand} from './spec.js';

export const logsCommand: ComposeCommand = {
	spec: composeSpec('logs'),
	simulated: ['follow', 'no-color', 'no-log-prefix', 'timestamps', 'tail', 'since', 'until', 'index'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const bad = unknownService(project, p.args);
		if (bad) return fail(bad, 1, warn);
		let out = logLines(ctx, project, p.args, flagBool(p.flags, 'no-log-prefix'));
		const tail = flagString(p.flags, 'tail');
		if (tail !== undefined && /^\d+$/.test(tail)) {
			// Per container in Compose; close enough for one-line-per-service logs.
			out = out.split('\n').filter(Boolean).slice(-Number(tail)).map((l) => `${l}\n`).join('');
		}
		return ok(out, warn);
	},
};

export const execCommand: ComposeCommand = {
	spec: composeSpec('exec', {
		stopAtFirstArg: true,
		// Accepted by Compose and hidden from its help (docker exec's habits).
		hidden: [{long: 'interactive', short: 'i', type: 'bool'}, {long: 'tty', short: 't', type: 'bool'}],
	}),
	cobraArgs: {kind: 'min', n: 2},
	simulated: ['detach', 'no-TTY', 'interactive', 'tty', 'privileged', 'env', 'user', 'workdir', 'index'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const [service, ...argv] = p.args;
		const bad = unknownService(project, [service]);
		if (bad) return fail(bad);
		const host = hostOf(ctx);
		const c = projectContainers(ctx.world, host, project.name).find((x) => x.labels?.[LABEL_SERVICE] === service && x.status === 'running');
		if (!c) return fail(`service "${service}" is not running`);
		return ctx.runIn(getHost(ctx.world, host).name, c.id, argv, io);
	},
};
