import type {AndOr, Command, ForCommand, IfCommand, LoopCommand, Pipeline, Redirect, Script, SimpleCommand} from './ast.js';
import {findBuiltin, type BuiltinContext} from './builtins.js';
import {ExpansionError, expandWords, expandWordToString, type ExpandContext} from './expand.js';
import {parse} from './parser.js';
import {prepareRedirects, route, type FileAccess} from './redirect.js';
import {joinResults, pushChunk, type CommandIO, type CommandResult, type OutputChunk} from '../types.js';
import {keepPartial, LoopSignal, Output, partialOf, sanitize} from './output.js';

export {LoopSignal};
import {BudgetExceeded, currentBudget, internalFailure, withLineBudget, type LineBudget} from '../budget.js';

/** Everything the shell needs from the simulated machine it runs on. */
export interface ShellHost {
	/** Shell variables; mutated by `X=1`, `export`, `unset`. */
	env: Record<string, string>;
	/** Runs any non-builtin simple command (docker, curl, grep, ...); unknown names are the host's to report. */
	exec(argv: string[], io: CommandIO): CommandResult;
	/** For `< file`; undefined means the file does not exist. */
	readFile?(path: string): string | undefined;
	/**
	 * For `> file` / `>> file`. Returns undefined on success or the reason it failed
	 * ("No such file or directory"), shown as `sh: can't create FILE: REASON`.
	 * Called with '' first to create/truncate the file before the command runs.
	 */
	writeFile?(path: string, content: string, append: boolean): string | undefined;
	/** Polled between commands: true stops the rest of the line (e.g. a command switched the session). */
	shouldStop?(): boolean;
	/** `$?` carried from one line to the next; read at the start of runLine and updated at the end. */
	lastExitCode?: number;
	/** The working directory when $PWD is unset (default `/`). */
	defaultCwd?: string;
	/** For `cd`: the canonical directory an absolute path names, or why it cannot be entered. */
	chdir?(path: string): {path: string} | {error: string};
	/** The shell's name in messages: `bash` on the host, `sh` (the default) elsewhere. */
	shellName?: 'bash' | 'sh';
}

/** A line's outcome; `exited` is set when `exit` ran at the top level of the line. */
export interface LineResult extends CommandResult {
	exited?: boolean;
}

/** True when the line ended because of `exit` (the session should close this shell). */
export const didExit = (r: CommandResult): boolean => (r as LineResult).exited === true;

/** Set by the session when stdout is a terminal; see `child(pipedOut)`. */
export const TTY_MARKER = 'NETDOJO_TTY';

/** Bounds host → runLine → host recursion (e.g. `sh -c "sh -c ..."`). */
const MAX_SHELL_DEPTH = 32;
let activeShells = 0;
const MAX_EVAL_DEPTH = 64;
let evalDepth = 0;

/**
 * Parses and runs one typed line under the line's budget (see ../budget.ts). Never throws, except
 * that a line run inside another line (`sh -c`, `ssh host cmd`) passes a spent budget up, so the
 * outer line stops too.
 */
export function runLine(line: string, host: ShellHost): LineResult {
	return withLineBudget(() => runBudgeted(line, host));
}

function runBudgeted(line: string, host: ShellHost): LineResult {
	const outermost = activeShells === 0;
	const budget = currentBudget();
	let parsed: ReturnType<typeof parse>;
	try {
		budget.size(line.length);
		parsed = parse(line);
	} catch (e) {
		if (!(e instanceof BudgetExceeded) && !(e instanceof RangeError)) throw e;
		host.lastExitCode = 2;
		return {stdout: '', stderr: 'sh: this line is too long or too deeply nested for the game\n', exitCode: 2};
	}
	if (!parsed.ok) {
		host.lastExitCode = 2;
		return {stdout: '', stderr: parsed.error + '\n', exitCode: 2};
	}
	if (parsed.script.length === 0) return {stdout: '', stderr: '', exitCode: 0};
	// bash runs a here-document the input ended inside with what there was, and says so first.
	const warning = parsed.unterminatedHeredoc && host.shellName === 'bash' ? `bash: warning: here-document at line ${parsed.unterminatedHeredoc.line} delimited by end-of-file (wanted \`${parsed.unterminatedHeredoc.delimiter}')\n` : '';
	if (activeShells >= MAX_SHELL_DEPTH) {
		return {stdout: '', stderr: 'sh: too many nested shells\n', exitCode: 2};
	}
	activeShells++;
	const shell = new Shell(host, host.env, host.lastExitCode ?? 0, budget);
	try {
		const ran = shell.runScript(parsed.script, '');
		const r = warning ? joinResults([{stdout: '', stderr: warning, exitCode: 0}, ran], ran.exitCode) : ran;
		host.lastExitCode = shell.status;
		return shell.exited ? {...r, exited: true} : r;
	} catch (e) {
		if (e instanceof BudgetExceeded) {
			if (!outermost) throw e;
			host.lastExitCode = 130;
			return joinResults([partialOf(e), {stdout: '', stderr: `^C\n${e.message}\n`, exitCode: 0}], 130);
		}
		// A misbehaving host command (or a bug here) must not take the whole game down.
		host.lastExitCode = 1;
		return {stdout: '', stderr: internalFailure('sh', e), exitCode: 1};
	} finally {
		activeShells--;
	}
}

