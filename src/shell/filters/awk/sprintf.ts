// awk's sprintf/printf: C conversions over awk values, `*` widths taken from the arguments, a
// width cap so a program cannot build an enormous string from one format.
import {AwkRuntimeError} from './errors.js';
import {SPEC_RE, formatValue, type FormatSpec} from '../printf-format.js';
import {toNum, toStr, type Val} from './values.js';

/** Formats `vals[0]` with the rest as arguments; `grow` is told the length so far (the line budget). */
export function awkSprintf(vals: readonly Val[], convfmt: string, grow: (length: number) => void): string {
	const format = toStr(vals[0]);
	let next = 1;
	const arg = (): Val => vals[next++];
	let out = '';
	let i = 0;
	while (i < format.length) {
		grow(out.length);
		const c = format[i];
		if (c !== '%') {
			out += c;
			i++;
			continue;
		}
		SPEC_RE.lastIndex = i;
		const m = SPEC_RE.exec(format);
		if (!m) {
			out += c;
			i++;
			continue;
		}
		i = SPEC_RE.lastIndex;
		if (m[4] === '%') {
			out += '%';
			continue;
		}
		const star = (v: string | undefined): number | undefined => (v === undefined ? undefined : v === '*' ? Math.trunc(toNum(arg())) : v === '' ? 0 : Number(v));
		const spec: FormatSpec = {flags: m[1], width: star(m[2]), precision: star(m[3]), conv: m[4] === 'b' ? 's' : m[4]};
		if (spec.width !== undefined && spec.width < 0) {
			spec.flags += '-';
			spec.width = -spec.width;
		}
		if (spec.width !== undefined && spec.width > 10_000) throw new AwkRuntimeError('format width too large');
		const v = arg();
		if (spec.conv === 'c') {
			const ch = typeof v === 'number' ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, Math.trunc(v)))) : toStr(v).slice(0, 1);
			out += formatValue(spec, ch, 0);
		} else if (spec.conv === 's') out += formatValue(spec, toStr(v, convfmt), 0);
		else out += formatValue(spec, '', toNum(v));
	}
	return out;
}
