import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {getopt} from './getopt.js';
import {splitLines} from './lines.js';
import {type PosixRegex, type RegexMatch, RegexSyntaxError, compileRegex} from './regex.js';

const USAGE = '[-nrE] [-e CMD]... [FILE]...';

type Address = {kind: 'line'; n: number} | {kind: 'last'} | {kind: 'regex'; re: PosixRegex};

type SedCommand =
	| {op: 's'; addr?: Address; re: PosixRegex; replacement: string; global: boolean; nth: number; print: boolean}
	| {op: 'p' | 'd' | 'q'; addr?: Address};

class SedError extends Error {}

/** Reads up to an unescaped `delim`; `\delim` becomes the delimiter itself, other escapes stay. */
function readDelimited(s: string, start: number, delim: string): [string, number] {
	let out = '';
	for (let i = start; i < s.length; i++) {
		const c = s[i];
		if (c === '\\' && i + 1 < s.length) {
			out += s[i + 1] === delim ? delim : c + s[i + 1];
			i++;
		} else if (c === delim) return [out, i + 1];
		else out += c;
	}
	throw new SedError(`unmatched '${delim}'`);
}

/** sed scripts limited to: [addr]s/re/rep/[gpiN], [addr]p, [addr]d, [addr]q; addr = N | $ | /re/. */
function parseScript(script: string, extended: boolean): SedCommand[] {
	const cmds: SedCommand[] = [];
	let i = 0;
	const skipSpace = (): void => {
		while (i < script.length && /[\s;]/.test(script[i])) i++;
	};
	while (true) {
		skipSpace();
		if (i >= script.length) return cmds;
		let addr: Address | undefined;
		const num = /^\d+/.exec(script.slice(i));
		if (num) {
			addr = {kind: 'line', n: Number(num[0])};
			i += num[0].length;
		} else if (script[i] === '$') {
			addr = {kind: 'last'};
			i++;
		} else if (script[i] === '/') {
			const [re, next] = readDelimited(script, i + 1, '/');
			addr = {kind: 'regex', re: compileRegex(re, extended)};
			i = next;
		}
		while (script[i] === ' ') i++;
		const op = script[i++];
		if (op === undefined) throw new SedError('missing command');
		if (op === 'p' || op === 'd' || op === 'q') {
			cmds.push({op, addr});
		} else if (op === 's') {
			const delim = script[i];
			if (delim === undefined || delim === '\\' || delim === '\n') throw new SedError('unterminated `s\' command');
			const [pattern, afterPattern] = readDelimited(script, i + 1, delim);
			const [replacement, afterRep] = readDelimited(script, afterPattern, delim);
			i = afterRep;
			const flags = /^[gpiI0-9]*/.exec(script.slice(i))?.[0] ?? '';
			i += flags.length;
			if (i < script.length && !/[\s;}]/.test(script[i])) throw new SedError(`unknown option to \`s'`);
			const nth = Number(flags.replace(/\D/g, '') || '1');
			cmds.push({op: 's', addr, re: compileRegex(pattern, extended, /[iI]/.test(flags)), replacement, global: flags.includes('g'), nth, print: flags.includes('p')});
		} else {
			throw new SedError(`unsupported command ${op}`);
		}
	}
}

/** `&`, `\1`..`\9`, `\n` in the replacement, applied to one match. */
function substitute(replacement: string, m: (string | undefined)[]): string {
	let out = '';
	for (let i = 0; i < replacement.length; i++) {
		const c = replacement[i];
		if (c === '&') out += m[0];
		else if (c === '\\' && i + 1 < replacement.length) {
			const n = replacement[++i];
			if (/[0-9]/.test(n)) out += m[Number(n)] ?? '';
			else if (n === 'n') out += '\n';
			else if (n === 't') out += '\t';
			else out += n;
		} else out += c;
	}
	return out;
}

function applyS(cmd: Extract<SedCommand, {op: 's'}>, line: string): string | undefined {
	let changed = false;
	const result = cmd.re.replace(line, (m: RegexMatch, count: number) => {
		if (count < cmd.nth || (!cmd.global && count > cmd.nth)) return undefined;
		changed = true;
		return substitute(cmd.replacement, m.groups);
	});
	return changed ? result : undefined;
}

