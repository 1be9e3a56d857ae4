/**
 * A subset of Go's fmt package, enough for what templates print: %v of every value kind
 * (maps as `map[k:v]`, slices as `[a b]`, nil as `<nil>`), Sprint/Sprintln spacing rules,
 * and Sprintf with flags, width, precision and Go's `%!verb(type=value)` error notation.
 */
import {goQuote} from './go-strconv.js';
import {goKind, goTypeName, numberOf, sortedEntries, TypedNil} from './values.js';

/** strconv.FormatFloat(f, 'g', -1, 64) as used by %v: shortest digits, e-notation outside [1e-4, 1e6)... */
export function formatFloatV(f: number): string {
	return formatFloatG(f, -1);
}

function specialFloat(f: number): string | null {
	if (Number.isNaN(f)) return 'NaN';
	if (f === Infinity) return '+Inf';
	if (f === -Infinity) return '-Inf';
	return null;
}

/** Splits |f| into significant digits and decimal exponent, rounded to prec digits (-1 = shortest). */
function decimalDigits(f: number, prec: number): {digits: string; exp: number} {
	const s = prec < 0 ? Math.abs(f).toExponential() : Math.abs(f).toExponential(Math.max(prec - 1, 0));
	const [mant, e] = s.split('e');
	return {digits: mant.replace('.', ''), exp: Number(e)};
}

