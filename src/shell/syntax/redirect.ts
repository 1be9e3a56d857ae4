import type {Redirect} from './ast.js';
import {chunksOf, orderedResult, pushChunk, type CommandResult, type OutputChunk} from '../types.js';

/** Where fd 1 or fd 2 of a command ends up. Shared objects model `2>&1` (both fds, one sink). */
export type Sink =
	| {kind: 'out'}
	| {kind: 'err'}
	| {kind: 'null'}
	| {kind: 'file'; path: string; buf: string};

export interface FileAccess {
	readFile?(path: string): string | undefined;
	writeFile?(path: string, content: string, append: boolean): string | undefined;
	/** bash words a failed redirection `bash: FILE: REASON`; ash `sh: can't create FILE: REASON`. */
	shellName?: 'bash' | 'sh';
}

export type Prepared =
	| {ok: true; stdin: string | undefined; fd1: Sink; fd2: Sink; files: Extract<Sink, {kind: 'file'}>[]}
	| {ok: false; error: string};

const OUT: Sink = {kind: 'out'};
const ERR: Sink = {kind: 'err'};
const NULL: Sink = {kind: 'null'};

/**
 * Applies redirections left to right (so `>f 2>&1` and `2>&1 >f` differ as in sh).
 * Output files are created/truncated now, like sh does before running the command;
 * what the command prints is appended by `route`.
 */
export function prepareRedirects(redirs: Redirect[], targets: string[], fs: FileAccess): Prepared {
	const fds: Sink[] = [NULL, OUT, ERR];
	const files: Extract<Sink, {kind: 'file'}>[] = [];
	let stdin: string | undefined;
	const open = (path: string, append: boolean): Sink | string => {
		if (path === '/dev/null') return NULL;
		if (path === '/dev/stdout') return fds[1];
		if (path === '/dev/stderr') return fds[2];
		if (path === '') return fs.shellName === 'bash' ? 'bash: : No such file or directory' : `sh: can't create : No such file or directory`;
		if (!fs.writeFile) return `sh: can't create ${path}: Read-only file system`;
		const err = fs.writeFile(path, '', append);
		if (err !== undefined) return fs.shellName === 'bash' ? `bash: ${path}: ${err}` : `sh: can't create ${path}: ${err}`;
		const sink: Sink = {kind: 'file', path, buf: ''};
		files.push(sink);
		return sink;
	};
	for (let i = 0; i < redirs.length; i++) {
		const r = redirs[i];
		const target = targets[i];
		switch (r.op) {
			case '<': {
				if (r.fd !== 0) break;
				const content = target === '/dev/null' ? '' : fs.readFile?.(target);
				if (content === undefined) return {ok: false, error: fs.shellName === 'bash' ? `bash: ${target}: No such file or directory` : `sh: can't open '${target}': No such file or directory`};
				stdin = content;
				break;
			}
			case '<&':
				break;
			case '<<':
			case '<<-':
				// A here-document: its (expanded) body is the input.
				if (r.fd === 0) stdin = target;
				break;
			case '<<<':
				if (r.fd === 0) stdin = `${target}\n`;
				break;
			case '>':
			case '>>':
			case '&>':
			case '&>>': {
				const sink = open(target, r.op.endsWith('>>'));
				if (typeof sink === 'string') return {ok: false, error: sink};
				if (r.op.startsWith('&')) fds[1] = fds[2] = sink;
				else if (r.fd === 1 || r.fd === 2) fds[r.fd] = sink;
				break;
			}
			case '>&': {
				if (target === '-') {
					if (r.fd === 1 || r.fd === 2) fds[r.fd] = NULL;
				} else if (target === '1' || target === '2') {
					if (r.fd === 1 || r.fd === 2) fds[r.fd] = fds[Number(target)];
				} else if (/^\d+$/.test(target)) {
					return {ok: false, error: `sh: ${target}: Bad file descriptor`};
				} else if (r.fd === 1) {
					// bash's `>&file` means `&>file`.
					const sink = open(target, false);
					if (typeof sink === 'string') return {ok: false, error: sink};
					fds[1] = fds[2] = sink;
				} else {
					return {ok: false, error: `sh: ${target}: Bad file descriptor`};
				}
				break;
			}
		}
	}
	return {ok: true, stdin, fd1: fds[1], fd2: fds[2], files};
}

/** Sends a finished command's output where its redirections point. */
export function route(result: CommandResult, p: Extract<Prepared, {ok: true}>, fs: FileAccess): CommandResult {
	let stdout = '';
	let stderr = '';
	const output: OutputChunk[] = [];
	// Chunk by chunk in the order written, so `2>&1` interleaves both streams as a terminal would.
	const write = (sink: Sink, text: string): void => {
		if (!text) return;
		if (sink.kind === 'out') stdout += text;
		else if (sink.kind === 'err') stderr += text;
		else if (sink.kind === 'file') sink.buf += text;
		if (sink.kind === 'out' || sink.kind === 'err') pushChunk(output, sink.kind === 'out' ? 1 : 2, text);
	};
	for (const c of chunksOf(result)) write(c.fd === 1 ? p.fd1 : p.fd2, c.text);
	for (const f of p.files) {
		if (!f.buf) continue;
		const err = fs.writeFile?.(f.path, f.buf, true);
		f.buf = '';
		if (err !== undefined) write({kind: 'err'}, fs.shellName === 'bash' ? `bash: ${f.path}: ${err}\n` : `sh: can't create ${f.path}: ${err}\n`);
	}
	return orderedResult(stdout, stderr, result.exitCode, output);
}
