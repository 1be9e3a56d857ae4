import type {Script, Word, WordPart} from './ast.js';
import {ArithmeticError, evaluateArithmetic} from './arithmetic.js';
import {currentBudget} from '../budget.js';

/** Raised for `${x:?msg}` and bad `$((...))`; the interpreter turns it into a failed command. */
export class ExpansionError extends Error {}

/** What expansion needs from the running shell. */
export interface ExpandContext {
	/** Value of a variable or special parameter (`?`, `$`, `#`...); undefined when unset. */
	lookup(name: string): string | undefined;
	/** `${x:=word}` assigns. */
	assign(name: string, value: string): void;
	/** Run a command substitution; its stdout is what gets substituted. */
	substitute(script: Script): string;
}

const DEFAULT_IFS = ' \t\n';

/** Splits unquoted expansion results into fields; builds the argv of one word. */
class FieldBuilder {
	fields: string[] = [];
	private cur = '';
	/** True once the current field must exist even if empty (quotes, literal text). */
	private has = false;
	/** `x=$x$x` doubles a string each time: the line's budget caps how long one may get. */
	private readonly budget = currentBudget();

	constructor(private readonly ifs: RegExp | undefined) {}

	literal(text: string): void {
		this.budget.size(this.cur.length + text.length);
		this.cur += text;
		this.has = true;
	}

	split(text: string): void {
		if (!this.ifs) {
			if (text) this.literal(text);
			return;
		}
		const pieces = text.split(this.ifs);
		for (let i = 0; i < pieces.length; i++) {
			if (i > 0 && this.has) this.end();
			if (pieces[i]) this.literal(pieces[i]);
		}
	}

	end(): void {
		if (this.has) this.fields.push(this.cur);
		this.cur = '';
		this.has = false;
	}
}

function ifsPattern(ctx: ExpandContext): RegExp | undefined {
	const ifs = ctx.lookup('IFS') ?? DEFAULT_IFS;
	if (ifs === '') return undefined;
	if (ifs === DEFAULT_IFS) return /[ \t\n]+/;
	return new RegExp(`[${ifs.replace(/[\\\]^-]/g, '\\$&')}]+`);
}

/** Turns words into argv: expansions, field splitting of unquoted results, no globbing. */
export function expandWords(words: Word[], ctx: ExpandContext): string[] {
	const fb = new FieldBuilder(ifsPattern(ctx));
	for (const w of words) {
		for (const part of w.parts) expandPart(part, ctx, fb, false);
		fb.end();
	}
	return fb.fields;
}

/** One word to one string with no field splitting (assignments, redirection targets, here: `${x:-word}`). */
export function expandWordToString(word: Word, ctx: ExpandContext): string {
	const fb = new FieldBuilder(undefined);
	for (const part of word.parts) expandPart(part, ctx, fb, true);
	fb.end();
	return fb.fields[0] ?? '';
}

function expandPart(part: WordPart, ctx: ExpandContext, fb: FieldBuilder, quoted: boolean): void {
	switch (part.kind) {
		case 'lit':
		case 'quoted':
			fb.literal(part.text);
			return;
		case 'tilde':
			fb.literal(ctx.lookup('HOME') ?? '/root');
			return;
		case 'dq':
			// "" still produces an (empty) argument.
			fb.literal('');
			for (const p of part.parts) expandPart(p, ctx, fb, true);
			return;
		default: {
			const value = expansionValue(part, ctx);
			if (quoted) fb.literal(value);
			else fb.split(value);
		}
	}
}

function expansionValue(part: WordPart, ctx: ExpandContext): string {
	switch (part.kind) {
		case 'param':
			return paramValue(part, ctx);
		case 'cmdsub':
			return trimNewlines(ctx.substitute(part.script));
		case 'arith':
			try {
				const text = part.expr.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9?$#])\}?/g, (_m, name: string) => ctx.lookup(name) ?? '');
				return String(evaluateArithmetic(text, (name) => ctx.lookup(name)));
			} catch (e) {
				if (e instanceof ArithmeticError) throw new ExpansionError(`sh: ${e.message}`);
				throw e;
			}
		default:
			return '';
	}
}

/** $(...) drops trailing newlines (a loop, not /\n+$/, which is quadratic on many newlines). */
function trimNewlines(s: string): string {
	let end = s.length;
	while (end > 0 && s.charCodeAt(end - 1) === 10) end--;
	return s.slice(0, end);
}

function paramValue(part: Extract<WordPart, {kind: 'param'}>, ctx: ExpandContext): string {
	const value = ctx.lookup(part.name);
	const op = part.op;
	if (!op) return value ?? '';
	if (op === '#len') return String([...(value ?? '')].length);
	// With a colon, empty counts as unset.
	const unset = op.startsWith(':') ? !value : value === undefined;
	const arg = (): string => (part.arg ? expandWordToString(part.arg, ctx) : '');
	switch (op) {
		case ':-':
		case '-':
			return unset ? arg() : (value ?? '');
		case ':=':
		case '=': {
			if (!unset) return value ?? '';
			const v = arg();
			ctx.assign(part.name, v);
			return v;
		}
		case ':+':
		case '+':
			return unset ? '' : arg();
		case ':?':
		case '?': {
			if (!unset) return value ?? '';
			const msg = arg() || (value === undefined ? 'parameter not set' : 'parameter null or not set');
			throw new ExpansionError(`sh: ${part.name}: ${msg}`);
		}
	}
}
