import {formatValue} from '../printf-format.js';

/** Text from input (fields, split(), -v) that looks like a number compares numerically, like awk's "strnum". */
export class StrNum {
	constructor(readonly s: string) {}
}

/** undefined is an uninitialized variable: "" as a string, 0 as a number. */
export type Val = number | string | StrNum | undefined;

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const NUMERIC_PREFIX = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/;

export const inputVal = (s: string): Val => (NUMERIC.test(s) ? new StrNum(s) : s);

export function toNum(v: Val): number {
	if (typeof v === 'number') return v;
	if (v === undefined) return 0;
	const s = v instanceof StrNum ? v.s : v;
	const m = NUMERIC_PREFIX.exec(s);
	return m ? Number(m[0]) : 0;
}

/** Number → string the awk way: integers exactly, others with %.6g (CONVFMT/OFMT). */
export function numToStr(n: number, fmt = '%.6g'): string {
	if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
	if (Number.isNaN(n)) return 'nan';
	if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
	const m = /^%\.(\d+)([gfe])$/.exec(fmt);
	return formatValue({flags: '', width: undefined, precision: m ? Number(m[1]) : 6, conv: m ? m[2] : 'g'}, '', n);
}

export function toStr(v: Val, fmt?: string): string {
	if (typeof v === 'number') return numToStr(v, fmt);
	if (v === undefined) return '';
	return v instanceof StrNum ? v.s : v;
}

export function toBool(v: Val): boolean {
	if (typeof v === 'number') return v !== 0;
	if (v === undefined) return false;
	if (v instanceof StrNum) return Number(v.s) !== 0;
	return v !== '';
}

const numericLike = (v: Val): boolean => typeof v === 'number' || v === undefined || v instanceof StrNum;

/** awk comparison: numeric when both sides are numbers (or numeric input), else string order. */
export function compare(a: Val, b: Val): number {
	if (numericLike(a) && numericLike(b)) {
		const x = toNum(a);
		const y = toNum(b);
		return x < y ? -1 : x > y ? 1 : 0;
	}
	const x = toStr(a);
	const y = toStr(b);
	return x < y ? -1 : x > y ? 1 : 0;
}
