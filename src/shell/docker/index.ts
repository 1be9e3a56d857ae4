// The `docker` program: finds the (sub)command, parses its flags as cobra does, and frames
// errors and help the way docker CLI 28.2 prints them.
import type {Tool} from '../context.js';
import type {CommandResult} from '../types.js';
import type {DockerCommand, DockerGroup} from './command.js';
import {FlagError, checkArgs, parseFlags, type CommandSpec} from './flags.js';
import {buildCommand} from './commands/build.js';
import {composeTool} from './commands/compose.js';
import {cpCommand} from './commands/cp.js';
import {imagePruneCommand, rmiCommand, tagCommand} from './commands/image-tags.js';
import {createCommand} from './commands/create.js';
import {execCommand} from './commands/exec.js';
import {imagesCommand} from './commands/images.js';
import {infoCommand} from './commands/info.js';
import {inspectCommand} from './commands/inspect.js';
import {containerInspectCommand, imageInspectCommand} from './commands/typed-inspect.js';
import {logsCommand} from './commands/logs.js';
import {networkConnectCommand} from './commands/network-connect.js';
import {networkCreateCommand} from './commands/network-create.js';
import {networkDisconnectCommand} from './commands/network-disconnect.js';
import {networkInspectCommand} from './commands/network-inspect.js';
import {networkLsCommand} from './commands/network-ls.js';
import {networkPruneCommand} from './commands/network-prune.js';
import {networkRmCommand} from './commands/network-rm.js';
import {portCommand} from './commands/port.js';
import {psCommand} from './commands/ps.js';
import {restartCommand} from './commands/restart.js';
import {rmCommand} from './commands/rm.js';
import {runCommand} from './commands/run.js';
import {startCommand} from './commands/start.js';
import {stopCommand} from './commands/stop.js';
import {swarmInitCommand} from './commands/swarm-init.js';
import {swarmJoinCommand} from './commands/swarm-join.js';
import {swarmLeaveCommand} from './commands/swarm-leave.js';
import {swarmJoinTokenCommand} from './commands/swarm-join-token.js';
import {versionCommand} from './commands/version.js';
import {killCommand} from './commands/kill.js';
import {pauseCommand, unpauseCommand} from './commands/pause.js';
import {containerPruneCommand} from './commands/container-prune.js';
import {systemPruneCommand} from './commands/system-prune.js';
import {systemDfCommand} from './commands/system-df.js';
import {renameCommand} from './commands/rename.js';
import {statsCommand} from './commands/stats.js';
import {topCommand} from './commands/top.js';
import {waitCommand} from './commands/wait.js';
import {formatHelp, groupHelp, rootHelp} from './help.js';
import {daemonDown} from './daemon-down.js';
import {cliEntry, cliFlags, cliPaths} from './commands/cli28/index.js';
import {commandNotSimulated, flagsNotSimulated, globalNotSimulated} from './commands/not-yet.js';

/** Top-level commands (`docker run`, ...). */
export const topCommands: DockerCommand[] = [
	runCommand, createCommand, startCommand, stopCommand, restartCommand, rmCommand, psCommand, logsCommand, portCommand,
	execCommand, cpCommand, inspectCommand, imagesCommand, buildCommand, tagCommand, rmiCommand, versionCommand, infoCommand,
	killCommand, renameCommand, statsCommand, topCommand, waitCommand, pauseCommand, unpauseCommand,
];

export const groups: DockerGroup[] = [
	{
		path: 'docker network',
		usage: 'docker network COMMAND',
		description: 'Manage networks',
		commands: [networkConnectCommand, networkCreateCommand, networkDisconnectCommand, networkInspectCommand, networkLsCommand, networkPruneCommand, networkRmCommand],
	},
	{
		path: 'docker swarm',
		usage: 'docker swarm COMMAND',
		description: 'Manage Swarm',
		commands: [swarmInitCommand, swarmJoinCommand, swarmJoinTokenCommand, swarmLeaveCommand],
	},
	{
		path: 'docker container',
		usage: 'docker container COMMAND',
		description: 'Manage containers',
		commands: [runCommand, createCommand, startCommand, stopCommand, restartCommand, rmCommand, psCommand, logsCommand, portCommand, execCommand, cpCommand, containerInspectCommand, killCommand, renameCommand, statsCommand, topCommand, waitCommand, containerPruneCommand, pauseCommand, unpauseCommand],
	},
	{
		path: 'docker system',
		usage: 'docker system COMMAND',
		description: 'Manage Docker',
		commands: [systemDfCommand, infoCommand, systemPruneCommand],
	},
	{
		path: 'docker image',
		usage: 'docker image COMMAND',
		description: 'Manage images',
		commands: [imagesCommand, buildCommand, imageInspectCommand, tagCommand, rmiCommand, imagePruneCommand],
	},
];

/** Every alias docker 28 has for a command, mapped to the command's own path (`docker ps` → `docker container ls`). */
const CANONICAL = new Map<string, string>();
for (const path of cliPaths()) for (const alias of cliEntry(path)?.aliases ?? []) if (alias.split(' ').length > 2) CANONICAL.set(alias, path);

/** The path docker 28 knows a typed command by (`docker container list` → `docker container ls`). */
function canonical(typed: string): string {
	if (cliEntry(typed)) return typed;
	return CANONICAL.get(typed) ?? typed;
}

/** The simulated command for a canonical path: its own path, or one of docker's aliases for it. */
function simulated(path: string, within: readonly DockerCommand[]): DockerCommand | undefined {
	const names = [path, ...(cliEntry(path)?.aliases ?? [])];
	return within.find((c) => names.includes(c.spec.path) || c.spec.path.split(' ').pop() === path.split(' ').pop());
}

