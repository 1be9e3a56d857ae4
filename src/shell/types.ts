/** What one command (or one whole typed line) produced: Docker's own stdout/stderr split and exit code. */
export interface CommandResult {
	stdout: string;
	stderr: string;
	exitCode: number;
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

export const ok = (stdout = ''): CommandResult => ({stdout, stderr: '', exitCode: 0});
export const fail = (stderr: string, exitCode = 1, stdout = ''): CommandResult => ({stdout, stderr, exitCode});

/** Files a text filter may read and write where it runs (the host's; absent where there are none). */
export interface FileIO {
	/** The text of a file, or glibc's words for why not ("No such file or directory"). */
	read(path: string): {text: string} | {error: string; isDir?: boolean};
	/** Writes a file; undefined on success, or why not. */
	write(path: string, text: string): string | undefined;
}
