// What a command (docker, curl, ip, ...) may see and change while it runs: the world, where it
// runs (the host or inside a container), and a way to run something inside another container.
import type {World} from '../engine/index.js';
import type {CommandIO, CommandResult} from './types.js';

/** Where a command runs. */
export type Location =
	| {readonly kind: 'host'; readonly host: string}
	| {readonly kind: 'container'; readonly host: string; readonly id: string; readonly shell: string};

/** The userland a command runs in decides wording: BusyBox (alpine), Debian (nginx, ubuntu) or the host's. */
export type Flavour = 'host' | 'busybox' | 'debian';

export interface ToolContext {
	readonly world: World;
	setWorld(world: World): void;
	readonly location: Location;
	readonly flavour: Flavour;
	/** The C library under the tools: musl (alpine) or glibc (everything else here). */
	readonly libc: 'musl' | 'glibc';
	/** Runs argv inside a running container as `docker exec` would (tools of its image only). */
	runIn(host: string, containerId: string, argv: string[], io: CommandIO): CommandResult;
	/** Moves the prompt into a container's shell (`docker run -it`, `docker exec -it`). */
	enter(host: string, containerId: string, shell: string, onExit: 'stop' | 'none'): void;
	/** The player's working directory (host only). */
	readonly cwd: string;
	/** Run by `sudo` on the host: files and services as root. */
	readonly asRoot?: boolean;
}

export type Tool = (argv: string[], io: CommandIO, ctx: ToolContext) => CommandResult;
