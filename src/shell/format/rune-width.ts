/**
 * Display width of text as docker measures it: its tabwriter uses go-runewidth and its
 * Ellipsis uses golang.org/x/text/width. East Asian wide/fullwidth characters (and emoji)
 * take two columns; combining marks and control characters take none; everything else,
 * including ambiguous-width characters such as `…`, takes one (docker's non-CJK default).
 */

// East Asian Wide and Fullwidth ranges (and emoji), one character class kept in pieces.
const WIDE = new RegExp(
	`[${[
		String.raw`\u1100-\u115F\u231A\u231B\u2329\u232A\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4`,
		String.raw`\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C`,
		String.raw`\u2B50\u2B55\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F`,
		String.raw`\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{16FE4}\u{17000}-\u{18AFF}\u{1B000}-\u{1B2FF}\u{1F004}\u{1F0CF}\u{1F18E}\u{1F191}-\u{1F19A}\u{1F200}-\u{1F251}`,
		String.raw`\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F7E0}-\u{1F7EB}\u{1F90C}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}`,
	].join('')}]`,
	'u',
);
const ZERO = /[\p{Mn}\p{Me}\p{Cc}\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/u;

export function runeWidth(ch: string): number {
	// Printable ASCII is by far the common case: skip the Unicode-class regexes for it.
	const code = ch.charCodeAt(0);
	if (code >= 0x20 && code < 0x7f) return 1;
	if (ZERO.test(ch)) return 0;
	return WIDE.test(ch) ? 2 : 1;
}

export function stringWidth(s: string): number {
	if (/^[\x20-\x7e]*$/.test(s)) return s.length;
	let w = 0;
	for (const ch of s) w += runeWidth(ch);
	return w;
}
