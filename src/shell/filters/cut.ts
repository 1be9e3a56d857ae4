import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {joined, readInputs} from './inputs.js';
import {getopt, lastValue} from './getopt.js';
import {joinLines, splitLines} from './lines.js';

const USAGE = '[OPTIONS] [FILE]...';

type Range = [from: number, to: number];

/** `1,3`, `2-`, `-4`, `1-2,5` → 1-based inclusive ranges (to = Infinity for open ends). */
function parseList(list: string): Range[] | string {
	const ranges: Range[] = [];
	for (const item of list.split(',')) {
		const m = /^(\d*)(-?)(\d*)$/.exec(item);
		if (!m || (m[1] === '' && m[3] === '')) return `invalid byte or field list`;
		const from = m[1] === '' ? 1 : Number(m[1]);
		const to = m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3]);
		if (from === 0 || to === 0) return 'fields and positions are numbered from 1';
		if (to < from) return 'invalid range';
		ranges.push([from, to]);
	}
	return ranges;
}

const selected = (ranges: Range[], i: number): boolean => ranges.some(([a, b]) => i >= a && i <= b);

/** cut -f (with -d, -s) or -c/-b; selected pieces come out in input order, once each, like cut. */
export const cut: CommandHandler = (argv, io, files) => {
	const parsed = getopt(argv, 'sn', 'dfcb');
	if (!parsed.ok) return usageError('cut', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined && !files) return appletError('cut', `can't open '${file}': No such file or directory`);
	// The host's GNU cut reads its FILEs as one stream; one it cannot read is reported.
	const inputs = files && opts.operands.length > 0 ? readInputs('cut', opts.operands, io, files) : undefined;
	if (inputs) io = {...io, stdin: joined(inputs)};
	const failed = inputs?.failed ? {stderr: inputs.stderr, exitCode: 1} : undefined;
	const modes = ['f', 'c', 'b'].filter((f) => opts.values.has(f));
	if (modes.length !== 1) return appletError('cut', modes.length ? 'only one type of list may be specified' : 'expected a list of bytes, characters, or fields');
	const mode = modes[0];
	const ranges = parseList(lastValue(opts, mode) as string);
	if (typeof ranges === 'string') return appletError('cut', ranges);
	const delim = lastValue(opts, 'd') ?? '\t';
	if ([...delim].length !== 1) return appletError('cut', 'the delimiter must be a single character');
	const suppress = opts.flags.includes('s');
	const out: string[] = [];
	for (const line of splitLines(io.stdin)) {
		if (mode !== 'f') {
			out.push([...line].filter((_c, i) => selected(ranges, i + 1)).join(''));
			continue;
		}
		if (!line.includes(delim)) {
			if (!suppress) out.push(line);
			continue;
		}
		out.push(line.split(delim).filter((_f, i) => selected(ranges, i + 1)).join(delim));
	}
	return {stdout: joinLines(out), stderr: '', exitCode: 0, ...failed};
};