/** `-i[SUFFIX]` / `--in-place[=SUFFIX]` (GNU sed's in-place editing), taken out before getopt sees the rest. */
function takeInPlace(argv: string[]): {inPlace: boolean; suffix: string; rest: string[]} {
	let inPlace = false;
	let suffix = '';
	const rest: string[] = [];
	for (const a of argv) {
		const m = /^(?:-i|--in-place(?:=|$))(.*)$/.exec(a);
		if (m && rest.length > 0) {
			inPlace = true;
			suffix = m[1];
		} else rest.push(a);
	}
	return {inPlace, suffix, rest};
}

/** sed: the s, p, d and q commands with line/`$`/regex addresses, -n, -e, -E/-r; FILEs and -i where there are files. */
export const sed: CommandHandler = (argv, io, files) => {
	const {inPlace, suffix, rest} = takeInPlace(argv);
	const parsed = getopt(rest, 'nrE', 'e');
	if (!parsed.ok) return usageError('sed', parsed.problem, USAGE);
	const {opts} = parsed;
	const operands = [...opts.operands];
	const scripts = opts.values.get('e') ?? (operands.length ? [operands.shift() as string] : undefined);
	if (!scripts) return usageError('sed', undefined, USAGE);
	const file = operands.find((f) => f !== '-');
	if (file !== undefined && !files) return appletError('sed', `can't open '${file}': No such file or directory`);
	let cmds: SedCommand[];
	try {
		cmds = parseScript(scripts.join('\n'), opts.flags.includes('r') || opts.flags.includes('E'));
	} catch (e) {
		if (e instanceof SedError || e instanceof RegexSyntaxError) return appletError('sed', e.message);
		throw e;
	}
	const quiet = opts.flags.includes('n');
	if (!files || operands.length === 0) {
		if (inPlace) return appletError('sed', 'no input files', 4);
		return runSed(cmds, quiet, io.stdin);
	}
	// GNU sed (the host's): a file it cannot read is reported and skipped (exit 2).
	let stdout = '';
	let stderr = '';
	let exitCode = 0;
	let input = '';
	for (const f of operands) {
		const r = f === '-' ? {text: io.stdin} : files.read(f);
		if (!('text' in r)) {
			stderr += inPlace && r.isDir ? `sed: couldn't edit ${f}: not a regular file\n` : r.isDir ? `sed: read error on ${f}: Is a directory\n` : `sed: can't read ${f}: ${r.error}\n`;
			exitCode = inPlace && r.isDir ? 4 : 2;
			continue;
		}
		if (!inPlace) {
			input += r.text;
			continue;
		}
		const edited = runSed(cmds, quiet, r.text).stdout;
		const err = (suffix ? files.write(`${f}${suffix}`, r.text) : undefined) ?? files.write(f, edited);
		if (err !== undefined) {
			stderr += `sed: couldn't open temporary file ${f}: ${err}\n`;
			exitCode = 4;
		}
	}
	if (!inPlace) stdout = runSed(cmds, quiet, input).stdout;
	return {stdout, stderr, exitCode};
};

function runSed(cmds: SedCommand[], quiet: boolean, text: string) {
	const lines = splitLines(text);
	let out = '';
	for (let n = 0; n < lines.length; n++) {
		let ps = lines[n];
		const matches = (a: Address | undefined): boolean => {
			if (!a) return true;
			if (a.kind === 'line') return a.n === n + 1;
			if (a.kind === 'last') return n === lines.length - 1;
			return a.re.test(ps);
		};
		let deleted = false;
		let quit = false;
		for (const cmd of cmds) {
			if (!matches(cmd.addr)) continue;
			if (cmd.op === 'p') out += ps + '\n';
			else if (cmd.op === 'd') {
				deleted = true;
				break;
			} else if (cmd.op === 'q') {
				quit = true;
				break;
			} else {
				const s = cmd as Extract<SedCommand, {op: 's'}>;
				const r = applyS(s, ps);
				if (r !== undefined) {
					ps = r;
					if (s.print) out += ps + '\n';
				}
			}
		}
		if (!deleted && !quiet) out += ps + '\n';
		if (quit) break;
	}
	return {stdout: out, stderr: '', exitCode: 0};
};
