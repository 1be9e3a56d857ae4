// What the shell carries from command to command: their output in terminal order (see
// OutputChunk in ../types.ts), and the signals that unwind with partial output.
import {BudgetExceeded, type LineBudget} from '../budget.js';
import {chunksOf, joinResults, orderedResult, pushChunk, type CommandResult, type OutputChunk} from '../types.js';

/** Host commands are other people's code: make sure what comes back has the promised shape. */
export function sanitize(r: CommandResult | undefined): CommandResult {
	if (r && typeof r.stdout === 'string' && typeof r.stderr === 'string' && Number.isInteger(r.exitCode)) {
		if (r.output === undefined || Array.isArray(r.output)) return r;
		return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode};
	}
	return {
		stdout: typeof r?.stdout === 'string' ? r.stdout : '',
		stderr: typeof r?.stderr === 'string' ? r.stderr : '',
		exitCode: Number.isInteger(r?.exitCode) ? (r as CommandResult).exitCode : 1,
	};
}

/** `break [N]` / `continue [N]`: unwinds to the enclosing loop, carrying what was printed on the way. */
export class LoopSignal extends Error {
	stdout = '';
	stderr = '';
	output: OutputChunk[] = [];
	constructor(
		readonly kind: 'break' | 'continue',
		public levels: number,
	) {
		super(kind);
	}
}

/** What a spent budget or a loop's break carried up, as a result (its order kept where it still holds). */
export function partialOf(e: BudgetExceeded | LoopSignal): CommandResult {
	return {stdout: e.stdout, stderr: e.stderr, exitCode: 0, output: e.output};
}

/** A spent budget (or a loop's break) carries the output collected so far up to where it is caught. */
export function keepPartial(e: unknown, out: Output): unknown {
	if (e instanceof BudgetExceeded || e instanceof LoopSignal) {
		const joined = joinResults([out.result(0), partialOf(e)], 0);
		e.stdout = joined.stdout;
		e.stderr = joined.stderr;
		e.output = [...chunksOf(joined)];
	}
	return e;
}

/** Collects output across the commands of a list, in the order it was written. */
export class Output {
	stdout = '';
	stderr = '';
	private readonly chunks: OutputChunk[] = [];
	constructor(private readonly budget: LineBudget) {}
	add(r: CommandResult): void {
		this.budget.size(this.stdout.length + r.stdout.length);
		this.budget.size(this.stderr.length + r.stderr.length);
		this.stdout += r.stdout;
		this.stderr += r.stderr;
		for (const c of chunksOf(r)) pushChunk(this.chunks, c.fd, c.text);
	}
	result(exitCode: number): CommandResult {
		return orderedResult(this.stdout, this.stderr, exitCode, [...this.chunks]);
	}
}
