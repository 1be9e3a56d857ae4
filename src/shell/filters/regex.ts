/**
 * POSIX regular expressions (BRE for grep/sed, ERE with -E) rewritten as RE2 source and run by
 * re2js, a linear-time engine: no pattern can backtrack catastrophically (`(a+)+$` on "aaaa...!").
 * The dialects differ mostly in which of ( ) { } | + ? need a backslash to be special.
 */
import {RE2JS} from 're2js';

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

const BACKREF = 'back-references (\\1 to \\9) are not supported in netdojo';

/** Longest pattern accepted; glibc reports bigger compiled programs the same way. */
export const MAX_PATTERN = 20_000;

/**
 * Translates a POSIX BRE (extended=false) or ERE (extended=true) to RE2 source.
 * POSIX allows a quantifier after a quantifier (`a**`, `a+?` as "optional a+"); RE2 does not
 * (and reads `*?` as lazy), so a stacked quantifier applies to a group around the last one.
 */
export function translateRegex(p: string, extended: boolean): string {
	if (p.length > MAX_PATTERN) throw new RegexSyntaxError('Regular expression too big');
	let out = '';
	// Where `*` would have nothing to repeat, POSIX reads it literally.
	let atStart = true;
	const opens: number[] = [];
	/** Where the last atom (or quantified atom) begins in `out`, and whether it is already quantified. */
	let atom = 0;
	let quantified = false;
	const emitAtom = (src: string): void => {
		atom = out.length;
		quantified = false;
		out += src;
	};
	const quantify = (q: string): void => {
		if (quantified) out = out.slice(0, atom) + '(?:' + out.slice(atom) + ')';
		out += q;
		quantified = true;
	};
	const open = (): void => {
		opens.push(out.length);
		out += '(';
		atStart = true;
	};
	const close = (): void => {
		const at = opens.pop();
		if (at === undefined) throw new RegexSyntaxError('Unmatched ) or \\)');
		out += ')';
		atom = at;
		quantified = false;
	};
	const alternate = (): void => {
		out += '|';
		atStart = true;
		quantified = false;
		atom = out.length;
	};
	for (let i = 0; i < p.length; ) {
		const c = p[i];
		const wasStart = atStart;
		atStart = false;
		if (c === '\\') {
			const n = p[i + 1];
			i += 2;
			if (n === undefined) throw new RegexSyntaxError('trailing backslash (\\)');
			if (n === '<' || n === '>') out += '\\b';
			else if (/[1-9]/.test(n)) throw new RegexSyntaxError(BACKREF);
			else if (/[wWsS]/.test(n)) emitAtom('\\' + n);
			else if (/[bB]/.test(n)) out += '\\' + n;
			else if (!extended && '(){}|+?'.includes(n)) {
				if (n === '(') open();
				else if (n === ')') close();
				else if (n === '|') alternate();
				else if (n === '{') {
					const m = /^(\d+)(,\d*)?\\\}/.exec(p.slice(i, i + 32));
					if (!m || wasStart) throw new RegexSyntaxError('Invalid preceding regular expression');
					quantify(repeat(m[1], m[2]));
					i += m[0].length;
				} else if (n === '}') emitAtom('\\}');
				else if (wasStart) emitAtom('\\' + n);
				else quantify(n);
			} else emitAtom(n === '\n' ? '\\n' : escapeRegex(n));
			continue;
		}
		if (c === '[') {
			const [cls, next] = bracket(p, i);
			emitAtom(cls);
			i = next;
			continue;
		}
		i++;
		if (c >= '\uD800' && c <= '\uDBFF' && i < p.length) {
			// An astral character is one atom, both halves of it.
			emitAtom(c + p[i++]);
			continue;
		}
		if (c === '*') {
			if (wasStart) emitAtom('\\*');
			else quantify('*');
		} else if (c === '^') {
			out += '^';
			atStart = true;
		} else if (c === '$') out += '$';
		else if ('(){}|+?'.includes(c)) {
			if (!extended) emitAtom('\\' + c);
			else if (c === '{') {
				const m = /^(\d+)(,\d*)?\}/.exec(p.slice(i, i + 32));
				if (m && !wasStart) {
					quantify(repeat(m[1], m[2]));
					i += m[0].length;
				} else emitAtom('\\{');
			} else if (c === '}') emitAtom('\\}');
			else if ((c === '+' || c === '?') && wasStart) emitAtom('\\' + c);
			else if (c === '(') open();
			else if (c === ')') close();
			else if (c === '|') alternate();
			else quantify(c);
		} else if (c === '.') emitAtom('(?s:.)');
		else emitAtom(escapeRegex(c));
	}
	if (opens.length > 0) throw new RegexSyntaxError('Unmatched ( or \\(');
	return out;
}

