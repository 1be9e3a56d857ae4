import {AwkSyntaxError} from './errors.js';

export type Tok =
	| {t: 'num'; v: number; line: number}
	| {t: 'str'; v: string; line: number}
	| {t: 'ere'; v: string; line: number}
	| {t: 'name'; v: string; line: number}
	| {t: 'builtin'; v: string; line: number}
	| {t: 'kw'; v: string; line: number}
	| {t: 'op'; v: string; line: number; adj?: boolean}
	| {t: 'nl'; v: '\n'; line: number}
	| {t: 'eof'; v: ''; line: number};

const KEYWORDS = new Set(['BEGIN', 'END', 'print', 'printf', 'if', 'else', 'while', 'for', 'do', 'in', 'next', 'nextfile', 'exit', 'break', 'continue', 'delete', 'getline', 'function', 'func', 'return']);
export const BUILTIN_FUNCS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'close', 'fflush']);
const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '**=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '!~', '>>', '**', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];

const STRING_ESCAPES: Record<string, string> = {n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v'};

/** awk string escapes (\n, \t, \ooo...); also used for -v and -F values. */
export function unescapeAwk(s: string): string {
	return s.replace(/\\([0-7]{1,3}|.)/gs, (_m, e: string) => {
		if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
		return STRING_ESCAPES[e] ?? '\\' + e;
	});
}

/** Whether a `/` after this token is division (an operand ended) rather than the start of a regex. */
function endsOperand(tok: Tok | undefined): boolean {
	if (!tok) return false;
	if (tok.t === 'num' || tok.t === 'str' || tok.t === 'name' || tok.t === 'ere') return true;
	if (tok.t === 'builtin') return tok.v === 'length';
	return tok.t === 'op' && (tok.v === ')' || tok.v === ']' || tok.v === '++' || tok.v === '--' || tok.v === '$');
}

export function tokenize(src: string): Tok[] {
	const out: Tok[] = [];
	let line = 1;
	let i = 0;
	while (i < src.length) {
		const c = src[i];
		if (c === ' ' || c === '\t' || c === '\r') {
			i++;
			continue;
		}
		if (c === '\\' && src[i + 1] === '\n') {
			i += 2;
			line++;
			continue;
		}
		if (c === '#') {
			while (i < src.length && src[i] !== '\n') i++;
			continue;
		}
		if (c === '\n') {
			out.push({t: 'nl', v: '\n', line});
			line++;
			i++;
			continue;
		}
		if (c === '"') {
			let j = i + 1;
			let raw = '';
			while (j < src.length && src[j] !== '"') {
				if (src[j] === '\n') throw new AwkSyntaxError('unterminated string', line);
				if (src[j] === '\\' && j + 1 < src.length) {
					raw += src[j] + src[j + 1];
					j += 2;
				} else raw += src[j++];
			}
			if (j >= src.length) throw new AwkSyntaxError('unterminated string', line);
			out.push({t: 'str', v: unescapeAwk(raw), line});
			i = j + 1;
			continue;
		}
		if (c === '/' && !endsOperand(out[out.length - 1])) {
			let j = i + 1;
			let raw = '';
			let inBracket = false;
			while (j < src.length && (src[j] !== '/' || inBracket)) {
				if (src[j] === '\n') throw new AwkSyntaxError('unterminated regexp', line);
				if (src[j] === '\\' && j + 1 < src.length) {
					// `\/` is just a slash; other escapes belong to the regex.
					raw += src[j + 1] === '/' ? '/' : src[j] + src[j + 1];
					j += 2;
					continue;
				}
				if (src[j] === '[') inBracket = true;
				else if (src[j] === ']') inBracket = false;
				raw += src[j++];
			}
			if (j >= src.length) throw new AwkSyntaxError('unterminated regexp', line);
			out.push({t: 'ere', v: raw, line});
			i = j + 1;
			continue;
		}
		const num = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(src.slice(i, i + 64));
		if (num) {
			out.push({t: 'num', v: Number(num[0]), line});
			i += num[0].length;
			continue;
		}
		const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
		if (word) {
			const w = word[0];
			out.push({t: KEYWORDS.has(w) ? 'kw' : BUILTIN_FUNCS.has(w) ? 'builtin' : 'name', v: w, line});
			i += w.length;
			continue;
		}
		const op = OPS.find((o) => src.startsWith(o, i));
		if (!op) throw new AwkSyntaxError(`invalid char '${c}' in expression`, line);
		// Remember `name(` with no space: only that form is a function call.
		out.push({t: 'op', v: op, line, adj: op === '(' && i > 0 && /[A-Za-z0-9_]/.test(src[i - 1])});
		i += op.length;
	}
	out.push({t: 'eof', v: '', line});
	return out;
}
