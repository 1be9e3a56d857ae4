/**
 * The COMMAND column of `docker ps` (formatter.ContainerContext.Command): Ellipsis to 20
 * display columns, then strconv.Quote. `--no-trunc` skips the Ellipsis but still quotes.
 */
import {goQuote} from '../template/go-strconv.js';
import {runeWidth} from './rune-width.js';

/**
 * formatter.Ellipsis: cut to maxWidth display columns, the last one being `…`. Wide
 * characters count 2 (x/text/width); the all-ASCII fast path counts runes.
 */
export function ellipsis(s: string, maxWidth: number): string {
	if (maxWidth <= 0) return '';
	const runes = Array.from(s);
	if (maxWidth === 1) return runes[0] ?? '';
	let total = 0;
	const ends: number[] = [];
	for (const r of runes) {
		total += runeWidth(r) === 2 ? 2 : 1;
		ends.push(total);
	}
	if (total <= maxWidth) return s;
	for (let i = 0; i < ends.length - 1; i++) {
		if (ends[i] <= maxWidth - 1 && ends[i + 1] > maxWidth - 1) return runes.slice(0, i + 1).join('') + '…';
	}
	return s;
}

// Many containers run the same command: remember the quoted column per command line.
const columnCache = new Map<string, string>();

export function commandColumn(command: string, truncate = true): string {
	const key = `${truncate ? 't' : 'f'}${command}`;
	let column = columnCache.get(key);
	if (column === undefined) {
		if (columnCache.size > 1000) columnCache.clear();
		column = goQuote(truncate ? ellipsis(command, 20) : command);
		columnCache.set(key, column);
	}
	return column;
}
