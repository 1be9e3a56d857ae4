// `docker compose` (Compose v2.26 plugin): its own global flags (-f, -p, ...) and subcommands
// up, down, ps, logs, stop, start, restart, exec, config, version. The project logic lives in
// src/compose/; this file parses the command line and prints what Compose prints.
import {getHost, hostFiles} from '../../../engine/index.js';
import {COMPOSE_VERSION_FULL, ComposeError, EXIT_COMMAND_NOT_FOUND, EXIT_GENERIC, type ComposeProject} from '../../../compose/model.js';
import {loadProject} from '../../../compose/load.js';
import {composeDown, composeStart, composeStop, composeUp, logrusWarning, projectContainers, LABEL_SERVICE, LABEL_NUMBER, type OpOutcome} from '../../../compose/project-ops.js';
import {composeConfig} from '../../../compose/config.js';
import {psRow} from '../views/container-list.js';
import {formatTable} from '../../format/index.js';
import {formatTemplateTable} from '../../format/index.js';
import {TemplateError} from '../../template/index.js';
import type {Tool, ToolContext} from '../../context.js';
import {Writer, type CommandIO, type CommandResult} from '../../types.js';
import {buildCommand} from './build.js';
import {runTool} from './run.js';
import {planProcess} from '../../../engine/index.js';
import {hostOf} from '../views/container-common.js';

/** Recorded (21-compose-errors, `docker compose frob`): the plugin's usage, printed on stdout. */
export const COMPOSE_USAGE = "\nUsage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n" +
	"\nOptions:\n      --ansi string                Control when to print ANSI control\n" +
	"                                   characters (\"never\"|\"always\"|\"auto\")\n" +
	"                                   (default \"auto\")\n      --compatibility              Run compose in backward compatibility mode\n" +
	"      --dry-run                    Execute command in dry run mode\n" +
	"      --env-file stringArray       Specify an alternate environment file\n" +
	"  -f, --file stringArray           Compose configuration files\n" +
	"      --parallel int               Control max parallelism, -1 for\n" +
	"                                   unlimited (default -1)\n      --profile stringArray        Specify a profile to enable\n" +
	"      --progress string            Set type of progress output (auto,\n" +
	"                                   tty, plain, quiet) (default \"auto\")\n" +
	"      --project-directory string   Specify an alternate working directory\n" +
	"                                   (default: the path of the, first\n" +
	"                                   specified, Compose file)\n" +
	"  -p, --project-name string        Project name\n\nCommands:\n" +
	"  attach      Attach local standard input, output, and error streams to a service's running container\n" +
	"  build       Build or rebuild services\n  config      Parse, resolve and render compose file in canonical format\n" +
	"  cp          Copy files/folders between a service container and the local filesystem\n" +
	"  create      Creates containers for a service\n  down        Stop and remove containers, networks\n" +
	"  events      Receive real time events from containers\n  exec        Execute a command in a running container\n" +
	"  images      List images used by the created containers\n  kill        Force stop service containers\n" +
	"  logs        View output from containers\n  ls          List running compose projects\n" +
	"  pause       Pause services\n  port        Print the public port for a port binding\n" +
	"  ps          List containers\n  pull        Pull service images\n" +
	"  push        Push service images\n  restart     Restart service containers\n" +
	"  rm          Removes stopped service containers\n  run         Run a one-off command on a service\n" +
	"  scale       Scale services \n  start       Start services\n" +
	"  stats       Display a live stream of container(s) resource usage statistics\n" +
	"  stop        Stop services\n  top         Display the running processes\n" +
	"  unpause     Unpause services\n  up          Create and start containers\n" +
	"  version     Show the Docker Compose version information\n  wait        Block until the first service container stops\n" +
	"  watch       Watch build context for service and rebuild/refresh containers when files are updated\n" +
	"\nRun 'docker compose COMMAND --help' for more information on a command.\n";

interface Globals {
	files: string[];
	projectName?: string;
}

