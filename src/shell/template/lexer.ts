/**
 * Tokenizer for Go text/template (as of Go 1.24, which built docker CLI 28.2).
 * It follows the state machine of text/template/parse/lex.go so that the same inputs
 * produce the same tokens and the same error texts; positions are UTF-8 byte offsets
 * because Go reports exec-error columns in bytes.
 */

export type ItemType =
	| 'error'
	| 'bool'
	| 'char'
	| 'charConstant'
	| 'comment'
	| 'complex'
	| 'assign'
	| 'declare'
	| 'eof'
	| 'field'
	| 'identifier'
	| 'leftDelim'
	| 'leftParen'
	| 'number'
	| 'pipe'
	| 'rawString'
	| 'rightDelim'
	| 'rightParen'
	| 'space'
	| 'string'
	| 'text'
	| 'variable'
	// keywords
	| 'block'
	| 'break'
	| 'continue'
	| 'dot'
	| 'define'
	| 'else'
	| 'end'
	| 'if'
	| 'nil'
	| 'range'
	| 'template'
	| 'with';

/** A lexer state: returns the next state, or null when lexing is done. */
type Next = (() => Next) | null;

export interface Item {
	typ: ItemType;
	/** Byte offset of the item in the source. */
	pos: number;
	val: string;
	/** 1-based line the item starts on. */
	line: number;
}

const KEYWORDS: Record<string, ItemType> = {
	block: 'block',
	break: 'break',
	continue: 'continue',
	define: 'define',
	else: 'else',
	end: 'end',
	if: 'if',
	range: 'range',
	nil: 'nil',
	template: 'template',
	with: 'with',
};

export const isKeyword = (t: ItemType): boolean =>
	t === 'dot' || Object.values(KEYWORDS).includes(t);

const LEFT = '{{';
const RIGHT = '}}';
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';
const TRIM_LEN = 2;

export const isSpaceChar = (c: string | undefined): boolean =>
	c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** unicode.IsLetter / IsDigit / '_' — Go's identifier characters. */
export const isAlphaNumeric = (c: string | undefined): boolean =>
	c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));

const hasLeftTrimMarker = (s: string): boolean => s.length >= 2 && s[0] === '-' && isSpaceChar(s[1]);
const hasRightTrimMarker = (s: string): boolean => s.length >= 2 && isSpaceChar(s[0]) && s[1] === '-';

/** Go's %#U: `U+007D '}'` (the quoted form only for printable runes). */
export function goUnicode(ch: string): string {
	const cp = ch.codePointAt(0) ?? 0;
	const hex = cp.toString(16).toUpperCase().padStart(4, '0');
	return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch) ? `U+${hex} '${ch}'` : `U+${hex}`;
}

/**
 * Lexes over a code-point array, keeping a parallel byte-offset table so items carry Go's
 * byte positions. Runs to completion eagerly; an 'error' item ends the stream as in Go.
 */
export class Lexer {
	private readonly chars: string[];
	private readonly byteAt: number[];
	private pos = 0;
	private start = 0;
	private line = 1;
	private startLine = 1;
	private parenDepth = 0;
	readonly items: Item[] = [];

	constructor(
		private readonly input: string,
		private readonly options: {breakOK: boolean; continueOK: boolean},
	) {
		this.chars = Array.from(input);
		this.byteAt = [0];
		let b = 0;
		for (const c of this.chars) {
			const cp = c.codePointAt(0) ?? 0;
			b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
			this.byteAt.push(b);
		}
		this.run();
	}

	private rest(from = this.pos): string {
		return this.chars.slice(from, from + 8).join('');
	}

	private startsWith(s: string, from = this.pos): boolean {
		for (let i = 0; i < s.length; i++) if (this.chars[from + i] !== s[i]) return false;
		return true;
	}

	private next(): string | undefined {
		if (this.pos >= this.chars.length) return undefined;
		const c = this.chars[this.pos++];
		if (c === '\n') this.line++;
		return c;
	}

	/** Moves forward n characters, keeping the line count right (trim markers may be newlines). */
	private advance(n: number): void {
		for (let i = 0; i < n; i++) this.next();
	}

	private backup(): void {
		this.pos--;
		if (this.chars[this.pos] === '\n') this.line--;
	}

	private peek(): string | undefined {
		return this.chars[this.pos];
	}

	private text(from: number, to: number): string {
		return this.chars.slice(from, to).join('');
	}

	private emit(typ: ItemType): void {
		this.items.push({typ, pos: this.byteAt[this.start], val: this.text(this.start, this.pos), line: this.startLine});
		this.start = this.pos;
		this.startLine = this.line;
	}

	private ignore(): void {
		for (let i = this.start; i < this.pos; i++) if (this.chars[i] === '\n') this.startLine++;
		this.start = this.pos;
		this.startLine = this.line;
	}

	private errorf(message: string): null {
		this.items.push({typ: 'error', pos: this.byteAt[this.start], val: message, line: this.startLine});
		return null;
	}

