import type {LocalText} from './schema.js';

import type {Lang} from '../shell/lang.js';

/** The languages the game's own texts come in (one list, in the shell). Levels may carry more; they are ignored. */
export {LANGS, type Lang} from '../shell/lang.js';

/** The text in `lang`, or in English when the level has no translation for it. */
export function localize(text: LocalText, lang: Lang): string {
	if (typeof text === 'string') return text;
	return text[lang] ?? text.en;
}

/**
 * The player's language from the locale variables, in POSIX precedence:
 * LC_ALL overrides LC_MESSAGES, which overrides LANG. ko_KR.UTF-8, ko_KR, ko → Korean;
 * anything else (C, POSIX, en_US.UTF-8, unset) → English.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^ko(?:[_.@-]|$)/i.test(locale) ? 'ko' : 'en';
}
