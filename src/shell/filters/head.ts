import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {getopt, lastValue} from './getopt.js';
import {expandNumericShorthand, segments} from './segments.js';
import {readInputs} from './inputs.js';

const USAGE = '[OPTIONS] [FILE]...';

/** head -n N / -N / -c N over stdin. */
export const head: CommandHandler = (argv, io, files) => {
	const parsed = getopt(expandNumericShorthand(argv), 'qv', 'nc');
	if (!parsed.ok) return usageError('head', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined && !files) return appletError('head', `can't open '${file}': No such file or directory`);
	const bytes = lastValue(opts, 'c');
	const raw = bytes ?? lastValue(opts, 'n') ?? '10';
	if (!/^\d+$/.test(raw)) return appletError('head', `invalid number '${raw}'`);
	const n = Number(raw);
	const take = (text: string): string => (bytes !== undefined ? Buffer.from(text).subarray(0, n).toString() : segments(text).slice(0, n).join(''));
	if (!files || opts.operands.length === 0) return {stdout: take(io.stdin), stderr: '', exitCode: 0};
	// GNU head: several files each under a `==> NAME <==` header, a blank line between.
	const inputs = readInputs('head', opts.operands, io, files);
	const many = opts.operands.length > 1 ? !opts.flags.includes('q') : opts.flags.includes('v');
	const stdout = inputs.texts.map((t) => (many ? `==> ${t.name === '-' ? 'standard input' : t.name} <==\n` : '') + take(t.text)).join(many ? '\n' : '');
	return {stdout, stderr: inputs.stderr, exitCode: inputs.failed ? 1 : 0};
};
