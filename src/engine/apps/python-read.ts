// Reads a Python module as a person reads it: imports, `app = Flask(__name__)`, decorated functions and
// what they return, and the `if __name__ == "__main__":` block. Only the shapes tutorials use.

export interface PyParam {
	readonly name: string;
	readonly type?: string;
	readonly default?: string;
}

export interface PyFunction {
	readonly name: string;
	readonly line: number;
	readonly decorators: readonly string[];
	readonly params: readonly PyParam[];
	/** The expression of the function's single `return`, or undefined when its body does more than the reader follows. */
	readonly returns?: string;
	/** Simple assignments in the body before the return (`name = literal`). */
	readonly locals: readonly (readonly [string, string])[];
}

export interface PyModule {
	readonly functions: readonly PyFunction[];
	/** Top-level `name = expr` assignments, in order. */
	readonly assigns: readonly (readonly [string, string])[];
	/** Statements inside `if __name__ == "__main__":` (joined logical lines). */
	readonly main: readonly string[];
	/** Top-level statements that are calls (`app.run(...)` outside the main guard). */
	readonly calls: readonly string[];
}

/** Joins physical lines into logical ones (open brackets, backslashes), keeping each one's indentation and line number. */
export function logicalLines(source: string): {text: string; indent: number; line: number}[] {
	const out: {text: string; indent: number; line: number}[] = [];
	const lines = source.split('\n');
	let buf = '';
	let depth = 0;
	let start = 0;
	let indent = 0;
	for (let n = 0; n < lines.length; n++) {
		const raw = lines[n];
		if (buf === '') {
			if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
			indent = raw.length - raw.trimStart().length;
			start = n + 1;
		}
		const code = stripComment(raw);
		buf += (buf === '' ? code.trim() : ' ' + code.trim());
		depth += bracketDelta(code);
		if (depth > 0 || buf.endsWith('\\')) {
			if (buf.endsWith('\\')) buf = buf.slice(0, -1).trimEnd();
			continue;
		}
		out.push({text: buf, indent, line: start});
		buf = '';
		depth = 0;
	}
	if (buf !== '') out.push({text: buf, indent, line: start});
	return out;
}

function stripComment(line: string): string {
	let q: string | undefined;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (q) {
			if (ch === '\\') i++;
			else if (ch === q) q = undefined;
		} else if (ch === '"' || ch === "'") q = ch;
		else if (ch === '#') return line.slice(0, i);
	}
	return line;
}

function bracketDelta(code: string): number {
	let d = 0;
	let q: string | undefined;
	for (let i = 0; i < code.length; i++) {
		const ch = code[i];
		if (q) {
			if (ch === '\\') i++;
			else if (ch === q) q = undefined;
		} else if (ch === '"' || ch === "'") q = ch;
		else if ('([{'.includes(ch)) d++;
		else if (')]}'.includes(ch)) d--;
	}
	return d;
}

/** Splits on a separator at bracket depth 0, outside strings. */
export function splitTop(text: string, sep: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let q: string | undefined;
	let cur = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (q) {
			cur += ch;
			if (ch === '\\' && i + 1 < text.length) cur += text[++i];
			else if (ch === q) q = undefined;
			continue;
		}
		if (ch === '"' || ch === "'" || ch === '`') q = ch;
		else if ('([{'.includes(ch)) depth++;
		else if (')]}'.includes(ch)) depth--;
		if (depth === 0 && text.startsWith(sep, i)) {
			parts.push(cur);
			cur = '';
			i += sep.length - 1;
			continue;
		}
		cur += ch;
	}
	if (cur.trim() !== '' || parts.length > 0) parts.push(cur);
	return parts.map((p) => p.trim());
}

function params(text: string): PyParam[] {
	return splitTop(text, ',').filter((p) => p !== '' && p !== '*' && p !== '/').map((p) => {
		const [left, def] = splitTop(p, '=');
		const [name, type] = left.split(':').map((s) => s.trim());
		return {name: name.replace(/^\*+/, ''), type: type || undefined, default: def};
	});
}

export function readPython(source: string): PyModule {
	const lines = logicalLines(source);
	const functions: PyFunction[] = [];
	const assigns: [string, string][] = [];
	const main: string[] = [];
	const calls: string[] = [];
	let decorators: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const {text, indent, line} = lines[i];
		if (indent !== 0) continue;
		if (text.startsWith('@')) {
			decorators.push(text.slice(1));
			continue;
		}
		const def = /^(?:async\s+)?def\s+(\w+)\s*\((.*)\)\s*(?:->\s*[^:]+)?:\s*(.*)$/.exec(text);
		if (def) {
			const body: {text: string; indent: number}[] = [];
			if (def[3]) body.push({text: def[3], indent: 1});
			while (i + 1 < lines.length && lines[i + 1].indent > 0) body.push(lines[++i]);
			functions.push({name: def[1], line, decorators, params: params(def[2]), ...followBody(body)});
			decorators = [];
			continue;
		}
		decorators = [];
		if (/^if\s+__name__\s*==\s*['"]__main__['"]\s*:/.test(text)) {
			const inline = text.slice(text.indexOf(':') + 1).trim();
			if (inline) main.push(inline);
			while (i + 1 < lines.length && lines[i + 1].indent > 0) main.push(lines[++i].text);
			continue;
		}
		const assign = /^([A-Za-z_]\w*)\s*(?::\s*[^=]+)?=(?!=)\s*(.+)$/.exec(text);
		if (assign) assigns.push([assign[1], assign[2]]);
		else if (/^[\w.]+\s*\(/.test(text)) calls.push(text);
		// Other blocks (class, for, with) are skipped with their bodies.
		while (i + 1 < lines.length && lines[i + 1].indent > 0) i++;
	}
	return {functions, assigns, main, calls};
}

/** A body the reader follows: docstring, `name = expr` lines, then one `return expr`. */
function followBody(body: readonly {text: string; indent: number}[]): {returns?: string; locals: [string, string][]} {
	const locals: [string, string][] = [];
	const indent = body[0]?.indent;
	for (const [k, l] of body.entries()) {
		if (l.indent !== indent) return {locals};
		if (k === 0 && /^("""|'''|"|')/.test(l.text) && !l.text.startsWith('return')) continue;
		const ret = /^return\b\s*(.*)$/.exec(l.text);
		if (ret) return {returns: ret[1] === '' ? 'None' : ret[1], locals};
		const assign = /^([A-Za-z_]\w*)\s*(?::\s*[^=]+)?=(?!=)\s*(.+)$/.exec(l.text);
		if (assign) {
			locals.push([assign[1], assign[2]]);
			continue;
		}
		if (l.text === 'pass') continue;
		return {locals};
	}
	return {returns: 'None', locals};
}

/** Keyword and positional arguments of a call `f(a, b=1)`. */
export function callArgs(call: string): {positional: string[]; keywords: Record<string, string>} | undefined {
	const open = call.indexOf('(');
	if (open === -1 || !call.trimEnd().endsWith(')')) return undefined;
	const inner = call.slice(open + 1, call.trimEnd().length - 1);
	const positional: string[] = [];
	const keywords: Record<string, string> = {};
	for (const part of splitTop(inner, ',')) {
		if (part === '') continue;
		const kw = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]+)$/.exec(part);
		if (kw) keywords[kw[1]] = kw[2];
		else positional.push(part);
	}
	return {positional, keywords};
}
