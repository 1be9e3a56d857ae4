// `docker compose down`, `stop`, `start`, `restart`, `kill` and `rm`.
import {composeDown, composeStart, composeStop} from '../../../../compose/project-ops.js';
import {composeKill, removable, removeWithProgress} from '../../../../compose/container-ops.js';
import {Writer} from '../../../types.js';
import {flagBool, flagString} from '../../flags.js';
import {hostOf} from '../../views/container-common.js';
import {fail, load, ok, outcome, unknownService, warnings} from './shared.js';
import {composeSpec, type ComposeCommand} from './spec.js';

export const downCommand: ComposeCommand = {
	spec: composeSpec('down'),
	simulated: ['remove-orphans', 'volumes', 'timeout', 'rmi'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		return outcome(ctx, composeDown(ctx.world, hostOf(ctx), project, {removeOrphans: flagBool(p.flags, 'remove-orphans')}), warnings(ctx, project));
	},
};

function stopStart(kind: 'stop' | 'start' | 'restart'): ComposeCommand {
	return {
		spec: composeSpec(kind),
		simulated: kind === 'start' ? [] : kind === 'stop' ? ['timeout'] : ['timeout', 'no-deps'],
		run(p, io, ctx, g) {
			const project = load(ctx, io, g);
			const warn = warnings(ctx, project);
			const bad = unknownService(project, p.args);
			if (bad) return fail(bad, 1, warn);
			const host = hostOf(ctx);
			const r = kind === 'stop' ? composeStop(ctx.world, host, project, p.args) : composeStart(ctx.world, host, project, p.args, kind === 'restart');
			return outcome(ctx, r, warn);
		},
	};
}

export const stopCommand = stopStart('stop');
export const startCommand = stopStart('start');
export const restartCommand = stopStart('restart');

export const killCommand: ComposeCommand = {
	spec: composeSpec('kill'),
	simulated: ['signal', 'remove-orphans'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const bad = unknownService(project, p.args);
		if (bad) return fail(bad, 1, warn);
		return outcome(ctx, composeKill(ctx.world, hostOf(ctx), project, p.args, flagString(p.flags, 'signal') ?? 'SIGKILL'), warn);
	},
};

/** `rm`: stopped containers (with -s, stopped first); without -f Compose asks, and no answer is no. */
export const rmCommand: ComposeCommand = {
	spec: composeSpec('rm'),
	simulated: ['force', 'stop', 'volumes'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		let stderr = warnings(ctx, project);
		const bad = unknownService(project, p.args);
		if (bad) return fail(bad, 1, stderr);
		const host = hostOf(ctx);
		if (flagBool(p.flags, 'stop')) {
			const stopped = composeStop(ctx.world, host, project, p.args);
			ctx.setWorld(stopped.world);
			stderr += stopped.stderr;
		}
		const targets = removable(ctx.world, host, project, p.args);
		if (targets.length === 0) return ok('', `${stderr}No stopped containers\n`);
		const msg = `Going to remove ${targets.map((c) => c.name).join(', ')}`;
		// Without -f the prompt reads one answer from stdin (an empty one, or none, is its default: no).
		const go = flagBool(p.flags, 'force') || /^\s*y(es)?\s*$/i.test(io.stdin.split('\n')[0] ?? '');
		if (!go) return new Writer().err(stderr).out(msg).result(0);
		const removed = removeWithProgress(ctx.world, host, targets);
		ctx.setWorld(removed.world);
		return new Writer().err(stderr).out(`${msg}\n`).err(removed.stderr).result(0);
	},
};