/** One shell scope. Subshells, pipeline members and `$(...)` get their own copy of the variables. */
class Shell {
	/** Set by `exit`: the rest of this shell's commands are skipped. */
	exited = false;
	/** stderr produced while expanding the current command (command substitutions). */
	private sideStderr = '';
	/** Exit status of the last command substitution, which `x=$(false)` reports. */
	private substStatus: number | undefined;
	/** How many loops of this shell enclose the running command (for `break` and `continue`). */
	private loopDepth = 0;

	private readonly expandCtx: ExpandContext = {
		lookup: (name) => this.lookup(name),
		assign: (name, value) => {
			this.env[name] = value;
		},
		substitute: (script) => {
			const child = this.child(true);
			let r: CommandResult;
			try {
				r = child.runScript(script, '');
			} catch (e) {
				// What $(...) printed was never shown; only its stderr was.
				if (e instanceof BudgetExceeded) {
					e.stdout = '';
					e.output = e.output.filter((c) => c.fd === 2);
				}
				throw e;
			}
			this.sideStderr += r.stderr;
			this.substStatus = child.status;
			return r.stdout;
		},
	};

	constructor(
		private readonly host: ShellHost,
		readonly env: Record<string, string>,
		public status: number,
		private readonly budget: LineBudget,
	) {}

	/**
	 * A subshell. `pipedOut`: its stdout goes into a pipe or a $(...), not to the terminal, so
	 * programs that behave differently on a terminal (curl's progress meter) see no TTY there.
	 */
	private child(pipedOut = false): Shell {
		const env = {...this.env};
		if (pipedOut) delete env[TTY_MARKER];
		return new Shell(this.host, env, this.status, this.budget);
	}

	private stopped(): boolean {
		return this.exited || this.host.shouldStop?.() === true;
	}

	private lookup(name: string): string | undefined {
		switch (name) {
			case '?':
				return String(this.status);
			case '$':
				return this.env['$'] ?? '1';
			case '#':
				return '0';
			case '0':
				return 'sh';
			case '@':
			case '*':
			case '!':
			case '-':
				return '';
		}
		return Object.hasOwn(this.env, name) ? this.env[name] : undefined;
	}

	/** Runs a list; `stdin` goes to the first pipeline only (it would consume it). */
	runScript(script: Script, stdin: string): CommandResult {
		const out = new Output(this.budget);
		let input = stdin;
		try {
			for (const andOr of script) {
				if (this.stopped()) break;
				out.add(this.runAndOr(andOr, input));
				input = '';
			}
		} catch (e) {
			throw keepPartial(e, out);
		}
		return out.result(this.status);
	}

	private runAndOr(list: AndOr, stdin: string): CommandResult {
		const out = new Output(this.budget);
		try {
			out.add(this.runPipeline(list.first, stdin));
			for (const {op, pipeline} of list.rest) {
				if (this.stopped()) break;
				if ((op === '&&') !== (this.status === 0)) continue;
				out.add(this.runPipeline(pipeline, ''));
			}
		} catch (e) {
			throw keepPartial(e, out);
		}
		return out.result(this.status);
	}

