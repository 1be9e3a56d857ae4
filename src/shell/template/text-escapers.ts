/** text/template's html, js and urlquery escapers (Go 1.24 behaviour). */
import {isGoPrint} from './go-strconv.js';

export function htmlEscape(s: string): string {
	return s.replace(/["'&<>\0]/g, (c) =>
		c === '"' ? '&#34;' : c === "'" ? '&#39;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\uFFFD',
	);
}

const JS_SPECIAL: Record<string, string> = {
	'\\': '\\\\',
	"'": "\\'",
	'"': '\\"',
	'<': '\\u003C',
	'>': '\\u003E',
	'&': '\\u0026',
	'=': '\\u003D',
};

export function jsEscape(s: string): string {
	let out = '';
	for (const ch of s) {
		const cp = ch.codePointAt(0) ?? 0;
		if (JS_SPECIAL[ch] !== undefined) out += JS_SPECIAL[ch];
		else if (cp < 0x20) out += '\\u00' + cp.toString(16).toUpperCase().padStart(2, '0');
		else if (cp >= 0x80 && !isGoPrint(ch)) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
		else out += ch;
	}
	return out;
}

/** url.QueryEscape: unreserved characters stay, space becomes '+', the rest %XX. */
export function urlQueryEscape(s: string): string {
	let out = '';
	for (const b of new TextEncoder().encode(s)) {
		const c = String.fromCharCode(b);
		if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
		else if (c === ' ') out += '+';
		else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
	}
	return out;
}
