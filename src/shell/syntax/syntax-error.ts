/**
 * Thrown inside the tokenizer/parser only; `parse` catches it so callers
 * never see an exception. Messages follow BusyBox ash ("sh: syntax error: ...").
 */
export class ShellSyntaxError extends Error {
	/** The input ended too soon (an open quote, `|` at the end, `if` without `fi`): more lines would complete it. */
	constructor(
		message: string,
		readonly atEnd = false,
	) {
		super(message);
	}
}

/** Deep `$(` / `${` / backtick nesting is refused well before the JS stack is at risk. */
export const MAX_NESTING = 64;

export const syntaxMessage = (detail: string): string => `sh: syntax error: ${detail}`;
