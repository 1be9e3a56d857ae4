// The languages the game speaks to the player: one list and one type for every message table,
// the `lang` command, `--lang` and the locale. It lives in the shell because that is the lowest
// layer with words for the player (trace's verdicts); everything above imports it from here.
export const LANGS = ['en', 'ko'] as const;

export type Lang = (typeof LANGS)[number];

/** Whether a word names one of the game's languages. */
export function isLang(word: string | undefined): word is Lang {
	return (LANGS as readonly string[]).includes(word ?? '');
}
