// A terminal session on the simulated machine: it owns the current world, knows whether the
// prompt is on the host or inside a container's shell, and runs typed lines through the shell
// language, dispatching each simple command to docker, a network tool or a text filter.
import {createWorld, finishContainer, getHost, hostFs, PLAYER_APP_DIR, PLAYER_CRED, PLAYER_HOME, tick, vfs, withHostFs, type World, type WorldOptions} from '../engine/index.js';
import {runLine, didExit, type ShellHost} from './syntax/index.js';
import {BudgetExceeded, internalFailure} from './budget.js';
import {findProgram} from './programs.js';
import {asMusl} from './tools/libc.js';
import {containerShellFiles} from './tools/container-files.js';
import {fileIO} from './tools/machine-fs.js';
import {parseSudo, shellQuote, SUDO_BINARIES} from './tools/sudo.js';

const ROOT_CRED = {uid: 0, gid: 0};
import {docker} from './docker/index.js';
import type {Flavour, Location, ToolContext} from './context.js';
import {chunksOf, joinResults, orderedResult, type CommandIO, type CommandResult} from './types.js';

/** Simulated time that passes with each typed line. */
export const SECONDS_PER_COMMAND = 1;

/** Where a session starts on the host: the level's files are there, its basename names Compose projects. */
export const PLAYER_CWD = PLAYER_APP_DIR;

interface Frame {
	readonly location: Location;
	readonly env: Record<string, string>;
	/** What leaving this shell does to its container (`docker run -it` stops it; `exec -it` does not). */
	readonly onExit: 'stop' | 'none';
	lastExitCode: number;
	/** An `ssh HOST` login: `exit` prints `logout` and comes back to the host it came from. */
	readonly ssh?: boolean;
}

export interface SessionResult extends CommandResult {
	/** The line left the host shell (`exit` at the top level). */
	readonly left?: boolean;
}

/** OpenSSH's client when it cannot find the destination (exit 255). */
export const SSH_UNRESOLVED = (name: string): string => `ssh: Could not resolve hostname ${name}: Name or service not known\n`;

function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** Options for a session: `terminal` says its output goes to a real terminal (the game UI). */
export interface SessionOptions {
	readonly terminal?: boolean;
}

function hostEnv(pwd = PLAYER_CWD): Record<string, string> {
	return {HOME: PLAYER_HOME, USER: 'player', PWD: pwd, PATH: '/usr/local/bin:/usr/bin:/bin', SHELL: '/bin/bash'};
}

/** A change worth an undo step: anything but the ARP caches the line's traffic filled (kernel state, not the player's doing). */
function changedBeyondCaches(now: World, before: World): boolean {
	if (now === before) return false;
	const keys = new Set([...Object.keys(now), ...Object.keys(before)] as (keyof World)[]);
	return [...keys].some((k) => k !== 'neighbours' && now[k] !== before[k]);
}

export class Session {
	world: World;
	private readonly frames: Frame[];
	/** The last `run` changed the world (beyond the time that passed while it ran): an undo step. */
	lastLineChanged = false;

	/** Output goes to a real terminal: programs that check for one (curl's meter) behave so. */
	readonly terminal: boolean;

	constructor(world: World | WorldOptions = {}, options: SessionOptions = {}) {
		this.terminal = options.terminal ?? false;
		this.world = 'hostOrder' in world ? (world as World) : createWorld(world as WorldOptions);
		this.frames = [{location: {kind: 'host', host: this.world.hostOrder[0]}, env: this.baseEnv(hostEnv()), onExit: 'none', lastExitCode: 0}];
	}

	/** Adds the terminal marker the shell removes for commands whose output is piped. */
	private baseEnv(env: Record<string, string>): Record<string, string> {
		return this.terminal ? {...env, NETDOJO_TTY: '1'} : env;
	}

	get location(): Location {
		return this.top.location;
	}

	private get top(): Frame {
		return this.frames[this.frames.length - 1];
	}

