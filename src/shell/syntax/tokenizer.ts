import type {ParamOp, RedirOp, Script, Word, WordPart} from './ast.js';
import {MAX_NESTING, ShellSyntaxError} from './syntax-error.js';

export type Op = '&&' | '||' | '|' | ';' | '&' | ';;' | '(' | ')' | '\n';

export type Token =
	| {type: 'word'; word: Word}
	| {type: 'op'; op: Op}
	| {type: 'redir'; op: RedirOp; fd: number | undefined}
	| {type: 'eof'};

/**
 * `$(` and backticks contain whole scripts, so the tokenizer calls back into
 * the parser; these hooks break the import cycle.
 */
export interface NestedParsers {
	/** Parse a script from the lexer's position up to and including the matching `)`. */
	paren(lexer: Lexer): Script;
	/** Parse a standalone source text (backtick contents) at the given depth. */
	source(src: string, depth: number): Script;
}

const isNameStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** Characters that end an unquoted word. */
const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '<', '>', '(', ')']);
const SPECIAL_PARAMS = '?$#!@*-';

/** Accumulates word parts, merging adjacent unquoted literal text. */
class PartBuilder {
	parts: WordPart[] = [];
	private lit = '';
	add(c: string): void {
		this.lit += c;
	}
	push(part: WordPart): void {
		this.flush();
		this.parts.push(part);
	}
	get empty(): boolean {
		return this.parts.length === 0 && this.lit === '';
	}
	finish(): WordPart[] {
		this.flush();
		return this.parts;
	}
	private flush(): void {
		if (this.lit !== '') this.parts.push({kind: 'lit', text: this.lit});
		this.lit = '';
	}
}

/** A here-document whose body comes after the next newline; its body is filled into `body`. */
export interface PendingHeredoc {
	readonly delimiter: string;
	/** Any part of the delimiter was quoted: the body is taken literally, with no expansion. */
	readonly quoted: boolean;
	/** `<<-`: leading tabs are removed from each body line and from the terminator. */
	readonly stripTabs: boolean;
	readonly body: Word;
	/** The line the `<<` is on. */
	readonly line: number;
}

/** 1-based line number of a position (for bash's here-document warning). */
const lineAt = (src: string, pos: number): number => src.slice(0, pos).split('\n').length;

export class Lexer {
	pos = 0;
	private readonly heredocs: PendingHeredoc[] = [];
	/** A here-document the input ended inside, and the line it began on (bash warns and takes what is there). */
	unterminatedHeredoc: {delimiter: string; line: number} | undefined;
	/** The input ended with a backslash: the line continues on the next one. */
	danglingBackslash = false;

	constructor(
		readonly src: string,
		private readonly nested: NestedParsers,
		/** How many `$(`/`${`/backtick levels enclose the current position. */
		public depth = 0,
	) {}

	next(): Token {
		const s = this.src;
		for (;;) {
			while (this.pos < s.length) {
				const c = s[this.pos];
				if (c === ' ' || c === '\t' || c === '\r') this.pos++;
				else if (c === '\\' && s[this.pos + 1] === '\n') this.pos += 2;
				else break;
			}
			if (this.pos >= s.length) {
				this.readHeredocBodies();
				return {type: 'eof'};
			}
			if (s[this.pos] !== '#') break;
			// A comment runs to the end of the line; the newline itself still separates commands.
			while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
		}
		const c = s[this.pos];
		const c2 = s[this.pos + 1];
		switch (c) {
			case '\n':
				this.pos++;
				this.readHeredocBodies();
				return {type: 'op', op: '\n'};
			case '&':
				if (c2 === '&') return this.op('&&', 2);
				if (c2 === '>') {
					if (s[this.pos + 2] === '>') return this.redir('&>>', undefined, 3);
					return this.redir('&>', undefined, 2);
				}
				return this.op('&', 1);
			case '|':
				return c2 === '|' ? this.op('||', 2) : this.op('|', 1);
			case ';':
				return c2 === ';' ? this.op(';;', 2) : this.op(';', 1);
			case '(':
			case ')':
				return this.op(c, 1);
			case '<':
			case '>':
				return this.readRedir(undefined);
		}
		if (isDigit(c)) {
			let end = this.pos;
			while (isDigit(s[end])) end++;
			if ((s[end] === '<' || s[end] === '>') && end - this.pos <= 2) {
				const fd = Number(s.slice(this.pos, end));
				this.pos = end;
				return this.readRedir(fd);
			}
		}
		return {type: 'word', word: {parts: this.readWord()}};
	}

