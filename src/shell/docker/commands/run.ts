// `docker run`: create, then start; in the foreground, show what the container prints.
import {
	connectNetwork,
	createContainer,
	EngineError,
	finishContainer,
	getHost,
	normalizeImageRef,
	planProcess,
	removeContainer,
	startContainer,
	type Container,
	type World,
} from '../../../engine/index.js';
import {produce} from 'immer';
import type {ToolContext} from '../../context.js';
import {chunksOf, Writer, type CommandIO, type CommandResult} from '../../types.js';
import type {DockerCommand} from '../command.js';
import {runError} from '../errors.js';
import {containerFlags, FlagValueError, readRunOptions, wrapEndpointError, type RunOptions} from '../run-options.js';
import {BUILTIN_NAMES} from '../../syntax/index.js';
import {drawHex} from '../../../engine/world.js';
import {containerArgv, hostOf} from '../views/container-common.js';
import {editContainer} from '../../../engine/container-edit.js';

export const HOST_MODE_PUBLISH_WARNING = 'WARNING: Published ports are discarded when using host network mode\n';

export interface Created {
	readonly result?: CommandResult;
	readonly container?: Container;
	readonly options?: RunOptions;
	/** stderr printed before anything else (pull notices, daemon warnings). */
	readonly stderr: string;
}

/** The part `docker run` and `docker create` share: read flags, find the image, create. */
export function createFrom(command: 'run' | 'create', flags: Parameters<typeof readRunOptions>[0], args: string[], io: CommandIO, ctx: ToolContext): Created {
	let options: RunOptions;
	try {
		options = readRunOptions(flags, args, io, command === 'run');
	} catch (e) {
		if (e instanceof FlagValueError) {
			// pflag rejected the value while parsing: its wording, then the usage (recorded in 60-run-flags).
			return {result: {stdout: '', stderr: `${e.message}\n\nUsage:  docker ${command} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker ${command} --help' for more information\n`, exitCode: 125}, stderr: ''};
		}
		return {result: runError(e, command), stderr: ''};
	}
	const hostName = hostOf(ctx);
	let world: World = ctx.world;
	const key = normalizeImageRef(options.spec.image);
	let stderr = '';
	if (!Object.hasOwn(world.images, key)) {
		const pull = (flags.pull as string | undefined) ?? 'missing';
		if (pull === 'never') return {result: runError(new EngineError(`No such image: ${options.imageRef}`, 'notFound'), command), stderr};
		stderr += `Unable to find image '${options.imageRef}' locally\n`;
		const repo = key.slice(0, key.lastIndexOf(':'));
		const err = new EngineError(`pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`, 'notFound');
		const r = runError(err, command);
		return {result: {...r, stderr: stderr + r.stderr}, stderr};
	}
	let container: Container;
	try {
		const made = createContainer(world, hostName, options.spec);
		world = made.world;
		container = made.container;
		for (const extra of options.extraNetworks) {
			world = connectNetwork(world, hostName, extra.target, container.id, {aliases: extra.aliases, ...(extra.ipv4Address ? {ipv4Address: extra.ipv4Address} : {})});
		}
	} catch (e) {
		const network = options.spec.networkMode === 'default' ? 'bridge' : (options.spec.networkMode ?? 'bridge');
		return {result: runError(wrapEndpointError(network, e), command), stderr};
	}
	ctx.setWorld(world);
	if (container.networkMode === 'host' && options.publishGiven) stderr += HOST_MODE_PUBLISH_WARNING;
	return {container, options, stderr};
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'zsh']);

function base(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function envRecord(env: readonly string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of env) {
		const eq = e.indexOf('=');
		if (eq > 0) out[e.slice(0, eq)] = e.slice(eq + 1);
	}
	return out;
}

/** What an attached terminal shows of a container that just started (its logs since `from`). */
function attachedOutput(c: Container | undefined, from: number, tty: boolean): CommandResult {
	// In the order the container wrote its lines; with a TTY both streams are one.
	const w = new Writer();
	for (const line of c?.logs.slice(from) ?? []) {
		if (line.stream === 'stdout' || tty) w.out(`${line.text}\n`);
		else w.err(`${line.text}\n`);
	}
	return w.result(0);
}

/**
 * Runs a container that was just started in the foreground, as an attached terminal would show
 * it. Shared by `docker run` (without -d) and `docker start -a`.
 */
export function attachForeground(ctx: ToolContext, io: CommandIO, prior: Container, opts: {interactive: boolean; tty: boolean}): CommandResult {
	const hostName = hostOf(ctx);
	const c = getHost(ctx.world, hostName).containers.get(prior.id);
	if (!c) {
		// --rm and it ended at once: the daemon removed it; show what its process printed.
		const image = ctx.world.images[prior.imageKey];
		const plan = image ? planProcess({argv: [...(prior.entrypoint ?? []), ...prior.cmd], env: prior.env, image, openStdin: prior.openStdin, tty: prior.tty}) : undefined;
		const shown = attachedOutput({logs: plan?.logs ?? []} as unknown as Container, 0, opts.tty);
		return {stdout: shown.stdout, stderr: shown.stderr, exitCode: plan?.exitCode ?? 0};
	}
	const shown = attachedOutput(c, prior.logs.length, opts.tty);
	if (c.status !== 'running') {
		// Ended at once (a shell with no stdin, a server that failed): its output and status.
		return {stdout: shown.stdout, stderr: shown.stderr, exitCode: c.exitCode};
	}
	const image = ctx.world.images[c.imageKey];
	const argv = [...(c.entrypoint ?? []), ...c.cmd];
	const plan = image ? planProcess({argv, env: c.env, image, openStdin: c.openStdin, tty: c.tty}) : undefined;
	if (opts.interactive && argv.length === 1 && SHELLS.has(base(argv[0]))) {
		ctx.enter(hostName, c.id, argv[0], 'stop');
		return {stdout: shown.stdout, stderr: shown.stderr, exitCode: 0};
	}
	if (plan?.tool) {
		const r = runTool(ctx, c, plan.tool, opts.interactive ? io.stdin : '');
		const w = new Writer().add(shown);
		if (opts.tty) for (const c of chunksOf(r)) w.out(c.text);
		else w.add(r);
		return w.result(r.exitCode);
	}
	if (plan && plan.lifetime === 'exit') {
		// A `sleep 5`: the terminal would wait, then return its status.
		ctx.setWorld(finishContainer(ctx.world, hostName, c.id, plan.exitCode));
		return {stdout: shown.stdout, stderr: shown.stderr, exitCode: plan.exitCode};
	}
	const note = `netdojo: ${c.name} keeps running; a real terminal would stay attached to it (Ctrl+C would stop it). Use -d to run it in the background.\n`;
	return new Writer().add(shown).err(note).result(0);
}

