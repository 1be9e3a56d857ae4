// The languages the game speaks to the player: one list and one type for every message table,
// the `lang` command, `--lang` and the locale. It lives in the shell because that is the lowest
// layer with words for the player (trace's verdicts); everything above imports it from here.
export const LANGS = ['en', 'ko'] as const;

export type Lang = (typeof LANGS)[number];

/** Whether a word names one of the game's languages. */
export function isLang(word: string | undefined): word is Lang {
	return (LANGS as readonly string[]).includes(word ?? '');
}

/** A message with `{name}` placeholders filled; an unknown placeholder stays as written, so a typo shows. */
export function fillMessage(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}

/**
 * One message table: a text per key in every language of LANGS (the type makes a table that lacks
 * a language or a key fail to compile, so adding a language is one line above and the words in
 * each table). The game's, the screens' and the speed-run screens' tables are all made with it.
 */
export function messageTable<K extends string>(texts: {readonly [L in Lang]: Readonly<Record<K, string>>}): (lang: Lang, key: K, vars?: Record<string, string | number>) => string {
	return (lang, key, vars) => fillMessage(texts[lang]?.[key] ?? texts.en[key], vars);
}