	private op(op: Op, len: number): Token {
		this.pos += len;
		return {type: 'op', op};
	}

	private redir(op: RedirOp, fd: number | undefined, len: number): Token {
		this.pos += len;
		return {type: 'redir', op, fd};
	}

	private readRedir(fd: number | undefined): Token {
		const s = this.src;
		const c = s[this.pos];
		const c2 = s[this.pos + 1];
		if (c === '>') {
			if (c2 === '>') return this.redir('>>', fd, 2);
			if (c2 === '&') return this.redir('>&', fd, 2);
			if (c2 === '|') return this.redir('>', fd, 2);
			return this.redir('>', fd, 1);
		}
		if (c2 === '<') {
			if (s[this.pos + 2] === '<') return this.redir('<<<', fd, 3);
			return s[this.pos + 2] === '-' ? this.redir('<<-', fd, 3) : this.redir('<<', fd, 2);
		}
		if (c2 === '&') return this.redir('<&', fd, 2);
		if (c2 === '>') return this.redir('<', fd, 2);
		return this.redir('<', fd, 1);
	}

	/** An unquoted word: literal text, quotes, escapes and expansions up to a metacharacter. */
	private readWord(): WordPart[] {
		const s = this.src;
		const b = new PartBuilder();
		while (this.pos < s.length) {
			const c = s[this.pos];
			if (WORD_END.has(c)) break;
			if (c === '\\') {
				const n = s[this.pos + 1];
				if (n === undefined) {
					b.add('\\');
					this.pos++;
					this.danglingBackslash = true;
				} else {
					if (n !== '\n') b.push({kind: 'quoted', text: n});
					this.pos += 2;
				}
			} else if (c === "'") {
				b.push({kind: 'quoted', text: this.readSingle()});
			} else if (c === '"') {
				b.push(this.readDouble());
			} else if (c === '$') {
				this.readDollar(b, false);
			} else if (c === '`') {
				b.push(this.readBacktick(false));
			} else if (c === '~' && b.empty && (this.pos + 1 >= s.length || s[this.pos + 1] === '/' || WORD_END.has(s[this.pos + 1]))) {
				b.push({kind: 'tilde'});
				this.pos++;
			} else {
				b.add(c);
				this.pos++;
			}
		}
		return b.finish();
	}

	private readSingle(): string {
		const end = this.src.indexOf("'", this.pos + 1);
		if (end < 0) throw new ShellSyntaxError('unterminated quoted string', true);
		const text = this.src.slice(this.pos + 1, end);
		this.pos = end + 1;
		return text;
	}

	private readDouble(): WordPart {
		const s = this.src;
		const b = new PartBuilder();
		this.pos++;
		for (;;) {
			if (this.pos >= s.length) throw new ShellSyntaxError('unterminated quoted string', true);
			const c = s[this.pos];
			if (c === '"') {
				this.pos++;
				break;
			}
			if (c === '\\') {
				const n = s[this.pos + 1];
				// Inside double quotes a backslash only escapes $ ` " \ and newline.
				if (n === '\n') this.pos += 2;
				else if (n !== undefined && '$`"\\'.includes(n)) {
					b.add(n);
					this.pos += 2;
				} else {
					b.add('\\');
					this.pos++;
				}
			} else if (c === '$') {
				this.readDollar(b, true);
			} else if (c === '`') {
				b.push(this.readBacktick(true));
			} else {
				b.add(c);
				this.pos++;
			}
		}
		return {kind: 'dq', parts: b.finish()};
	}