const GLOBAL_WITH_VALUE = new Set(['-f', '--file', '-p', '--project-name', '--project-directory', '--env-file', '--profile', '--progress', '--ansi', '--parallel']);
const GLOBAL_BOOL = new Set(['--compatibility', '--dry-run']);

interface SubFlags {
	readonly bools: Record<string, string>;
	readonly values: Record<string, string>;
}

/** Flags each subcommand accepts: short/long → canonical long name. */
const SUBCOMMANDS: Record<string, SubFlags> = {
	up: {
		bools: {
			'-d': 'detach',
			'--detach': 'detach',
			'--remove-orphans': 'remove-orphans',
			'--build': 'build',
			'--no-build': 'no-build',
			'--force-recreate': 'force-recreate',
			'--no-recreate': 'no-recreate',
			'--no-start': 'no-start',
			'--wait': 'wait',
			'--no-deps': 'no-deps',
			'--abort-on-container-exit': 'abort',
			'--quiet-pull': 'quiet-pull',
			'--no-color': 'no-color',
			'--no-log-prefix': 'no-log-prefix',
			'--timestamps': 'timestamps',
			'-V': 'renew',
			'--renew-anon-volumes': 'renew',
			'--always-recreate-deps': 'x',
			'-y': 'y',
			'--yes': 'y',
		},
		values: {'-t': 'timeout', '--timeout': 'timeout', '--pull': 'pull', '--scale': 'scale', '--exit-code-from': 'exit-code-from', '--attach': 'attach', '--no-attach': 'no-attach', '--wait-timeout': 'wait-timeout'},
	},
	down: {bools: {'--remove-orphans': 'remove-orphans', '-v': 'volumes', '--volumes': 'volumes'}, values: {'-t': 'timeout', '--timeout': 'timeout', '--rmi': 'rmi'}},
	ps: {bools: {'-a': 'all', '--all': 'all', '-q': 'quiet', '--quiet': 'quiet', '--services': 'services', '--no-trunc': 'no-trunc', '--orphans': 'orphans'}, values: {'--format': 'format', '--status': 'status', '--filter': 'filter'}},
	logs: {bools: {'-f': 'follow', '--follow': 'follow', '--no-color': 'no-color', '--no-log-prefix': 'no-log-prefix', '-t': 'timestamps', '--timestamps': 'timestamps'}, values: {'-n': 'tail', '--tail': 'tail', '--since': 'since', '--until': 'until', '--index': 'index'}},
	stop: {bools: {}, values: {'-t': 'timeout', '--timeout': 'timeout'}},
	start: {bools: {}, values: {}},
	restart: {bools: {'--no-deps': 'no-deps'}, values: {'-t': 'timeout', '--timeout': 'timeout'}},
	config: {bools: {
		'-q': 'quiet',
		'--quiet': 'quiet',
		'--services': 'services',
		'--networks': 'networks',
		'--no-interpolate': 'x',
		'--no-normalize': 'x',
		'--no-path-resolution': 'x',
		'--resolve-image-digests': 'x',
		'--images': 'images',
		'--volumes': 'volumes',
		'--profiles': 'profiles',
		'--hash': 'x',
		'--no-consistency': 'x',
	}, values: {'--format': 'format', '-o': 'output', '--output': 'output'}},
	version: {bools: {'--short': 'short'}, values: {'-f': 'format', '--format': 'format'}},
	exec: {bools: {
		'-d': 'detach',
		'--detach': 'detach',
		'-T': 'no-tty',
		'--no-TTY': 'no-tty',
		'-i': 'x',
		'--interactive': 'x',
		'-t': 'x',
		'--tty': 'x',
		'--privileged': 'x',
	}, values: {'-e': 'env', '--env': 'env', '-u': 'user', '--user': 'user', '-w': 'workdir', '--workdir': 'workdir', '--index': 'index'}},
};

interface ParsedSub {
	flags: Record<string, string | boolean>;
	args: string[];
}

