/** Splits text into lines that keep their own '\n', so head/tail reproduce input byte-for-byte. */
export function segments(text: string): string[] {
	return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Turns `-5` into `-n 5` (the historical head/tail shorthand) before getopt sees it. */
export function expandNumericShorthand(argv: string[]): string[] {
	return argv.flatMap((a, i) => (i > 0 && /^-\d+$/.test(a) ? ['-n', a.slice(1)] : [a]));
}
