// "Is this line complete?": what makes bash print its `> ` prompt and read another line instead
// of running what was typed: an open quote, a here-document before its terminator, a trailing
// backslash, a `|`/`&&`/`||` at the end, or an `if`/`for`/`while`/`{`/`(` not yet closed.
import {parse} from './parser.js';

export function needsMoreInput(src: string): boolean {
	const r = parse(src);
	if (!r.ok) return r.atEnd;
	return r.unterminatedHeredoc !== undefined || r.danglingBackslash === true;
}
