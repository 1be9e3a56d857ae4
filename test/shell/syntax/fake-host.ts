import type {ShellHost} from '../../../src/shell/syntax/interpreter.js';
import {filters} from '../../../src/shell/filters/index.js';
import type {CommandIO, CommandResult} from '../../../src/shell/types.js';

/** A ShellHost with a few commands, an in-memory filesystem, and a log of what ran. */
export function fakeHost(env: Record<string, string> = {}): ShellHost & {files: Map<string, string>; calls: string[][]} {
	const files = new Map<string, string>();
	const calls: string[][] = [];
	const commands: Record<string, (argv: string[], io: CommandIO) => CommandResult> = {
		hostname: (argv) => ({stdout: argv[1] === '-I' ? '172.17.0.2 10.0.0.5 \n' : 'box\n', stderr: '', exitCode: 0}),
		cat: (argv, io) => ({stdout: argv[1] ? (files.get(argv[1]) ?? '') : io.stdin, stderr: '', exitCode: 0}),
		fail: (argv) => ({stdout: '', stderr: `${argv[1] ?? 'failed'}\n`, exitCode: Number(argv[2] ?? 1)}),
		both: () => ({stdout: 'out\n', stderr: 'err\n', exitCode: 0}),
		args: (argv) => ({stdout: argv.slice(1).map((a) => `[${a}]`).join('') + '\n', stderr: '', exitCode: 0}),
		env: (_argv, io) => ({stdout: Object.entries(io.env).map(([k, v]) => `${k}=${v}\n`).join(''), stderr: '', exitCode: 0}),
		boom: () => {
			throw new Error('host exploded');
		},
		...filters,
	};
	return {
		env: {HOME: '/root', ...env},
		files,
		calls,
		exec(argv, io) {
			calls.push(argv);
			const cmd = Object.hasOwn(commands, argv[0]) ? commands[argv[0]] : undefined;
			if (!cmd) return {stdout: '', stderr: `sh: ${argv[0]}: not found\n`, exitCode: 127};
			return cmd(argv, io);
		},
		readFile: (path) => files.get(path),
		writeFile(path, content, append) {
			if (path.startsWith('/ro/')) return 'Read-only file system';
			files.set(path, (append ? (files.get(path) ?? '') : '') + content);
			return undefined;
		},
	};
}
