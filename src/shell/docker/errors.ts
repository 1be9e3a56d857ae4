// How the docker CLI frames errors: daemon errors get "Error response from daemon: ", `docker run`
// / `create` errors get "docker: " and a pointer to --help, flag errors exit 125.
import {isEngineError} from '../../engine/index.js';
import type {CommandResult} from '../types.js';

export function daemonText(e: unknown): string {
	if (isEngineError(e)) return e.fromDaemon ? `Error response from daemon: ${e.message}` : e.message;
	return e instanceof Error ? e.message : String(e);
}

/** A plain command error: the message on stderr, exit 1. */
export function cliError(e: unknown, stdout = ''): CommandResult {
	return {stdout, stderr: `${daemonText(e)}\n`, exitCode: 1};
}

/** `docker run` / `docker create` errors (CLI v28): "docker: <err>", blank line, pointer to --help, exit 125. */
export function runError(e: unknown, command: 'run' | 'create', stdout = ''): CommandResult {
	return {stdout, stderr: `docker: ${daemonText(e)}\n\nRun 'docker ${command} --help' for more information\n`, exitCode: 125};
}
