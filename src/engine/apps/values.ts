// Evaluates the literal expressions handlers return (Python or JavaScript): strings, f-strings and
// template literals, numbers, booleans, None/null, lists, dicts/objects, tuples, `+`, and names bound
// to path parameters. Anything else is "not followed" (undefined), never guessed.
import {splitTop} from './python-read.js';
import type {Value} from './types.js';

export type Scope = Readonly<Record<string, Value>>;
export type Lang = 'py' | 'js';

function unescape(body: string): string {
	return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, e: string) => {
		if (e[0] === 'u' || e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
		return ({n: '\n', t: '\t', r: '\r', '0': '\0'} as Record<string, string>)[e] ?? e;
	});
}

/** str() of a value, as Python prints it. */
export function pyStr(v: Value): string {
	if (typeof v === 'string') return v;
	if (v === null) return 'None';
	if (v === true) return 'True';
	if (v === false) return 'False';
	if (typeof v === 'number') return String(v);
	return pyRepr(v);
}

function pyRepr(v: Value): string {
	if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/'/g, "\\'")}'`;
	if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
	if (v !== null && typeof v === 'object') {
		if ('tuple' in v && Array.isArray(v.tuple)) return `(${(v.tuple as Value[]).map(pyRepr).join(', ')})`;
		return `{${Object.entries(v).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x as Value)}`).join(', ')}}`;
	}
	return pyStr(v);
}

function jsStr(v: Value): string {
	if (typeof v === 'string') return v;
	if (v === null) return 'null';
	if (Array.isArray(v)) return v.map(jsStr).join(',');
	if (typeof v === 'object') return '[object Object]';
	return String(v);
}

function interpolate(body: string, scope: Scope, lang: Lang): string | undefined {
	let failed = false;
	const re = lang === 'py' ? /\{([^{}]*)\}/g : /\$\{([^{}]*)\}/g;
	const text = body.replace(re, (_m, expr: string) => {
		const v = evaluate(expr, scope, lang);
		if (v === undefined) failed = true;
		return v === undefined ? '' : lang === 'py' ? pyStr(v) : jsStr(v);
	});
	if (failed) return undefined;
	return lang === 'py' ? text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : text;
}

function stringLiteral(text: string, scope: Scope, lang: Lang): string | undefined {
	const m = /^([rRbBfFuU]{0,2})("""|'''|"|'|`)([\s\S]*)\2$/.exec(text);
	if (!m) return undefined;
	const prefix = m[1].toLowerCase();
	if (m[2] === '`' && lang !== 'js') return undefined;
	// The body must not close early: "a" + "b" is a concatenation, not one literal.
	const body = m[3];
	if (m[2].length === 1 && new RegExp(`(^|[^\\\\])${m[2] === '`' ? '`' : m[2]}`).test(body)) return undefined;
	const raw = prefix.includes('r') ? body : unescape(body);
	if (prefix.includes('f')) return interpolate(raw, scope, 'py');
	if (m[2] === '`') return interpolate(raw, scope, 'js');
	return raw;
}

