/**
 * docker's --format handling for list commands (cli/command/formatter/formatter.go, v28.2):
 *
 * - A format starting with "table" is a table: the word is cut off, then surrounding spaces.
 *   The header row is the same template rendered over the column titles with docker's
 *   HeaderFunctions (json, upper, ... return the title unchanged); its errors are ignored.
 *   Header, "\n", and each row + "\n" go through the tabwriter.
 * - Otherwise every row is rendered and followed by "\n", with no alignment.
 * - In both cases the two-character sequences `\t` and `\n` typed by the user become a real
 *   tab and newline before parsing, and "json" alone means `{{json .}}`.
 * - Any parse or row error aborts the whole output (nothing is printed) and is reported as
 *   `template parsing error: <go error>` (see dockerTemplateError).
 */
import {TemplateError} from '../template/errors.js';
import {HEADER_FUNCTIONS} from '../template/functions.js';
import {execute, parse} from '../template/render.js';
import {tabwriterFormat} from './tabwriter.js';

export interface FormattedOutput {
	isTable: boolean;
	text: string;
}

/** The template docker actually parses for a --format value. */
export function prepareFormat(format: string): {isTable: boolean; source: string} {
	const isTable = format.startsWith('table');
	let source = isTable ? format.slice('table'.length) : format === 'json' ? '{{json .}}' : format;
	// Trimmed by hand: / +$/ is quadratic on a long run of spaces.
	let a = 0;
	let b = source.length;
	while (a < b && source[a] === ' ') a++;
	while (b > a && source[b - 1] === ' ') b--;
	source = source.slice(a, b);
	source = source.replaceAll('\\t', '\t').replaceAll('\\n', '\n');
	return {isTable, source};
}

/**
 * Renders rows with a docker --format string. `headers` maps field names to column titles
 * (`ID` → `CONTAINER ID`); it is the data for the header row. Throws TemplateError.
 */
export function formatTemplateTable(
	format: string,
	rows: readonly object[],
	headers: Record<string, string>,
	/** Go type of the row context, named in errors: `*formatter.ContainerContext` for ps. */
	contextType = '*formatter.ContainerContext',
): string {
	const {isTable, source} = prepareFormat(format);
	const parsed = parse(source);
	// Docker's row contexts are structs: unknown fields are errors, not <no value>.
	const model = {isMap: () => false, jsonSortsKeys: () => true, structTypeName: () => contextType};
	let body = '';
	for (const row of rows) body += execute(parsed, source, row, {missingKey: 'default', model}) + '\n';
	if (!isTable) return body;
	let header = '';
	try {
		// The header context is a map[string]string, so unknown fields print <no value>.
		header = execute(parsed, source, headers, {functions: HEADER_FUNCTIONS, model: {isMap: () => true, jsonSortsKeys: () => true}});
	} catch (e) {
		if (!(e instanceof TemplateError)) throw e;
		// docker ignores the header's error and prints what was written before it.
		header = e.partialOutput;
	}
	return tabwriterFormat(header + '\n' + body);
}