/** The spec as it reads under the path it was called by (`docker container ls` vs `docker ps`). */
function asCalled(spec: CommandSpec, path: string): CommandSpec {
	if (spec.path === path) return spec;
	return {...spec, path, usage: spec.usage.replace(spec.path, path)};
}

/** docker 28's flags for the path that the simulated spec lacks: accepted, then refused with a game note. */
function withRealFlags(spec: CommandSpec): {spec: CommandSpec; extra: Set<string>} {
	const extra = new Set<string>();
	const flags = [...spec.flags];
	for (const f of cliFlags(spec.path)) {
		if (spec.flags.some((s) => s.long === f.long)) continue;
		const short = f.short && !spec.flags.some((s) => s.short === f.short) ? f.short : undefined;
		flags.push({long: f.long, type: f.type, hidden: true, ...(short ? {short} : {})});
		extra.add(f.long);
	}
	return {spec: {...spec, flags}, extra};
}

function runCommandWith(command: DockerCommand, path: string, argv: string[], io: Parameters<Tool>[1], ctx: Parameters<Tool>[2]): CommandResult {
	const spec = asCalled(command.spec, path);
	const real = withRealFlags(spec);
	let parsed;
	try {
		parsed = parseFlags(real.spec, argv);
	} catch (e) {
		if (e instanceof FlagError) {
			return {stdout: '', stderr: `${e.message}\n\nUsage:  ${spec.usage}\n\nRun '${spec.path} --help' for more information\n`, exitCode: 125};
		}
		throw e;
	}
	if (parsed.help) return {stdout: formatHelp(spec), stderr: '', exitCode: 0};
	const unsimulated = Object.keys(parsed.flags).filter((k) => real.extra.has(k));
	if (unsimulated.length > 0) return flagsNotSimulated(spec.path, unsimulated);
	const argError = checkArgs(spec, parsed.args);
	if (argError) return {stdout: '', stderr: `${argError}\n`, exitCode: 1};
	const down = daemonDown(spec.path, ctx);
	if (down) return down;
	return command.run(parsed, io, ctx);
}

/** `docker volume ls`, `docker login`: docker 28 has it, the game does not (a note, not "unknown command"). */
function notSimulatedHere(args: readonly string[]): CommandResult | undefined {
	const top = cliEntry(`docker ${args[0]}`);
	if (!top) return undefined;
	const sub = args[1] !== undefined ? canonical(`docker ${args[0]} ${args[1]}`) : undefined;
	if (top.subcommands && sub !== undefined && !args[1].startsWith('-')) {
		if (!cliEntry(sub)) return {stdout: '', stderr: `docker: unknown command: docker ${args[0]} ${args[1]}\n\nUsage:  docker ${args[0]}\n\nRun 'docker ${args[0]} --help' for more information\n`, exitCode: 1};
		return commandNotSimulated(sub);
	}
	return commandNotSimulated(`docker ${args[0]}`);
}

/** The simulated command behind a docker 28 path (`docker container ls` → ps), if the game has one. */
export function simulatedCommand(typed: string): DockerCommand | undefined {
	const path = canonical(typed);
	const words = path.split(' ');
	const group = groups.find((g) => g.path === words.slice(0, 2).join(' '));
	if (group && words.length === 3) return simulated(path, group.commands);
	return words.length === 2 ? simulated(path, topCommands) : undefined;
}

export const docker: Tool = (argv, io, ctx) => {
	const args = argv.slice(1);
	// Global flags before the command (`docker --version`, `docker -v`).
	if (args[0] === '--version' || args[0] === '-v') {
		return {stdout: 'Docker version 28.2.2, build e6534b4\n', stderr: '', exitCode: 0};
	}
	if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
		return {stdout: rootHelp(topCommands, groups), stderr: '', exitCode: 0};
	}
	if (args[0].startsWith('-')) {
		const flag = args[0].replace(/=.*$/, '');
		const global = cliFlags('docker').find((f) => `--${f.long}` === flag || (f.short !== undefined && flag.startsWith(`-${f.short}`) && !flag.startsWith('--')));
		if (global) return globalNotSimulated(flag);
		return {stdout: '', stderr: `unknown flag: ${args[0]}\nSee 'docker --help'.\n`, exitCode: 125};
	}
	// `docker compose` is a CLI plugin with its own flags and subcommands.
	if (args[0] === 'compose') {
		const quiet = args.slice(1).some((a) => a === '--help' || a === '-h' || a === 'version');
		return (quiet ? undefined : daemonDown('docker compose', ctx)) ?? composeTool(args.slice(1), io, ctx);
	}
	const group = groups.find((g) => g.path === `docker ${args[0]}`);
	if (group) {
		const sub = args[1];
		if (sub === undefined || sub === '--help' || sub === '-h') return {stdout: groupHelp(group), stderr: '', exitCode: 0};
		const path = canonical(`${group.path} ${sub}`);
		const command = cliEntry(group.path) && !cliEntry(path) ? undefined : simulated(path, group.commands);
		if (command) return runCommandWith(command, path, args.slice(2), io, ctx);
		if (cliEntry(path)) return commandNotSimulated(path);
		return {stdout: '', stderr: `docker: unknown command: ${group.path} ${sub}\n\nUsage:  ${group.path}\n\nRun '${group.path} --help' for more information\n`, exitCode: 1};
	}
	const command = topCommands.find((c) => c.spec.path === `docker ${args[0]}`);
	if (!command) {
		return notSimulatedHere(args) ?? {stdout: '', stderr: `docker: unknown command: docker ${args[0]}\n\nRun 'docker --help' for more information\n`, exitCode: 1};
	}
	return runCommandWith(command, command.spec.path, args.slice(1), io, ctx);
};
