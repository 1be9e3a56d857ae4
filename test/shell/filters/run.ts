import {filters} from '../../../src/shell/filters/index.js';
import type {CommandResult} from '../../../src/shell/types.js';

/** Runs one filter: `f('grep', ['-i', 'x'], 'input')`. */
export function f(name: string, args: string[], stdin = ''): CommandResult {
	return filters[name]([name, ...args], {stdin, env: {HOME: '/root'}});
}
