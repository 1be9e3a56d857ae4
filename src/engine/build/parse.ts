// Reads a Dockerfile the way BuildKit's dockerfile frontend does (moby/buildkit frontend/dockerfile/parser):
// parser directives at the very top, comment lines dropped (also inside a continuation), the escape
// character continuing a line, keywords case-insensitive, and BuildKit's own parse errors.

export interface Instruction {
	/** Upper-case keyword (FROM, RUN, ...). */
	readonly keyword: string;
	/** What follows the keyword, continuation lines joined as BuildKit joins them (raw, spacing kept). */
	readonly rest: string;
	/** `--name=value` flags before the arguments (COPY --from, --chown, HEALTHCHECK --interval...). */
	readonly flags: Readonly<Record<string, string>>;
	/** The arguments after the flags. */
	readonly args: string;
	/** BuildKit here-documents (`RUN <<EOF`, `COPY <<EOF /f`): their words and bodies, in order. */
	readonly heredocs?: readonly Heredoc[];
	/** 1-based lines of the Dockerfile the instruction spans. */
	readonly startLine: number;
	readonly endLine: number;
}

export interface Heredoc {
	readonly word: string;
	/** The lines up to the terminator, each ending in a newline (`<<-` strips leading tabs). */
	readonly body: string;
}

const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** Reads the bodies of the here-documents an instruction opens, from line `i` on; returns where it stopped. */
function readHeredocs(args: string, lines: readonly string[], i: number): {heredocs: Heredoc[]; next: number} {
	const heredocs: Heredoc[] = [];
	let at = i;
	for (const m of args.matchAll(HEREDOC)) {
		const chomp = m[1] === '-';
		const body: string[] = [];
		while (at < lines.length) {
			const l = chomp ? lines[at].replace(/^\t+/, '') : lines[at];
			at++;
			if (l === m[3]) break;
			body.push(`${l}\n`);
		}
		heredocs.push({word: m[3], body: body.join('')});
	}
	return {heredocs, next: at};
}

export interface ParsedDockerfile {
	readonly instructions: Instruction[];
	readonly escape: string;
	/** `# syntax=` directive, when given. */
	readonly syntax?: string;
	/** The file's lines, for the excerpt BuildKit prints around an error. */
	readonly lines: string[];
}

/** A build failure: `line` points the excerpt at the instruction; `parse` adds "dockerfile parse error on line N: ". */
export class DockerfileError extends Error {
	constructor(
		message: string,
		readonly startLine?: number,
		readonly endLine?: number,
		readonly parse = false,
	) {
		super(message);
	}
}

export const KEYWORDS = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

/** BuildKit suggests the nearest keyword for a typo (Levenshtein distance up to 2 here). */
function suggestion(word: string): string | undefined {
	const w = word.toUpperCase();
	let best: string | undefined;
	let bestD = Infinity;
	for (const k of KEYWORDS) {
		const d = distance(w, k);
		if (d < bestD) {
			bestD = d;
			best = k;
		}
	}
	return bestD <= Math.max(1, Math.floor(w.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
	const row = Array.from({length: b.length + 1}, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}

/** Instructions that take `--flag` options before their arguments. */
const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** Splits leading `--flag=value` words off the arguments (BuildKit's BFlags). */
function splitFlags(rest: string): {flags: Record<string, string>; args: string} {
	const flags: Record<string, string> = {};
	let s = rest.trimStart();
	for (;;) {
		const m = /^--([a-zA-Z][a-zA-Z0-9-]*)(?:=(\S*))?(?:\s+|$)/.exec(s);
		if (!m) break;
		flags[m[1]] = m[2] ?? 'true';
		s = s.slice(m[0].length);
	}
	return {flags, args: s.trim()};
}

export function parseDockerfile(text: string): ParsedDockerfile {
	const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
	if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	let escape = '\\';
	let syntax: string | undefined;
	let i = 0;
	// Parser directives: only before anything else; the first other line ends them.
	for (; i < lines.length; i++) {
		const m = DIRECTIVE.exec(lines[i]);
		if (!m) break;
		const name = m[1].toLowerCase();
		if (name === 'escape') {
			if (m[2] !== '\\' && m[2] !== '`') throw new DockerfileError(`invalid escape token '${m[2]}' does not match ` + '` or \\', i + 1, i + 1, true);
			escape = m[2];
		} else if (name === 'syntax') syntax = m[2];
	}
	const instructions: Instruction[] = [];
	const isComment = (l: string) => /^\s*#/.test(l);
	const continues = (l: string) => l.trimEnd().endsWith(escape) && !isComment(l);
	while (i < lines.length) {
		const first = lines[i];
		if (first.trim() === '' || isComment(first)) {
			i++;
			continue;
		}
		const start = i;
		let joined = '';
		let line = first;
		for (;;) {
			if (continues(line)) {
				const t = line.trimEnd();
				joined += t.slice(0, t.length - escape.length);
				i++;
				// Comment and empty lines inside a continuation are skipped, as BuildKit does.
				while (i < lines.length && (isComment(lines[i]) || lines[i].trim() === '')) i++;
				if (i >= lines.length) break;
				line = lines[i];
				continue;
			}
			joined += line;
			i++;
			break;
		}
		const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(joined);
		if (!m) continue;
		const keyword = m[1].toUpperCase();
		if (!KEYWORDS.includes(keyword)) {
			const near = suggestion(m[1]);
			throw new DockerfileError(`unknown instruction: ${keyword}${near ? ` (did you mean ${near}?)` : ''}`, start + 1, i, true);
		}
		const rest = m[2].trimEnd();
		const {flags, args} = FLAGGED.has(keyword) ? splitFlags(rest) : {flags: {}, args: rest.trim()};
		if ((keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') && HEREDOC.test(args)) {
			HEREDOC.lastIndex = 0;
			const read = readHeredocs(args, lines, i);
			i = read.next;
			instructions.push({keyword, rest, flags, args, heredocs: read.heredocs, startLine: start + 1, endLine: i});
			continue;
		}
		instructions.push({keyword, rest, flags, args, startLine: start + 1, endLine: i});
	}
	return {instructions, escape, lines, ...(syntax !== undefined ? {syntax} : {})};
}
