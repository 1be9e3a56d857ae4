// `docker compose` (Compose v2.26 plugin) on the docker CLI's one flag parser: the global options
// (-f, -p, --project-directory, --profile, --env-file, ...) before the subcommand, then the
// subcommand's own spec (compose/), where the global options are accepted too (cobra's persistent
// flags). Usage errors, --help and unknown flags come out in Compose's words and exit codes.
import {COMPOSE_VERSION_FULL, ComposeError, EXIT_COMMAND_NOT_FOUND, EXIT_GENERIC} from '../../../compose/model.js';
import type {Tool, ToolContext} from '../../context.js';
import type {CommandIO, CommandResult} from '../../types.js';
import {FlagError, flagList, flagString, parseFlags, type FlagValues, type Parsed} from '../flags.js';
import {COMPOSE_COMMANDS, COMPOSE_ROOT, composeCommand} from './compose/commands.js';
import {composeHelp, composeRootHelp} from './compose/help.js';
import {checkCobraArgs, type ComposeGlobals, type ComposeSpec} from './compose/spec.js';
import {commandNotSimulated, flagsNotSimulated} from './not-yet.js';

/** `docker compose --help` (also printed, on stdout, before "unknown docker command"). */
export const composeUsage = (): string => composeRootHelp(COMPOSE_ROOT, COMPOSE_COMMANDS.map((c) => c.spec));

/** A flag error: Compose's FlagErrorFunc makes it a status error with exit 16 (CommandSyntaxFailure). */
const usageError = (message: string): CommandResult => ({stdout: '', stderr: `${message}\n`, exitCode: EXIT_COMMAND_NOT_FOUND});

/** The subcommand's flags with the root's persistent ones added (the subcommand's own win a clash). */
function withGlobals(spec: ComposeSpec): ComposeSpec {
	const taken = (long: string, short?: string) => spec.flags.some((f) => f.long === long || (short !== undefined && f.short === short));
	const globals = COMPOSE_ROOT.flags.filter((f) => !taken(f.long, f.short)).map((f) => ({...f, hidden: true, ...(f.short && spec.flags.some((o) => o.short === f.short) ? {short: undefined} : {})}));
	return {...spec, flags: [...spec.flags, ...globals]};
}

function globalsOf(...sets: FlagValues[]): ComposeGlobals {
	const merged: FlagValues = {};
	for (const s of sets) for (const [k, v] of Object.entries(s)) merged[k] = Array.isArray(v) && Array.isArray(merged[k]) ? [...(merged[k] as string[]), ...v] : v;
	const projectName = flagString(merged, 'project-name');
	const projectDirectory = flagString(merged, 'project-directory');
	return {
		files: flagList(merged, 'file'),
		...(projectName !== undefined ? {projectName} : {}),
		...(projectDirectory !== undefined ? {projectDirectory} : {}),
		profiles: flagList(merged, 'profile'),
		envFiles: flagList(merged, 'env-file'),
	};
}

const ROOT_FLAGS = new Set(COMPOSE_ROOT.flags.map((f) => f.long));

/** `docker compose ...`: argv starts after `compose`. */
export const composeTool = (argv: string[], io: CommandIO, ctx: ToolContext): CommandResult => {
	let root: Parsed;
	try {
		root = parseFlags(COMPOSE_ROOT, argv);
	} catch (e) {
		if (e instanceof FlagError) return usageError(e.message);
		throw e;
	}
	if (root.help) return {stdout: composeUsage(), stderr: '', exitCode: 0};
	if (root.flags.version === true) return {stdout: `Docker Compose version ${COMPOSE_VERSION_FULL}\n`, stderr: '', exitCode: 0};
	const [name, ...rest] = root.args;
	if (name === undefined) return {stdout: composeUsage(), stderr: '', exitCode: 0};
	const command = composeCommand(name);
	if (!command) return {stdout: composeUsage(), stderr: `unknown docker command: "compose ${name}"\n`, exitCode: EXIT_COMMAND_NOT_FOUND};
	const spec = withGlobals(command.spec);
	let parsed: Parsed;
	try {
		parsed = parseFlags(spec, rest);
	} catch (e) {
		if (e instanceof FlagError) return usageError(e.message);
		throw e;
	}
	if (parsed.help) return {stdout: composeHelp(command.spec), stderr: '', exitCode: 0};
	if (!command.run) return commandNotSimulated(command.spec.path);
	const own = new Set(command.simulated ?? []);
	const unsimulated = Object.keys(parsed.flags).filter((k) => !own.has(k) && !ROOT_FLAGS.has(k));
	if (unsimulated.length > 0) return flagsNotSimulated(command.spec.path, unsimulated);
	const argError = checkCobraArgs(command.spec, command.cobraArgs, parsed.args);
	if (argError) return {stdout: '', stderr: `${argError}\n`, exitCode: EXIT_GENERIC};
	const globals = globalsOf(root.flags, Object.fromEntries(Object.entries(parsed.flags).filter(([k]) => ROOT_FLAGS.has(k) && !command.spec.flags.some((f) => f.long === k))));
	try {
		return command.run(parsed, io, ctx, globals);
	} catch (e) {
		if (e instanceof ComposeError) return {stdout: '', stderr: `${e.message}\n`, exitCode: e.exitCode};
		throw e;
	}
};

export const compose: Tool = (argv, io, ctx) => composeTool(argv, io, ctx);
