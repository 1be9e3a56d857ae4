import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {getopt, lastValue} from './getopt.js';
import {joinLines, splitLines} from './lines.js';
import {RegexSyntaxError, escapeRegex, translateRegex} from './regex.js';

const USAGE = '[-HhnlLoqvsriwFE] [-m N] [-e PTRN]... [-f FILE]... [FILE]...';

/** Builds one RegExp covering every -e pattern with -F/-E/-w/-x/-i applied. */
function buildMatcher(patterns: string[], o: {F: boolean; E: boolean; w: boolean; x: boolean; i: boolean}): RegExp {
	const sources = patterns.map((p) => (o.F ? escapeRegex(p) : translateRegex(p, o.E)));
	let src = sources.length === 1 ? sources[0] : sources.map((s) => `(?:${s})`).join('|');
	if (o.x) src = `^(?:${src})$`;
	else if (o.w) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
	return new RegExp(src, o.i ? 'gi' : 'g');
}

/** grep over stdin: -i -v -c -n -E -F -o -w -x -q -l -m; exit 1 when nothing matched, 2 on errors. */
export const grep: CommandHandler = (argv, io) => {
	const parsed = getopt(argv, 'ivcnEFowxqslhHr', 'emf');
	if (!parsed.ok) return usageError('grep', parsed.problem, USAGE, 2);
	const {opts} = parsed;
	const has = (f: string): boolean => opts.flags.includes(f);
	if (opts.values.has('f')) return appletError('grep', `${lastValue(opts, 'f')}: No such file or directory`, 2);
	const operands = [...opts.operands];
	let patterns = opts.values.get('e');
	if (!patterns) {
		const first = operands.shift();
		if (first === undefined) return usageError('grep', undefined, USAGE, 2);
		patterns = [first];
	}
	patterns = patterns.flatMap((p) => p.split('\n'));
	const missing = operands.filter((f) => f !== '-');
	if (missing.length > 0) {
		return {stdout: '', stderr: has('s') ? '' : missing.map((f) => `grep: ${f}: No such file or directory\n`).join(''), exitCode: 2};
	}
	const maxRaw = lastValue(opts, 'm');
	const max = maxRaw === undefined ? Infinity : Number(maxRaw);
	if (!Number.isInteger(max) && max !== Infinity) return appletError('grep', `invalid number '${maxRaw}'`, 2);

	let re: RegExp;
	try {
		re = buildMatcher(patterns, {F: has('F'), E: has('E'), w: has('w'), x: has('x'), i: has('i')});
	} catch (e) {
		const reason = e instanceof RegexSyntaxError ? e.message : e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : '';
		return appletError('grep', `bad regex '${patterns.join('\n')}': ${reason}`, 2);
	}

	const invert = has('v');
	const out: string[] = [];
	let count = 0;
	const lines = splitLines(io.stdin);
	for (let n = 0; n < lines.length && count < max; n++) {
		const line = lines[n];
		re.lastIndex = 0;
		const matched = re.test(line);
		if (matched === invert) continue;
		count++;
		if (has('q')) return {stdout: '', stderr: '', exitCode: 0};
		if (has('c') || has('l')) continue;
		const prefix = has('n') ? `${n + 1}:` : '';
		if (has('o')) {
			if (invert) continue;
			re.lastIndex = 0;
			for (const m of line.matchAll(re)) if (m[0] !== '') out.push(prefix + m[0]);
		} else out.push(prefix + line);
	}
	let stdout: string;
	if (has('c')) stdout = `${count}\n`;
	else if (has('l')) stdout = count > 0 ? '(standard input)\n' : '';
	else stdout = joinLines(out);
	return {stdout, stderr: '', exitCode: count > 0 ? 0 : 1};
};