	private enter(): void {
		if (++this.depth > MAX_NESTING) throw new ShellSyntaxError(`nesting too deep (max ${MAX_NESTING})`);
	}

	/** `$...` at this.pos; a `$` that starts nothing is kept as a literal dollar sign. */
	private readDollar(b: PartBuilder, inDq: boolean): void {
		const s = this.src;
		const n = s[this.pos + 1];
		if (n === '{') {
			b.push(this.readBraceParam(inDq));
		} else if (n === '(') {
			if (s[this.pos + 2] === '(') {
				const arith = this.tryArithmetic();
				if (arith) {
					b.push(arith);
					return;
				}
			}
			this.pos += 2;
			this.enter();
			const script = this.nested.paren(this);
			this.depth--;
			b.push({kind: 'cmdsub', script});
		} else if (isNameStart(n)) {
			let end = this.pos + 2;
			while (isNameChar(s[end])) end++;
			b.push({kind: 'param', name: s.slice(this.pos + 1, end)});
			this.pos = end;
		} else if (isDigit(n) || (n !== undefined && SPECIAL_PARAMS.includes(n))) {
			b.push({kind: 'param', name: n as string});
			this.pos += 2;
		} else {
			b.add('$');
			this.pos++;
		}
	}

	/** `$(( expr ))`: the text up to the matching `))`, or undefined when it is really `$( (...) )`. */
	private tryArithmetic(): WordPart | undefined {
		const s = this.src;
		let depth = 0;
		for (let i = this.pos + 3; i < s.length; i++) {
			const c = s[i];
			if (c === '(') depth++;
			else if (c === ')') {
				if (depth === 0) {
					if (s[i + 1] !== ')') return undefined;
					const expr = s.slice(this.pos + 3, i);
					this.pos = i + 2;
					return {kind: 'arith', expr};
				}
				depth--;
			}
		}
		return undefined;
	}

	private readBraceParam(inDq: boolean): WordPart {
		const s = this.src;
		this.pos += 2;
		let lengthOf = false;
		if (s[this.pos] === '#' && s[this.pos + 1] !== '}') {
			lengthOf = true;
			this.pos++;
		}
		let name: string;
		const c = s[this.pos];
		if (isNameStart(c)) {
			let end = this.pos + 1;
			while (isNameChar(s[end])) end++;
			name = s.slice(this.pos, end);
			this.pos = end;
		} else if (isDigit(c)) {
			let end = this.pos + 1;
			while (isDigit(s[end])) end++;
			name = s.slice(this.pos, end);
			this.pos = end;
		} else if (c !== undefined && SPECIAL_PARAMS.includes(c)) {
			name = c;
			this.pos++;
		} else {
			throw new ShellSyntaxError(c === undefined ? "missing '}'" : 'bad substitution');
		}
		if (s[this.pos] === '}') {
			this.pos++;
			return lengthOf ? {kind: 'param', name, op: '#len'} : {kind: 'param', name};
		}
		if (lengthOf) throw new ShellSyntaxError('bad substitution');
		let op: ParamOp | undefined;
		for (const candidate of [':-', ':=', ':+', ':?', '-', '=', '+', '?'] as const) {
			if (s.startsWith(candidate, this.pos)) {
				op = candidate;
				break;
			}
		}
		if (!op) throw new ShellSyntaxError(this.pos >= s.length ? "missing '}'" : 'bad substitution');
		this.pos += op.length;
		this.enter();
		const arg = this.readParamArg(inDq);
		this.depth--;
		return {kind: 'param', name, op, arg};
	}

