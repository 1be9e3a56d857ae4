// Level files are data written by anyone: a title must not be able to move the
// cursor, recolour the screen or set the terminal's clipboard (OSC 52). So every
// string a level carries is cleaned once, when it is loaded (LEVEL-FORMAT.md, "Safety").

// ESC-introduced sequences first, so their parameters go with them instead of
// being left behind as visible junk like "[31m":
// - CSI: ESC [ params intermediates final
// - OSC, DCS, SOS, PM, APC: ESC ] / P / X / ^ / _ ... up to BEL or ST (ESC \), or the end
// - any other ESC + one character (ESC 7, ESC c, ...)
// and their 8-bit C1 twins (0x9b CSI, 0x9d OSC, ...).
const ESCAPE_SEQUENCE =
	/\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[\s\S]?/g;

// Whatever is left of C0 (except tab and newline), DEL and C1, and the Unicode bidi controls
// (U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates, U+200E/U+200F marks, U+061C):
// a U+202E in a title or a file name shows text in an order other than the one it has.
const CONTROL_CHAR = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with terminal control characters, escape sequences and bidi controls removed; \n and \t are kept. */
export function stripControlChars(text: string): string {
	return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHAR, '');
}

/** A deep copy of plain data (what a parser produced) with every string, keys included, cleaned. */
export function stripControlCharsDeep<T>(value: T): T {
	if (typeof value === 'string') return stripControlChars(value) as T;
	if (Array.isArray(value)) return value.map((item) => stripControlCharsDeep(item)) as T;
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) out[stripControlChars(key)] = stripControlCharsDeep(item);
		return out as T;
	}
	return value;
}
