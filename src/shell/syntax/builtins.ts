import {usageError} from '../filters/busybox.js';
import {ok, type CommandIO, type CommandResult} from '../types.js';
import {echo} from './builtin-echo.js';
import {printf} from './builtin-printf.js';
import {testBuiltin} from './builtin-test.js';
import {cdBuiltin, pwdBuiltin, type CdContext} from './builtin-cd.js';

/** What builtins may touch in the running shell (unlike host commands, they change its state). */
export interface BuiltinContext extends CdContext {
	env: Record<string, string>;
	/** The current `$?`. */
	status: number;
	/** `exit N`: stop the rest of this shell's line. */
	exit(code: number): void;
	/** `break N` / `continue N`: leaves (throws) when inside a loop; false when there is none. */
	loopControl(kind: 'break' | 'continue', levels: number): boolean;
	fileExists(path: string): boolean;
	/** `eval`: parse and run text in this same shell. */
	evalSource(src: string, stdin: string): CommandResult;
	/** `sleep`: moves the simulated clock on (the line returns at once). */
	advanceClock?(ms: number): void;
}

export type Builtin = (argv: string[], io: CommandIO, ctx: BuiltinContext) => CommandResult;

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function shellQuote(v: string): string {
	return `'${v.replace(/'/g, `'"'"'`)}'`;
}

function exportBuiltin(argv: string[], _io: CommandIO, ctx: BuiltinContext): CommandResult {
	const args = argv.slice(1).filter((a) => a !== '-n');
	if (args.length === 0 || (args.length === 1 && args[0] === '-p')) {
		const lines = Object.keys(ctx.env)
			.filter((k) => NAME_RE.test(k))
			.sort()
			.map((k) => `export ${k}=${shellQuote(ctx.env[k])}\n`);
		return ok(lines.join(''));
	}
	let stderr = '';
	for (const a of args) {
		const eq = a.indexOf('=');
		const name = eq < 0 ? a : a.slice(0, eq);
		if (!NAME_RE.test(name)) {
			stderr += `sh: export: ${name}: bad variable name\n`;
			continue;
		}
		if (eq >= 0) ctx.env[name] = a.slice(eq + 1);
	}
	return {stdout: '', stderr, exitCode: stderr ? 1 : 0};
}

function unsetBuiltin(argv: string[], _io: CommandIO, ctx: BuiltinContext): CommandResult {
	for (const a of argv.slice(1)) {
		if (a === '-v' || a === '-f') continue;
		delete ctx.env[a];
	}
	return ok();
}

function exitBuiltin(argv: string[], _io: CommandIO, ctx: BuiltinContext): CommandResult {
	const arg = argv[1];
	if (arg !== undefined && !/^\d+$/.test(arg)) {
		return {stdout: '', stderr: `sh: exit: Illegal number: ${arg}\n`, exitCode: 2};
	}
	const code = arg === undefined ? ctx.status : Number(arg) & 255;
	ctx.exit(code);
	return {stdout: '', stderr: '', exitCode: code};
}

const SLEEP_UNITS: Record<string, number> = {'': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000};

/** Simulated time: `sleep 1d` returns at once and the simulated clock moves on by the sum of its arguments. */
function sleepBuiltin(argv: string[], _io: CommandIO, ctx: BuiltinContext): CommandResult {
	if (argv.length < 2) return usageError('sleep', undefined, '[N]...');
	let ms = 0;
	for (const a of argv.slice(1)) {
		const m = /^((?:\d+(?:\.\d*)?|\.\d+))([smhd]?)$/.exec(a);
		if (!m) return {stdout: '', stderr: `sleep: invalid number '${a}'\n`, exitCode: 1};
		ms += Number(m[1]) * SLEEP_UNITS[m[2]];
	}
	// Bounded: at most a year of simulated time per sleep.
	ctx.advanceClock?.(Math.min(Math.round(ms), 365 * 86_400_000));
	return ok();
}

/** `break [N]`, `continue [N]` (bash's wording outside a loop and for a bad count). */
function loopBuiltin(kind: 'break' | 'continue'): Builtin {
	return (argv, _io, ctx) => {
		const arg = argv[1] ?? '1';
		if (!/^\d+$/.test(arg)) return {stdout: '', stderr: `${ctx.shellName}: ${kind}: ${arg}: numeric argument required\n`, exitCode: 128};
		if (Number(arg) < 1) return {stdout: '', stderr: `${ctx.shellName}: ${kind}: ${arg}: loop count out of range\n`, exitCode: 1};
		// Outside a loop bash says so (and goes on, status 0); ash and dash say nothing.
		if (!ctx.loopControl(kind, Number(arg)) && ctx.shellName === 'bash') return {stdout: '', stderr: `bash: ${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`, exitCode: 0};
		return ok();
	};
}

const table: Record<string, Builtin> = {
	echo: (argv) => echo(argv),
	printf: (argv) => printf(argv),
	true: () => ok(),
	false: () => ({stdout: '', stderr: '', exitCode: 1}),
	':': () => ok(),
	export: exportBuiltin,
	unset: unsetBuiltin,
	exit: exitBuiltin,
	sleep: sleepBuiltin,
	test: (argv, _io, ctx) => testBuiltin(argv, (p) => ctx.fileExists(p)),
	'[': (argv, _io, ctx) => testBuiltin(argv, (p) => ctx.fileExists(p)),
	eval: (argv, io, ctx) => ctx.evalSource(argv.slice(1).join(' '), io.stdin),
	cd: cdBuiltin,
	break: loopBuiltin('break'),
	continue: loopBuiltin('continue'),
	pwd: pwdBuiltin,
};

/** Looks a builtin up without falling into Object.prototype (`constructor`, `toString`...). */
export function findBuiltin(name: string): Builtin | undefined {
	return Object.hasOwn(table, name) ? table[name] : undefined;
}

export const BUILTIN_NAMES: readonly string[] = Object.keys(table);