/** `{n}`, `{n,}`, `{n,m}` checked against RE_DUP_MAX (RE2 allows up to 1000). */
function repeat(min: string, rest: string | undefined): string {
	const lo = Number(min);
	const hi = rest === undefined ? lo : rest === ',' ? Infinity : Number(rest.slice(1));
	if (lo > 1000 || (hi !== Infinity && (hi > 1000 || hi < lo))) throw new RegexSyntaxError('Invalid content of \\{\\}');
	return `{${min}${rest ?? ''}}`;
}

/** One match: where it starts and ends, and the text of each group (undefined when unset). */
export interface RegexMatch {
	index: number;
	end: number;
	groups: (string | undefined)[];
}

/** A compiled pattern with the few operations the filters need; every one runs in linear time. */
export class PosixRegex {
	constructor(private readonly re: RE2JS) {}

	test(text: string): boolean {
		return this.re.matcher(text).find(0);
	}

	/** The first match at or after `from`. */
	exec(text: string, from = 0): RegexMatch | null {
		const m = this.re.matcher(text);
		if (!m.find(from)) return null;
		const groups: (string | undefined)[] = [];
		for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
		return {index: m.start(0), end: m.end(0), groups};
	}

	/** Successive non-overlapping matches; after an empty match the search moves on one character, as in JS. */
	*matches(text: string): Generator<RegexMatch> {
		const m = this.re.matcher(text);
		let from = 0;
		while (from <= text.length && m.find(from)) {
			const groups: (string | undefined)[] = [];
			for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
			const start = m.start(0);
			const end = m.end(0);
			yield {index: start, end, groups};
			from = end > start ? end : end + 1;
		}
	}

	/** Replaces matches (all, or the ones `pick` accepts by 1-based number) with what `fn` returns. */
	replace(text: string, fn: (m: RegexMatch, n: number) => string | undefined): string {
		let out = '';
		let last = 0;
		let n = 0;
		for (const m of this.matches(text)) {
			const r = fn(m, ++n);
			if (r === undefined) continue;
			out += text.slice(last, m.index) + r;
			last = m.end;
		}
		return last === 0 && n === 0 ? text : out + text.slice(last);
	}

	/** Splits around non-empty matches (awk's split and FS). */
	split(text: string): string[] {
		const parts: string[] = [];
		let last = 0;
		for (const m of this.matches(text)) {
			if (m.end === m.index) continue;
			parts.push(text.slice(last, m.index));
			last = m.end;
		}
		parts.push(text.slice(last));
		return parts;
	}
}

/** RE2's parse errors in the words of glibc's regerror. */
function posixReason(message: string): string {
	if (/repeat count|repetition/.test(message)) return 'Invalid content of \\{\\}';
	if (/character class range/.test(message)) return 'Invalid range end';
	if (/too large|too deeply|too big/.test(message)) return 'Regular expression too big';
	if (/closing \]/.test(message)) return 'Unmatched [, [^, [:, [., or [=';
	if (/closing \)|unexpected \)/.test(message)) return 'Unmatched ( or \\(';
	return 'Invalid regular expression';
}

/** Compiles RE2 source made by translateRegex (or escapeRegex); throws RegexSyntaxError. */
export function compileSource(src: string, icase = false): PosixRegex {
	if (src.length > MAX_PATTERN * 4) throw new RegexSyntaxError('Regular expression too big');
	try {
		return new PosixRegex(RE2JS.compile(src, icase ? RE2JS.CASE_INSENSITIVE : 0));
	} catch (e) {
		throw new RegexSyntaxError(posixReason(e instanceof Error ? e.message : ''));
	}
}

/** Compiles a POSIX pattern; throws RegexSyntaxError with a readable reason. */
export function compileRegex(p: string, extended: boolean, icase = false): PosixRegex {
	return compileSource(translateRegex(p, extended), icase);
}