function parseSub(name: string, argv: string[], stopAtFirstArg: boolean): ParsedSub | string {
	const spec = SUBCOMMANDS[name];
	const flags: Record<string, string | boolean> = {};
	const args: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--') {
			args.push(...argv.slice(i + 1));
			break;
		}
		if (!a.startsWith('-') || a === '-' || (stopAtFirstArg && args.length > 0)) {
			args.push(a);
			if (stopAtFirstArg) {
				args.push(...argv.slice(i + 1));
				break;
			}
			continue;
		}
		const eq = a.startsWith('--') ? a.indexOf('=') : -1;
		const key = eq > 0 ? a.slice(0, eq) : a;
		if (spec.bools[key]) {
			flags[spec.bools[key]] = true;
			continue;
		}
		if (spec.values[key]) {
			const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
			if (value === undefined) return `flag needs an argument: ${key}`;
			flags[spec.values[key]] = value;
			continue;
		}
		// Combined short bools (`-dT`).
		if (!a.startsWith('--') && a.length > 2 && [...a.slice(1)].every((ch) => spec.bools[`-${ch}`])) {
			for (const ch of a.slice(1)) flags[spec.bools[`-${ch}`]] = true;
			continue;
		}
		return a.startsWith('--') ? `unknown flag: ${key}` : `unknown shorthand flag: '${a[1]}' in ${a}`;
	}
	return {flags, args};
}

const ok = (stdout: string, stderr = ''): CommandResult => ({stdout, stderr, exitCode: 0});
const fail = (message: string, exitCode: number, stderr = ''): CommandResult => ({stdout: '', stderr: `${stderr}${message}\n`, exitCode});

function load(ctx: ToolContext, io: CommandIO, g: Globals): ComposeProject {
	return loadProject(hostFiles(ctx.world, ctx.location.host, ctx.cwd), {cwd: ctx.cwd, files: g.files, ...(g.projectName !== undefined ? {projectName: g.projectName} : {}), env: io.env});
}

/** Compose's own PORTS column: docker's list with IPv6 written `:::8080` (older CLI formatter). */
function composePorts(ports: string): string {
	return ports.replace(/\[::\]:/g, ':::');
}

function outcome(ctx: ToolContext, r: OpOutcome, prefix = ''): CommandResult {
	ctx.setWorld(r.world);
	if (r.error !== undefined) return {stdout: '', stderr: `${prefix}${r.stderr}${r.error}\n`, exitCode: r.exitCode};
	return {stdout: '', stderr: `${prefix}${r.stderr}`, exitCode: 0};
}

/** Log lines with Compose's prefix (`web-1  | `); the printer clears the line first (ESC[2K), even without a TTY. */
function logLines(ctx: ToolContext, project: ComposeProject, services: readonly string[], noPrefix: boolean): string {
	const host = hostOf(ctx);
	const containers = projectContainers(ctx.world, host, project.name).filter((c) => services.length === 0 || services.includes(c.labels?.[LABEL_SERVICE] ?? ''));
	const label = (c: (typeof containers)[number]): string => `${c.labels?.[LABEL_SERVICE]}-${c.labels?.[LABEL_NUMBER] ?? '1'}`;
	const width = Math.max(0, ...containers.map((c) => label(c).length)) + 1;
	let out = '';
	for (const c of containers) {
		for (const l of c.logs) out += noPrefix ? `${l.text}\n` : `\u001b[2K${label(c).padEnd(width)} | ${l.text}\n`;
	}
	return out;
}

function buildImages(ctx: ToolContext, io: CommandIO, project: ComposeProject, force: boolean): CommandResult | undefined {
	for (const s of project.services) {
		if (!s.build) continue;
		const key = s.image.includes(':') ? s.image : `${s.image}:latest`;
		if (!force && Object.hasOwn(ctx.world.images, key)) continue;
		// A relative context starts at the project directory, which `-f dir/compose.yaml` moves away from the working directory.
		const relative = s.build.context.replace(/^\.\/?/, '') || '.';
		const inProject = s.build.context.startsWith('/') ? s.build.context : project.workingDir === ctx.cwd ? relative : `${project.workingDir}${relative === '.' ? '' : `/${relative}`}`;
		const context = inProject;
		const r = buildCommand.run({flags: {tag: [s.image], file: context === '.' ? s.build.dockerfile : `${context}/${s.build.dockerfile}`}, args: [context], help: false}, io, ctx);
		if (r.exitCode !== 0) return {stdout: '', stderr: r.stderr, exitCode: 17};
	}
	return undefined;
}

