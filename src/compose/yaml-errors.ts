// Compose parses with go-yaml v3 and prints its errors (`yaml: line N: <problem>`); the simulation
// parses with the `yaml` package and translates its error into go-yaml's wording and line.
// Recorded (21-compose-errors): a mapping key indented one column too little →
// `yaml: line 1: did not find expected key` (go-yaml prints the 0-based line of the enclosing
// mapping's start for parser errors); a tab as indentation → `yaml: line 2: found character
// that cannot start any token` (scanner errors: the 1-based line of the problem).
import type {YAMLError} from 'yaml';

interface Line {
	readonly indent: number;
	readonly text: string;
}

function contentLines(source: string): (Line | null)[] {
	return source.split('\n').map((raw) => {
		const text = raw.replace(/\r$/, '');
		if (text.trim() === '' || text.trimStart().startsWith('#')) return null;
		return {indent: text.length - text.trimStart().length, text};
	});
}

/** go-yaml's parser-error line for a bad indentation at 1-based `line`. */
function parserErrorLine(lines: (Line | null)[], line: number): number {
	const bad = lines[line - 1];
	if (!bad) return line - 1;
	// The enclosing mapping: the nearest earlier line less indented than the bad one, and the
	// first line of the run of lines at that indentation.
	let i = line - 2;
	while (i >= 0 && (lines[i] === null || lines[i]!.indent >= bad.indent)) i--;
	if (i < 0) return line - 1;
	const indent = lines[i]!.indent;
	let start = i;
	for (let j = i - 1; j >= 0; j--) {
		const l = lines[j];
		if (l === null) continue;
		if (l.indent < indent) break;
		if (l.indent === indent) start = j;
	}
	// 0-based line of the mapping's start; go-yaml falls back to the problem's line when it is 0.
	return start > 0 ? start : line - 1;
}

/** The message Compose would print for the first YAML error (without a trailing newline). */
export function goYamlMessage(source: string, error: YAMLError): string {
	const offset = error.pos?.[0] ?? 0;
	const line = error.linePos?.[0].line ?? source.slice(0, offset).split('\n').length;
	const lines = contentLines(source);
	const where = (n: number): string => (n > 0 ? `line ${n}: ` : '');
	switch (error.code) {
		case 'TAB_AS_INDENT':
			return `yaml: ${where(line)}found character that cannot start any token`;
		case 'BLOCK_AS_IMPLICIT_KEY':
			return `yaml: ${where(line)}mapping values are not allowed in this context`;
		case 'DUPLICATE_KEY': {
			const key = /^\s*(?:-\s+)?([^:]+):/.exec(lines[line - 1]?.text ?? '')?.[1]?.trim() ?? '';
			const bad = lines[line - 1];
			let first = 0;
			for (let j = line - 2; j >= 0; j--) {
				const l = lines[j];
				if (l === null || !bad) continue;
				if (l.indent < bad.indent) break;
				if (l.indent === bad.indent && l.text.trim().startsWith(`${key}:`)) first = j + 1;
			}
			return `yaml: unmarshal errors:\n  line ${line}: mapping key "${key}" already defined at line ${first}`;
		}
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
			if (/flow/i.test(error.message)) return `yaml: ${where(line)}did not find expected ',' or ']'`;
			return `yaml: ${where(parserErrorLine(lines, line))}did not find expected key`;
		default:
			return `yaml: ${where(parserErrorLine(lines, line))}did not find expected key`;
	}
}
