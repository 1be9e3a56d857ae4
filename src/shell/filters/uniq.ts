import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {joined, readInputs} from './inputs.js';
import {getopt} from './getopt.js';
import {splitLines} from './lines.js';

const USAGE = '[-cdui] [INPUT]';

/** uniq -c -d -u -i over adjacent lines of stdin; counts use BusyBox's "%7d " prefix. */
export const uniq: CommandHandler = (argv, io, files) => {
	const parsed = getopt(argv, 'cdui', '');
	if (!parsed.ok) return usageError('uniq', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined && !files) return appletError('uniq', `can't open '${file}': No such file or directory`);
	// The host's GNU uniq reads its FILEs as one stream; one it cannot read is reported.
	const inputs = files && opts.operands.length > 0 ? readInputs('uniq', opts.operands, io, files) : undefined;
	if (inputs) io = {...io, stdin: joined(inputs)};
	const failed = inputs?.failed ? {stderr: inputs.stderr, exitCode: 1} : undefined;
	const has = (f: string): boolean => opts.flags.includes(f);
	const norm = has('i') ? (s: string) => s.toLowerCase() : (s: string) => s;
	let out = '';
	const lines = splitLines(io.stdin);
	for (let i = 0; i < lines.length; ) {
		let j = i + 1;
		while (j < lines.length && norm(lines[j]) === norm(lines[i])) j++;
		const count = j - i;
		const show = (!has('d') || count > 1) && (!has('u') || count === 1);
		if (show) out += (has('c') ? `${String(count).padStart(7)} ` : '') + lines[i] + '\n';
		i = j;
	}
	return {stdout: out, stderr: '', exitCode: 0, ...failed};
};
