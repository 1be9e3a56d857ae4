// `docker compose run SERVICE [COMMAND]`: the service's dependencies up (unless --no-deps), then a
// one-off container (`app-web-run-<id>`, or --name) run attached, or in the background with -d.
import {getHost, planProcess} from '../../../../engine/index.js';
import {composeUp} from '../../../../compose/project-ops.js';
import {createOneOff, startOneOff} from '../../../../compose/container-ops.js';
import {ComposeError, EXIT_GENERIC} from '../../../../compose/model.js';
import {shellSplit} from '../../../../compose/load.js';
import {Writer} from '../../../types.js';
import {flagBool, flagString} from '../../flags.js';
import {hostOf} from '../../views/container-common.js';
import {attachForeground, runTool} from '../run.js';
import {buildImages, containerStates, runStarted} from './up.js';
import {fail, load, unknownService, warnings} from './shared.js';
import {composeSpec, type ComposeCommand} from './spec.js';

export const runCommand: ComposeCommand = {
	spec: composeSpec('run', {stopAtFirstArg: true}),
	cobraArgs: {kind: 'min', n: 1},
	simulated: ['rm', 'detach', 'name', 'entrypoint', 'no-deps', 'no-TTY', 'interactive', 'quiet-pull', 'build', 'remove-orphans', 'use-aliases'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const w = new Writer().err(warnings(ctx, project));
		const [service, ...command] = p.args;
		const bad = unknownService(project, [service]);
		if (bad) return fail(bad, EXIT_GENERIC, w.stderr);
		const s = project.services.find((x) => x.name === service)!;
		const built = buildImages(ctx, io, project, flagBool(p.flags, 'build'));
		if (built) return w.add(built).result(built.exitCode);
		const host = hostOf(ctx);
		if (!flagBool(p.flags, 'no-deps')) {
			const before = containerStates(ctx, project);
			const up = composeUp(ctx.world, host, project, {detach: true, dependenciesOf: service});
			ctx.setWorld(up.world);
			w.err(up.stderr);
			if (up.error !== undefined) return w.err(`${up.error}\n`).result(up.exitCode);
			runStarted(ctx, project, before);
		}
		const entrypoint = flagString(p.flags, 'entrypoint');
		const name = flagString(p.flags, 'name');
		const made = createOneOff(ctx.world, host, project, s, {
			...(name !== undefined ? {name} : {}),
			...(command.length > 0 ? {cmd: command} : {}),
			...(entrypoint !== undefined ? {entrypoint: shellSplit(entrypoint)} : {}),
			autoRemove: flagBool(p.flags, 'rm'),
		});
		ctx.setWorld(made.world);
		const c = made.container;
		try {
			ctx.setWorld(startOneOff(ctx.world, host, c));
		} catch (e) {
			if (e instanceof ComposeError) return w.err(`${e.message}\n`).result(e.exitCode);
			throw e;
		}
		if (flagBool(p.flags, 'detach')) {
			// A one-shot command (echo, ping -c 1) runs to its end, as `docker run -d` does.
			const live = getHost(ctx.world, host).containers.get(c.id);
			const image = live ? ctx.world.images[live.imageKey] : undefined;
			if (live && live.status === 'running' && image) {
				const plan = planProcess({argv: [...(live.entrypoint ?? []), ...live.cmd], env: live.env, image, openStdin: live.openStdin, tty: live.tty});
				if (plan.tool) runTool(ctx, live, plan.tool, '');
			}
			return w.out(`${c.id}\n`).result(0);
		}
		const r = attachForeground(ctx, io, c, {interactive: false, tty: false});
		return w.add(r).result(r.exitCode);
	},
};
