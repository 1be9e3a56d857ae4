// A Compose subcommand as a declarative spec on the docker CLI's one flag parser (flags.ts): its
// usage, descriptions and flags come from Compose 2.26's own --help (catalog-*.ts), its argument
// rule is the cobra one Compose gives it, and `run` is what the simulation does (none: a real
// Compose command the game does not simulate).
import type {ToolContext} from '../../../context.js';
import type {CommandIO, CommandResult} from '../../../types.js';
import type {CommandSpec, FlagSpec, Parsed} from '../../flags.js';
import {CATALOG_A} from './catalog-a.js';
import {CATALOG_B} from './catalog-b.js';
import type {ComposeCatalogEntry} from './entry.js';

const CATALOG: Readonly<Record<string, ComposeCatalogEntry>> = {...CATALOG_A, ...CATALOG_B};

export interface ComposeSpec extends CommandSpec {
	/** cobra's Long text, printed by --help instead of the short description. */
	readonly long?: string;
}

/** cobra's argument rules, in cobra's words (Compose does not use the docker CLI's cli/required.go). */
export type CobraArgs = {readonly kind: 'none'} | {readonly kind: 'min'; readonly n: number};

/** The global options (-f, -p, --profile, ...) as parsed, before and after the subcommand. */
export interface ComposeGlobals {
	readonly files: string[];
	readonly projectName?: string;
	readonly projectDirectory?: string;
	readonly profiles: string[];
	readonly envFiles: string[];
}

export type ComposeRun = (parsed: Parsed, io: CommandIO, ctx: ToolContext, globals: ComposeGlobals) => CommandResult;

export interface ComposeCommand {
	readonly spec: ComposeSpec;
	readonly cobraArgs?: CobraArgs;
	/** Flags the simulation honours (or, as before, accepts and ignores); the others get a game note. */
	readonly simulated?: readonly string[];
	readonly run?: ComposeRun;
}

export interface SpecOptions {
	readonly stopAtFirstArg?: boolean;
	/** Accepted but not in --help (as Compose hides some). */
	readonly hidden?: readonly FlagSpec[];
}

/** The spec of `docker compose NAME` ('' for the root) from the catalogue. */
export function composeSpec(name: string, opts: SpecOptions = {}): ComposeSpec {
	const e = CATALOG[name];
	if (!e) throw new Error(`no Compose 2.26 command ${name}`);
	return {
		path: name === '' ? 'docker compose' : `docker compose ${name}`,
		usage: e.usage,
		description: e.short,
		...(e.long !== undefined ? {long: e.long} : {}),
		...(e.aliases ? {aliases: [...e.aliases]} : {}),
		flags: [...e.flags, ...(opts.hidden ?? []).map((f) => ({...f, hidden: true}))],
		...(opts.stopAtFirstArg ? {stopAtFirstArg: true} : {}),
	};
}

/** Every subcommand name Compose 2.26 has (for commands the game does not simulate). */
export function catalogNames(): string[] {
	return Object.keys(CATALOG).filter((n) => n !== '');
}

/** cobra's wording for a wrong number of arguments, or undefined. */
export function checkCobraArgs(spec: ComposeSpec, rule: CobraArgs | undefined, args: readonly string[]): string | undefined {
	if (!rule) return undefined;
	if (rule.kind === 'none') return args.length === 0 ? undefined : `unknown command "${args[0]}" for "${spec.path}"`;
	return args.length >= rule.n ? undefined : `requires at least ${rule.n} arg(s), only received ${args.length}`;
}
