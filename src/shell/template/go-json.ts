/**
 * encoding/json as docker's `json` template function uses it: an Encoder with
 * SetEscapeHTML(false), output trimmed of its newline. Go maps marshal with sorted keys and
 * structs in field order; the caller says which objects are maps.
 */
import {formatFloatJSON} from './go-json-float.js';
import {GoFloat} from './values.js';

function quoteJSON(s: string): string {
	let out = '"';
	for (const ch of s) {
		const cp = ch.codePointAt(0) ?? 0;
		if (ch === '"') out += '\\"';
		else if (ch === '\\') out += '\\\\';
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\t') out += '\\t';
		// Go 1.22+ writes \b and \f in short form.
		else if (ch === '\b') out += '\\b';
		else if (ch === '\f') out += '\\f';
		else if (cp < 0x20) out += '\\u00' + cp.toString(16).padStart(2, '0');
		// U+2028/2029 are escaped even without HTML escaping, for JSONP safety.
		else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + cp.toString(16);
		// A lone surrogate is what invalid UTF-8 becomes in JS; Go writes U+FFFD for it.
		else if (cp >= 0xd800 && cp <= 0xdfff) out += '\ufffd';
		else out += ch;
	}
	return out + '"';
}

export function goJSON(v: unknown, isMap: (obj: object) => boolean): string {
	if (v === undefined || v === null) return 'null';
	if (typeof v === 'string') return quoteJSON(v);
	if (typeof v === 'boolean') return String(v);
	if (typeof v === 'number') return formatFloatJSON(v);
	if (typeof v === 'bigint') return v.toString();
	if (v instanceof GoFloat) return formatFloatJSON(v.value);
	if (Array.isArray(v)) return '[' + v.map((e) => goJSON(e, isMap)).join(',') + ']';
	if (typeof v === 'object') {
		const withToJSON = v as {toJSON?: () => unknown};
		if (typeof withToJSON.toJSON === 'function') return goJSON(withToJSON.toJSON(), isMap);
		let entries = Object.entries(v).filter(([, e]) => e !== undefined);
		if (isMap(v)) entries = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return '{' + entries.map(([k, e]) => quoteJSON(k) + ':' + goJSON(e, isMap)).join(',') + '}';
	}
	return 'null';
}
