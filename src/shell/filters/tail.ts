import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {joined, readInputs} from './inputs.js';
import {getopt, lastValue} from './getopt.js';
import {expandNumericShorthand, segments} from './segments.js';

const USAGE = '[OPTIONS] [FILE]...';

/** tail -n N / -n +N / -N / +N / -c N over stdin; -f is accepted but cannot follow a pipe. */
export const tail: CommandHandler = (argv, io, files) => {
	let args = expandNumericShorthand(argv);
	// Old-style `tail +2`.
	if (args.length > 1 && /^\+\d+$/.test(args[1])) args = [args[0], '-n', args[1], ...args.slice(2)];
	const parsed = getopt(args, 'qvfF', 'ncs');
	if (!parsed.ok) return usageError('tail', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined && !files) return appletError('tail', `can't open '${file}': No such file or directory`);
	// The host's GNU tail reads its FILEs as one stream; one it cannot read is reported.
	const inputs = files && opts.operands.length > 0 ? readInputs('tail', opts.operands, io, files) : undefined;
	if (inputs) io = {...io, stdin: joined(inputs)};
	const failed = inputs?.failed ? {stderr: inputs.stderr, exitCode: 1} : undefined;
	const bytes = lastValue(opts, 'c');
	const raw = bytes ?? lastValue(opts, 'n') ?? '10';
	const m = /^([+-]?)(\d+)$/.exec(raw);
	if (!m) return appletError('tail', `invalid number '${raw}'`);
	const fromStart = m[1] === '+';
	const n = Number(m[2]);
	if (bytes !== undefined) {
		const buf = Buffer.from(io.stdin);
		const part = fromStart ? buf.subarray(Math.max(0, n - 1)) : buf.subarray(Math.max(0, buf.length - n));
		return {stdout: part.toString(), stderr: '', exitCode: 0, ...failed};
	}
	const segs = segments(io.stdin);
	const kept = fromStart ? segs.slice(Math.max(0, n - 1)) : n === 0 ? [] : segs.slice(-n);
	return {stdout: kept.join(''), stderr: '', exitCode: 0, ...failed};
};
