// What the player's terminal can show, from the environment, as terminal programs read it.

/**
 * TERM=dumb (Emacs' shell buffer, some CI consoles): no cursor movement at all. Ink redraws its
 * live area by moving the cursor up and erasing lines, so on such a terminal every keystroke
 * would leave a copy of the screen behind. The game refuses, with one line saying what works
 * instead, rather than fill the buffer with escape codes (vi and top refuse too).
 */
export function isDumbTerminal(env: NodeJS.ProcessEnv): boolean {
	return (env['TERM'] ?? '') === 'dumb';
}

export const DUMB_TERMINAL_MESSAGE =
	"netdojo: TERM=dumb cannot move the cursor, which the game needs to redraw; use a terminal that can (e.g. TERM=xterm-256color), or 'netdojo script FILE|-'.\n";

/**
 * Whether the locale's character set is UTF-8, decided as setlocale does: the first of LC_ALL,
 * LC_CTYPE and LANG that is set and not empty. None set (or C/POSIX) is ASCII. Without UTF-8 the
 * terminal may not draw ✔, ❯ or box lines, so the screens use [x], > and +-| instead.
 */
export function localeIsUtf8(env: NodeJS.ProcessEnv): boolean {
	const locale = [env['LC_ALL'], env['LC_CTYPE'], env['LANG']].find((v) => v !== undefined && v !== '') ?? '';
	return /\.utf-?8(@|$)/i.test(locale);
}
