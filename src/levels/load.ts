// Reads one level file: YAML, then the schema, then the static references. Every
// mistake comes back as a LevelError with the file, line and column; nothing here
// throws for a bad level, because `validate` must report all of them at once.
import {readFileSync} from 'node:fs';
import {LineCounter, parseDocument} from 'yaml';
import {stripControlCharsDeep} from './control-chars.js';
import {formatPath, type LevelError} from './errors.js';
import {issuesToErrors, parseOptions} from './issue-messages.js';
import {checkReferences} from './references.js';
import {levelSchema, packFileSchema, type Level, type PackFile} from './schema.js';
import {createLocator, type Locate} from './yaml-positions.js';

export type LevelResult =
	| {ok: true; level: Level; file: string; locate: Locate}
	| {ok: false; errors: LevelError[]; file: string};

export interface ParseOptions {
	/** Run the reference checks (references.ts) too. Default true. */
	references?: boolean;
}

type YamlResult = {ok: true; data: unknown; locate: Locate} | {ok: false; errors: LevelError[]};

/** yaml's own message without its "at line 3, column 1:" tail and source excerpt: the position is ours to print. */
function yamlMessage(message: string, code: string): string {
	if (code === 'MULTIPLE_DOCS') return 'a level file holds one YAML document, but this one has a second "---"';
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function readYaml(text: string, file: string): YamlResult {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true});
	if (doc.errors.length > 0) {
		return {
			ok: false,
			errors: doc.errors.map((error) => {
				const start = error.linePos?.[0];
				return {file, line: start?.line ?? 1, column: start?.col ?? 1, path: '', message: `YAML syntax: ${yamlMessage(error.message, error.code)}`};
			}),
		};
	}
	let data: unknown;
	try {
		data = doc.toJS({maxAliasCount: 100});
	} catch (error) {
		// An alias to an anchor defined later, or an alias bomb: yaml only finds these while building values.
		return {ok: false, errors: [{file, line: 1, column: 1, path: '', message: `YAML: ${(error as Error).message}`}]};
	}
	// Control characters go before validation, so what is checked is what is shown.
	return {ok: true, data: stripControlCharsDeep(data), locate: createLocator(doc, lineCounter)};
}

function isMap(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Errors in file order, as an instructor fixes them top to bottom. */
function byPosition(errors: LevelError[]): LevelError[] {
	return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A level from the text of its file. `fileName` is only used in errors. */
export function parseLevel(text: string, fileName: string, options: ParseOptions = {}): LevelResult {
	const yaml = readYaml(text, fileName);
	if (!yaml.ok) return {ok: false, errors: yaml.errors, file: fileName};
	const {data, locate} = yaml;
	if (!isMap(data)) {
		const what = data === null || data === undefined ? 'empty' : Array.isArray(data) ? 'a list' : 'a single value';
		return {
			ok: false,
			file: fileName,
			errors: [{file: fileName, line: 1, column: 1, path: '', message: `a level is a map with id, title, briefing, par, goals, hints and solution, but this file is ${what}`}],
		};
	}
	const parsed = levelSchema.safeParse(data, parseOptions);
	if (!parsed.success) return {ok: false, errors: byPosition(issuesToErrors(parsed.error.issues, data, locate, fileName)), file: fileName};
	const level = parsed.data;
	if (options.references !== false) {
		const problems = checkReferences(level);
		if (problems.length > 0) {
			const errors = byPosition(problems.map(({path, message}) => ({file: fileName, ...locate(path), path: formatPath(path), message})));
			return {ok: false, errors, file: fileName};
		}
	}
	return {ok: true, level, file: fileName, locate};
}

function readText(path: string): {ok: true; text: string} | {ok: false; error: LevelError} {
	try {
		return {ok: true, text: readFileSync(path, 'utf8')};
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read it (${(error as Error).message})`;
		return {ok: false, error: {file: path, line: 0, column: 0, path: '', message: reason}};
	}
}

/** A level from a file on disk; errors name `path` as given. */
export function loadLevelFile(path: string, options: ParseOptions = {}): LevelResult {
	const read = readText(path);
	if (!read.ok) return {ok: false, errors: [read.error], file: path};
	return parseLevel(read.text, path, options);
}

export type PackFileResult = {ok: true; pack: PackFile} | {ok: false; errors: LevelError[]};

/** A pack.yaml from a file on disk. An empty pack.yaml is an empty pack description, not an error. */
export function loadPackFile(path: string): PackFileResult {
	const read = readText(path);
	if (!read.ok) return {ok: false, errors: [read.error]};
	const yaml = readYaml(read.text, path);
	if (!yaml.ok) return yaml;
	const data = yaml.data ?? {};
	const parsed = packFileSchema.safeParse(data, parseOptions);
	if (!parsed.success) {
		return {ok: false, errors: byPosition(issuesToErrors(parsed.error.issues, data, yaml.locate, path, 'pack.yaml'))};
	}
	return {ok: true, pack: parsed.data};
}