	/** The word in `${x:-word}`: everything up to the closing brace, spaces included. */
	private readParamArg(inDq: boolean): Word {
		const s = this.src;
		const b = new PartBuilder();
		for (;;) {
			if (this.pos >= s.length) throw new ShellSyntaxError("missing '}'", true);
			const c = s[this.pos];
			if (c === '}') {
				this.pos++;
				break;
			}
			if (c === '\\') {
				const n = s[this.pos + 1];
				if (n === undefined) throw new ShellSyntaxError("missing '}'");
				if (n !== '\n') b.push({kind: 'quoted', text: n});
				this.pos += 2;
			} else if (c === "'" && !inDq) {
				b.push({kind: 'quoted', text: this.readSingle()});
			} else if (c === '"') {
				b.push(this.readDouble());
			} else if (c === '$') {
				this.readDollar(b, inDq);
			} else if (c === '`') {
				b.push(this.readBacktick(inDq));
			} else {
				b.add(c);
				this.pos++;
			}
		}
		return {parts: b.finish()};
	}

	/** Registers a here-document (the parser saw `<<WORD`); its body is read after the next newline. */
	addHeredoc(doc: Omit<PendingHeredoc, 'line'>): void {
		this.heredocs.push({...doc, line: lineAt(this.src, this.pos)});
	}

	/** Reads the bodies of the pending here-documents, line by line up to each terminator. */
	private readHeredocBodies(): void {
		const s = this.src;
		while (this.heredocs.length > 0) {
			const doc = this.heredocs.shift()!;
			let text = '';
			let done = false;
			while (this.pos < s.length) {
				const nl = s.indexOf('\n', this.pos);
				const end = nl < 0 ? s.length : nl;
				let line = s.slice(this.pos, end);
				this.pos = nl < 0 ? s.length : nl + 1;
				if (doc.stripTabs) line = line.replace(/^\t+/, '');
				if (line === doc.delimiter) {
					done = true;
					break;
				}
				text += `${line}\n`;
			}
			if (!done) this.unterminatedHeredoc ??= {delimiter: doc.delimiter, line: doc.line};
			doc.body.parts = doc.quoted ? [{kind: 'quoted', text}] : new Lexer(text, this.nested, this.depth).heredocParts();
		}
	}

	/** An unquoted here-document's body: expansions as inside double quotes, but `"` is an ordinary character. */
	heredocParts(): WordPart[] {
		const s = this.src;
		const b = new PartBuilder();
		while (this.pos < s.length) {
			const c = s[this.pos];
			if (c === '\\') {
				const n = s[this.pos + 1];
				if (n === '\n') this.pos += 2;
				else if (n !== undefined && '$`\\'.includes(n)) {
					b.add(n);
					this.pos += 2;
				} else {
					b.add('\\');
					this.pos++;
				}
			} else if (c === '$') this.readDollar(b, true);
			else if (c === '`') b.push(this.readBacktick(true));
			else {
				b.add(c);
				this.pos++;
			}
		}
		// The whole body is one quoted-like word: never split, never empty-dropped.
		return [{kind: 'dq', parts: b.finish()}];
	}

	/** Old-style `...`: backslash only escapes ` \ $ (and " inside double quotes); contents re-parsed. */
	private readBacktick(inDq: boolean): WordPart {
		const s = this.src;
		let inner = '';
		let i = this.pos + 1;
		for (;;) {
			if (i >= s.length) throw new ShellSyntaxError('EOF in backquote substitution', true);
			const c = s[i];
			if (c === '`') break;
			if (c === '\\') {
				const n = s[i + 1];
				if (n !== undefined && ('`\\$'.includes(n) || (inDq && n === '"'))) {
					inner += n;
					i += 2;
					continue;
				}
			}
			inner += c;
			i++;
		}
		this.pos = i + 1;
		if (this.depth + 1 > MAX_NESTING) throw new ShellSyntaxError(`nesting too deep (max ${MAX_NESTING})`);
		return {kind: 'cmdsub', script: this.nested.source(inner, this.depth + 1)};
	}
}
