import {interpretEscapes} from '../filters/printf-format.js';
import {ok, type CommandResult} from '../types.js';

/** BusyBox echo: leading -n/-e/-E (combinable, e.g. -ne); anything else is printed as-is. */
export function echo(argv: string[]): CommandResult {
	let newline = true;
	let escapes = false;
	let i = 1;
	for (; i < argv.length && /^-[neE]+$/.test(argv[i]); i++) {
		for (const f of argv[i].slice(1)) {
			if (f === 'n') newline = false;
			else if (f === 'e') escapes = true;
			else escapes = false;
		}
	}
	let text = argv.slice(i).join(' ');
	if (escapes) {
		const r = interpretEscapes(text);
		if (r.stop) return ok(r.text);
		text = r.text;
	}
	return ok(newline ? text + '\n' : text);
}