	private runPipeline(p: Pipeline, stdin: string): CommandResult {
		let r: CommandResult;
		if (p.commands.length === 1) {
			r = this.runCommand(p.commands[0], stdin);
		} else {
			// Each member of a real pipeline is a subshell: its assignments and `exit` stay inside.
			let input = stdin;
			let stderr = '';
			// What the members before the last wrote to the terminal: their stderr, in pipeline order.
			const early: OutputChunk[] = [];
			let last: CommandResult = {stdout: '', stderr: '', exitCode: 0};
			for (const [i, cmd] of p.commands.entries()) {
				const piped = i < p.commands.length - 1;
				try {
					last = this.child(piped).runCommand(cmd, input);
				} catch (e) {
					if (!(e instanceof BudgetExceeded)) throw e;
					// `yes | head -2`: what a stopped member printed goes on down the pipe (it would
					// have been killed by SIGPIPE once the reader had enough), if the budget allows.
					if (piped && e.stdout !== '' && this.budget.grace()) {
						last = {...partialOf(e), exitCode: 141};
					} else {
						// Otherwise Ctrl+C stops every member; what one before the last printed went into the pipe.
						if (piped) {
							e.stdout = '';
							e.output = e.output.filter((c) => c.fd === 2);
						}
						e.stderr = stderr + e.stderr;
						e.output = [...early, ...e.output];
						throw e;
					}
				}
				this.budget.size(stderr.length + last.stderr.length);
				stderr += last.stderr;
				if (piped) pushChunk(early, 2, last.stderr);
				input = last.stdout;
			}
			r = joinResults([{stdout: '', stderr: stderr.slice(0, stderr.length - last.stderr.length), exitCode: 0, output: early}, last], last.exitCode);
		}
		const exitCode = p.negate ? (r.exitCode === 0 ? 1 : 0) : r.exitCode;
		this.status = exitCode;
		return {...r, exitCode};
	}

	runCommand(cmd: Command, stdin: string): CommandResult {
		// `eval` and `{ }` re-enter here mid-command; keep the outer command's bookkeeping.
		const savedSide = this.sideStderr;
		const savedSubst = this.substStatus;
		this.sideStderr = '';
		this.substStatus = undefined;
		this.budget.check();
		let r: CommandResult;
		try {
			r = cmd.kind === 'simple' ? this.runSimple(cmd, stdin) : this.runCompound(cmd, stdin);
		} catch (e) {
			if (!(e instanceof ExpansionError)) throw e;
			r = {stdout: '', stderr: e.message + '\n', exitCode: 1};
		}
		const side = this.sideStderr;
		this.sideStderr = savedSide;
		this.substStatus = savedSubst;
		this.status = r.exitCode;
		return side ? joinResults([{stdout: '', stderr: side, exitCode: 0}, r], r.exitCode) : r;
	}

	private runCompound(cmd: Exclude<Command, SimpleCommand>, stdin: string): CommandResult {
		return this.withRedirects(cmd.redirs, stdin, (input) => {
			switch (cmd.kind) {
				case 'group':
					return this.runScript(cmd.script, input);
				case 'subshell':
					return this.child().runScript(cmd.script, input);
				case 'if':
					return this.runIf(cmd, input);
				case 'for':
					return this.runFor(cmd, input);
				case 'while':
					return this.runWhile(cmd, input);
			}
		});
	}

	private runIf(cmd: IfCommand, stdin: string): CommandResult {
		const out = new Output(this.budget);
		try {
			for (const clause of cmd.clauses) {
				out.add(this.runScript(clause.cond, stdin));
				stdin = '';
				if (this.stopped()) return out.result(this.status);
				if (this.status === 0) {
					out.add(this.runScript(clause.body, ''));
					return out.result(this.status);
				}
			}
			if (cmd.orElse) {
				out.add(this.runScript(cmd.orElse, ''));
				return out.result(this.status);
			}
		} catch (e) {
			throw keepPartial(e, out);
		}
		return out.result(0);
	}

	/**
	 * One pass of a loop body; false when the loop ends here (`break`, `exit`). `break N` and
	 * `continue N` for an outer loop go on up as the same signal with N-1.
	 */
	private loopBody(body: Script, stdin: string, out: Output): boolean {
		this.budget.check();
		try {
			out.add(this.runScript(body, stdin));
		} catch (e) {
			if (!(e instanceof LoopSignal)) throw e;
			out.add(partialOf(e));
			e.stdout = e.stderr = '';
			e.output = [];
			if (e.levels > 1) {
				e.levels--;
				throw e;
			}
			this.status = 0;
			return e.kind === 'continue';
		}
		return !this.stopped();
	}

	private runFor(cmd: ForCommand, stdin: string): CommandResult {
		const out = new Output(this.budget);
		const values = expandWords(cmd.words, this.expandCtx);
		let status = 0;
		this.loopDepth++;
		try {
			for (const value of values) {
				this.env[cmd.name] = value;
				const goOn = this.loopBody(cmd.body, stdin, out);
				stdin = '';
				status = this.status;
				if (!goOn) break;
			}
		} catch (e) {
			throw keepPartial(e, out);
		} finally {
			this.loopDepth--;
		}
		return out.result(status);
	}

