/**
 * The function table: Go's text/template builtins plus docker CLI's extras from
 * templates/templates.go (json, split, join, title, lower, upper, pad, truncate).
 * Parameter types decide how arguments are checked, as reflect does for Go funcs.
 */
import {sprint, sprintf, sprintln} from './go-fmt.js';
import {goJSON} from './go-json.js';
import {htmlEscape, jsEscape, urlQueryEscape} from './text-escapers.js';
import {compareGoStrings, goKind, goTypeName, isTrue, numberOf, TypedNil, utf8Length} from './values.js';
import {formatV} from './go-fmt.js';

/** Thrown by a function body; becomes `error calling <name>: <message>`. */
export class FuncError extends Error {}

/**
 * 'any' = interface{} (missing values arrive as nil), 'value' = reflect.Value (arrives as-is),
 * 'string' / 'int' / 'strings' ([]string) are checked like Go's validateType.
 */
export type ParamType = 'any' | 'value' | 'string' | 'int' | 'strings';

export interface FuncSpec {
	params: ParamType[];
	/** Element type of a trailing variadic parameter. */
	variadic?: ParamType;
	call: (args: unknown[], ctx: FuncContext) => unknown;
}

export interface FuncContext {
	/** Whether an object marshals as a Go map (sorted keys) rather than a struct. */
	jsonSortsKeys: (obj: object) => boolean;
	/** Whether an object is a Go map for lookups; `index` cannot index a struct. */
	isMap: (obj: object) => boolean;
	/** The zero value `index` returns for a missing key of this map. */
	zeroElement: (obj: object) => unknown;
	/** How a null stored under `key` reads in the current value model (see ValueModel.nilText). */
	nilValue: (key: string) => unknown;
}

/** A nil interface{} and reflect.Value{} both read as "no value" once unwrapped. */
const unwrap = (v: unknown): unknown => (v === null ? undefined : v);

type Basic = 'bool' | 'int' | 'float' | 'string' | 'invalid';
function basicKind(v: unknown): Basic | 'other' {
	const k = goKind(v);
	if (k === 'bool' || k === 'int' || k === 'float' || k === 'string') return k;
	if (k === 'invalid' || k === 'nil') return 'invalid';
	return 'other';
}

function eq(args: unknown[]): boolean {
	const a = unwrap(args[0]);
	if (args.length < 2) throw new FuncError('missing argument for comparison');
	const k1 = basicKind(a);
	for (const raw of args.slice(1)) {
		const b = unwrap(raw);
		const k2 = basicKind(b);
		let truth = false;
		if (k1 !== k2) {
			if (a !== undefined && b !== undefined) throw new FuncError('incompatible types for comparison');
		} else if (k1 === 'other' || k1 === 'invalid') {
			if (a !== undefined && b !== undefined) throw new FuncError(`non-comparable type ${formatV(b)}: ${goTypeName(b)}`);
			truth = a === undefined && b === undefined;
		} else if (k1 === 'int' || k1 === 'float') truth = numberOf(a) === numberOf(b);
		else truth = a === b;
		if (truth) return true;
	}
	return false;
}

function lt(args: unknown[]): boolean {
	const a = unwrap(args[0]);
	const b = unwrap(args[1]);
	const k1 = basicKind(a);
	const k2 = basicKind(b);
	if (k1 === 'other' || k1 === 'invalid' || k2 === 'other' || k2 === 'invalid') throw new FuncError('invalid type for comparison');
	if (k1 !== k2) throw new FuncError('incompatible types for comparison');
	if (k1 === 'bool') throw new FuncError('invalid type for comparison');
	if (k1 === 'string') return compareGoStrings(a as string, b as string) < 0;
	return numberOf(a) < numberOf(b);
}

function indexArg(i: unknown, len: number): number {
	const v = unwrap(i);
	if (v === undefined) throw new FuncError('cannot index slice/array with nil');
	if (goKind(v) !== 'int') throw new FuncError(`cannot index slice/array with type ${goTypeName(v)}`);
	const x = numberOf(v);
	if (x < 0 || x > len) throw new FuncError(`index out of range: ${x}`);
	return x;
}

