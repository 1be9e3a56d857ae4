// awk's built-in functions that only read their arguments (no variables, fields or state).
import {AwkRuntimeError} from './errors.js';
import type {Val} from './values.js';

/**
 * The value of a pure built-in, or undefined when `name` is not one. `s(i)` and `n(i)` read
 * argument i as a string or a number.
 */
export function pureBuiltin(name: string, argCount: number, s: (i: number) => string, n: (i: number) => number): Val | undefined {
	const argc = (min: number, max: number): void => {
		if (argCount < min || argCount > max) throw new AwkRuntimeError(`${name}: wrong number of arguments`);
	};
	switch (name) {
		case 'substr': {
			argc(2, 3);
			const str = s(0);
			const start = Math.round(n(1));
			const len = argCount === 3 ? Math.round(n(2)) : Infinity;
			const from = Math.max(start, 1);
			const to = Math.min(start + len, str.length + 1);
			return to <= from ? '' : str.slice(from - 1, to - 1);
		}
		case 'index':
			argc(2, 2);
			return s(0).indexOf(s(1)) + 1;
		case 'tolower':
			argc(1, 1);
			return s(0).toLowerCase();
		case 'toupper':
			argc(1, 1);
			return s(0).toUpperCase();
		case 'int':
			argc(1, 1);
			return Math.trunc(n(0));
		case 'sqrt':
			return Math.sqrt(n(0));
		case 'exp':
			return Math.exp(n(0));
		case 'log':
			return Math.log(n(0));
		case 'sin':
			return Math.sin(n(0));
		case 'cos':
			return Math.cos(n(0));
		case 'atan2':
			argc(2, 2);
			return Math.atan2(n(0), n(1));
		default:
			return undefined;
	}
}
