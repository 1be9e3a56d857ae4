/** One write to fd 1 (stdout) or fd 2 (stderr), in the order the program made it. */
export interface OutputChunk {
	readonly fd: 1 | 2;
	readonly text: string;
}

/**
 * What one command (or one whole typed line) produced: Docker's own stdout/stderr split and exit
 * code. `output`, when present, is the same text as one stream in the order a terminal shows it
 * (its fd 1 chunks joined are `stdout`, its fd 2 chunks `stderr`); without it the order is
 * unknown and stdout is taken to come first.
 */
export interface CommandResult {
	stdout: string;
	stderr: string;
	exitCode: number;
	output?: readonly OutputChunk[];
}

/** The streams and variables a command sees when the shell runs it. */
export interface CommandIO {
	/** Everything piped into the command ('' when nothing is). */
	stdin: string;
	/** Shell variables visible to the command ($HOME, $PWD, ...). */
	env: Readonly<Record<string, string>>;
}

/** Runs one simple command (argv[0] is its name) and returns what it printed; `files` where there is a file system. */
export type CommandHandler = (argv: string[], io: CommandIO, files?: FileIO) => CommandResult;

/**
 * The chunks of a result in terminal order: stdout then stderr when it does not say, or when
 * `output` no longer matches the streams (code that rewrote `stdout` with `{...r, stdout}`).
 */
export function chunksOf(r: CommandResult): readonly OutputChunk[] {
	if (r.output && matches(r.output, r.stdout, r.stderr)) return r.output;
	const out: OutputChunk[] = [];
	if (r.stdout) out.push({fd: 1, text: r.stdout});
	if (r.stderr) out.push({fd: 2, text: r.stderr});
	return out;
}

function matches(chunks: readonly OutputChunk[], stdout: string, stderr: string): boolean {
	let o = 0;
	let e = 0;
	for (const c of chunks) {
		if (!c || typeof c.text !== 'string') return false;
		const stream = c.fd === 1 ? stdout : stderr;
		const at = c.fd === 1 ? o : e;
		if (!stream.startsWith(c.text, at)) return false;
		if (c.fd === 1) o += c.text.length;
		else e += c.text.length;
	}
	return o === stdout.length && e === stderr.length;
}

/** Appends a chunk, joining it to the last one when that went to the same fd (keeps lists short). */
export function pushChunk(list: OutputChunk[], fd: 1 | 2, text: string): void {
	if (!text) return;
	const last = list[list.length - 1];
	if (last && last.fd === fd) list[list.length - 1] = {fd, text: last.text + text};
	else list.push({fd, text});
}

/**
 * A result with its chunks, which are kept only when they say more than "stdout, then stderr"
 * (so a plain result stays {stdout, stderr, exitCode}).
 */
export function orderedResult(stdout: string, stderr: string, exitCode: number, chunks: readonly OutputChunk[]): CommandResult {
	const plain = chunks.length <= 1 || (chunks.length === 2 && chunks[0].fd === 1);
	return plain ? {stdout, stderr, exitCode} : {stdout, stderr, exitCode, output: chunks};
}

/** Results one after another (a list's commands): their streams joined, in order. */
export function joinResults(parts: readonly CommandResult[], exitCode: number): CommandResult {
	const output: OutputChunk[] = [];
	let stdout = '';
	let stderr = '';
	for (const p of parts) {
		stdout += p.stdout;
		stderr += p.stderr;
		for (const c of chunksOf(p)) pushChunk(output, c.fd, c.text);
	}
	return orderedResult(stdout, stderr, exitCode, output);
}

/**
 * Output a program writes as it goes: `out` and `err` in the order it writes them, so that
 * `curl -v`'s request lines come before the body as on a terminal.
 */
export class Writer {
	stdout = '';
	stderr = '';
	private readonly chunks: OutputChunk[] = [];
	out(text: string): this {
		this.stdout += text;
		pushChunk(this.chunks, 1, text);
		return this;
	}
	err(text: string): this {
		this.stderr += text;
		pushChunk(this.chunks, 2, text);
		return this;
	}
	/** Adds what another command printed, in its order. */
	add(r: CommandResult): this {
		for (const c of chunksOf(r)) {
			if (c.fd === 1) this.out(c.text);
			else this.err(c.text);
		}
		return this;
	}
	result(exitCode: number): CommandResult {
		return orderedResult(this.stdout, this.stderr, exitCode, [...this.chunks]);
	}
}

/** A result whose stderr was written before its stdout (a warning, then the answer). */
export function errThenOut(stderr: string, stdout: string, exitCode: number): CommandResult {
	return new Writer().err(stderr).out(stdout).result(exitCode);
}

export const ok = (stdout = ''): CommandResult => ({stdout, stderr: '', exitCode: 0});
export const fail = (stderr: string, exitCode = 1, stdout = ''): CommandResult => ({stdout, stderr, exitCode});

/** Files a text filter may read and write where it runs (the host's; absent where there are none). */
export interface FileIO {
	/** The text of a file, or glibc's words for why not ("No such file or directory"). */
	read(path: string): {text: string} | {error: string; isDir?: boolean};
	/** Writes a file; undefined on success, or why not. */
	write(path: string, text: string): string | undefined;
}
