import stringWidth from 'string-width';

/**
 * Lays completion candidates out in columns, filled top to bottom like bash's listing,
 * so a long list of container names stays a few lines high. Returns the lines to print.
 */
export function formatCandidates(candidates: readonly string[], width: number): string[] {
	if (candidates.length === 0) {
		return [];
	}

	const gap = 2;
	const cellWidth = Math.max(...candidates.map(candidate => stringWidth(candidate))) + gap;
	const columns = Math.max(1, Math.floor((Math.max(1, width) + gap) / cellWidth));
	const rows = Math.ceil(candidates.length / columns);
	const lines: string[] = [];
	for (let row = 0; row < rows; row++) {
		let line = '';
		for (let column = 0; column < columns; column++) {
			const candidate = candidates[column * rows + row];
			if (candidate === undefined) {
				continue;
			}

			line += candidate + ' '.repeat(cellWidth - stringWidth(candidate));
		}

		lines.push(line.trimEnd());
	}

	return lines;
}
