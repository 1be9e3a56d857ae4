/**
 * POSIX regular expressions (BRE for grep/sed, ERE with -E) rewritten as JS RegExp source.
 * The dialects differ mostly in which of ( ) { } | + ? need a backslash to be special.
 */

export class RegexSyntaxError extends Error {}

const CLASSES: Record<string, string> = {
	alpha: 'a-zA-Z',
	digit: '0-9',
	alnum: 'a-zA-Z0-9',
	upper: 'A-Z',
	lower: 'a-z',
	space: ' \\t\\n\\r\\f\\v',
	blank: ' \\t',
	punct: '!-\\/:-@\\[-`{-~',
	xdigit: '0-9A-Fa-f',
	cntrl: '\\x00-\\x1f\\x7f',
	print: '\\x20-\\x7e',
	graph: '\\x21-\\x7e',
	word: '\\w',
};

/** Escapes text so a JS RegExp matches it literally. */
export const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** `[...]` starting at `start` (the `[`); returns JS class source and the index after `]`. */
function bracket(p: string, start: number): [string, number] {
	let i = start + 1;
	let out = '[';
	if (p[i] === '^') {
		out += '^';
		i++;
	}
	let first = true;
	for (; i < p.length; i++) {
		const c = p[i];
		if (c === ']' && !first) return [out + ']', i + 1];
		first = false;
		if (c === '[' && p[i + 1] === ':') {
			const end = p.indexOf(':]', i + 2);
			const name = end > 0 ? p.slice(i + 2, end) : '';
			const cls = CLASSES[name];
			if (end < 0 || cls === undefined || !Object.hasOwn(CLASSES, name)) throw new RegexSyntaxError('invalid character class');
			out += cls;
			i = end + 1;
		} else if (c === '\\' || c === ']' || c === '[') {
			out += '\\' + c;
		} else {
			out += c;
		}
	}
	throw new RegexSyntaxError('unmatched [ or [^');
}

/** Translates a POSIX BRE (extended=false) or ERE (extended=true) to JS RegExp source. */
export function translateRegex(p: string, extended: boolean): string {
	let out = '';
	// Where `*` would have nothing to repeat, POSIX reads it literally.
	let atStart = true;
	let groups = 0;
	for (let i = 0; i < p.length; ) {
		const c = p[i];
		const wasStart = atStart;
		atStart = false;
		if (c === '\\') {
			const n = p[i + 1];
			i += 2;
			if (n === undefined) throw new RegexSyntaxError('trailing backslash (\\)');
			if (n === '<' || n === '>') out += '\\b';
			else if (/[wWsSbB1-9]/.test(n)) out += '\\' + n;
			else if (!extended && '(){}|+?'.includes(n)) {
				if (n === '(') groups++;
				if (n === ')' && groups-- <= 0) throw new RegexSyntaxError('Unmatched ) or \\)');
				out += n;
				atStart = n === '(' || n === '|';
			} else out += escapeRegex(n);
			continue;
		}
		if (c === '[') {
			const [cls, next] = bracket(p, i);
			out += cls;
			i = next;
			continue;
		}
		i++;
		if (c === '*') out += wasStart ? '\\*' : '*';
		else if (c === '^') {
			out += '^';
			atStart = true;
		} else if ('(){}|+?'.includes(c)) {
			if (!extended) out += '\\' + c;
			else if (c === '{') {
				const m = /^\d+(,\d*)?\}/.exec(p.slice(i, i + 32));
				if (m && !wasStart) {
					out += '{' + m[0];
					i += m[0].length;
				} else out += '\\{';
			} else if (c === '}') out += '\\}';
			else if ((c === '+' || c === '?') && wasStart) out += '\\' + c;
			else {
				if (c === '(') groups++;
				if (c === ')' && groups-- <= 0) throw new RegexSyntaxError('Unmatched ) or \\)');
				out += c;
				atStart = c === '(' || c === '|';
			}
		} else if (c === '/') out += '\\/';
		else out += c;
	}
	if (groups > 0) throw new RegexSyntaxError('Unmatched ( or \\(');
	return out;
}

/** Compiles a POSIX pattern; throws RegexSyntaxError with a readable reason. */
export function compileRegex(p: string, extended: boolean, flags = ''): RegExp {
	const src = translateRegex(p, extended);
	try {
		return new RegExp(src, flags);
	} catch (e) {
		throw new RegexSyntaxError(e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : 'invalid regex');
	}
}
