/**
 * What docker CLI 28.2 prints for template failures (read from docker/cli v28.2.2).
 *
 * `docker inspect -f` / `docker network inspect -f` (cli/command/inspect/inspector.go):
 * - parse error: `template parsing error: template: :1: unclosed action`, exit status 64,
 *   nothing on stdout.
 * - execution error: the typed pass failed, then the raw-JSON pass (missingkey=error) failed
 *   too; its error is printed as `template parsing error: template: :1:2: executing "" at
 *   <.Foo>: map has no entry for key "Foo"` (yes, "parsing" even for execution errors), exit
 *   status 1, and stdout gets a lone "\n" when no object rendered (Flush writes one newline).
 *
 * `docker ps --format` / `docker network ls --format` (cli/command/formatter/formatter.go)
 * wrap both kinds with errors.Wrap(err, "template parsing error"), giving the same
 * `template parsing error: <go error>` text; the command exits with status 1. Rows already
 * rendered are discarded because the buffer is only flushed after every row succeeded.
 */
import {TemplateError} from './errors.js';

export function dockerTemplateError(err: TemplateError): string {
	return `template parsing error: ${err.message}`;
}

/** docker inspect's exit status for a template error: 64 for parse errors, 1 for execution. */
export function dockerInspectExitCode(err: TemplateError): number {
	return err.phase === 'parse' ? 64 : 1;
}
