// What the Compose subcommands share: loading the project the global options name, Compose's
// result shapes, and its log printer.
import {hostFiles} from '../../../../engine/index.js';
import {EXIT_GENERIC, type ComposeProject} from '../../../../compose/model.js';
import {loadProject} from '../../../../compose/load.js';
import {logrusWarning, projectContainers, LABEL_SERVICE, LABEL_NUMBER, type OpOutcome} from '../../../../compose/project-ops.js';
import type {ToolContext} from '../../../context.js';
import type {CommandIO, CommandResult} from '../../../types.js';
import {hostOf} from '../../views/container-common.js';
import type {ComposeGlobals} from './spec.js';

export const ok = (stdout: string, stderr = ''): CommandResult => ({stdout, stderr, exitCode: 0});
export const fail = (message: string, exitCode: number = EXIT_GENERIC, stderr = ''): CommandResult => ({stdout: '', stderr: `${stderr}${message}\n`, exitCode});

/** An absolute path for `p` as typed in `cwd`. */
function absolute(cwd: string, p: string): string {
	const parts = (p.startsWith('/') ? p : `${cwd}/${p}`).split('/');
	const out: string[] = [];
	for (const part of parts) {
		if (part === '' || part === '.') continue;
		if (part === '..') out.pop();
		else out.push(part);
	}
	return `/${out.join('/')}`;
}

/** `--env-file` files (KEY=VALUE lines, # comments) under the environment the shell gives. */
function environment(ctx: ToolContext, io: CommandIO, g: ComposeGlobals): Readonly<Record<string, string>> {
	if (g.envFiles.length === 0) return io.env;
	const env: Record<string, string> = {...io.env};
	const files = hostFiles(ctx.world, ctx.location.host, '/');
	for (const f of g.envFiles) {
		const text = files[absolute(ctx.cwd, f).slice(1)] ?? '';
		for (const line of text.split('\n')) {
			const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
			if (m) env[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
		}
	}
	return env;
}

/** The project the global options name (-f, -p, --project-directory, --profile, --env-file). */
export function load(ctx: ToolContext, io: CommandIO, g: ComposeGlobals): ComposeProject {
	const cwd = g.projectDirectory !== undefined && g.files.length === 0 ? absolute(ctx.cwd, g.projectDirectory) : ctx.cwd;
	const env = environment(ctx, io, g);
	return loadProject(hostFiles(ctx.world, ctx.location.host, cwd), {
		cwd,
		files: g.files,
		...(g.projectName !== undefined ? {projectName: g.projectName} : {}),
		profiles: g.profiles.length > 0 ? g.profiles : (env.COMPOSE_PROFILES ?? '').split(',').filter(Boolean),
		env,
	});
}

/** compose-go's warnings (the obsolete `version`), as logrus prints them. */
export function warnings(ctx: ToolContext, project: ComposeProject): string {
	return project.warnings.map((w) => logrusWarning(ctx.world, w)).join('');
}

/** `no such service: x` for a name the project does not have. */
export function unknownService(project: ComposeProject, names: readonly string[]): string | undefined {
	const bad = names.find((a) => !project.services.some((s) => s.name === a));
	return bad === undefined ? undefined : `no such service: ${bad}`;
}

/** Compose's own PORTS column: docker's list with IPv6 written `:::8080` (older CLI formatter). */
export function composePorts(ports: string): string {
	return ports.replace(/\[::\]:/g, ':::');
}

/** Applies an operation's world and prints its progress (and error) on stderr. */
export function outcome(ctx: ToolContext, r: OpOutcome, prefix = ''): CommandResult {
	ctx.setWorld(r.world);
	if (r.error !== undefined) return {stdout: '', stderr: `${prefix}${r.stderr}${r.error}\n`, exitCode: r.exitCode};
	return {stdout: '', stderr: `${prefix}${r.stderr}`, exitCode: 0};
}

/** Log lines with Compose's prefix (`web-1  | `); the printer clears the line first (ESC[2K), even without a TTY. */
export function logLines(ctx: ToolContext, project: ComposeProject, services: readonly string[], noPrefix: boolean): string {
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
