import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {getopt} from './getopt.js';

const USAGE = '[-cmlwL] [FILE]...';

/**
 * wc over stdin in BusyBox's layout: counts are `%9u` separated by a space,
 * except a single requested count which is printed bare (`wc -l` → "3").
 */
export const wc: CommandHandler = (argv, io) => {
	const parsed = getopt(argv, 'lwcmL', '');
	if (!parsed.ok) return usageError('wc', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined) return appletError('wc', `can't open '${file}': No such file or directory`);
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
