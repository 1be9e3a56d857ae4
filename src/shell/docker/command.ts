// The shape of one docker CLI command: its cobra-like spec and what it does.
import type {ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import type {CommandSpec, Parsed} from './flags.js';

export interface DockerCommand {
	readonly spec: CommandSpec;
	run(parsed: Parsed, io: CommandIO, ctx: ToolContext): CommandResult;
}

/** A command group such as `docker network`: subcommands by name (aliases included). */
export interface DockerGroup {
	readonly path: string;
	readonly usage: string;
	readonly description: string;
	readonly commands: DockerCommand[];
}
