import type {CommandHandler} from '../types.js';
import {appletError, usageError} from './busybox.js';
import {joined, readInputs} from './inputs.js';
import {getopt} from './getopt.js';
import {joinLines, splitLines} from './lines.js';

const USAGE = '[-nrufbs] [-k START[,END]] [-t CHAR] [FILE]...';

interface Key {
	start: number;
	end: number;
	numeric: boolean;
	reverse: boolean;
	fold: boolean;
}

function parseKey(spec: string, global: {n: boolean; r: boolean; f: boolean}): Key | undefined {
	const m = /^(\d+)(?:\.\d+)?([bnrf]*)(?:,(\d+)(?:\.\d+)?([bnrf]*))?$/.exec(spec);
	if (!m || m[1] === '0' || m[3] === '0') return undefined;
	const mods = (m[2] ?? '') + (m[4] ?? '');
	// A key with its own modifiers ignores the global ones, as in POSIX sort.
	const own = /[nrf]/.test(mods);
	return {
		start: Number(m[1]),
		end: m[3] === undefined ? Infinity : Number(m[3]),
		numeric: own ? mods.includes('n') : global.n,
		reverse: own ? mods.includes('r') : global.r,
		fold: own ? mods.includes('f') : global.f,
	};
}

const numericPrefix = (s: string): number => {
	const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)/.exec(s);
	return m ? Number(m[0]) : 0;
};

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** sort -n -r -u -f -k -t -s over stdin, byte order (C locale) like BusyBox. */
export const sort: CommandHandler = (argv, io, files) => {
	const parsed = getopt(argv, 'nrufbsgh', 'kto');
	if (!parsed.ok) return usageError('sort', parsed.problem, USAGE);
	const {opts} = parsed;
	const file = opts.operands.find((f) => f !== '-');
	if (file !== undefined && !files) return appletError('sort', `can't open '${file}': No such file or directory`);
	// The host's GNU sort reads its FILEs as one stream; one it cannot read is reported.
	const inputs = files && opts.operands.length > 0 ? readInputs('sort', opts.operands, io, files) : undefined;
	if (inputs) io = {...io, stdin: joined(inputs)};
	const failed = inputs?.failed ? {stderr: inputs.stderr, exitCode: 2} : undefined;
	if (opts.values.has('o')) return appletError('sort', '-o is not supported here; use > FILE');
	const has = (f: string): boolean => opts.flags.includes(f);
	const global = {n: has('n') || has('g') || has('h'), r: has('r'), f: has('f')};
	const sep = opts.values.get('t')?.at(-1);
	if (sep !== undefined && [...sep].length !== 1) return appletError('sort', 'bad -t parameter');
	const keys: Key[] = [];
	for (const spec of opts.values.get('k') ?? []) {
		const k = parseKey(spec, global);
		if (!k) return appletError('sort', `invalid number '${spec}'`);
		keys.push(k);
	}
	const whole: Key = {start: 1, end: Infinity, numeric: global.n, reverse: global.r, fold: global.f};
	const fieldsOf = (line: string): string[] => (sep !== undefined ? line.split(sep) : line.trim().split(/\s+/));
	const extract = (line: string, k: Key): string => {
		if (k === whole) return line;
		const fields = fieldsOf(line);
		return fields.slice(k.start - 1, k.end === Infinity ? undefined : k.end).join(sep ?? ' ');
	};
	const compareKey = (a: string, b: string, k: Key): number => {
		let x = extract(a, k);
		let y = extract(b, k);
		let c: number;
		if (k.numeric) c = numericPrefix(x) - numericPrefix(y);
		else {
			if (k.fold) {
				x = x.toUpperCase();
				y = y.toUpperCase();
			}
			c = cmpStr(x, y);
		}
		return k.reverse ? -c : c;
	};
	const active = keys.length ? keys : [whole];
	const byKeys = (a: string, b: string): number => {
		for (const k of active) {
			const c = compareKey(a, b, k);
			if (c !== 0) return c;
		}
		return 0;
	};
	// Without -s/-u, equal keys fall back to comparing whole lines (GNU/BusyBox last resort).
	const lastResort = !has('s') && !has('u');
	const lines = splitLines(io.stdin).sort((a, b) => byKeys(a, b) || (lastResort ? (global.r ? -cmpStr(a, b) : cmpStr(a, b)) : 0));
	const out = has('u') ? lines.filter((l, i) => i === 0 || byKeys(lines[i - 1], l) !== 0) : lines;
	return {stdout: joinLines(out), stderr: '', exitCode: 0, ...failed};
};