/** The value of an expression, or undefined when the reader does not follow it. */
export function evaluate(source: string, scope: Scope, lang: Lang): Value | undefined {
	const text = source.trim();
	if (text === '') return undefined;
	const plus = splitTop(text, '+');
	if (plus.length > 1) {
		const parts = plus.map((p) => evaluate(p, scope, lang));
		if (parts.some((p) => p === undefined)) return undefined;
		if (parts.every((p) => typeof p === 'number')) return (parts as number[]).reduce((a, b) => a + b, 0);
		if (lang === 'py' && !parts.every((p) => typeof p === 'string')) return undefined;
		return parts.map((p) => (typeof p === 'string' ? p : jsStr(p as Value))).join('');
	}
	if (lang === 'py') {
		const tuple = splitTop(text, ',');
		if (tuple.length > 1) {
			const items = tuple.filter((t) => t !== '').map((t) => evaluate(t, scope, lang));
			return items.some((t) => t === undefined) ? undefined : {tuple: items as Value[]};
		}
	}
	const str = stringLiteral(text, scope, lang);
	if (str !== undefined) return str;
	if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	const consts: Record<string, Value> = lang === 'py' ? {True: true, False: false, None: null} : {true: true, false: false, null: null};
	if (text in consts) return consts[text];
	if (/^[A-Za-z_$][\w$]*$/.test(text)) return Object.prototype.hasOwnProperty.call(scope, text) ? scope[text] : undefined;
	const jsParam = /^req\.params\.(\w+)$/.exec(text);
	if (lang === 'js' && jsParam) return Object.prototype.hasOwnProperty.call(scope, `:${jsParam[1]}`) ? scope[`:${jsParam[1]}`] : undefined;
	const call = /^(str|int|String|Number|JSON\.stringify)\((.*)\)$/.exec(text);
	if (call) {
		const v = evaluate(call[2], scope, lang);
		if (v === undefined) return undefined;
		if (call[1] === 'str') return pyStr(v);
		if (call[1] === 'String') return jsStr(v);
		if (call[1] === 'JSON.stringify') return JSON.stringify(v);
		const n = Number(v);
		return Number.isFinite(n) ? n : undefined;
	}
	if (text.startsWith('(') && text.endsWith(')')) {
		const inner = text.slice(1, -1);
		if (lang === 'py' && inner.trim() === '') return {tuple: []};
		return evaluate(inner, scope, lang);
	}
	if (text.startsWith('[') && text.endsWith(']')) {
		const items = splitTop(text.slice(1, -1), ',').filter((t) => t !== '').map((t) => evaluate(t, scope, lang));
		return items.some((t) => t === undefined) ? undefined : (items as Value[]);
	}
	if (text.startsWith('{') && text.endsWith('}')) {
		const obj: Record<string, Value> = {};
		for (const entry of splitTop(text.slice(1, -1), ',')) {
			if (entry === '') continue;
			const kv = splitTop(entry, ':');
			if (kv.length !== 2) {
				if (lang === 'js' && /^[A-Za-z_$][\w$]*$/.test(entry) && entry in scope) {
					obj[entry] = scope[entry];
					continue;
				}
				return undefined;
			}
			const key = lang === 'js' && /^[A-Za-z_$][\w$]*$/.test(kv[0]) ? kv[0] : evaluate(kv[0], scope, lang);
			const value = evaluate(kv[1], scope, lang);
			if (key === undefined || value === undefined || (typeof key !== 'string' && typeof key !== 'number')) return undefined;
			obj[String(key)] = value;
		}
		return obj;
	}
	const dict = /^dict\((.*)\)$/.exec(text);
	if (dict && lang === 'py') {
		const obj: Record<string, Value> = {};
		for (const entry of splitTop(dict[1], ',')) {
			if (entry === '') continue;
			const kw = /^(\w+)\s*=\s*([\s\S]+)$/.exec(entry);
			const v = kw ? evaluate(kw[2], scope, lang) : undefined;
			if (!kw || v === undefined) return undefined;
			obj[kw[1]] = v;
		}
		return obj;
	}
	return undefined;
}

export function isTuple(v: Value): v is {tuple: Value[]} {
	return v !== null && typeof v === 'object' && !Array.isArray(v) && 'tuple' in v && Array.isArray((v as {tuple: unknown}).tuple);
}

/** json.dumps with separators, ensure_ascii and sort_keys as given. */
export function pyJson(v: Value, opts: {sortKeys: boolean; ascii: boolean; sep: [string, string]}): string {
	const s = (x: Value): string => {
		if (x === null) return 'null';
		if (x === true) return 'true';
		if (x === false) return 'false';
		if (typeof x === 'number') return String(x);
		if (typeof x === 'string') {
			const j = JSON.stringify(x);
			return opts.ascii ? j.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : j;
		}
		if (Array.isArray(x)) return `[${x.map(s).join(opts.sep[0])}]`;
		if (isTuple(x)) return `[${x.tuple.map(s).join(opts.sep[0])}]`;
		const keys = Object.keys(x);
		if (opts.sortKeys) keys.sort();
		return `{${keys.map((k) => `${s(k)}${opts.sep[1]}${s((x as Record<string, Value>)[k])}`).join(opts.sep[0])}}`;
	};
	return s(v);
}
