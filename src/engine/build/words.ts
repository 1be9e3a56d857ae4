// Words of a Dockerfile instruction as BuildKit's shell lexer reads them (frontend/dockerfile/shell):
// quotes removed, the escape character, and `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR:+x}` substitution
// from the build's environment (ARG and ENV so far). RUN/CMD/ENTRYPOINT are not substituted here:
// their shell does that when it runs.

export type Vars = Readonly<Record<string, string>>;

/** Expands one `$...` reference at `s[i] === '$'`; returns the text and the index after it. */
function expandRef(s: string, i: number, vars: Vars): [string, number] {
	const next = s[i + 1];
	if (next === '{') {
		const close = s.indexOf('}', i + 2);
		if (close === -1) return ['$', i + 1];
		const body = s.slice(i + 2, close);
		const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(body);
		if (!m) return ['', close + 1];
		const [, name, op, word = ''] = m;
		const has = Object.hasOwn(vars, name);
		const val = has ? vars[name] : '';
		if (op === ':-') return [val !== '' ? val : expandVars(word, vars), close + 1];
		if (op === '-') return [has ? val : expandVars(word, vars), close + 1];
		if (op === ':+') return [val !== '' ? expandVars(word, vars) : '', close + 1];
		if (op === '+') return [has ? expandVars(word, vars) : '', close + 1];
		return [val, close + 1];
	}
	const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 1));
	if (!m) return ['$', i + 1];
	return [Object.hasOwn(vars, m[0]) ? vars[m[0]] : '', i + 1 + m[0].length];
}

/** Substitutes variables in a whole string, keeping quotes (for the names BuildKit shows). */
export function expandVars(s: string, vars: Vars): string {
	let out = '';
	let single = false;
	for (let i = 0; i < s.length; ) {
		const c = s[i];
		if (c === "'" ) single = !single;
		if (c === '$' && !single) {
			const [text, j] = expandRef(s, i, vars);
			out += text;
			i = j;
			continue;
		}
		out += c;
		i++;
	}
	return out;
}

/** Splits into words: whitespace separates, quotes group and are removed, variables are substituted. */
export function splitWords(s: string, vars: Vars, escape = '\\'): string[] {
	const words: string[] = [];
	let cur = '';
	let started = false;
	let quote: '"' | "'" | undefined;
	for (let i = 0; i < s.length; ) {
		const c = s[i];
		if (quote === "'") {
			if (c === "'") quote = undefined;
			else cur += c;
			i++;
			continue;
		}
		if (c === escape && i + 1 < s.length) {
			cur += s[i + 1];
			started = true;
			i += 2;
			continue;
		}
		if (quote === '"') {
			if (c === '"') quote = undefined;
			else if (c === '$') {
				const [text, j] = expandRef(s, i, vars);
				cur += text;
				i = j;
				continue;
			} else cur += c;
			i++;
			continue;
		}
		if (c === '"' || c === "'") {
			quote = c;
			started = true;
			i++;
			continue;
		}
		if (/\s/.test(c)) {
			if (started) words.push(cur);
			cur = '';
			started = false;
			i++;
			continue;
		}
		if (c === '$') {
			const [text, j] = expandRef(s, i, vars);
			cur += text;
			started = started || text !== '';
			i = j;
			continue;
		}
		cur += c;
		started = true;
		i++;
	}
	if (started) words.push(cur);
	return words;
}

/** The exec form (a JSON array of strings), or undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
	const t = args.trim();
	if (!t.startsWith('[')) return undefined;
	try {
		const v = JSON.parse(t) as unknown;
		if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
	} catch {
		// Not JSON: BuildKit takes it as the shell form.
	}
	return undefined;
}

/** `key=value ...` pairs (ENV, LABEL, ARG) or the legacy `ENV key value with spaces`. */
export function keyValues(args: string, vars: Vars, escape: string, legacy: boolean): [string, string][] | undefined {
	const words = splitWords(args, vars, escape);
	if (words.length === 0) return undefined;
	if (legacy && !words[0].includes('=')) {
		const m = /^\s*(\S+)\s+([\s\S]*)$/.exec(args);
		if (!m) return undefined;
		return [[m[1], splitWords(m[2], vars, escape).join(' ')]];
	}
	const out: [string, string][] = [];
	for (const w of words) {
		const eq = w.indexOf('=');
		if (eq <= 0) return undefined;
		out.push([w.slice(0, eq), w.slice(eq + 1)]);
	}
	return out;
}