/** The game's notes on what it could not simulate of the container's own code (not program output). */
function appNotes(ctx: ToolContext, hostName: string, id: string): string {
	const notes = getHost(ctx.world, hostName).containers.get(id)?.notes ?? [];
	return notes.map((n) => `netdojo: ${n}\n`).join('');
}

/** Runs a container's one-shot main process (ping, echo, sh -c) now: its output goes to its log. */
export function runTool(ctx: ToolContext, c: Container, tool: string[], stdin: string): CommandResult {
	const hostName = hostOf(ctx);
	const r = ctx.runIn(hostName, c.id, containerArgv(tool, BUILTIN_NAMES), {stdin, env: envRecord(c.env)});
	const split = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
	const logged = produce(ctx.world, (draft) => {
		const host = draft.hosts[hostName];
		if (!host) return;
		editContainer(host, c.id, (live) => {
			// With a TTY both streams are one.
			for (const t of split(r.stdout)) live.logs.push({stream: 'stdout', text: t});
			for (const t of split(r.stderr)) live.logs.push({stream: c.tty ? 'stdout' : 'stderr', text: t});
		});
	});
	ctx.setWorld(finishContainer(logged, hostName, c.id, r.exitCode));
	return r;
}

/** A failed start still used up ids (endpoint, sandbox) in the daemon: keep later ids distinct. */
export function burnIds(ctx: ToolContext): void {
	ctx.setWorld(
		produce(ctx.world, (draft) => {
			drawHex(draft);
		}),
	);
}

/** runc's error when the container's program does not exist in its image (exit 127). */
export function missingProgram(ctx: ToolContext, c: Container): string | undefined {
	const image = ctx.world.images[c.imageKey];
	const argv = [...(c.entrypoint ?? []), ...c.cmd];
	if (!image || argv.length === 0) return undefined;
	const prog = base(argv[0]);
	if (image.tools.includes(prog) || /docker-entrypoint\.sh$/.test(argv[0]) || prog === 'sleep') return undefined;
	const plan = planProcess({argv, env: c.env, image, openStdin: c.openStdin, tty: c.tty});
	if (!plan.tool) return undefined;
	const what = argv[0].includes('/') ? `exec: "${argv[0]}": stat ${argv[0]}: no such file or directory` : `exec: "${argv[0]}": executable file not found in $PATH`;
	return `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${what}: unknown`;
}

export const runCommand: DockerCommand = {
	spec: {
		path: 'docker run',
		usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
		description: 'Create and run a new container from an image',
		flags: containerFlags(true),
		stopAtFirstArg: true,
		args: {kind: 'min', n: 1},
	},
	run(parsed, io, ctx) {
		const made = createFrom('run', parsed.flags, parsed.args, io, ctx);
		if (made.result) return made.result;
		const c = made.container!;
		const options = made.options!;
		const hostName = hostOf(ctx);
		const idLine = options.detach ? `${c.id}\n` : '';
		const missing = missingProgram(ctx, c);
		if (missing) {
			burnIds(ctx);
			if (c.autoRemove) ctx.setWorld(removeContainer(ctx.world, hostName, c.id, true));
			const r = runError(new EngineError(missing, 'system'), 'run', idLine);
			return new Writer().err(made.stderr).add(r).result(127);
		}
		try {
			const started = startContainer(ctx.world, hostName, c.id);
			ctx.setWorld(started.world);
		} catch (e) {
			burnIds(ctx);
			if (c.autoRemove) {
				try {
					ctx.setWorld(removeContainer(ctx.world, hostName, c.id, true));
				} catch {
					// already gone
				}
			}
			const r = runError(e, 'run', idLine);
			return new Writer().err(made.stderr).add(r).result(r.exitCode);
		}
		if (options.detach) {
			// A one-shot command (ping -c 3, echo) runs to its end; `docker logs` shows its output.
			const live = getHost(ctx.world, hostName).containers.get(c.id);
			const image = ctx.world.images[c.imageKey];
			if (live && live.status === 'running' && image) {
				const plan = planProcess({argv: [...(live.entrypoint ?? []), ...live.cmd], env: live.env, image, openStdin: live.openStdin, tty: live.tty});
				if (plan.tool) runTool(ctx, live, plan.tool, '');
			}
			// The CLI prints the daemon's warnings when the container is created, the id once it started.
			return new Writer().err(made.stderr).out(idLine).err(appNotes(ctx, hostName, c.id)).result(0);
		}
		const notes = appNotes(ctx, hostName, c.id);
		const r = attachForeground(ctx, io, c, {interactive: options.interactive, tty: options.tty});
		return new Writer().err(made.stderr).add(r).err(notes).result(r.exitCode);
	},
};
