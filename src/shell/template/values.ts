/**
 * How JS data stands in for the Go values a template sees. Docker's raw inspect fallback
 * decodes JSON into map[string]interface{}, so objects are Go maps, arrays are
 * []interface{}, null is a nil interface{}; `undefined` plays reflect.Value{} (the "invalid"
 * value that prints as `<no value>`). Whole JS numbers are Go ints, others float64; a float
 * constant written in a template (`1.0`) is wrapped in GoFloat so `eq 1.0 1` fails as in Go.
 */

export class GoFloat {
	constructor(readonly value: number) {}
}

/**
 * A nil slice, map or pointer held in a typed docker struct: JSON null, but printed as Go
 * prints that nil (`[]`, `map[]`, `<nil>`) instead of `<no value>`; len is 0 and range
 * does nothing.
 */
export class TypedNil {
	/** Which Go nil this is: a slice (`[]`), a map (`map[]`) or a pointer (`<nil>`). */
	readonly nilKind: 'slice' | 'map' | 'pointer';
	constructor(readonly text: string) {
		this.nilKind = text === '[]' ? 'slice' : text === 'map[]' ? 'map' : 'pointer';
	}
	toJSON(): null {
		return null;
	}
}

export type GoKind = 'invalid' | 'nil' | 'string' | 'bool' | 'int' | 'float' | 'slice' | 'map' | 'func';

export function goKind(v: unknown): GoKind {
	if (v === undefined) return 'invalid';
	if (v === null) return 'nil';
	if (typeof v === 'string') return 'string';
	if (typeof v === 'boolean') return 'bool';
	if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
	if (typeof v === 'bigint') return 'int';
	if (v instanceof GoFloat) return 'float';
	if (v instanceof TypedNil) return v.nilKind === 'pointer' ? 'nil' : v.nilKind;
	if (Array.isArray(v)) return 'slice';
	if (typeof v === 'function') return 'func';
	return 'map';
}

/** The numeric value of an int or float kind. */
export const numberOf = (v: unknown): number => (v instanceof GoFloat ? v.value : Number(v));

/** Go's name for the dynamic type, as fmt and template errors print it. */
export function goTypeName(v: unknown): string {
	switch (goKind(v)) {
		case 'invalid':
		case 'nil':
			return '<nil>';
		case 'string':
			return 'string';
		case 'bool':
			return 'bool';
		case 'int':
			return 'int';
		case 'float':
			return 'float64';
		case 'slice':
			return v instanceof TypedNil ? '[]string' : '[]interface {}';
		case 'map':
			return v instanceof TypedNil ? 'map[string]string' : 'map[string]interface {}';
		case 'func':
			return 'func()';
	}
}

/** Entries of a Go map in fmtsort order (string keys sort byte-wise). */
export function sortedEntries(obj: object): [string, unknown][] {
	return Object.entries(obj).sort(([a], [b]) => compareGoStrings(a, b));
}

/** Go compares strings by UTF-8 bytes; code-point order gives the same answer. */
export function compareGoStrings(a: string, b: string): number {
	const ca = Array.from(a);
	const cb = Array.from(b);
	const n = Math.min(ca.length, cb.length);
	for (let i = 0; i < n; i++) {
		const x = ca[i].codePointAt(0) ?? 0;
		const y = cb[i].codePointAt(0) ?? 0;
		if (x !== y) return x - y;
	}
	return ca.length - cb.length;
}

/** Length in bytes of the UTF-8 encoding, which is what Go's len() reports for strings. */
const encoder = new TextEncoder();
export const utf8Length = (s: string): number => (/^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length);

/** template.IsTrue: the zero value of any type is false. */
export function isTrue(v: unknown): boolean {
	switch (goKind(v)) {
		case 'invalid':
		case 'nil':
			return false;
		case 'string':
			return (v as string).length > 0;
		case 'bool':
			return v as boolean;
		case 'int':
		case 'float':
			return numberOf(v) !== 0;
		case 'slice':
			return Array.isArray(v) && v.length > 0;
		case 'map':
			return !(v instanceof TypedNil) && Object.keys(v as object).length > 0;
		case 'func':
			return true;
	}
}
