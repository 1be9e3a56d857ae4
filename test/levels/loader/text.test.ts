import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {detectLang, localize, parseLevel, stripControlChars} from '../../../src/levels/index.js';
import {levelText} from './helpers.js';

describe('localize', () => {
	it('returns a plain string as it is, in any language', () => {
		expect(localize('Hello', 'ko')).toBe('Hello');
	});
	it('picks the language, and falls back to English when it is missing', () => {
		expect(localize({en: 'Hello', ko: '안녕'}, 'ko')).toBe('안녕');
		expect(localize({en: 'Hello', ko: '안녕'}, 'en')).toBe('Hello');
		expect(localize({en: 'Hello'}, 'ko')).toBe('Hello');
	});
});

describe('detectLang', () => {
	it.each([
		[{LANG: 'ko_KR.UTF-8'}, 'ko'],
		[{LANG: 'ko_KR'}, 'ko'],
		[{LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8'}, 'ko'],
		[{LANG: 'ko_KR.UTF-8', LC_ALL: 'C'}, 'en'],
		[{LANG: 'en_US.UTF-8'}, 'en'],
		[{LANG: 'kok_IN'}, 'en'],
		[{}, 'en'],
	] as const)('%j → %s', (env, lang) => {
		expect(detectLang(env)).toBe(lang);
	});
});

describe('control characters', () => {
	it('strips escape sequences whole, C0 (but \\n and \\t), DEL and C1', () => {
		expect(stripControlChars('\x1b[31mred\x1b[0m')).toBe('red');
		expect(stripControlChars('a\x1b]52;c;ZXZpbA==\x07b')).toBe('ab');
		expect(stripControlChars('a\x1b]0;title\x1b\\b')).toBe('ab');
		expect(stripControlChars('line1\r\nline2\tx\x00\x08\x7f\x9b2Jy\x85')).toBe('line1\nline2\txy');
		expect(stripControlChars('한국어 ok')).toBe('한국어 ok');
	});

	it('leaves no control character behind in any string', () => {
		fc.assert(
			// Mostly the low 160 code points, where the control characters and escape introducers are.
			fc.property(
				fc.array(fc.oneof(fc.integer({min: 0, max: 0xa0}), fc.integer({min: 0, max: 0xffff}))).map((codes) => String.fromCharCode(...codes)),
				(text) => !/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(stripControlChars(text)),
			),
		);
	});

	it('are removed from every text of a loaded level', () => {
		const text = levelText('x')
			.replace('title: "Level x"', 'title: {en: "\\e[2JWiped", ko: "\\u009b31m빨강"}')
			.replace('briefing: Run web.', 'briefing: "Run\\x07 web.\\e]52;c;ZXZpbA==\\a"')
			.replace('  - Run it.', '  - "\\e[1mRun\\e[0m it."');
		const result = parseLevel(text, 'x.yaml');
		if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
		expect(result.level.title).toEqual({en: 'Wiped', ko: '빨강'});
		expect(result.level.briefing).toBe('Run web.');
		expect(result.level.hints).toEqual(['Run it.']);
	});

	it('are removed from error messages that quote the level', () => {
		const result = parseLevel(levelText('x').replace('par: 1', 'par: "\\e[31mone"'), 'x.yaml');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0].message).toBe('par: expected a positive whole number (the fewest commands that solve the level), got "one"');
	});
});
