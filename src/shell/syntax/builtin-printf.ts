import {usageError} from '../filters/busybox.js';
import {SPEC_RE, formatValue, interpretEscapes, type FormatSpec} from '../filters/printf-format.js';
import type {CommandResult} from '../types.js';
import {currentBudget} from '../budget.js';

/** A shell printf numeric argument: decimal/hex/octal, or 'c / "c for a character code. */
function parseNumber(arg: string, errors: string[]): number {
	if (arg === '') return 0;
	if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
	const t = arg.trim();
	if (/^[-+]?\d+(\.\d*)?([eE][-+]?\d+)?$/.test(t) || /^[-+]?\.\d+$/.test(t)) return Number(t);
	if (/^[-+]?0x[0-9a-fA-F]+$/.test(t)) return (t.startsWith('-') ? -1 : 1) * parseInt(t.replace(/^[-+]/, ''), 16);
	errors.push(`printf: invalid number '${arg}'`);
	const prefix = /^[-+]?\d+/.exec(t);
	return prefix ? Number(prefix[0]) : 0;
}

/**
 * printf FORMAT [ARG]...: the format is reused while arguments remain,
 * missing arguments read as '' or 0, like coreutils and BusyBox.
 */
export function printf(argv: string[]): CommandResult {
	let args = argv.slice(1);
	if (args[0] === '--') args = args.slice(1);
	if (args.length === 0) return usageError('printf', undefined, 'FORMAT [ARG]...');
	const format = args[0];
	const rest = args.slice(1);
	const errors: string[] = [];
	const budget = currentBudget();
	let out = '';
	// Where this round of the format starts reading arguments (an index: no copy per round).
	let base = 0;
	for (let round = 0; ; round++) {
		let consumed = 0;
		const next = (): string | undefined => {
			if (base + consumed >= rest.length) return undefined;
			return rest[base + consumed++];
		};
		let i = 0;
		while (i < format.length) {
			budget.size(out.length);
			const c = format[i];
			if (c === '\\') {
				// One escape at a time so `\c` can stop all output.
				ESCAPE_RE.lastIndex = i;
				const m = ESCAPE_RE.exec(format) as RegExpExecArray;
				const r = interpretEscapes(m[0].startsWith('\\0') || !/^\\[0-7]/.test(m[0]) ? m[0] : '\\0' + m[1]);
				if (r.stop) return finish(out, errors);
				out += r.text;
				i += m[0].length;
				continue;
			}
			if (c !== '%') {
				out += c;
				i++;
				continue;
			}
			SPEC_RE.lastIndex = i;
			const m = SPEC_RE.exec(format);
			if (!m) {
				errors.push(`printf: %${format[i + 1] ?? ''}: invalid format`);
				return finish(out, errors);
			}
			i = SPEC_RE.lastIndex;
			if (m[4] === '%') {
				out += '%';
				continue;
			}
			const star = (v: string | undefined): number | undefined =>
				v === undefined || v === '' ? (v === '' ? 0 : undefined) : v === '*' ? parseNumber(next() ?? '', errors) : Number(v);
			const spec: FormatSpec = {flags: m[1], width: star(m[2]), precision: star(m[3]), conv: m[4]};
			if (spec.width !== undefined && spec.width < 0) {
				spec.flags += '-';
				spec.width = -spec.width;
			}
			const arg = next();
			if (spec.conv === 'b') {
				const r = interpretEscapes(arg ?? '');
				out += formatValue(spec, r.text, 0);
				if (r.stop) return finish(out, errors);
			} else if ('sc'.includes(spec.conv)) {
				out += formatValue(spec, arg ?? '', 0);
			} else {
				out += formatValue(spec, '', parseNumber(arg ?? '', errors));
			}
		}
		base += consumed;
		if (base >= rest.length || consumed === 0) break;
	}
	return finish(out, errors);
}

/** One backslash escape where a format string has one (sticky: no copy of the rest of the format). */
const ESCAPE_RE = /\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/ys;

function finish(stdout: string, errors: string[]): CommandResult {
	return {stdout, stderr: errors.map((e) => e + '\n').join(''), exitCode: errors.length ? 1 : 0};
}