function up(ctx: ToolContext, io: CommandIO, g: Globals, p: ParsedSub): CommandResult {
	const project = load(ctx, io, g);
	const warn = project.warnings.map((w) => logrusWarning(ctx.world, w)).join('');
	const built = buildImages(ctx, io, project, p.flags.build === true);
	if (built) return {...built, stderr: warn + built.stderr};
	const detach = p.flags.detach === true;
	const before = new Map(projectContainers(ctx.world, hostOf(ctx), project.name).map((c) => [c.id, `${c.status}:${c.startedAt}`]));
	const r = composeUp(ctx.world, hostOf(ctx), project, {
		detach,
		removeOrphans: p.flags['remove-orphans'] === true,
		forceRecreate: p.flags['force-recreate'] === true,
		noRecreate: p.flags['no-recreate'] === true,
		services: p.args,
	});
	const res = outcome(ctx, r, warn);
	// One-shot main processes (echo, ping -c 1, sh -c) run to their end now, as `docker run -d` does.
	for (const c of projectContainers(ctx.world, hostOf(ctx), project.name)) {
		const image = ctx.world.images[c.imageKey];
		if (c.status !== 'running' || before.get(c.id) === `${c.status}:${c.startedAt}` || !image) continue;
		const plan = planProcess({argv: [...(c.entrypoint ?? []), ...c.cmd], env: c.env, image, openStdin: c.openStdin, tty: c.tty});
		if (plan.tool) runTool(ctx, c, plan.tool, '');
	}
	if (detach || res.exitCode !== 0) return res;
	// Attached: Compose streams the logs until every container has exited (or Ctrl+C). The
	// simulation prints what is there and returns, leaving running containers as -d would.
	const host = hostOf(ctx);
	const containers = projectContainers(ctx.world, host, project.name).filter((c) => p.args.length === 0 || p.args.includes(c.labels?.[LABEL_SERVICE] ?? ''));
	const label = (c: (typeof containers)[number]): string => `${c.labels?.[LABEL_SERVICE]}-${c.labels?.[LABEL_NUMBER] ?? '1'}`;
	let stdout = `Attaching to ${containers.map(label).join(', ')}\n`;
	stdout += logLines(ctx, project, p.args, p.flags['no-log-prefix'] === true);
	for (const c of containers) if (c.status === 'exited') stdout += `${label(c)} exited with code ${c.exitCode}\n`;
	// In the terminal's order: Compose's progress (Network ... Creating) on stderr first, then the logs.
	const w = new Writer().add(res).out(stdout);
	if (containers.some((c) => c.status === 'running')) {
		w.err('netdojo: `docker compose up` would stay attached to the logs here until Ctrl+C; the simulation returns at once and leaves the containers running, as with -d.\n');
	}
	return w.result(0);
}

