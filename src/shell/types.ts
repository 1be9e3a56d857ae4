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

/** Runs one simple command (argv[0] is its name) and returns what it printed. */
export type CommandHandler = (argv: string[], io: CommandIO) => CommandResult;

export const ok = (stdout = ''): CommandResult => ({stdout, stderr: '', exitCode: 0});
export const fail = (stderr: string, exitCode = 1, stdout = ''): CommandResult => ({stdout, stderr, exitCode});