	private runWhile(cmd: LoopCommand, stdin: string): CommandResult {
		const out = new Output(this.budget);
		let status = 0;
		this.loopDepth++;
		try {
			for (;;) {
				this.budget.check();
				out.add(this.runScript(cmd.cond, stdin));
				stdin = '';
				if (this.stopped() || (this.status === 0) === cmd.until) break;
				const goOn = this.loopBody(cmd.body, '', out);
				status = this.status;
				if (!goOn) break;
			}
		} catch (e) {
			throw keepPartial(e, out);
		} finally {
			this.loopDepth--;
		}
		return out.result(status);
	}

	private runSimple(cmd: SimpleCommand, stdin: string): CommandResult {
		const argv = expandWords(cmd.words, this.expandCtx);
		const assigns = cmd.assigns.map((a) => [a.name, expandWordToString(a.value, this.expandCtx)] as const);
		if (argv.length === 0) {
			// Bare assignments change this shell; the status is that of the last $(...), if any.
			for (const [name, value] of assigns) this.env[name] = value;
			const status = this.substStatus ?? 0;
			return this.withRedirects(cmd.redirs, stdin, () => ({stdout: '', stderr: '', exitCode: status}));
		}
		const env = assigns.length ? {...this.env, ...Object.fromEntries(assigns)} : this.env;
		return this.withRedirects(cmd.redirs, stdin, (input) => this.invoke(argv, {stdin: input, env}));
	}

	private invoke(argv: string[], io: CommandIO): CommandResult {
		const builtin = findBuiltin(argv[0]);
		if (!builtin) {
			const r = sanitize(this.host.exec(argv, io));
			this.budget.charge(r.stdout.length + r.stderr.length);
			return r;
		}
		const ctx: BuiltinContext = {
			env: this.env,
			status: this.status,
			exit: (code) => {
				this.exited = true;
				this.status = code;
			},
			loopControl: (kind, levels) => {
				if (this.loopDepth === 0) return false;
				throw new LoopSignal(kind, Math.min(levels, this.loopDepth));
			},
			fileExists: (path) => this.host.readFile?.(this.abs(path)) !== undefined,
			defaultCwd: this.host.defaultCwd ?? '/',
			shellName: this.host.shellName ?? 'sh',
			...(this.host.chdir ? {chdir: this.host.chdir} : {}),
			evalSource: (src, stdin) => {
				// `eval eval eval ...` nests one parse and run per word: bounded like the parser's nesting.
				if (evalDepth >= MAX_EVAL_DEPTH) return {stdout: '', stderr: `sh: eval: nesting too deep (max ${MAX_EVAL_DEPTH})\n`, exitCode: 2};
				evalDepth++;
				try {
					const parsed = parse(src);
					if (!parsed.ok) return {stdout: '', stderr: parsed.error + '\n', exitCode: 2};
					return this.runScript(parsed.script, stdin);
				} finally {
					evalDepth--;
				}
			},
		};
		const r = builtin(argv, io, ctx);
		this.budget.charge(r.stdout.length + r.stderr.length);
		return r;
	}

	/** A path as the machine sees it: relative ones from this shell's working directory (if it has one). */
	private abs(path: string): string {
		const cwd = this.env.PWD ?? this.host.defaultCwd;
		if (path.startsWith('/') || cwd === undefined) return path;
		return cwd.endsWith('/') ? cwd + path : `${cwd}/${path}`;
	}

	/** File access for redirections: the host's hooks, with paths taken from this shell's directory. */
	private files(): FileAccess {
		const {readFile, writeFile} = this.host;
		return {
			...(readFile ? {readFile: (p: string) => readFile.call(this.host, this.abs(p))} : {}),
			...(writeFile ? {writeFile: (p: string, c: string, a: boolean) => writeFile.call(this.host, this.abs(p), c, a)} : {}),
			shellName: this.host.shellName ?? 'sh',
		};
	}

	private withRedirects(redirs: Redirect[], stdin: string, run: (stdin: string) => CommandResult): CommandResult {
		if (redirs.length === 0) return run(stdin);
		const targets = redirs.map((r) => expandWordToString(r.target, this.expandCtx));
		const files = this.files();
		const prepared = prepareRedirects(redirs, targets, files);
		if (!prepared.ok) return {stdout: '', stderr: prepared.error + '\n', exitCode: 1};
		return route(run(prepared.stdin ?? stdin), prepared, files);
	}
}