	private accept(valid: string): boolean {
		const c = this.next();
		if (c !== undefined && valid.includes(c)) return true;
		if (c !== undefined) this.backup();
		return false;
	}

	private acceptRun(valid: string): void {
		for (;;) {
			const c = this.next();
			if (c === undefined) return;
			if (!valid.includes(c)) {
				this.backup();
				return;
			}
		}
	}

	private run(): void {
		let state: Next = () => this.lexText();
		while (state) state = state();
	}

	/** Whitespace a trim marker removes after the right delimiter. */
	private skipLeadingSpace(): void {
		while (isSpaceChar(this.chars[this.pos])) this.next();
	}

	private lexText(): Next {
		let i = this.pos;
		while (i < this.chars.length && !this.startsWith(LEFT, i)) i++;
		if (i < this.chars.length) {
			const trim = hasLeftTrimMarker(this.rest(i + LEFT.length));
			const endPos = i;
			let textEnd = i;
			if (trim) while (textEnd > this.start && isSpaceChar(this.chars[textEnd - 1])) textEnd--;
			// move pos to the delimiter, counting newlines
			while (this.pos < endPos) this.next();
			if (textEnd > this.start) {
				this.items.push({typ: 'text', pos: this.byteAt[this.start], val: this.text(this.start, textEnd), line: this.startLine});
			}
			this.start = this.pos;
			this.startLine = this.line;
			return () => this.lexLeftDelim();
		}
		while (this.pos < this.chars.length) this.next();
		if (this.pos > this.start) this.emit('text');
		this.emit('eof');
		return null;
	}

	private lexLeftDelim(): Next {
		this.advance(LEFT.length);
		const trim = hasLeftTrimMarker(this.rest());
		const after = trim ? TRIM_LEN : 0;
		if (this.startsWith(LEFT_COMMENT, this.pos + after)) {
			this.advance(after);
			this.ignore();
			return () => this.lexComment();
		}
		this.emit('leftDelim');
		this.advance(after);
		this.ignore();
		this.parenDepth = 0;
		return () => this.lexInsideAction();
	}

	private atRightDelim(): {delim: boolean; trim: boolean} {
		if (hasRightTrimMarker(this.rest()) && this.startsWith(RIGHT, this.pos + TRIM_LEN)) return {delim: true, trim: true};
		if (this.startsWith(RIGHT)) return {delim: true, trim: false};
		return {delim: false, trim: false};
	}

	private lexComment(): Next {
		this.advance(LEFT_COMMENT.length);
		let i = this.pos;
		while (i < this.chars.length && !this.startsWith(RIGHT_COMMENT, i)) i++;
		if (i >= this.chars.length) return this.errorf('unclosed comment');
		while (this.pos < i + RIGHT_COMMENT.length) this.next();
		const {delim, trim} = this.atRightDelim();
		if (!delim) return this.errorf('comment ends before closing delimiter');
		// Comments are dropped unless parse.ParseComments is set, which docker does not set.
		if (trim) this.advance(TRIM_LEN);
		this.advance(RIGHT.length);
		if (trim) this.skipLeadingSpace();
		this.ignore();
		return () => this.lexText();
	}

	private lexRightDelim(): Next {
		const {trim} = this.atRightDelim();
		if (trim) {
			this.advance(TRIM_LEN);
			this.ignore();
		}
		this.advance(RIGHT.length);
		this.emit('rightDelim');
		if (trim) {
			this.skipLeadingSpace();
			this.ignore();
		}
		return () => this.lexText();
	}

