// `edit FILE` with the player's own editor: $VISUAL, else $EDITOR, else vi when it is on PATH.
// The file's text goes into a temporary file of the same name, the editor gets the terminal
// (Ink's raw mode off, stdio inherited) until it exits, and the file is read back.
import {spawnSync} from 'node:child_process';
import {accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {ExternalEditResult} from '../ui/editor/types.js';

/** Whether `file` is an executable regular file. */
function isExecutable(file: string): boolean {
	try {
		if (!statSync(file).isFile()) return false;
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Where `program` would run from: itself when it has a slash, else the first match on PATH. */
export function findOnPath(program: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (program.includes('/')) return isExecutable(program) ? program : undefined;
	for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
		if (dir === '') continue;
		const candidate = path.join(dir, program);
		if (isExecutable(candidate)) return candidate;
	}
	return undefined;
}

/**
 * The editor command to run, or undefined when there is none. A $VISUAL or $EDITOR that is set
 * is the player's choice: when its program does not exist there is no external editor (the game
 * shows its built-in one rather than surprising them with vi). vi is the fallback only when
 * neither is set. NETDOJO_EDITOR=builtin always means the built-in editor.
 */
export function externalEditorCommand(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env['NETDOJO_EDITOR'] === 'builtin') return undefined;
	const chosen = [env['VISUAL'], env['EDITOR']].map((v) => v?.trim() ?? '').find((v) => v !== '');
	if (chosen !== undefined) {
		// `code --wait`, `emacs -nw`: the program is the first word (quoted paths are not supported).
		const program = chosen.split(/\s+/)[0]!;
		return findOnPath(program, env) ? chosen : undefined;
	}
	return findOnPath('vi', env) ? 'vi' : undefined;
}

export interface ExternalEditorOptions {
	/** The editor command (from externalEditorCommand). */
	command: string;
	/** Switches the terminal's raw mode (process.stdin.setRawMode); omitted when stdin is not a TTY. */
	setRawMode?: (raw: boolean) => void;
	/** Whether raw mode is on now, to restore it afterwards. */
	isRaw?: boolean;
	/** Written to the terminal after the editor exits (e.g. hide the cursor again for Ink). */
	afterwards?: (write: (data: string) => void) => void;
	env?: NodeJS.ProcessEnv;
}

/** A name that is safe as a file name: the last path part, with nothing odd in it. */
function tempName(fileName: string): string {
	const base = path.basename(fileName).replace(/[^\w.+-]/g, '_');
	return base === '' || base === '.' || base === '..' ? 'file' : base;
}

/**
 * Runs the editor on a copy of `content` and reads it back. Blocks until the editor exits.
 * {unavailable} when it could not be started at all (missing, or the shell answers 126/127).
 */
export function runExternalEditor(fileName: string, content: string, options: ExternalEditorOptions): ExternalEditResult {
	const dir = mkdtempSync(path.join(tmpdir(), 'netdojo-edit-'));
	const file = path.join(dir, tempName(fileName));
	const wasRaw = options.isRaw ?? false;
	try {
		writeFileSync(file, content);
		options.setRawMode?.(false);
		// Through the shell, as git runs core.editor: $EDITOR may carry arguments.
		const r = spawnSync('/bin/sh', ['-c', `${options.command} "$1"`, 'sh', file], {stdio: 'inherit', env: options.env ?? process.env});
		if (wasRaw) options.setRawMode?.(true);
		options.afterwards?.((data) => process.stdout.write(data));
		if (r.error) return {ok: false, unavailable: true};
		if (r.status === 126 || r.status === 127) return {ok: false, unavailable: true};
		if (r.status !== 0) return {ok: false, error: r.signal ? `the editor was killed (${r.signal})` : `the editor exited with status ${r.status}`};
		try {
			return {ok: true, content: readFileSync(file, 'utf8')};
		} catch (e) {
			return {ok: false, error: `cannot read the file back: ${(e as Error).message}`};
		}
	} catch (e) {
		if (wasRaw) options.setRawMode?.(true);
		return {ok: false, error: (e as Error).message};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
