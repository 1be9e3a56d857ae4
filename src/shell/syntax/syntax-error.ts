/**
 * Thrown inside the tokenizer/parser only; `parse` catches it so callers
 * never see an exception. Messages follow BusyBox ash ("sh: syntax error: ...").
 */
export class ShellSyntaxError extends Error {}

/** Deep `$(` / `${` / backtick nesting is refused well before the JS stack is at risk. */
export const MAX_NESTING = 64;

export const syntaxMessage = (detail: string): string => `sh: syntax error: ${detail}`;
