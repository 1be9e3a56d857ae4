// Filter values the daemon reads as Go regular expressions (`--filter name=...`): RE2 syntax and a
// linear-time engine, as Go's regexp is, so a hostile pattern cannot stall the game.
import {compileSource, RegexSyntaxError, type PosixRegex} from '../../filters/regex.js';

const cache = new Map<string, PosixRegex | null>();

/** Whether `pattern` matches somewhere in `text`; a pattern that does not compile matches nothing. */
export function goRegexpMatch(pattern: string, text: string): boolean {
	let re = cache.get(pattern);
	if (re === undefined) {
		try {
			re = compileSource(pattern);
		} catch (e) {
			if (!(e instanceof RegexSyntaxError)) throw e;
			re = null;
		}
		if (cache.size > 200) cache.clear();
		cache.set(pattern, re);
	}
	return re !== null && re.test(text);
}
