// Unknown keys are almost always typos ("hintz", "not_on"), so the error names the
// key that was probably meant.

/** Edits (insert, delete, replace, swap two neighbours) from a to b: "prot" is one swap from "port". */
function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** The closest of `known` to `word`, if it is close enough to be a typo of it. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
	// "_" for "-" and case slips are the commonest typos in keys; count them as free.
	const normalize = (s: string) => s.toLowerCase().replace(/_/g, '-');
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(normalize(word), normalize(candidate));
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	// Up to 2 edits, and never more than a third of the word: "ab" is not a typo of "id".
	const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
	return bestDistance <= limit ? best : undefined;
}
