// The SyntaxError/IndentationError CPython (3.11+) reports for the mistakes people make most:
// an unterminated string, a bracket never closed, a missing colon, a missing indented block.

export interface PySyntaxError {
	readonly line: number;
	/** The offending line as written. */
	readonly text: string;
	/** 0-based column of the caret within the line (after its indentation is stripped). */
	readonly caret: number;
	readonly message: string;
	/** IndentationError rather than SyntaxError. */
	readonly indentation?: boolean;
}

const COMPOUND = /^(def|class|if|elif|else|for|while|with|try|except|finally|async\s+def|async\s+for|async\s+with)\b/;
const KIND: Record<string, string> = {
	def: 'function definition',
	class: 'class definition',
	if: "'if' statement",
	elif: "'elif' statement",
	else: "'else' statement",
	for: "'for' statement",
	while: "'while' statement",
	with: "'with' statement",
	try: "'try' statement",
	except: "'except' statement",
	finally: "'finally' statement",
};
const CLOSE: Record<string, string> = {')': '(', ']': '[', '}': '{'};

/** Strips a line's comment and string contents, tracking open brackets across lines. */
interface Scan {
	readonly code: string;
	readonly unterminated?: number;
}

function scanLine(line: string, triple: {quote: string | undefined}): Scan {
	let code = '';
	let i = 0;
	while (i < line.length) {
		if (triple.quote) {
			const end = line.indexOf(triple.quote, i);
			if (end === -1) return {code};
			i = end + 3;
			triple.quote = undefined;
			code += '""';
			continue;
		}
		const ch = line[i];
		if (ch === '#') break;
		if (ch === '"' || ch === "'") {
			if (line.startsWith(ch.repeat(3), i)) {
				triple.quote = ch.repeat(3);
				i += 3;
				continue;
			}
			let j = i + 1;
			while (j < line.length && line[j] !== ch) j += line[j] === '\\' ? 2 : 1;
			if (j >= line.length) {
				// The caret goes under the string's prefix (f, r, b) when there is one.
				let start = i;
				while (start > 0 && /[rRbBfFuU]/.test(line[start - 1]) && !/\w/.test(line[start - 2] ?? ' ')) start--;
				return {code, unterminated: start};
			}
			code += '""';
			i = j + 1;
			continue;
		}
		code += ch;
		i++;
	}
	return {code};
}

/** The first syntax error in a Python source, or undefined when the reader sees none. */
export function pythonSyntaxError(source: string): PySyntaxError | undefined {
	const lines = source.split('\n');
	const stack: {ch: string; line: number; col: number}[] = [];
	const triple = {quote: undefined as string | undefined};
	let expectBlock: {line: number; kind: string} | undefined;
	const indents = [0];
	let pending: {line: number; head: string} | undefined;
	for (let n = 0; n < lines.length; n++) {
		const raw = lines[n];
		const indent = raw.length - raw.trimStart().length;
		const strip = raw.trimStart();
		const inTriple = triple.quote !== undefined;
		const scan = scanLine(raw, triple);
		if (scan.unterminated !== undefined) return {line: n + 1, text: raw, caret: scan.unterminated - indent, message: `unterminated string literal (detected at line ${n + 1})`};
		const continuing = stack.length > 0 || inTriple;
		if (!continuing && strip !== '' && !strip.startsWith('#')) {
			if (expectBlock) {
				if (indent <= indents[indents.length - 1]) return {line: n + 1, text: raw, caret: 0, message: `expected an indented block after ${expectBlock.kind} on line ${expectBlock.line}`, indentation: true};
				indents.push(indent);
				expectBlock = undefined;
			} else if (indent > indents[indents.length - 1]) {
				return {line: n + 1, text: raw, caret: 0, message: 'unexpected indent', indentation: true};
			} else {
				while (indent < indents[indents.length - 1]) indents.pop();
				if (indent !== indents[indents.length - 1]) return {line: n + 1, text: raw, caret: raw.trimEnd().length - indent, message: 'unindent does not match any outer indentation level', indentation: true};
			}
		}
		const startsStatement = !continuing;
		for (let c = 0; c < scan.code.length; c++) {
			const ch = scan.code[c];
			if ('([{'.includes(ch)) stack.push({ch, line: n + 1, col: c});
			else if (CLOSE[ch]) {
				const top = stack.pop();
				if (!top) return {line: n + 1, text: raw, caret: c - indent, message: `unmatched '${ch}'`};
				if (top.ch !== CLOSE[ch]) return {line: n + 1, text: raw, caret: c - indent, message: `closing parenthesis '${ch}' does not match opening parenthesis '${top.ch}'`};
			}
		}
		if (stack.length > 0 || triple.quote) {
			if (startsStatement) pending = {line: n + 1, head: strip};
			continue;
		}
		const head = startsStatement ? strip : pending?.head ?? strip;
		const headLine = startsStatement ? n + 1 : pending?.line ?? n + 1;
		pending = undefined;
		const m = COMPOUND.exec(head);
		const code = scan.code.trimEnd();
		if (m && !/^\w+\s*=/.test(head)) {
			if (!code.endsWith(':') && !/:\s*\S/.test(code.replace(/\[[^\]]*\]|\{[^}]*\}|\([^)]*\)|lambda[^:]*:/g, ''))) {
				return {line: n + 1, text: raw, caret: raw.trimEnd().length - indent, message: "expected ':'"};
			}
			if (code.endsWith(':')) expectBlock = {line: headLine, kind: KIND[m[1].replace(/^async\s+/, '')] ?? `'${m[1]}' statement`};
		}
	}
	const open = stack[0];
	if (open) {
		const raw = lines[open.line - 1];
		const indent = raw.length - raw.trimStart().length;
		return {line: open.line, text: raw, caret: open.col - indent, message: `'${open.ch}' was never closed`};
	}
	if (expectBlock) return {line: lines.length, text: '', caret: 0, message: `expected an indented block after ${expectBlock.kind} on line ${expectBlock.line}`, indentation: true};
	return undefined;
}

/** CPython's report: `  File "...", line N`, the line, the caret, the error. */
export function formatSyntaxError(e: PySyntaxError, file: string): string[] {
	const shown = e.text.trim();
	const kind = e.indentation ? 'IndentationError' : 'SyntaxError';
	const lines = [`  File "${file}", line ${e.line}`];
	if (shown !== '') lines.push(`    ${shown}`, `    ${' '.repeat(Math.max(0, e.caret))}^`);
	lines.push(`${kind}: ${e.message}`);
	return lines;
}
