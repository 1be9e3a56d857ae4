import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {getopt, lastValue} from './getopt.js';
import {expandNumericShorthand, segments} from './segments.js';

const USAGE = '[OPTIONS] [FILE]...';

/** head -n N / -N / -c N over stdin. */
export const head: CommandHandler = (argv, io) => {
	const parsed = getopt(expandNumericShorthand(argv), 'qv', 'nc');
	if (!parsed.ok) return usageError('head', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined) return appletError('head', `can't open '${file}': No such file or directory`);
	const bytes = lastValue(opts, 'c');
	const raw = bytes ?? lastValue(opts, 'n') ?? '10';
	if (!/^\d+$/.test(raw)) return appletError('head', `invalid number '${raw}'`);
	const n = Number(raw);
	if (bytes !== undefined) {
		return {stdout: Buffer.from(io.stdin).subarray(0, n).toString(), stderr: '', exitCode: 0};
	}
	return {stdout: segments(io.stdin).slice(0, n).join(''), stderr: '', exitCode: 0};
};
