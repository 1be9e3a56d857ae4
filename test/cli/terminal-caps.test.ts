import {describe, expect, it} from 'vitest';
import {isDumbTerminal, localeIsUtf8} from '../../src/cli/terminal-caps.js';

describe('terminal capabilities from the environment', () => {
	it('reads the character set as setlocale does: LC_ALL, then LC_CTYPE, then LANG', () => {
		expect(localeIsUtf8({LANG: 'en_US.UTF-8'})).toBe(true);
		expect(localeIsUtf8({LANG: 'C.utf8'})).toBe(true);
		expect(localeIsUtf8({LANG: 'ko_KR.UTF-8@euro'})).toBe(true);
		expect(localeIsUtf8({LANG: 'C'})).toBe(false);
		expect(localeIsUtf8({})).toBe(false);
		expect(localeIsUtf8({LC_ALL: 'C', LANG: 'en_US.UTF-8'})).toBe(false);
		expect(localeIsUtf8({LC_ALL: '', LC_CTYPE: 'POSIX', LANG: 'en_US.UTF-8'})).toBe(false);
		expect(localeIsUtf8({LC_CTYPE: 'en_US.UTF-8', LANG: 'C'})).toBe(true);
		expect(localeIsUtf8({LANG: 'en_US.ISO-8859-1'})).toBe(false);
	});

	it('TERM=dumb, only', () => {
		expect(isDumbTerminal({TERM: 'dumb'})).toBe(true);
		expect(isDumbTerminal({TERM: 'xterm-256color'})).toBe(false);
		expect(isDumbTerminal({})).toBe(false);
	});
});