function ps(ctx: ToolContext, io: CommandIO, g: Globals, p: ParsedSub): CommandResult {
	const project = load(ctx, io, g);
	const warn = project.warnings.map((w) => logrusWarning(ctx.world, w)).join('');
	const host = hostOf(ctx);
	if (p.flags.services === true) return ok(project.services.map((s) => `${s.name}\n`).join(''), warn);
	const containers = projectContainers(ctx.world, host, project.name)
		.filter((c) => p.args.length === 0 || p.args.includes(c.labels?.[LABEL_SERVICE] ?? ''))
		.filter((c) => p.flags.all === true || c.status === 'running')
		.filter((c) => typeof p.flags.status !== 'string' || c.status === p.flags.status);
	if (p.flags.quiet === true) return ok(containers.map((c) => `${c.id}\n`).join(''), warn);
	const noTrunc = p.flags['no-trunc'] === true;
	const rows = containers.map((c) => {
		const r = psRow(ctx.world, host, c, noTrunc);
		return {
			ID: r.ID, Name: c.name, Names: c.name, Image: c.image, Command: r.Command, Project: project.name,
			Service: c.labels?.[LABEL_SERVICE] ?? '', CreatedAt: r.CreatedAt, RunningFor: r.RunningFor, State: c.status,
			Status: r.Status, Health: '', ExitCode: c.exitCode, Ports: composePorts(r.Ports), Labels: r.Labels,
			Mounts: '', Networks: r.Networks, LocalVolumes: '0', Size: '0B', Publishers: [],
		};
	});
	const format = typeof p.flags.format === 'string' ? p.flags.format : 'table';
	if (format !== 'table') {
		try {
			const headers = {
				ID: 'CONTAINER ID',
				Name: 'NAME',
				Names: 'NAMES',
				Image: 'IMAGE',
				Command: 'COMMAND',
				Project: 'PROJECT',
				Service: 'SERVICE',
				CreatedAt: 'CREATED AT',
				RunningFor: 'CREATED',
				State: 'STATE',
				Status: 'STATUS',
				Health: 'HEALTH',
				ExitCode: 'EXIT CODE',
				Ports: 'PORTS',
				Labels: 'LABELS',
				Mounts: 'MOUNTS',
				Networks: 'NETWORKS',
				LocalVolumes: 'LOCAL VOLUMES',
				Size: 'SIZE',
				Publishers: 'PUBLISHERS',
			};
			return ok(formatTemplateTable(format, rows, headers, '*formatter.ContainerContext'), warn);
		} catch (e) {
			if (e instanceof TemplateError) return fail(e.message, EXIT_GENERIC, warn);
			throw e;
		}
	}
	const table = [['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'], ...rows.map((r) => [r.Name, r.Image, r.Command, r.Service, r.RunningFor, r.Status, r.Ports])];
	return ok(formatTable(table), warn);
}

function exec(ctx: ToolContext, io: CommandIO, g: Globals, p: ParsedSub): CommandResult {
	const project = load(ctx, io, g);
	const [service, ...argv] = p.args;
	if (service === undefined || argv.length === 0) return fail(`'exec' requires at least 2 arguments`, EXIT_GENERIC);
	if (!project.services.some((s) => s.name === service)) return fail(`no such service: ${service}`, EXIT_GENERIC);
	const host = hostOf(ctx);
	const c = projectContainers(ctx.world, host, project.name).find((x) => x.labels?.[LABEL_SERVICE] === service && x.status === 'running');
	if (!c) return fail(`service "${service}" is not running`, EXIT_GENERIC);
	return ctx.runIn(getHost(ctx.world, host).name, c.id, argv, io);
}