const expSuffix = (exp: number, upper = false): string =>
	(upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');

function formatFloatG(f: number, prec: number, upper = false): string {
	const special = specialFloat(f);
	if (special) return special;
	const sign = f < 0 || Object.is(f, -0) ? '-' : '';
	if (f === 0) return sign + '0';
	let {digits, exp} = decimalDigits(f, prec === 0 ? 1 : prec);
	if (prec >= 0) digits = digits.replace(/0+$/, '') || '0';
	// strconv: shortest output switches to %e at exponent 21 only for JSON; fmt's %g uses 6 or prec.
	let eprec = prec < 0 ? 6 : prec === 0 ? 1 : prec;
	if (prec >= 0 && eprec > digits.length && digits.length >= exp + 1) eprec = digits.length;
	if (exp < -4 || exp >= eprec) {
		const mant = digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '');
		return sign + mant + expSuffix(exp, upper);
	}
	if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
	if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
	return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

/**
 * Rounds like Go (exact decimal value, ties to even) where JS rounds ties up: JS's toFixed /
 * toExponential are exact except on ties, which we detect from a longer exact expansion.
 */
function roundEven(f: number, prec: number, mode: 'fixed' | 'exp'): string {
	const render = (p: number): string => (mode === 'fixed' ? Math.abs(f).toFixed(p) : Math.abs(f).toExponential(p));
	const plain = render(prec);
	const long = render(Math.min(100, prec + 40));
	const [mant] = long.split('e');
	const frac = mant.split('.')[1] ?? '';
	const tail = frac.slice(prec);
	if (!/^50*$/.test(tail)) return plain;
	// A tie: keep the truncated digits if the last kept digit is even.
	const kept = mant.slice(0, mant.length - tail.length).replace(/\.$/, '');
	const lastDigit = Number(kept[kept.length - 1]);
	if (lastDigit % 2 === 1) return plain;
	return mode === 'fixed' ? kept : kept + 'e' + long.split('e')[1];
}

function formatFloatE(f: number, prec: number, upper: boolean): string {
	const special = specialFloat(f);
	if (special) return special;
	const sign = f < 0 ? '-' : '';
	const [m, e] = roundEven(f, prec, 'exp').split('e');
	const {digits, exp} = f === 0 ? {digits: '0'.repeat(prec + 1), exp: 0} : {digits: m.replace('.', ''), exp: Number(e)};
	const mant = digits[0] + (prec > 0 ? '.' + digits.slice(1).padEnd(prec, '0') : '');
	return sign + mant + expSuffix(exp, upper);
}

function formatFloatF(f: number, prec: number): string {
	const special = specialFloat(f);
	if (special) return special;
	if (Math.abs(f) < 1e21) return (f < 0 || Object.is(f, -0) ? '-' : '') + roundEven(f, prec, 'fixed');
	return BigInt(Math.round(f)).toString() + (prec > 0 ? '.' + '0'.repeat(prec) : '');
}

/** %v of one value as fmt prints it (depth > 0 means inside a slice or map). */
export function formatV(v: unknown): string {
	return formatVerb(v, parseSpec('v'), 1);
}

interface Spec {
	verb: string;
	minus: boolean;
	plus: boolean;
	sharp: boolean;
	space: boolean;
	zero: boolean;
	width: number | null;
	prec: number | null;
}

function parseSpec(verb: string): Spec {
	return {verb, minus: false, plus: false, sharp: false, space: false, zero: false, width: null, prec: null};
}

const runeCount = (s: string): number => Array.from(s).length;

function pad(s: string, spec: Spec, numeric = false): string {
	if (spec.width === null) return s;
	const n = spec.width - runeCount(s);
	if (n <= 0) return s;
	if (spec.minus) return s + ' '.repeat(n);
	if (spec.zero && numeric) {
		const signLen = /^[+\- ]/.test(s) ? 1 : 0;
		return s.slice(0, signLen) + '0'.repeat(n) + s.slice(signLen);
	}
	// Go pads strings with zeros too when the 0 flag is given.
	if (spec.zero && !numeric) return '0'.repeat(n) + s;
	return ' '.repeat(n) + s;
}

function badVerb(v: unknown, verb: string): string {
	if (v === undefined || v === null) return `%!${verb}(<nil>)`;
	return `%!${verb}(${goTypeName(v)}=${formatVerb(v, parseSpec('v'), 0)})`;
}

function formatInt(n: number, spec: Spec): string {
	const neg = n < 0;
	const abs = BigInt(Math.abs(n));
	let body: string;
	let prefix = '';
	switch (spec.verb) {
		case 'd':
		case 'v':
			body = abs.toString(10);
			break;
		case 'b':
			body = abs.toString(2);
			break;
		case 'o':
		case 'O':
			body = abs.toString(8);
			if (spec.verb === 'O') prefix = '0o';
			else if (spec.sharp) prefix = '0';
			break;
		case 'x':
			body = abs.toString(16);
			if (spec.sharp) prefix = '0x';
			break;
		case 'X':
			body = abs.toString(16).toUpperCase();
			if (spec.sharp) prefix = '0X';
			break;
		case 'c':
			return pad(String.fromCodePoint(n), spec);
		case 'q':
			return pad(goQuote(String.fromCodePoint(n), "'"), spec);
		case 'U': {
			const u = 'U+' + abs.toString(16).toUpperCase().padStart(4, '0');
			return pad(spec.sharp ? `${u} '${String.fromCodePoint(n)}'` : u, spec);
		}
		default:
			return badVerb(n, spec.verb);
	}
	if (spec.prec !== null) body = body.padStart(spec.prec, '0');
	const sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
	return pad(sign + prefix + body, {...spec, zero: spec.zero && spec.prec === null && !spec.minus}, true);
}

function formatFloat(f: number, spec: Spec): string {
	let s: string;
	switch (spec.verb) {
		case 'v':
		case 'g':
			s = formatFloatG(f, spec.prec ?? -1);
			break;
		case 'G':
			s = formatFloatG(f, spec.prec ?? -1, true);
			break;
		case 'e':
		case 'E':
			s = formatFloatE(f, spec.prec ?? 6, spec.verb === 'E');
			break;
		case 'f':
		case 'F':
			s = formatFloatF(f, spec.prec ?? 6);
			break;
		default:
			return badVerb(f, spec.verb);
	}
	if (spec.plus && !s.startsWith('-')) s = '+' + s;
	else if (spec.space && !s.startsWith('-')) s = ' ' + s;
	return pad(s, {...spec, zero: spec.zero && !spec.minus && /\d$/.test(s)}, true);
}

function formatString(s: string, spec: Spec): string {
	switch (spec.verb) {
		case 'v':
		case 's':
			return pad(spec.prec !== null ? Array.from(s).slice(0, spec.prec).join('') : s, spec);
		case 'q': {
			const t = spec.prec !== null ? Array.from(s).slice(0, spec.prec).join('') : s;
			if (spec.sharp && !/[`\x00-\x08\x0a-\x1f\x7f\ufeff]/.test(t)) return pad('`' + t + '`', spec);
			return pad(goQuote(t, '"', spec.plus), spec);
		}
		case 'x':
		case 'X': {
			let bytes = Array.from(new TextEncoder().encode(s));
			if (spec.prec !== null) bytes = bytes.slice(0, spec.prec);
			const hex = bytes.map((b) => {
				const h = b.toString(16).padStart(2, '0');
				return spec.verb === 'X' ? h.toUpperCase() : h;
			});
			const pre = spec.sharp ? (spec.verb === 'X' ? '0X' : '0x') : '';
			const out = spec.space ? hex.map((h) => pre + h).join(' ') : pre + hex.join('');
			return pad(out, spec);
		}
		default:
			return badVerb(s, spec.verb);
	}
}

/** fmt's printValue/printArg for one operand. depth 0 is a top-level argument. */
function formatVerb(v: unknown, spec: Spec, depth: number): string {
	if (v === undefined || v === null) {
		if (depth > 0 || spec.verb === 'v') return pad('<nil>', spec);
		return badVerb(v, spec.verb);
	}
	if (spec.verb === 'T') return pad(goTypeName(v), spec);
	if (v instanceof TypedNil) return pad(v.text, spec);
	switch (goKind(v)) {
		case 'bool':
			if (spec.verb === 'v' || spec.verb === 't') return pad(String(v), spec);
			return badVerb(v, spec.verb);
		case 'int':
			return formatInt(numberOf(v), spec);
		case 'float':
			return formatFloat(numberOf(v), spec);
		case 'string':
			return formatString(v as string, spec);
		case 'slice': {
			const inner = {...spec, width: null, minus: false};
			return '[' + (v as unknown[]).map((e) => formatVerb(e, inner, depth + 1)).join(' ') + ']';
		}
		case 'map': {
			const inner = {...spec, width: null, minus: false};
			const body = sortedEntries(v as object).map(
				([k, e]) => formatVerb(k, inner, depth + 1) + ':' + formatVerb(e, inner, depth + 1),
			);
			return 'map[' + body.join(' ') + ']';
		}
		default:
			return pad(String(v), spec);
	}
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function sprint(args: unknown[]): string {
	let out = '';
	args.forEach((a, i) => {
		if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
		out += formatVerb(a, parseSpec('v'), 0);
	});
	return out;
}

/** fmt.Sprintln: always spaces, and a trailing newline. */
export function sprintln(args: unknown[]): string {
	return args.map((a) => formatVerb(a, parseSpec('v'), 0)).join(' ') + '\n';
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: unknown[]): string {
	let out = '';
	let argi = 0;
	const chars = Array.from(format);
	let i = 0;
	while (i < chars.length) {
		const c = chars[i];
		if (c !== '%') {
			out += c;
			i++;
			continue;
		}
		i++;
		const spec = parseSpec('');
		for (; i < chars.length; i++) {
			const f = chars[i];
			if (f === '-') spec.minus = true;
			else if (f === '+') spec.plus = true;
			else if (f === '#') spec.sharp = true;
			else if (f === ' ') spec.space = true;
			else if (f === '0') spec.zero = !spec.minus;
			else break;
		}
		// Go's fmt refuses widths and precisions over 1e6 (tooLarge): a `*` one prints %!(BADWIDTH) or
		// %!(BADPREC), a literal one stops the parse (parsenum returns end), so %!(NOVERB) follows.
		const tooLarge = (x: number): boolean => x > 1e6 || x < -1e6;
		const readNum = (bad: string): number | null => {
			if (chars[i] === '*') {
				i++;
				const a = args[argi++];
				if (goKind(a) !== 'int' || tooLarge(numberOf(a) as number)) {
					out += bad;
					return null;
				}
				return numberOf(a);
			}
			let num = 0;
			let isNum = false;
			for (; i < chars.length && chars[i] >= '0' && chars[i] <= '9'; i++) {
				if (tooLarge(num)) {
					i = chars.length;
					return null;
				}
				num = num * 10 + Number(chars[i]);
				isNum = true;
			}
			return isNum ? num : null;
		};
		spec.width = readNum('%!(BADWIDTH)');
		if (spec.width !== null && spec.width < 0) {
			spec.minus = true;
			spec.width = -spec.width;
		}
		if (chars[i] === '.') {
			i++;
			spec.prec = readNum('%!(BADPREC)') ?? 0;
		}
		if (i >= chars.length) {
			out += '%!(NOVERB)';
			break;
		}
		const verb = chars[i++];
		spec.verb = verb;
		if (verb === '%') {
			out += '%';
			continue;
		}
		if (argi >= args.length) {
			out += `%!${verb}(MISSING)`;
			continue;
		}
		out += formatVerb(args[argi++], spec, 0);
	}
	if (argi < args.length) {
		const extra = args.slice(argi).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatV(a)}`));
		out += `%!(EXTRA ${extra.join(', ')})`;
	}
	return out;
}
