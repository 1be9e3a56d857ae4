/**
 * The pieces of Go's strconv that templates and docker output depend on: Quote (used by
 * %q and docker ps's COMMAND column) and Unquote (string literals in templates).
 */

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export const isGoPrint = (ch: string): boolean => ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);

const SIMPLE_ESCAPES: Record<string, string> = {
	'\x07': '\\a',
	'\b': '\\b',
	'\f': '\\f',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
	'\v': '\\v',
};

/** strconv.Quote (or QuoteToASCII when ascii is set). Lone surrogates stand in for invalid UTF-8. */
export function goQuote(s: string, quote = '"', ascii = false): string {
	// Printable ASCII with nothing to escape is the usual case: no per-character work.
	if (/^[\x20-\x7e]*$/.test(s) && !s.includes(quote) && !s.includes('\\')) return quote + s + quote;
	let out = quote;
	for (const ch of s) {
		const cp = ch.codePointAt(0) ?? 0;
		if (ch === quote || ch === '\\') out += '\\' + ch;
		else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
		else if (isGoPrint(ch) && !(ascii && cp > 0x7e)) out += ch;
		else if (SIMPLE_ESCAPES[ch] !== undefined) out += SIMPLE_ESCAPES[ch];
		else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
		else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
		else out += '\\U' + cp.toString(16).padStart(8, '0');
	}
	return out + quote;
}

/** Thrown by goUnquote; its message is strconv.ErrSyntax's text. */
export class SyntaxError extends Error {
	constructor() {
		super('invalid syntax');
	}
}

const HEX = /^[0-9a-fA-F]$/;

/**
 * strconv.UnquoteChar: decodes one (possibly escaped) character from the start of s.
 * Returns the decoded text (a rune, or a raw byte for \x/octal escapes) and the rest.
 */
export function goUnquoteChar(s: string, quote: string): {value: string; code: number; tail: string} {
	const first = s[0];
	if (first === undefined) throw new SyntaxError();
	if (first === quote && (quote === "'" || quote === '"')) throw new SyntaxError();
	if (first !== '\\') {
		const ch = String.fromCodePoint(s.codePointAt(0) ?? 0);
		return {value: ch, code: ch.codePointAt(0) ?? 0, tail: s.slice(ch.length)};
	}
	const c = s[1];
	if (c === undefined) throw new SyntaxError();
	let tail = s.slice(2);
	const simple: Record<string, string> = {a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\'};
	if (simple[c] !== undefined) return {value: simple[c], code: simple[c].charCodeAt(0), tail};
	if (c === 'x' || c === 'u' || c === 'U') {
		const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
		const digits = tail.slice(0, n);
		if (digits.length < n || ![...digits].every((d) => HEX.test(d))) throw new SyntaxError();
		tail = tail.slice(n);
		const code = parseInt(digits, 16);
		if (c === 'x') return {value: String.fromCharCode(code), code, tail};
		if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new SyntaxError();
		return {value: String.fromCodePoint(code), code, tail};
	}
	if (c >= '0' && c <= '7') {
		const digits = s.slice(1, 4);
		if (!/^[0-7]{3}$/.test(digits)) throw new SyntaxError();
		const code = parseInt(digits, 8);
		if (code > 255) throw new SyntaxError();
		return {value: String.fromCharCode(code), code, tail: s.slice(4)};
	}
	if (c === "'" || c === '"') {
		if (c !== quote) throw new SyntaxError();
		return {value: c, code: c.charCodeAt(0), tail};
	}
	throw new SyntaxError();
}

/** strconv.Unquote for "..." and `...` literals. */
export function goUnquote(lit: string): string {
	if (lit.length < 2) throw new SyntaxError();
	const q = lit[0];
	if (q !== lit[lit.length - 1]) throw new SyntaxError();
	let body = lit.slice(1, -1);
	if (q === '`') {
		if (body.includes('`')) throw new SyntaxError();
		return body.replaceAll('\r', '');
	}
	if (q !== '"') throw new SyntaxError();
	if (body.includes('\n')) throw new SyntaxError();
	let out = '';
	while (body.length > 0) {
		const {value, tail} = goUnquoteChar(body, q);
		out += value;
		body = tail;
	}
	return out;
}
