/**
 * C printf conversions shared by the shell's `printf` builtin and awk's printf/sprintf.
 * Callers decide how an argument becomes a number or a string; this file only lays out text.
 */
import {currentBudget} from '../budget.js';

export interface FormatSpec {
	flags: string;
	width: number | undefined;
	precision: number | undefined;
	conv: string;
}

/** One conversion inside a format string, e.g. `%-10.3s`. Width/precision `*` appear as -1. */
export const SPEC_RE = /%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXeEfFgGcsb%])/y;

/** C's exponent form: at least two exponent digits ("1.5e+06"). */
function cExponential(v: number, digits: number, upper: boolean): string {
	const s = v.toExponential(Math.min(100, digits)).replace(/e([+-])(\d)$/, 'e$10$2');
	return upper ? s.toUpperCase() : s;
}

function cGeneral(v: number, precision: number | undefined, alt: boolean, upper: boolean): string {
	const p = precision === undefined ? 6 : precision === 0 ? 1 : precision;
	if (v === 0) return '0';
	const exp = Number(v.toExponential(p - 1).split('e')[1]);
	let s = exp < -4 || exp >= p ? cExponential(v, p - 1, upper) : v.toFixed(Math.min(100, Math.max(0, p - 1 - exp)));
	if (!alt) {
		// %g drops trailing zeros (and a bare decimal point) from the mantissa.
		const [mantissa, exponent = ''] = s.split(/(?=[eE])/);
		s = (mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa) + exponent;
	}
	return s;
}

function pad(body: string, sign: string, spec: FormatSpec, numeric: boolean): string {
	const width = spec.width ?? 0;
	const len = sign.length + body.length;
	if (len >= width) return sign + body;
	if (spec.flags.includes('-')) return sign + body + ' '.repeat(width - len);
	if (numeric && spec.flags.includes('0')) return sign + '0'.repeat(width - len) + body;
	return ' '.repeat(width - len) + sign + body;
}

function signOf(negative: boolean, flags: string): string {
	if (negative) return '-';
	if (flags.includes('+')) return '+';
	if (flags.includes(' ')) return ' ';
	return '';
}

/** Formats a single value for one spec. `num` is consulted for numeric conversions, `str` otherwise. */
export function formatValue(spec: FormatSpec, str: string, num: number): string {
	const {conv, precision, flags} = spec;
	// `%999999999d` would build a gigabyte of padding: the line's budget caps one string.
	currentBudget().size(Math.max(spec.width ?? 0, precision ?? 0));
	switch (conv) {
		case 's':
		case 'b':
			return pad(precision === undefined ? str : str.slice(0, precision), '', spec, false);
		case 'c':
			return pad(str.slice(0, 1), '', spec, false);
		case 'd':
		case 'i': {
			const n = Number.isFinite(num) ? Math.trunc(num) : 0;
			let digits = Math.abs(n).toLocaleString('en-US', {useGrouping: false, maximumFractionDigits: 0});
			if (precision !== undefined && digits.length < precision) digits = '0'.repeat(precision - digits.length) + digits;
			return pad(digits, signOf(n < 0, flags), precision === undefined ? spec : {...spec, flags: flags.replace('0', '')}, true);
		}
		case 'o':
		case 'u':
		case 'x':
		case 'X': {
			const n = Number.isFinite(num) ? Math.trunc(num) : 0;
			const big = BigInt.asUintN(64, BigInt(n));
			let digits = big.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
			if (conv === 'X') digits = digits.toUpperCase();
			if (precision !== undefined && digits.length < precision) digits = '0'.repeat(precision - digits.length) + digits;
			const prefix = flags.includes('#') && n !== 0 ? (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') : '';
			return pad(digits, prefix, spec, true);
		}
		default: {
			const negative = num < 0 || Object.is(num, -0);
			const v = Math.abs(num);
			let body: string;
			if (!Number.isFinite(v)) body = Number.isNaN(v) ? 'nan' : 'inf';
			else if (conv === 'f' || conv === 'F') body = v.toFixed(Math.min(100, precision ?? 6));
			else if (conv === 'e' || conv === 'E') body = cExponential(v, precision ?? 6, conv === 'E');
			else body = cGeneral(v, precision, flags.includes('#'), conv === 'G');
			if (conv === 'F' || conv === 'E' || conv === 'G') body = body.toUpperCase();
			return pad(body, signOf(negative && !Number.isNaN(num), flags), spec, Number.isFinite(v));
		}
	}
}

/** Backslash escapes of printf formats and `echo -e`. Returns the text and whether `\c` cut it short. */
export function interpretEscapes(s: string): {text: string; stop: boolean} {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c !== '\\' || i + 1 >= s.length) {
			out += c;
			continue;
		}
		const n = s[++i];
		switch (n) {
			case 'n': out += '\n'; break;
			case 't': out += '\t'; break;
			case 'r': out += '\r'; break;
			case 'a': out += '\x07'; break;
			case 'b': out += '\b'; break;
			case 'f': out += '\f'; break;
			case 'v': out += '\v'; break;
			case 'e': out += '\x1b'; break;
			case '\\': out += '\\'; break;
			case 'c': return {text: out, stop: true};
			case 'x': {
				const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
				if (m) {
					out += String.fromCharCode(parseInt(m[0], 16));
					i += m[0].length;
				} else out += '\\x';
				break;
			}
			case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
				// \0NNN (echo) and \NNN (printf) octal forms.
				const m = /^[0-7]{0,3}/.exec(s.slice(n === '0' ? i + 1 : i));
				const digits = m ? m[0] : '';
				out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff);
				i += n === '0' ? digits.length : digits.length - 1;
				break;
			}
			default:
				out += '\\' + n;
		}
	}
	return {text: out, stop: false};
}
