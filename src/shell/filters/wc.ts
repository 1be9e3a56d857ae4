import type {CommandHandler, CommandResult} from '../types.js';
import {readInputs, type Inputs} from './inputs.js';
import {appletError, usageError} from './busybox.js';
import {getopt} from './getopt.js';

const USAGE = '[-cmlwL] [FILE]...';

/**
 * wc over stdin in BusyBox's layout: counts are `%9u` separated by a space,
 * except a single requested count which is printed bare (`wc -l` → "3").
 */
export const wc: CommandHandler = (argv, io, files) => {
	const parsed = getopt(argv, 'lwcmL', '');
	if (!parsed.ok) return usageError('wc', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined && !files) return appletError('wc', `can't open '${file}': No such file or directory`);
	if (files && opts.operands.length > 0) return wcFiles(opts.flags, readInputs('wc', opts.operands, io, files));
	const text = io.stdin;
	const counts: Record<string, () => number> = {
		l: () => (text.match(/\n/g) ?? []).length,
		w: () => (text.match(/\S+/g) ?? []).length,
		m: () => [...text].length,
		c: () => Buffer.byteLength(text),
		L: () => Math.max(0, ...text.split('\n').map((l) => [...l].length)),
	};
	// BusyBox prints in this fixed order whatever order the flags came in.
	const order = ['l', 'w', 'm', 'c', 'L'];
	const wanted = opts.flags.length ? order.filter((f) => opts.flags.includes(f)) : ['l', 'w', 'c'];
	const values = wanted.map((f) => counts[f]());
	const line = values.length === 1 ? String(values[0]) : values.map((v) => String(v).padStart(9)).join(' ');
	return {stdout: line + '\n', stderr: '', exitCode: 0};
};

/** One input's counts, in wc's fixed order (lines, words, chars, bytes, longest line). */
function countsOf(text: string, wanted: string[]): number[] {
	const all: Record<string, () => number> = {
		l: () => (text.match(/\n/g) ?? []).length,
		w: () => (text.match(/\S+/g) ?? []).length,
		m: () => [...text].length,
		c: () => Buffer.byteLength(text),
		L: () => Math.max(0, ...text.split('\n').map((l) => [...l].length)),
	};
	return wanted.map((f) => all[f]());
}

/** The host's GNU wc over FILEs: each with its name, a `total` for several, columns as wide as the total bytes' digits. */
function wcFiles(flags: string[], inputs: Inputs): CommandResult {
	const order = ['l', 'w', 'm', 'c', 'L'];
	const wanted = flags.length ? order.filter((f) => flags.includes(f)) : ['l', 'w', 'c'];
	const rows = inputs.texts.map((t) => ({name: t.name, values: countsOf(t.text, wanted)}));
	if (rows.length > 1) rows.push({name: 'total', values: wanted.map((_, i) => rows.reduce((n, r) => n + r.values[i], 0))});
	const bytes = inputs.texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
	const width = Math.max(String(bytes).length, ...rows.flatMap((r) => r.values.map((v) => String(v).length)));
	const stdout = rows.map((r) => `${r.values.map((v) => String(v).padStart(width)).join(' ')} ${r.name}\n`).join('');
	return {stdout, stderr: inputs.stderr, exitCode: inputs.failed ? 1 : 0};
}
