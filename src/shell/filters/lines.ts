/** Input text as lines; a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
	if (text === '') return [];
	const lines = text.split('\n');
	if (lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** Lines back to text, each newline-terminated. */
export function joinLines(lines: readonly string[]): string {
	let out = '';
	for (const l of lines) out += l + '\n';
	return out;
}
