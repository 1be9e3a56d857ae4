// cd and pwd are shell builtins: the working directory is the shell's own ($PWD, $OLDPWD), so a
// subshell's `cd` stays inside it, as in bash. The machine checks that the directory exists.
import type {CommandIO, CommandResult} from '../types.js';

/** What cd needs from the shell running it. */
export interface CdContext {
	env: Record<string, string>;
	/** The directory to assume when $PWD is unset (a container's WorkingDir, or /). */
	readonly defaultCwd: string;
	/**
	 * Checks an absolute path: its canonical form when it is a directory one may enter, or the
	 * reason it is not ("No such file or directory"). Without it every path is taken as given.
	 */
	chdir?(path: string): {path: string} | {error: string};
	/** The shell's name in its messages: `bash: cd: x: ...` (the host) or `sh: cd: can't cd to x` (ash). */
	readonly shellName: 'bash' | 'sh';
}

/** `.` and `..` taken lexically (only used when the machine cannot check the path). */
function lexical(path: string): string {
	const out: string[] = [];
	for (const c of path.split('/')) {
		if (c === '' || c === '.') continue;
		if (c === '..') out.pop();
		else out.push(c);
	}
	return `/${out.join('/')}`;
}

const fail = (text: string): CommandResult => ({stdout: '', stderr: `${text}\n`, exitCode: 1});

export function cdBuiltin(argv: string[], _io: CommandIO, ctx: CdContext): CommandResult {
	const args = argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
	const name = ctx.shellName;
	if (args.length > 1 && name === 'bash') return fail('bash: cd: too many arguments');
	const pwd = ctx.env.PWD ?? ctx.defaultCwd;
	let target = args[0];
	let print = false;
	if (target === undefined || target === '') {
		target = ctx.env.HOME;
		if (target === undefined) return fail(`${name}: cd: HOME not set`);
	} else if (target === '-') {
		target = ctx.env.OLDPWD;
		if (target === undefined) return fail(`${name}: cd: OLDPWD not set`);
		print = true;
	}
	const abs = target.startsWith('/') ? target : `${pwd.replace(/\/+$/, '')}/${target}`;
	let next = lexical(abs);
	if (ctx.chdir) {
		const r = ctx.chdir(abs);
		if ('error' in r) return fail(name === 'bash' ? `bash: cd: ${target}: ${r.error}` : `sh: cd: can't cd to ${target}: ${r.error}`);
		next = r.path;
	}
	ctx.env.OLDPWD = pwd;
	ctx.env.PWD = next;
	return {stdout: print ? `${next}\n` : '', stderr: '', exitCode: 0};
}

export function pwdBuiltin(_argv: string[], _io: CommandIO, ctx: CdContext): CommandResult {
	return {stdout: `${ctx.env.PWD ?? ctx.defaultCwd}\n`, stderr: '', exitCode: 0};
}
