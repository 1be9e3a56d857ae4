import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {getopt} from './getopt.js';

const USAGE = '[-cds] STRING1 [STRING2]';

const CLASSES: Record<string, string> = {
	lower: 'abcdefghijklmnopqrstuvwxyz',
	upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
	digit: '0123456789',
	space: ' \t\n\r\f\v',
	blank: ' \t',
	punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
	xdigit: '0123456789ABCDEFabcdef',
};
CLASSES.alpha = CLASSES.lower + CLASSES.upper;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit;

const ESCAPES: Record<string, string> = {n: '\n', t: '\t', r: '\r', '\\': '\\', f: '\f', v: '\v', a: '\x07', b: '\b'};

/** A tr set (escapes, ranges, [:classes:]) as the list of characters it names, in order. */
function expandSet(spec: string): string[] | string {
	const chars: string[] = [];
	const src = [...spec];
	const at = (i: number): [string, number] => {
		const c = src[i];
		if (c !== '\\' || i + 1 >= src.length) return [c, i + 1];
		const n = src[i + 1];
		const oct = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4).join(''));
		if (oct) return [String.fromCharCode(parseInt(oct[0], 8)), i + 1 + oct[0].length];
		return [ESCAPES[n] ?? n, i + 2];
	};
	for (let i = 0; i < src.length; ) {
		if (src[i] === '[' && src[i + 1] === ':') {
			const rest = src.slice(i).join('');
			const m = /^\[:([a-z]+):\]/.exec(rest);
			if (m) {
				if (!Object.hasOwn(CLASSES, m[1])) return `invalid character class '${m[1]}'`;
				chars.push(...CLASSES[m[1]]);
				i += m[0].length;
				continue;
			}
		}
		const [c, next] = at(i);
		if (src[next] === '-' && next + 1 < src.length) {
			const [end, after] = at(next + 1);
			const a = c.codePointAt(0) as number;
			const b = end.codePointAt(0) as number;
			if (b < a) return `range-endpoints of '${c}-${end}' are in reverse collating sequence order`;
			if (b - a > 0x10000) return 'range too large';
			for (let x = a; x <= b; x++) chars.push(String.fromCodePoint(x));
			i = after;
			continue;
		}
		chars.push(c);
		i = next;
	}
	return chars;
}

/** tr SET1 SET2, -d SET1, -s SET, -c (complement SET1). */
export const tr: CommandHandler = (argv, io) => {
	const parsed = getopt(argv, 'cdsC', '');
	if (!parsed.ok) return usageError('tr', parsed.problem, USAGE);
	const {opts} = parsed;
	const has = (f: string): boolean => opts.flags.includes(f);
	const [s1, s2] = opts.operands;
	const del = has('d');
	const squeeze = has('s');
	if (s1 === undefined || (!del && !squeeze && s2 === undefined)) return usageError('tr', undefined, USAGE);
	const set1 = expandSet(s1);
	if (typeof set1 === 'string') return appletError('tr', set1);
	const set2 = s2 === undefined ? [] : expandSet(s2);
	if (typeof set2 === 'string') return appletError('tr', set2);
	const complement = has('c') || has('C');
	const in1 = new Set(set1);
	const member = (c: string): boolean => in1.has(c) !== complement;
	const map = new Map<string, string>();
	if (!del && set2.length && !complement) {
		set1.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)]));
	}
	// What -s squeezes: SET2 when translating, SET1 otherwise.
	const squeezeSet = new Set(!del && set2.length ? set2 : del ? set2 : set1);
	const squeezeMember = (c: string): boolean => (!del && !set2.length ? member(c) : squeezeSet.has(c));
	let out = '';
	let prev: string | undefined;
	for (const ch of io.stdin) {
		let c = ch;
		if (del && member(c)) continue;
		if (!del && set2.length) {
			if (complement) {
				if (member(c)) c = set2[set2.length - 1];
			} else c = map.get(c) ?? c;
		}
		if (squeeze && c === prev && squeezeMember(c)) continue;
		out += c;
		prev = c;
	}
	return {stdout: out, stderr: '', exitCode: 0};
};