	/** The prompt a real terminal would show here. */
	prompt(): string {
		const loc = this.location;
		if (loc.kind === 'host') {
			if (this.world.hostOrder.length <= 1) return '$ ';
			// bash's default PS1 on Debian/Ubuntu: user@host:cwd$ (an ssh login starts in the home folder).
			const pwd = this.top.env.PWD ?? PLAYER_CWD;
			const shown = pwd === PLAYER_HOME ? '~' : pwd.startsWith(`${PLAYER_HOME}/`) ? `~${pwd.slice(PLAYER_HOME.length)}` : pwd;
			return `player@${loc.host}:${shown}$ `;
		}
		const c = this.world.hosts[loc.host]?.containers.get(loc.id);
		// The shell's working directory shows in the prompt (`/app # ` in a WORKDIR, bash's `~` for /root).
		const cwd = this.cwd;
		if (this.flavourAt(loc) === 'debian' && baseName(loc.shell) === 'bash') return `root@${c?.hostname ?? loc.id.slice(0, 12)}:${cwd === '/root' ? '~' : cwd}# `;
		return this.flavourAt(loc) === 'busybox' ? `${cwd} # ` : '/ # ';
	}

	/** Switches the prompt to another host (multi-host levels). */
	switchHost(name: string): void {
		getHost(this.world, name);
		this.frames.splice(0, this.frames.length, {location: {kind: 'host', host: name}, env: this.baseEnv(hostEnv()), onExit: 'none', lastExitCode: 0});
	}

	/** Runs one typed line and returns what it printed. Never throws. */
	run(line: string): SessionResult {
		this.world = tick(this.world, SECONDS_PER_COMMAND * 1000);
		// immer hands back the same object when nothing changed, so identity tells a change.
		const ticked = this.world;
		this.dropDeadFrames();
		const frame = this.top;
		let switched = false;
		const result = this.runAt(frame, line, () => switched, () => {
			switched = true;
		}, true);
		frame.lastExitCode = result.exitCode;
		this.lastLineChanged = changedBeyondCaches(this.world, ticked);
		if (didExit(result) && !switched) {
			if (this.frames.length > 1) {
				const said = this.leaveFrame(result.exitCode);
				// Leaving `docker run -it`'s shell stops its container: that is a change too.
				this.lastLineChanged = changedBeyondCaches(this.world, ticked);
				return joinResults([result, {stdout: '', stderr: said, exitCode: 0}], result.exitCode);
			}
			return {stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, ...(result.output ? {output: result.output} : {}), left: true};
		}
		return {stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, ...(result.output ? {output: result.output} : {})};
	}

