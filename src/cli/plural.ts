/** "1 level", "2 levels": a count with its noun in the right number (English; `many` when not just +s). */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}
