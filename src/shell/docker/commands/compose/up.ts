// `docker compose up` and `create`: build what needs building, then networks and containers
// (src/compose/project-ops.ts); attached `up` prints the logs and returns.
import {planProcess} from '../../../../engine/index.js';
import type {ComposeProject} from '../../../../compose/model.js';
import {composeUp, projectContainers, LABEL_SERVICE, LABEL_NUMBER} from '../../../../compose/project-ops.js';
import type {ToolContext} from '../../../context.js';
import {Writer, type CommandIO, type CommandResult} from '../../../types.js';
import {flagBool} from '../../flags.js';
import {hostOf} from '../../views/container-common.js';
import {buildCommand} from '../build.js';
import {runTool} from '../run.js';
import {logLines, outcome, warnings, load} from './shared.js';
import {composeSpec, type ComposeCommand} from './spec.js';

/** Builds the images of services with `build:` that are missing (all of them with --build). */
export function buildImages(ctx: ToolContext, io: CommandIO, project: ComposeProject, force: boolean): CommandResult | undefined {
	for (const s of project.services) {
		if (!s.build) continue;
		const key = s.image.includes(':') ? s.image : `${s.image}:latest`;
		if (!force && Object.hasOwn(ctx.world.images, key)) continue;
		// A relative context starts at the project directory, which `-f dir/compose.yaml` moves away from the working directory.
		const relative = s.build.context.replace(/^\.\/?/, '') || '.';
		const context = s.build.context.startsWith('/') ? s.build.context : project.workingDir === ctx.cwd ? relative : `${project.workingDir}${relative === '.' ? '' : `/${relative}`}`;
		const r = buildCommand.run({flags: {tag: [s.image], file: context === '.' ? s.build.dockerfile : `${context}/${s.build.dockerfile}`}, args: [context], help: false}, io, ctx);
		if (r.exitCode !== 0) return {stdout: '', stderr: r.stderr, exitCode: 17};
	}
	return undefined;
}

/** One-shot main processes (echo, ping -c 1, sh -c) run to their end now, as `docker run -d` does. */
export function runStarted(ctx: ToolContext, project: ComposeProject, before: ReadonlyMap<string, string>): void {
	for (const c of projectContainers(ctx.world, hostOf(ctx), project.name)) {
		const image = ctx.world.images[c.imageKey];
		if (c.status !== 'running' || before.get(c.id) === `${c.status}:${c.startedAt}` || !image) continue;
		const plan = planProcess({argv: [...(c.entrypoint ?? []), ...c.cmd], env: c.env, image, openStdin: c.openStdin, tty: c.tty});
		if (plan.tool) runTool(ctx, c, plan.tool, '');
	}
}

export function containerStates(ctx: ToolContext, project: ComposeProject): Map<string, string> {
	return new Map(projectContainers(ctx.world, hostOf(ctx), project.name).map((c) => [c.id, `${c.status}:${c.startedAt}`]));
}

export const upCommand: ComposeCommand = {
	spec: composeSpec('up'),
	simulated: [
		'detach', 'remove-orphans', 'build', 'no-build', 'force-recreate', 'no-recreate', 'no-start', 'wait', 'no-deps', 'abort-on-container-exit',
		'quiet-pull', 'no-color', 'no-log-prefix', 'timestamps', 'renew-anon-volumes', 'always-recreate-deps', 'yes', 'timeout', 'pull', 'scale',
		'exit-code-from', 'attach', 'no-attach', 'wait-timeout',
	],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const built = buildImages(ctx, io, project, flagBool(p.flags, 'build'));
		if (built) return {...built, stderr: warn + built.stderr};
		const detach = flagBool(p.flags, 'detach');
		const before = containerStates(ctx, project);
		const r = composeUp(ctx.world, hostOf(ctx), project, {
			detach,
			removeOrphans: flagBool(p.flags, 'remove-orphans'),
			forceRecreate: flagBool(p.flags, 'force-recreate'),
			noRecreate: flagBool(p.flags, 'no-recreate'),
			services: p.args,
			runMain: (world) => {
				ctx.setWorld(world);
				runStarted(ctx, project, before);
				return ctx.world;
			},
		});
		const res = outcome(ctx, r, warn);
		runStarted(ctx, project, before);
		if (detach || res.exitCode !== 0) return res;
		// Attached: Compose streams the logs until every container has exited (or Ctrl+C). The
		// simulation prints what is there and returns, leaving running containers as -d would.
		const containers = projectContainers(ctx.world, hostOf(ctx), project.name).filter((c) => p.args.length === 0 || p.args.includes(c.labels?.[LABEL_SERVICE] ?? ''));
		const label = (c: (typeof containers)[number]): string => `${c.labels?.[LABEL_SERVICE]}-${c.labels?.[LABEL_NUMBER] ?? '1'}`;
		let stdout = `Attaching to ${containers.map(label).join(', ')}\n`;
		stdout += logLines(ctx, project, p.args, flagBool(p.flags, 'no-log-prefix'));
		for (const c of containers) if (c.status === 'exited') stdout += `${label(c)} exited with code ${c.exitCode}\n`;
		// In the terminal's order: Compose's progress (Network ... Creating) on stderr first, then the logs.
		const w = new Writer().add(res).out(stdout);
		if (containers.some((c) => c.status === 'running')) {
			w.err('netdojo: `docker compose up` would stay attached to the logs here until Ctrl+C; the simulation returns at once and leaves the containers running, as with -d.\n');
		}
		return w.result(0);
	},
};

export const createCommand: ComposeCommand = {
	spec: composeSpec('create'),
	simulated: ['build', 'no-build', 'force-recreate', 'no-recreate', 'remove-orphans', 'quiet-pull', 'pull', 'yes'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		const built = buildImages(ctx, io, project, flagBool(p.flags, 'build'));
		if (built) return {...built, stderr: warn + built.stderr};
		return outcome(ctx, composeUp(ctx.world, hostOf(ctx), project, {
			detach: true,
			noStart: true,
			removeOrphans: flagBool(p.flags, 'remove-orphans'),
			forceRecreate: flagBool(p.flags, 'force-recreate'),
			noRecreate: flagBool(p.flags, 'no-recreate'),
			services: p.args,
		}), warn);
	},
};