	/**
	 * Runs a line only to read what it prints (`help docker` runs `docker --help`): no time
	 * passes, and the world, the prompt's shell and its `$?` stay exactly as they were.
	 */
	peek(line: string): CommandResult {
		const world = this.world;
		const frame = this.top;
		const exitCode = frame.lastExitCode;
		const depth = this.frames.length;
		const r = this.runAt(frame, line, () => false, () => {});
		this.world = world;
		this.frames.splice(depth);
		frame.lastExitCode = exitCode;
		return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(r.output ? {output: r.output} : {})};
	}

	/** Runs a game-side helper (such as `trace`) with the tool context of the current prompt. */
	trace(argv: string[], fn: (argv: string[], ctx: ToolContext) => CommandResult): CommandResult {
		return fn(argv, this.context(this.location, () => {}, this.cwd));
	}

	/** The working directory of the shell at the prompt (the host's; `/` or WorkingDir in a container). */
	get cwd(): string {
		return this.top.env.PWD ?? this.defaultCwd(this.location);
	}

	private defaultCwd(loc: Location): string {
		if (loc.kind === 'host') return PLAYER_CWD;
		return this.world.hosts[loc.host]?.containers.get(loc.id)?.workingDir || '/';
	}

	/** A host file for the game's editor: its text, undefined when new, or why it cannot be edited. */
	readHostFile(path: string, asRoot = false): {text: string | undefined} | {error: string} {
		if (this.location.kind !== 'host') return {error: 'Read-only file system'};
		const cred = asRoot ? ROOT_CRED : PLAYER_CRED;
		const abs = vfs.absolute(this.cwd, path);
		const r = vfs.readFile(hostFs(this.world, this.location.host), abs, cred);
		if (r.ok) return {text: r.value};
		if (r.errno !== 'ENOENT') return {error: vfs.strerror(r.errno)};
		const parent = vfs.walk(hostFs(this.world, this.location.host), abs, cred);
		if (!parent.ok) return {error: vfs.strerror(parent.errno)};
		if (parent.value.trailingSlash) return {error: vfs.strerror('EISDIR')};
		return vfs.may(parent.value.parent, cred, 2) ? {text: undefined} : {error: vfs.strerror('EACCES')};
	}

	/** Writes a host file as the player (the editor's save, `> file`): undefined, or the reason it failed. */
	writeHostFile(path: string, content: string, append = false, asRoot = false): string | undefined {
		const loc = this.location;
		if (loc.kind !== 'host') return 'Read-only file system';
		return this.writeFileOn(loc.host, vfs.absolute(this.cwd, path), content, append, asRoot);
	}

	/** Puts back an earlier world (`undo`); a container shell opened since is left. */
	restore(world: World): void {
		this.world = world;
		this.frames.splice(1);
	}

	private leaveFrame(exitCode: number): string {
		const frame = this.frames.pop()!;
		// bash prints `logout` for a login shell, then the ssh client says the connection closed.
		if (frame.ssh) return `logout\nConnection to ${frame.location.host} closed.\n`;
		if (frame.location.kind === 'container' && frame.onExit === 'stop') {
			this.world = finishContainer(this.world, frame.location.host, frame.location.id, exitCode);
		}
		return '';
	}

	/** A shell whose container stopped (or was removed) under it is gone. */
	private dropDeadFrames(): void {
		while (this.frames.length > 1) {
			const loc = this.top.location;
			if (loc.kind !== 'container') break;
			const c = this.world.hosts[loc.host]?.containers.get(loc.id);
			if (c && c.status === 'running') break;
			this.frames.pop();
		}
	}

	private libcAt(loc: Location): 'musl' | 'glibc' {
		if (loc.kind === 'host') return 'glibc';
		const c = this.world.hosts[loc.host]?.containers.get(loc.id);
		return (c && this.world.images[c.imageKey]?.libc) ?? 'glibc';
	}

	private flavourAt(loc: Location): Flavour {
		if (loc.kind === 'host') return 'host';
		const c = this.world.hosts[loc.host]?.containers.get(loc.id);
		const image = c ? this.world.images[c.imageKey] : undefined;
		return image?.flavour === 'busybox' ? 'busybox' : 'debian';
	}

	/** Whether a program exists at a location: the registry's host programs, or the container image's tools. */
	private hasProgram(loc: Location, name: string): boolean {
		if (loc.kind === 'host') return findProgram(name)?.onHost ?? false;
		const c = this.world.hosts[loc.host]?.containers.get(loc.id);
		const image = c ? this.world.images[c.imageKey] : undefined;
		return image?.tools.includes(name) ?? false;
	}

	/**
	 * `clock`: a `sleep` here moves the simulated clock on: typed lines and the host's own shells do; a
	 * container's main process (`docker run -d ... sh -c "sleep 30; ..."`) does not, its end is timed instead.
	 */
	private runAt(frame: Frame, line: string, shouldStop: () => boolean, onSwitch: () => void, clock = frame.location.kind === 'host'): CommandResult {
		const shellHost: ShellHost = {
			env: frame.env,
			lastExitCode: frame.lastExitCode,
			exec: (argv, io) => this.exec(frame.location, argv, io, onSwitch),
			shouldStop,
			defaultCwd: this.defaultCwd(frame.location),
		};
		if (clock) {
			shellHost.advanceClock = (ms) => {
				this.world = tick(this.world, ms);
			};
		}
		const loc = frame.location;
		if (loc.kind === 'host') {
			const host = loc.host;
			shellHost.shellName = 'bash';
			shellHost.readFile = (path) => {
				const r = vfs.readFile(hostFs(this.world, host), path, PLAYER_CRED);
				return r.ok ? r.value : undefined;
			};
			shellHost.writeFile = (path, content, append) => this.writeFileOn(host, path, content, append);
			shellHost.chdir = (path) => {
				const r = vfs.walk(hostFs(this.world, host), path, PLAYER_CRED);
				if (!r.ok) return {error: vfs.strerror(r.errno)};
				const node = r.value.node;
				if (!node) return {error: vfs.strerror('ENOENT')};
				if (node.kind !== 'dir') return {error: vfs.strerror('ENOTDIR')};
				if (!vfs.may(node, PLAYER_CRED, 1)) return {error: vfs.strerror('EACCES')};
				return {path: vfs.joinComponents(r.value.names)};
			};
		} else {
			// Inside a container: its own files, as root.
			Object.assign(shellHost, containerShellFiles(() => this.world, (w) => (this.world = w), loc.host, loc.id));
		}
		return runLine(line, shellHost);
	}

	/** `> file`, `>> file`, the editor's save: a write to a host's file system with the player's rights. */
	private writeFileOn(host: string, path: string, content: string, append: boolean, asRoot = false): string | undefined {
		const r = vfs.writeFile(hostFs(this.world, host), path, content, {now: this.world.clock, cred: asRoot ? ROOT_CRED : PLAYER_CRED, append});
		if (!r.ok) return vfs.strerror(r.errno);
		this.world = withHostFs(this.world, host, r.value);
		return undefined;
	}

	private context(loc: Location, onSwitch: () => void, cwd: string, asRoot = false): ToolContext {
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		const session = this;
		return {
			get world() {
				return session.world;
			},
			setWorld(world: World) {
				session.world = world;
			},
			location: loc,
			...(asRoot && loc.kind === 'host' ? {asRoot: true} : {}),
			flavour: this.flavourAt(loc),
			libc: this.libcAt(loc),
			cwd,
			runIn: (host, id, argv, io) => this.runInContainer(host, id, argv, io),
			enter: (host, id, shell, onExit) => {
				this.frames.push({location: {kind: 'container', host, id, shell}, env: this.baseEnv({HOME: '/root', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: this.world.hosts[host]?.containers.get(id)?.hostname ?? ''}), onExit, lastExitCode: 0});
				onSwitch();
			},
		};
	}

	/** Runs one simple command at a location. */
	private exec(loc: Location, argv: string[], io: CommandIO, onSwitch: () => void, root = false): CommandResult {
		const name = argv[0] ?? '';
		const prog = baseName(name);
		if (!this.hasProgram(loc, prog)) return root ? {stdout: '', stderr: `sudo: ${name}: command not found\n`, exitCode: 1} : this.notFound(loc, name);
		const run = findProgram(prog)?.run;
		if (run?.kind === 'sudo') {
			const call = parseSudo(argv);
			if ('result' in call) return call.result;
			const first = baseName(call.argv[0]!);
			// echo, printf, ... are builtins that /usr/bin also has; cd, export are not files at all.
			if (findProgram(first)?.run.kind === 'builtin') {
				if (!SUDO_BINARIES.has(first)) return {stdout: '', stderr: `sudo: ${call.argv[0]}: command not found\n`, exitCode: 1};
				return this.subshell(loc, ['sh', '-c', call.argv.map(shellQuote).join(' ')], io, onSwitch);
			}
			return this.exec(loc, call.argv, io, onSwitch, true);
		}
		if (run?.kind === 'shell') return this.subshell(loc, argv, io, onSwitch);
		if (loc.kind === 'host' && run?.kind === 'login') return this.toHost(prog, argv, onSwitch);
		const ctx = this.context(loc, onSwitch, io.env.PWD ?? this.defaultCwd(loc), root);
		const full = [prog, ...argv.slice(1)];
		try {
			if (run?.kind === 'docker') return docker(full, io, ctx);
			if (run?.kind === 'tool') {
				const r = run.tool(full, io, ctx);
				// errno and getopt texts come from the C library under the tool; cat only copies files.
				if (ctx.libc !== 'musl' || prog === 'cat') return r;
				return orderedResult(asMusl(r.stdout), asMusl(r.stderr), r.exitCode, chunksOf(r).map((c) => ({fd: c.fd, text: asMusl(c.text)})));
			}
			if (run?.kind === 'filter') {
				const files = fileIO(ctx);
				return files ? run.filter(full, io, files) : run.filter(full, io);
			}
			return this.notFound(loc, name);
		} catch (e) {
			// The line's budget ran out: the shell stops the whole line (see ../shell/budget.ts).
			if (e instanceof BudgetExceeded) throw e;
			// A bug in a command must never crash the game: report it like a crashed program, in words.
			return {stdout: '', stderr: internalFailure(prog, e), exitCode: 1};
		}
	}

	/** The world host a destination names (`node2`, `player@node2`, its LAN address), if any. */
	private hostNamed(dest: string): string | undefined {
		const name = dest.slice(dest.lastIndexOf('@') + 1).toLowerCase();
		return this.world.hostOrder.find((h) => h.toLowerCase() === name || this.world.hosts[h].lanIp === name);
	}

	/**
	 * `ssh HOST` logs in on another host of the world (`exit` comes back), `ssh HOST CMD...` runs
	 * one command line there and prints its output, `host HOST` moves the prompt there.
	 */
	private toHost(prog: string, argv: string[], onSwitch: () => void): CommandResult {
		if (prog === 'host') {
			const dest = argv[1];
			if (dest === undefined) return {stdout: '', stderr: 'Usage: host HOST\n', exitCode: 1};
			const target = this.hostNamed(dest);
			if (!target) return {stdout: `Host ${dest} not found: 3(NXDOMAIN)\n`, stderr: '', exitCode: 1};
			this.switchHost(target);
			onSwitch();
			return {stdout: '', stderr: '', exitCode: 0};
		}
		let i = 1;
		// Options without a value are accepted and ignored (-t, -q, ...); -l, -p, -i, -F, -o, -J take one.
		while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '--') i += /^-[lpiFoJ]$/.test(argv[i]) ? 2 : 1;
		if (argv[i] === '--') i++;
		const dest = argv[i];
		if (dest === undefined) {
			return {stdout: '', stderr: 'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n' +
				'           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n' +
				'           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n' +
				'           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n' +
				'           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]\n' +
				'           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n' +
				'           destination [command [argument ...]]\n', exitCode: 255};
		}
		const target = this.hostNamed(dest);
		if (!target) {
			const name = dest.slice(dest.lastIndexOf('@') + 1);
			if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return {stdout: '', stderr: `ssh: connect to host ${name} port 22: Connection timed out\n`, exitCode: 255};
			return {stdout: '', stderr: SSH_UNRESOLVED(name), exitCode: 255};
		}
		const remote = argv.slice(i + 1);
		if (remote.length > 0) {
			// The remote side gets one line (the words joined by spaces), run by the user's shell there.
			const frame: Frame = {location: {kind: 'host', host: target}, env: hostEnv('/home/player'), onExit: 'none', lastExitCode: 0};
			const r = this.runAt(frame, remote.join(' '), () => false, () => {});
			return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(r.output ? {output: r.output} : {})};
		}
		this.frames.push({location: {kind: 'host', host: target}, env: hostEnv('/home/player'), onExit: 'none', lastExitCode: 0, ssh: true});
		onSwitch();
		return {stdout: '', stderr: '', exitCode: 0};
	}

	/** `sh -c 'line'` runs the line in a child shell; a bare `sh` reads stdin as its script. */
	private subshell(loc: Location, argv: string[], io: CommandIO, onSwitch: () => void): CommandResult {
		const frame: Frame = {location: loc, env: {...io.env}, onExit: 'none', lastExitCode: 0};
		const script = argv[1] === '-c' ? (argv[2] ?? '') : io.stdin;
		if (argv[1] === '-c' && argv[2] === undefined) return {stdout: '', stderr: `${baseName(argv[0])}: -c requires an argument\n`, exitCode: 2};
		// The script is read as a shell reads one: newlines end commands, here-documents and loops span lines.
		const r = this.runAt(frame, script, () => false, onSwitch);
		return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(r.output ? {output: r.output} : {})};
	}

	private notFound(loc: Location, name: string): CommandResult {
		const flavour = this.flavourAt(loc);
		if (flavour === 'busybox') return {stdout: '', stderr: `sh: ${name}: not found\n`, exitCode: 127};
		if (loc.kind === 'container' && baseName(loc.shell) !== 'bash') return {stdout: '', stderr: `sh: 1: ${name}: not found\n`, exitCode: 127};
		return {stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127};
	}

	/** `docker exec` and foreground `docker run`: run argv in the container's own userland. */
	private runInContainer(host: string, id: string, argv: string[], io: CommandIO): CommandResult {
		const loc: Location = {kind: 'container', host, id, shell: argv[0] ?? 'sh'};
		const env = {HOME: '/root', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: this.world.hosts[host]?.containers.get(id)?.hostname ?? '', ...io.env};
		return this.exec(loc, argv, {stdin: io.stdin, env}, () => {});
	}
}
