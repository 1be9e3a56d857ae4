import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {readInputs} from './inputs.js';
import {getopt, lastValue} from './getopt.js';
import {joinLines, splitLines} from './lines.js';
import {PosixRegex, RegexSyntaxError, compileSource, escapeRegex, translateRegex} from './regex.js';

const USAGE = '[-HhnlLoqvsriwFE] [-m N] [-e PTRN]... [-f FILE]... [FILE]...';

const WORD = 'A-Za-z0-9_';

/** Builds one regex covering every -e pattern with -F/-E/-w/-x/-i applied; with -w group 2 is the word. */
function buildMatcher(patterns: string[], o: {F: boolean; E: boolean; w: boolean; x: boolean; i: boolean}): PosixRegex {
	const sources = patterns.map((p) => (o.F ? escapeRegex(p) : translateRegex(p, o.E)));
	let src = sources.length === 1 ? sources[0] : sources.map((s) => `(?:${s})`).join('|');
	if (o.x) src = `^(?:${src})$`;
	else if (o.w) src = `(^|[^${WORD}])(${src})(?:[^${WORD}]|$)`;
	return compileSource(src, o.i);
}

/** The parts of a line -o prints: every non-empty match (with -w, the word between the boundaries). */
function onlyMatching(re: PosixRegex, line: string, word: boolean): string[] {
	const out: string[] = [];
	if (!word) {
		for (const m of re.matches(line)) if (m.end > m.index) out.push(m.groups[0] ?? '');
		return out;
	}
	let from = 0;
	while (from <= line.length) {
		const m = re.exec(line, from);
		if (!m) break;
		const w = m.groups[2] ?? '';
		const wordEnd = m.index + (m.groups[1] ?? '').length + w.length;
		if (w !== '') out.push(w);
		from = Math.max(wordEnd, from + 1);
	}
	return out;
}

/** grep over stdin: -i -v -c -n -E -F -o -w -x -q -l -m; exit 1 when nothing matched, 2 on errors. */
export const grep: CommandHandler = (argv, io, files) => {
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
	if (missing.length > 0 && !files) {
		return {stdout: '', stderr: has('s') ? '' : missing.map((f) => `grep: ${f}: No such file or directory\n`).join(''), exitCode: 2};
	}
	const maxRaw = lastValue(opts, 'm');
	const max = maxRaw === undefined ? Infinity : Number(maxRaw);
	if (!Number.isInteger(max) && max !== Infinity) return appletError('grep', `invalid number '${maxRaw}'`, 2);

	let re: PosixRegex;
	try {
		re = buildMatcher(patterns, {F: has('F'), E: has('E'), w: has('w'), x: has('x'), i: has('i')});
	} catch (e) {
		if (!(e instanceof RegexSyntaxError)) throw e;
		const reason = e.message;
		return appletError('grep', `bad regex '${patterns.join('\n')}': ${reason}`, 2);
	}

	const invert = has('v');
	/** The output lines for one input (each with `prefix`), and how many lines matched. */
	const scan = (text: string, prefix: string): {out: string[]; count: number} => {
		const out: string[] = [];
		let count = 0;
		const lines = splitLines(text);
		for (let n = 0; n < lines.length && count < max; n++) {
			const line = lines[n];
			const matched = re.test(line);
			if (matched === invert) continue;
			count++;
			if (has('q') || has('c') || has('l')) continue;
			const num = has('n') ? `${n + 1}:` : '';
			if (has('o')) {
				if (invert) continue;
				for (const m of onlyMatching(re, line, has('w'))) out.push(prefix + num + m);
			} else out.push(prefix + num + line);
		}
		return {out, count};
	};
	if (!files || operands.length === 0) {
		const {out, count} = scan(io.stdin, '');
		if (has('q')) return {stdout: '', stderr: '', exitCode: count > 0 ? 0 : 1};
		let stdout: string;
		if (has('c')) stdout = `${count}\n`;
		else if (has('l')) stdout = count > 0 ? '(standard input)\n' : '';
		else stdout = joinLines(out);
		return {stdout, stderr: '', exitCode: count > 0 ? 0 : 1};
	}
	// The host's GNU grep over FILEs: names before the lines when there are several (not with -h).
	const inputs = readInputs('grep', operands, io, files);
	const named = (operands.length > 1 && !has('h')) || has('H');
	let stdout = '';
	let total = 0;
	for (const t of inputs.texts) {
		const name = t.name === '-' ? '(standard input)' : t.name;
		const {out, count} = scan(t.text, named ? `${name}:` : '');
		total += count;
		if (has('q') && count > 0) return {stdout: '', stderr: '', exitCode: 0};
		if (has('c')) stdout += named ? `${name}:${count}\n` : `${count}\n`;
		else if (has('l')) stdout += count > 0 ? `${name}\n` : '';
		else stdout += joinLines(out);
	}
	return {stdout: has('q') ? '' : stdout, stderr: has('s') ? '' : inputs.stderr, exitCode: inputs.failed ? 2 : total > 0 ? 0 : 1};
};
