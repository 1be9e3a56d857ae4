// Text from outside the game's own code must not drive the player's terminal: a level file's
// title, or the output of a simulated program (`cat` of a file a level pack wrote, `docker logs`)
// must not be able to move the cursor, recolour the screen, retitle the window or set the
// clipboard (OSC 52). One definition of what is unsafe, two presentations:
// - level text is cleaned once when it is loaded: sequences removed (LEVEL-FORMAT.md, "Safety");
// - program output is shown the way `cat -v` shows it: each control character as a visible
//   caret form (ESC as ^[, BEL as ^G, DEL as ^?, C1 as M-^[ ...), so the player sees that the file
//   holds an escape sequence and the terminal never receives one.
// Both keep \n and \t and drop the Unicode bidi controls (U+202A-U+202E embeddings and overrides,
// U+2066-U+2069 isolates, U+200E/U+200F marks, U+061C): a U+202E shows text in an order other
// than the one it has, and has no visible form of its own.

// ESC-introduced sequences first, so their parameters go with them instead of
// being left behind as visible junk like "[31m":
// - CSI: ESC [ params intermediates final
// - OSC, DCS, SOS, PM, APC: ESC ] / P / X / ^ / _ ... up to BEL or ST (ESC \), or the end
// - any other ESC + one character (ESC 7, ESC c, ...)
// and their 8-bit C1 twins (0x9b CSI, 0x9d OSC, ...).
const ESCAPE_SEQUENCE =
	/\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[\s\S]?/g;

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Whatever is left of C0 (except tab and newline), DEL and C1, and the bidi controls.
const CONTROL_CHAR = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with terminal control characters, escape sequences and bidi controls removed; \n and \t are kept. */
export function stripControlChars(text: string): string {
	return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHAR, '');
}

// C0 but tab and newline, DEL, and C1: each becomes its caret form.
const SHOWN_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

function caret(char: string): string {
	const code = char.charCodeAt(0);
	if (code === 0x7f) return '^?';
	if (code >= 0x80) return `M-${caret(String.fromCharCode(code - 0x80))}`;
	return `^${String.fromCharCode(code + 0x40)}`;
}

/**
 * Program output made safe to print: control characters as visible caret forms (`^[]0;title^G`),
 * bidi controls dropped; \n and \t kept. What a real terminal shows as nothing stays nothing:
 * the CR of a CRLF line end (HTTP headers, nginx pages) and an erase-line (ESC [ 2K) at the start
 * of a line, which Compose's log printer writes before every line.
 */
export function showControlChars(text: string): string {
	return text.replace(/\r+\n/g, '\n').replace(/(^|\n)\x1b\[2K/g, '$1').replace(BIDI, '').replace(SHOWN_CONTROL, caret);
}

/**
 * For an editor: each control character as one symbol of the same length (U+241B ␛ for ESC, U+2421
 * ␡ for DEL, U+FFFD for C1 and bidi controls), so columns and the cursor still line
 * up with the text being edited, which itself is kept as it is.
 */
export function pictureControlChars(text: string): string {
	return text.replace(CONTROL_CHAR, (char) => {
		const code = char.charCodeAt(0);
		if (code < 0x20) return String.fromCharCode(0x2400 + code);
		return code === 0x7f ? '\u2421' : '\ufffd';
	});
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
