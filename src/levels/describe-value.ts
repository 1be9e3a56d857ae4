// How a value from a level file is named in an error message: short, and in the
// words an instructor who wrote YAML would use (a map, a list), not JavaScript's.

const MAX_SHOWN = 40;

/** `"reachble"`, `12`, `true`, `nothing` (an empty YAML value), `a list`, `a map`. */
export function describeValue(value: unknown): string {
	if (value === undefined || value === null) return 'nothing';
	if (typeof value === 'string') {
		const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}...` : value;
		return JSON.stringify(shown);
	}
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
	if (typeof value === 'object') return 'a map';
	return String(value);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function listAlternatives(values: readonly unknown[], quote = true): string {
	const shown = values.map((v) => (quote ? JSON.stringify(v) : String(v)));
	if (shown.length <= 1) return shown.join('');
	return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}
