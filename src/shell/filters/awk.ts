import type {CommandHandler} from '../types.js';
import {usageError} from './busybox.js';
import {AwkRuntimeError, AwkSyntaxError} from './awk/errors.js';
import {AwkInterpreter} from './awk/interpreter.js';
import {unescapeAwk} from './awk/lexer.js';
import {parseAwk} from './awk/parser.js';
import {inputVal} from './awk/values.js';

const USAGE = "[OPTIONS] [AWK_PROGRAM] [FILE]...";

/** awk [-F SEP] [-v VAR=VAL]... 'PROGRAM' over stdin (a useful subset; see awk/parser.ts). */
export const awk: CommandHandler = (argv, io) => {
	let fs: string | undefined;
	const assigns: [string, string][] = [];
	let i = 1;
	for (; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--') {
			i++;
			break;
		}
		if (!a.startsWith('-') || a === '-') break;
		const flag = a[1];
		const attached = a.slice(2);
		const value = (): string | undefined => (attached !== '' ? attached : argv[++i]);
		if (flag === 'F') {
			const v = value();
			if (v === undefined) return usageError('awk', 'option requires an argument: F', USAGE);
			fs = v === 't' ? '\t' : unescapeAwk(v);
		} else if (flag === 'v') {
			const v = value();
			const m = v === undefined ? null : /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(v);
			if (!m) return {stdout: '', stderr: `awk: invalid -v argument '${v ?? ''}'\n`, exitCode: 2};
			assigns.push([m[1], m[2]]);
		} else if (flag === 'f') {
			return {stdout: '', stderr: `awk: -f is not supported; give the program on the command line\n`, exitCode: 2};
		} else {
			return usageError('awk', `unrecognized option: ${flag}`, USAGE, 2);
		}
	}
	const program = argv[i++];
	if (program === undefined) return usageError('awk', undefined, USAGE, 2);
	const operands = argv.slice(i);
	for (const op of operands) {
		const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(op);
		if (m) assigns.push([m[1], m[2]]);
		else if (op !== '-') return {stdout: '', stderr: `awk: cannot open "${op}" (No such file or directory)\n`, exitCode: 2};
	}
	let interp: AwkInterpreter;
	try {
		interp = new AwkInterpreter(parseAwk(program), io.env);
	} catch (e) {
		if (e instanceof AwkSyntaxError) return {stdout: '', stderr: `awk: cmd. line:${e.line}: ${e.message}\n`, exitCode: 2};
		throw e;
	}
	try {
		if (fs !== undefined) interp.setVar('FS', fs);
		for (const [name, value] of assigns) interp.setVar(name, inputVal(unescapeAwk(value)));
		const r = interp.run(io.stdin);
		return {stdout: r.stdout, stderr: '', exitCode: r.exitCode};
	} catch (e) {
		if (e instanceof AwkRuntimeError) return {stdout: '', stderr: `awk: cmd. line:1: ${e.message}\n`, exitCode: 2};
		// A spent line budget stops the whole line; anything else is the game's bug, said in words.
		throw e;
	}
};
