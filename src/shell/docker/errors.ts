// How the docker CLI frames errors: daemon errors get "Error response from daemon: ", `docker run`
// / `create` errors get "docker: " and a pointer to --help, flag errors exit 125.
import {isEngineError} from '../../engine/index.js';
import type {CommandResult} from '../types.js';
import {BudgetExceeded} from '../budget.js';

export function daemonText(e: unknown): string {
	if (isEngineError(e)) return e.fromDaemon ? `Error response from daemon: ${e.message}` : e.message;
	// A JS error (a bug: "x is not iterable") or a spent line budget is not Docker's to word: pass it
	// up to the session, which says what happened without the JS text.
	if (isJsFault(e)) throw e;
	return e instanceof Error ? e.message : String(e);
}

/** Errors no Docker component would print: JS built-in errors and the line budget running out. */
export function isJsFault(e: unknown): boolean {
	return e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError || e instanceof BudgetExceeded;
}

/** A plain command error: the message on stderr, exit 1. */
export function cliError(e: unknown, stdout = ''): CommandResult {
	return {stdout, stderr: `${daemonText(e)}\n`, exitCode: 1};
}

/** `docker run` / `docker create` errors (CLI v28): "docker: <err>", blank line, pointer to --help, exit 125. */
export function runError(e: unknown, command: 'run' | 'create', stdout = ''): CommandResult {
	return {stdout, stderr: `docker: ${daemonText(e)}\n\nRun 'docker ${command} --help' for more information\n`, exitCode: 125};
}