function index(args: unknown[], ctx: FuncContext): unknown {
	let item = unwrap(args[0]);
	if (item === undefined) throw new FuncError('index of untyped nil');
	for (const raw of args.slice(1)) {
		if (item === null) throw new FuncError('index of nil pointer');
		if (item instanceof TypedNil) {
			if (item.nilKind === 'pointer') throw new FuncError('index of nil pointer');
			item = item.nilKind === 'slice' ? [] : {};
		}
		const k = goKind(item);
		if (k === 'slice' || k === 'string') {
			const bytes = k === 'string' ? new TextEncoder().encode(item as string) : null;
			const len = bytes ? bytes.length : (item as unknown[]).length;
			const x = indexArg(raw, len);
			if (x === len) throw new FuncError(`index out of range: ${x}`);
			item = bytes ? bytes[x] : (item as unknown[])[x];
		} else if (k === 'map') {
			if (!ctx.isMap(item as object)) throw new FuncError(`can't index item of type struct`);
			const key = unwrap(raw);
			if (key === undefined) throw new FuncError('value is nil; should be of type string');
			if (typeof key !== 'string') throw new FuncError(`value has type ${goTypeName(key)}; should be string`);
			const obj = item as Record<string, unknown>;
			// A missing key yields the element type's zero value: nil for interface{}.
			item = Object.hasOwn(obj, key) ? (obj[key] === null ? ctx.nilValue(key) : obj[key]) : ctx.zeroElement(obj);
		} else throw new FuncError(`can't index item of type ${goTypeName(item)}`);
	}
	return item;
}

function slice(args: unknown[]): unknown {
	const given = unwrap(args[0]);
	if (given === undefined) throw new FuncError('slice of untyped nil');
	const item = given instanceof TypedNil ? (given.text === '[]' ? [] : given) : given;
	const k = goKind(item);
	if (k !== 'slice' && k !== 'string') throw new FuncError(`can't slice item of type ${goTypeName(item)}`);
	const idx = args.slice(1);
	if (idx.length > 3) throw new FuncError(`too many slice indexes: ${idx.length}`);
	if (k === 'string' && idx.length > 2) throw new FuncError('cannot 3-index slice a string');
	const bytes = k === 'string' ? new TextEncoder().encode(item as string) : null;
	const len = bytes ? bytes.length : (item as unknown[]).length;
	const ix = [0, len];
	idx.forEach((v, i) => {
		ix[i] = indexArg(v, len);
	});
	if (ix[0] > ix[1]) throw new FuncError(`invalid slice index: ${ix[0]} > ${ix[1]}`);
	if (bytes) return new TextDecoder().decode(bytes.slice(ix[0], ix[1]));
	return (item as unknown[]).slice(ix[0], ix[1]);
}

function length(args: unknown[]): number {
	const v = unwrap(args[0]);
	if (v === undefined) throw new FuncError('len of nil pointer');
	if (v instanceof TypedNil) {
		if (v.nilKind === 'pointer') throw new FuncError('len of nil pointer');
		return 0;
	}
	const k = goKind(v);
	if (k === 'string') return utf8Length(v as string);
	if (k === 'slice') return (v as unknown[]).length;
	if (k === 'map') return Object.keys(v as object).length;
	throw new FuncError(`len of type ${goTypeName(v)}`);
}

/** text/template's evalArgs: one string is used as-is, otherwise fmt.Sprint with <no value>. */
function evalArgs(args: unknown[]): string {
	if (args.length === 1 && typeof args[0] === 'string') return args[0];
	return sprint(args.map((a) => (a === undefined || a === null ? '<no value>' : a)));
}

/** strings.Title: upper-case the first letter of each word (separators per Go's isSeparator). */
function title(s: string): string {
	let prev = ' ';
	let out = '';
	for (const ch of s) {
		const sep = /^[\x00-\x7f]$/.test(prev) ? !/[0-9A-Za-z_]/.test(prev) : !/[\p{L}\p{Nd}]/u.test(prev) && /\s/u.test(prev);
		out += sep ? ch.toUpperCase() : ch;
		prev = ch;
	}
	return out;
}

