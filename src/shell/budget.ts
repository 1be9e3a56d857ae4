/**
 * The per-line budget: every typed line gets a wall-clock deadline, a step count and a cap on the
 * text it may build, so that no line can hang the game or fill its memory. Loops call check(),
 * code that builds text calls charge() or size(); when the budget runs out they throw
 * BudgetExceeded, which the shell turns into what an interrupted program looks like (^C, status 130)
 * plus one line saying why. Other code (the UI) may read `deadline` to know when a line must end.
 */

export interface BudgetLimits {
	/** Wall-clock time a line may take, in milliseconds. */
	readonly ms: number;
	/** Interpreter steps (statements, loop rounds, commands) a line may take. */
	readonly steps: number;
	/** Text a line may produce or hold in total (output of every command, built strings), in characters. */
	readonly bytes: number;
	/** Length of any single string a line may build, in characters. */
	readonly stringLength: number;
}

/** The deadline leaves room for what runs after the last check (output, the world's bookkeeping): lines end within 2 s. */
export const DEFAULT_LIMITS: BudgetLimits = {ms: 1700, steps: 10_000_000, bytes: 16 * 1024 * 1024, stringLength: 4 * 1024 * 1024};

export type BudgetReason = 'time' | 'steps' | 'bytes' | 'string';

/** Thrown when a line's budget runs out; carries what the line printed until then. */
export class BudgetExceeded extends Error {
	stdout = '';
	stderr = '';
	/** The same text in terminal order (see OutputChunk in types.ts). */
	output: {readonly fd: 1 | 2; readonly text: string}[] = [];
	constructor(readonly reason: BudgetReason) {
		super(budgetMessage(reason));
	}
}

/** The game's one-line explanation, shown after `^C`. */
export function budgetMessage(reason: BudgetReason): string {
	switch (reason) {
		case 'time':
			return 'netdojo: stopped this line, as Ctrl+C would: it ran for about 2 seconds, longer than the game lets one line run';
		case 'steps':
			return 'netdojo: stopped this line, as Ctrl+C would: it ran too many steps (an endless loop?)';
		case 'bytes':
		case 'string':
			return 'netdojo: stopped this line, as Ctrl+C would: it built more text than the game keeps for one line';
	}
}

/** How often (in steps) check() reads the clock. */
const CLOCK_EVERY = 256;

export class LineBudget {
	readonly started: number;
	/** Date.now() value after which the line must stop. */
	deadline: number;
	private steps = 0;
	private bytes = 0;
	private graces = 0;

	constructor(
		readonly limits: BudgetLimits = DEFAULT_LIMITS,
		private readonly now: () => number = Date.now,
	) {
		this.started = now();
		this.deadline = this.started + limits.ms;
	}

	/** Counts `n` steps; throws BudgetExceeded when the steps or the time are used up. */
	check(n = 1): void {
		const before = this.steps;
		this.steps += n;
		if (this.steps > this.limits.steps) throw new BudgetExceeded('steps');
		if (Math.floor(before / CLOCK_EVERY) !== Math.floor(this.steps / CLOCK_EVERY) && this.now() > this.deadline) throw new BudgetExceeded('time');
	}

	/** Counts `chars` characters of produced or stored text; throws when the line's total is used up. */
	charge(chars: number): void {
		this.bytes += chars;
		if (this.bytes > this.limits.bytes) throw new BudgetExceeded('bytes');
		this.check();
	}

	/** Throws when a string about to be built would be longer than one string may be. */
	size(length: number): void {
		if (length > this.limits.stringLength) throw new BudgetExceeded('string');
	}

	/**
	 * After a pipeline member was stopped (`yes | head -2`), the rest of the pipeline gets a little
	 * more room to read what it printed, as a real pipe would; a few times per line at most.
	 */
	grace(): boolean {
		if (this.graces >= 3) return false;
		this.graces++;
		this.deadline = Math.max(this.deadline, this.now() + 250);
		this.steps = Math.min(this.steps, this.limits.steps - 1_000_000);
		this.bytes = Math.min(this.bytes, this.limits.bytes - 2 * 1024 * 1024);
		return true;
	}

	/** True once the deadline has passed (reads the clock). */
	expired(): boolean {
		return this.now() > this.deadline;
	}

	remainingMs(): number {
		return Math.max(0, this.deadline - this.now());
	}
}

let active: LineBudget | undefined;

/**
 * The budget of the line being run. Outside any line (a filter called directly), a fresh default
 * one: take it once when a program starts, so its loops share it.
 */
export function currentBudget(): LineBudget {
	return active ?? new LineBudget();
}

/** Runs `fn` as one line under `budget`; a line started inside another line shares the outer budget. */
export function withLineBudget<T>(fn: () => T, budget?: LineBudget): T {
	if (active) return fn();
	active = budget ?? new LineBudget();
	try {
		return fn();
	} finally {
		active = undefined;
	}
}

/**
 * What the player sees when a command hit a bug in the game: never the JS text ("Maximum call
 * stack size exceeded", "x is not iterable"), but one line that says what happened.
 */
export function internalFailure(prog: string, e: unknown): string {
	const kind = e instanceof RangeError ? 'ran out of room (its input was too deep or too long)' : 'failed inside the game (a netdojo bug)';
	return `${prog}: the command ${kind}\n`;
}
