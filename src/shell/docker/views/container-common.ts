// Small helpers the container commands share: which host the CLI talks to, and the
// CommandResult shapes docker's container commands print.
import type {ToolContext} from '../../context.js';
import type {CommandResult} from '../../types.js';
import {daemonText} from '../errors.js';
import {getHost, requireContainer, type World} from '../../../engine/index.js';

/** The daemon the CLI talks to: the host the prompt is on. */
export function hostOf(ctx: ToolContext): string {
	return ctx.location.host;
}

/** Lines with a trailing newline each ('' for none). */
export function lines(items: readonly string[]): string {
	return items.map((l) => `${l}\n`).join('');
}

/** Several per-object errors, each on its own line, exit 1 (stop, rm, restart...). */
export function perObject(outputs: string[], errors: unknown[]): CommandResult {
	return {stdout: lines(outputs), stderr: errors.length > 0 ? lines(errors.map(daemonText)) : '', exitCode: errors.length > 0 ? 1 : 0};
}

/**
 * `docker stop|restart|...` on each named container in turn: a change per container, each name
 * printed as given, errors collected (the CLI keeps going and exits 1 at the end).
 */
export function eachContainer(refs: readonly string[], ctx: ToolContext, change: (world: World, hostName: string, id: string) => World): CommandResult {
	const hostName = hostOf(ctx);
	const out: string[] = [];
	const errors: unknown[] = [];
	for (const ref of refs) {
		try {
			const c = requireContainer(getHost(ctx.world, hostName), ref);
			ctx.setWorld(change(ctx.world, hostName, c.id));
			out.push(ref);
		} catch (e) {
			errors.push(e);
		}
	}
	return perObject(out, errors);
}

/** Go's sortorder.NaturalLess, used by `docker port`. */
export function naturalLess(a: string, b: string): boolean {
	const re = /(\d+|\D+)/g;
	const pa = a.match(re) ?? [];
	const pb = b.match(re) ?? [];
	for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
		const x = pa[i];
		const y = pb[i];
		if (x === y) continue;
		const dx = /^\d/.test(x);
		const dy = /^\d/.test(y);
		if (dx && dy) {
			const nx = Number(x);
			const ny = Number(y);
			if (nx !== ny) return nx < ny;
			return x.length < y.length;
		}
		return x < y;
	}
	return pa.length < pb.length;
}

/** POSIX single-quoting of one word. */
export function shellQuote(word: string): string {
	return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The argv to hand to ctx.runIn: shell builtins (echo, printf, test, exit...) are programs
 * inside a container, but the simulated userland runs them through its shell.
 */
export function containerArgv(argv: readonly string[], builtins: ReadonlySet<string> | readonly string[]): string[] {
	const names = new Set(builtins);
	const prog = argv[0]?.slice(argv[0].lastIndexOf('/') + 1) ?? '';
	if (names.has(prog) && prog !== 'sh' && prog !== 'bash' && prog !== 'ash') return ['sh', '-c', argv.map(shellQuote).join(' ')];
	return [...argv];
}