/** strings.Split: an empty separator splits after each UTF-8 sequence. */
function split(s: string, sep: string): string[] {
	if (sep === '') return Array.from(s);
	return s.split(sep);
}

/** Byte-wise truncation, as docker's truncateWithLength slices the Go string. */
function truncate(s: string, n: number): string {
	const bytes = new TextEncoder().encode(s);
	if (bytes.length < n) return s;
	return new TextDecoder().decode(bytes.slice(0, Math.max(n, 0)));
}

export const FUNCTIONS: Record<string, FuncSpec> = {
	and: {params: ['value'], variadic: 'value', call: () => undefined /* short-circuited by the executor */},
	or: {params: ['value'], variadic: 'value', call: () => undefined},
	not: {params: ['value'], call: ([a]) => !isTrue(unwrap(a))},
	len: {params: ['value'], call: length},
	index: {params: ['value'], variadic: 'value', call: index},
	slice: {params: ['value'], variadic: 'value', call: slice},
	print: {params: [], variadic: 'any', call: (a) => sprint(a)},
	printf: {params: ['string'], variadic: 'any', call: ([f, ...rest]) => sprintf(f as string, rest)},
	println: {params: [], variadic: 'any', call: (a) => sprintln(a)},
	html: {params: [], variadic: 'any', call: (a) => htmlEscape(evalArgs(a))},
	js: {params: [], variadic: 'any', call: (a) => jsEscape(evalArgs(a))},
	urlquery: {params: [], variadic: 'any', call: (a) => urlQueryEscape(evalArgs(a))},
	eq: {params: ['value'], variadic: 'value', call: eq},
	ne: {params: ['value', 'value'], call: (a) => !eq(a)},
	lt: {params: ['value', 'value'], call: lt},
	le: {params: ['value', 'value'], call: (a) => lt(a) || eq(a)},
	gt: {params: ['value', 'value'], call: (a) => !(lt(a) || eq(a))},
	ge: {params: ['value', 'value'], call: (a) => !lt(a)},
	call: {
		params: ['value'],
		variadic: 'value',
		call: ([fn]) => {
			throw new FuncError(`non-function ${formatV(unwrap(fn) ?? null)} of type ${goTypeName(unwrap(fn))}`);
		},
	},
	// docker CLI extras (templates/templates.go)
	json: {params: ['any'], call: ([v], ctx) => goJSON(v, ctx.jsonSortsKeys)},
	split: {params: ['string', 'string'], call: ([s, sep]) => split(s as string, sep as string)},
	join: {params: ['strings', 'string'], call: ([a, sep]) => (a as string[]).join(sep as string)},
	title: {params: ['string'], call: ([s]) => title(s as string)},
	lower: {params: ['string'], call: ([s]) => (s as string).toLowerCase()},
	upper: {params: ['string'], call: ([s]) => (s as string).toUpperCase()},
	pad: {
		params: ['string', 'int', 'int'],
		call: ([s, pre, suf]) => (s === '' ? '' : ' '.repeat(Math.max(0, pre as number)) + s + ' '.repeat(Math.max(0, suf as number))),
	},
	truncate: {params: ['string', 'int'], call: ([s, n]) => truncate(s as string, n as number)},
};

/**
 * docker's HeaderFunctions: when a `table` format renders its header row, these replace the
 * real ones so that e.g. `{{upper .Names}}` shows the column title unchanged.
 */
export const HEADER_FUNCTIONS: Record<string, FuncSpec> = {
	json: {params: ['string'], call: ([v]) => v},
	split: {params: ['string', 'string'], call: ([v]) => v},
	join: {params: ['string', 'string'], call: ([v]) => v},
	title: {params: ['string'], call: ([v]) => v},
	lower: {params: ['string'], call: ([v]) => v},
	upper: {params: ['string'], call: ([v]) => v},
	truncate: {params: ['string', 'int'], call: ([v]) => v},
};

export const hasFunction = (name: string): boolean => Object.hasOwn(FUNCTIONS, name);
