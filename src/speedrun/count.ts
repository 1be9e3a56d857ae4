// What the speed-run boards count. Commands board: every pipeline in a line is one command, so
// `a; b; c` and `a && b` count 3 and 2 (a pipeline `a | b` is one); pipelines inside `{ }`, `( )`,
// `if`/`for`/`while` bodies and `$( )` count too, so wrapping a list in a group gains nothing.
// The count is of the text as written (a loop body counts once), never of what ran.
// Keystroke board (golf): every key the player pressed while a level was being played.
import {parse} from '../shell/syntax/index.js';
import type {Command, Script, Word, WordPart} from '../shell/syntax/index.js';

/** Nesting deeper than this is counted as one command: the parser bounds depth too. */
const MAX_DEPTH = 64;

function inParts(parts: readonly WordPart[], depth: number): number {
	let n = 0;
	for (const p of parts) {
		if (p.kind === 'cmdsub') n += inScript(p.script, depth + 1);
		else if (p.kind === 'dq') n += inParts(p.parts, depth + 1);
		else if (p.kind === 'param' && p.arg) n += inWord(p.arg, depth + 1);
	}
	return n;
}

const inWord = (w: Word, depth: number): number => (depth > MAX_DEPTH ? 0 : inParts(w.parts, depth));

/** Commands nested inside one command of a pipeline (its own pipeline is counted by the caller). */
function inCommand(c: Command, depth: number): number {
	if (depth > MAX_DEPTH) return 0;
	const words = (ws: readonly Word[]) => ws.reduce((n, w) => n + inWord(w, depth), 0);
	const redirs = c.redirs.reduce((n, r) => n + inWord(r.target, depth), 0);
	switch (c.kind) {
		case 'simple':
			return words(c.words) + c.assigns.reduce((n, a) => n + inWord(a.value, depth), 0) + redirs;
		case 'subshell':
		case 'group':
			// The group itself is not a command of its own: only what it holds counts.
			return inScript(c.script, depth + 1) - 1 + redirs;
		case 'if':
			return c.clauses.reduce((n, k) => n + inScript(k.cond, depth + 1) + inScript(k.body, depth + 1), 0) + (c.orElse ? inScript(c.orElse, depth + 1) : 0) - 1 + redirs;
		case 'for':
			return words(c.words) + inScript(c.body, depth + 1) - 1 + redirs;
		case 'while':
			return inScript(c.cond, depth + 1) + inScript(c.body, depth + 1) - 1 + redirs;
	}
}

function inScript(script: Script, depth: number): number {
	if (depth > MAX_DEPTH) return 1;
	let n = 0;
	for (const andOr of script) {
		for (const pipeline of [andOr.first, ...andOr.rest.map((r) => r.pipeline)]) {
			n += 1;
			for (const c of pipeline.commands) n += inCommand(c, depth);
		}
	}
	return n;
}

/**
 * How many commands a counted line is on the commands board: its pipelines (at least 1, so a
 * line the shell refused still costs one, as on the game's own count).
 */
export function simpleCommandCount(line: string): number {
	const r = parse(line);
	if (!r.ok) return 1;
	return Math.max(1, inScript(r.script, 0));
}

/**
 * Keys in one input event as the terminal sent it: an escape sequence (an arrow, Alt+x) is one
 * key; otherwise each character (code point) is one, so a paste costs what typing it would.
 */
export function keystrokeCount(data: string): number {
	if (data === '') return 0;
	if (data.startsWith('\u001B')) return 1;
	let n = 0;
	for (const _ of data) n++;
	return n;
}