function run(ctx: ToolContext, io: CommandIO, g: Globals, sub: string, p: ParsedSub): CommandResult {
	switch (sub) {
		case 'version': {
			if (p.flags.short === true) return ok(`${COMPOSE_VERSION_FULL}\n`);
			if (p.flags.format === 'json') return ok(`{"version":"v${COMPOSE_VERSION_FULL}"}\n`);
			return ok(`Docker Compose version ${COMPOSE_VERSION_FULL}\n`);
		}
		case 'up':
			return up(ctx, io, g, p);
		case 'down': {
			const project = load(ctx, io, g);
			const warn = project.warnings.map((w) => logrusWarning(ctx.world, w)).join('');
			return outcome(ctx, composeDown(ctx.world, hostOf(ctx), project, {removeOrphans: p.flags['remove-orphans'] === true}), warn);
		}
		case 'stop':
		case 'start':
		case 'restart': {
			const project = load(ctx, io, g);
			const warn = project.warnings.map((w) => logrusWarning(ctx.world, w)).join('');
			for (const a of p.args) if (!project.services.some((s) => s.name === a)) return fail(`no such service: ${a}`, EXIT_GENERIC, warn);
			const host = hostOf(ctx);
			const r = sub === 'stop' ? composeStop(ctx.world, host, project, p.args) : composeStart(ctx.world, host, project, p.args, sub === 'restart');
			return outcome(ctx, r, warn);
		}
		case 'ps':
			return ps(ctx, io, g, p);
		case 'logs': {
			const project = load(ctx, io, g);
			const warn = project.warnings.map((w) => logrusWarning(ctx.world, w)).join('');
			for (const a of p.args) if (!project.services.some((s) => s.name === a)) return fail(`no such service: ${a}`, EXIT_GENERIC, warn);
			let out = logLines(ctx, project, p.args, p.flags['no-log-prefix'] === true);
			const tail = p.flags.tail;
			if (typeof tail === 'string' && /^\d+$/.test(tail)) {
				// Per container in Compose; close enough for one-line-per-service logs.
				out = out.split('\n').filter(Boolean).slice(-Number(tail)).map((l) => `${l}\n`).join('');
			}
			return ok(out, warn);
		}
		case 'config': {
			const project = load(ctx, io, g);
			const warn = project.warnings.map((w) => logrusWarning(ctx.world, w)).join('');
			if (p.flags.quiet === true) return ok('', warn);
			if (p.flags.services === true) return ok(project.services.map((s) => `${s.name}\n`).join(''), warn);
			if (p.flags.networks === true) return ok(Object.keys(project.networks).map((n) => `${n}\n`).join(''), warn);
			return ok(composeConfig(project), warn);
		}
		case 'exec':
			return exec(ctx, io, g, p);
		default:
			return fail(`unknown docker command: "compose ${sub}"`, EXIT_COMMAND_NOT_FOUND);
	}
}

/** `docker compose ...`: argv starts after `compose`. */
export const composeTool = (argv: string[], io: CommandIO, ctx: ToolContext): CommandResult => {
	const g: Globals = {files: []};
	let i = 0;
	for (; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('-')) break;
		if (a === '--help' || a === '-h') return ok(COMPOSE_USAGE);
		if (a === '--version' || a === '-v') return ok(`Docker Compose version ${COMPOSE_VERSION_FULL}\n`);
		const eq = a.startsWith('--') ? a.indexOf('=') : -1;
		const key = eq > 0 ? a.slice(0, eq) : a;
		if (GLOBAL_BOOL.has(key)) continue;
		if (GLOBAL_WITH_VALUE.has(key) || /^-[fp]./.test(a)) {
			let value: string | undefined;
			if (eq > 0) value = a.slice(eq + 1);
			else if (/^-[fp]./.test(a)) value = a.slice(2);
			else value = argv[++i];
			if (value === undefined) return fail(`flag needs an argument: ${key}`, EXIT_GENERIC);
			const k = key.slice(0, 2) === '-f' || key === '--file' ? 'f' : key.slice(0, 2) === '-p' || key === '--project-name' ? 'p' : '';
			if (k === 'f') g.files.push(value);
			if (k === 'p') g.projectName = value;
			continue;
		}
		return fail(a.startsWith('--') ? `unknown flag: ${key}` : `unknown shorthand flag: '${a[1]}' in ${a}`, EXIT_GENERIC);
	}
	const sub = argv[i];
	if (sub === undefined) return ok(COMPOSE_USAGE);
	if (!SUBCOMMANDS[sub]) {
		return {stdout: COMPOSE_USAGE, stderr: `unknown docker command: "compose ${sub}"\n`, exitCode: EXIT_COMMAND_NOT_FOUND};
	}
	const parsed = parseSub(sub, argv.slice(i + 1), sub === 'exec');
	if (typeof parsed === 'string') return fail(parsed, EXIT_GENERIC);
	try {
		return run(ctx, io, g, sub, parsed);
	} catch (e) {
		if (e instanceof ComposeError) return fail(e.message, e.exitCode);
		throw e;
	}
};

export const compose: Tool = (argv, io, ctx) => composeTool(argv, io, ctx);