	private lexInsideAction(): Next {
		const {delim} = this.atRightDelim();
		if (delim) {
			if (this.parenDepth === 0) return () => this.lexRightDelim();
			return this.errorf('unclosed left paren');
		}
		const r = this.next();
		if (r === undefined) return this.errorf('unclosed action');
		if (isSpaceChar(r)) {
			this.backup();
			return () => this.lexSpace();
		}
		switch (r) {
			case '=':
				this.emit('assign');
				return () => this.lexInsideAction();
			case ':':
				if (this.next() !== '=') return this.errorf('expected :=');
				this.emit('declare');
				return () => this.lexInsideAction();
			case '|':
				this.emit('pipe');
				return () => this.lexInsideAction();
			case '"':
				return () => this.lexQuote();
			case '`':
				return () => this.lexRawQuote();
			case '$':
				return () => this.lexVariable();
			case "'":
				return () => this.lexChar();
			case '(':
				this.emit('leftParen');
				this.parenDepth++;
				return () => this.lexInsideAction();
			case ')':
				this.parenDepth--;
				if (this.parenDepth < 0) return this.errorf('unexpected right paren');
				this.emit('rightParen');
				return () => this.lexInsideAction();
		}
		if (r === '.') {
			const n = this.chars[this.pos];
			if (n === undefined || n < '0' || n > '9') return () => this.lexFieldOrVariable('field');
		}
		if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
			this.backup();
			return () => this.lexNumber();
		}
		if (isAlphaNumeric(r)) {
			this.backup();
			return () => this.lexIdentifier();
		}
		const cp = r.codePointAt(0) ?? 0;
		if (cp <= 0x7f && cp >= 0x20 && cp < 0x7f) {
			this.emit('char');
			return () => this.lexInsideAction();
		}
		return this.errorf(`unrecognized character in action: ${goUnicode(r)}`);
	}

	private lexSpace(): Next {
		let n = 0;
		while (isSpaceChar(this.peek())) {
			this.next();
			n++;
		}
		// A space followed by "-}}" belongs to a trim-marked right delimiter.
		if (hasRightTrimMarker(this.rest(this.pos - 1)) && this.startsWith(RIGHT, this.pos - 1 + TRIM_LEN)) {
			this.backup();
			if (n === 1) return () => this.lexRightDelim();
		}
		this.emit('space');
		return () => this.lexInsideAction();
	}

	private lexIdentifier(): Next {
		for (;;) {
			const r = this.next();
			if (isAlphaNumeric(r)) continue;
			if (r !== undefined) this.backup();
			const word = this.text(this.start, this.pos);
			if (!this.atTerminator()) return this.errorf(`bad character ${goUnicode(this.peek() ?? '')}`);
			const kw = KEYWORDS[word];
			if (kw !== undefined) {
				if ((kw === 'break' && !this.options.breakOK) || (kw === 'continue' && !this.options.continueOK)) this.emit('identifier');
				else this.emit(kw);
			} else if (word === 'true' || word === 'false') this.emit('bool');
			else this.emit('identifier');
			return () => this.lexInsideAction();
		}
	}

	private lexVariable(): Next {
		if (this.atTerminator()) {
			this.emit('variable');
			return () => this.lexInsideAction();
		}
		return this.lexFieldOrVariable('variable');
	}

	private lexFieldOrVariable(typ: 'field' | 'variable'): Next {
		if (this.atTerminator()) {
			this.emit(typ === 'variable' ? 'variable' : 'dot');
			return () => this.lexInsideAction();
		}
		for (;;) {
			const r = this.next();
			if (!isAlphaNumeric(r)) {
				if (r !== undefined) this.backup();
				break;
			}
		}
		if (!this.atTerminator()) return this.errorf(`bad character ${goUnicode(this.peek() ?? '')}`);
		this.emit(typ);
		return () => this.lexInsideAction();
	}

	private atTerminator(): boolean {
		const r = this.peek();
		if (r === undefined || isSpaceChar(r)) return true;
		if ('.,|:)('.includes(r)) return true;
		return this.startsWith(RIGHT);
	}

	private lexChar(): Next {
		for (;;) {
			let r = this.next();
			if (r === '\\') {
				r = this.next();
				if (r !== undefined && r !== '\n') continue;
				return this.errorf('unterminated character constant');
			}
			if (r === undefined || r === '\n') return this.errorf('unterminated character constant');
			if (r === "'") break;
		}
		this.emit('charConstant');
		return () => this.lexInsideAction();
	}

	private lexNumber(): Next {
		if (!this.scanNumber()) return this.errorf(`bad number syntax: ${goQuoteSimple(this.text(this.start, this.pos))}`);
		const sign = this.peek();
		if (sign === '+' || sign === '-') {
			if (!this.scanNumber() || this.chars[this.pos - 1] !== 'i') {
				return this.errorf(`bad number syntax: ${goQuoteSimple(this.text(this.start, this.pos))}`);
			}
			this.emit('complex');
		} else this.emit('number');
		return () => this.lexInsideAction();
	}

	private scanNumber(): boolean {
		this.accept('+-');
		let digits = '0123456789_';
		if (this.accept('0')) {
			if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
			else if (this.accept('oO')) digits = '01234567_';
			else if (this.accept('bB')) digits = '01_';
		}
		this.acceptRun(digits);
		if (this.accept('.')) this.acceptRun(digits);
		if (digits.length === 11 && this.accept('eE')) {
			this.accept('+-');
			this.acceptRun('0123456789_');
		}
		if (digits.length === 23 && this.accept('pP')) {
			this.accept('+-');
			this.acceptRun('0123456789_');
		}
		this.accept('i');
		if (isAlphaNumeric(this.peek())) {
			this.next();
			return false;
		}
		return true;
	}

	private lexQuote(): Next {
		for (;;) {
			let r = this.next();
			if (r === '\\') {
				r = this.next();
				if (r !== undefined && r !== '\n') continue;
				return this.errorf('unterminated quoted string');
			}
			if (r === undefined || r === '\n') return this.errorf('unterminated quoted string');
			if (r === '"') break;
		}
		this.emit('string');
		return () => this.lexInsideAction();
	}

	private lexRawQuote(): Next {
		for (;;) {
			const r = this.next();
			if (r === undefined) return this.errorf('unterminated raw quoted string');
			if (r === '`') break;
		}
		this.emit('rawString');
		return () => this.lexInsideAction();
	}
}

/** %q for the plain ASCII strings the lexer reports (numbers); full rules live in go-quote.ts. */
function goQuoteSimple(s: string): string {
	return JSON.stringify(s);
}
