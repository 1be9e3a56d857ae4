// Reads one level file: YAML, then the schema, then the static references. Every
// mistake comes back as a LevelError with the file, line and column; nothing here
// throws for a bad level, because `validate` must report all of them at once.
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {LineCounter, parseDocument} from 'yaml';
import {stripControlCharsDeep} from './control-chars.js';
import {formatPath, type LevelError} from './errors.js';
import {issuesToErrors, parseOptions} from './issue-messages.js';
import {checkReferences} from './references.js';
import {levelSchema, packFileSchema, type Level, type PackFile} from './schema.js';
import {readVariants} from './variants.js';
import {createLocator, type Locate} from './yaml-positions.js';
import {invalidUtf8Offset, scanYaml, tooBigMessage, YAML_LIMITS} from './yaml-limits.js';

export type LevelResult =
	| {ok: true; level: Level; file: string; locate: Locate}
	| {ok: false; errors: LevelError[]; file: string};

export interface ParseOptions {
	/** Run the reference checks (references.ts) too. Default true. */
	references?: boolean;
}

export type YamlResult = {ok: true; data: unknown; locate: Locate} | {ok: false; errors: LevelError[]};

/** yaml's own message without its "at line 3, column 1:" tail and source excerpt: the position is ours to print. */
function yamlMessage(message: string, code: string): string {
	if (code === 'MULTIPLE_DOCS') return 'a level file holds one YAML document, but this one has a second "---"';
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** 1-based line and column of an offset into `text`. */
function positionOf(text: string, offset: number): {line: number; column: number} {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return {line, column: offset - start + 1};
}

/** Where `*name` is first used, if it can be found in the text. */
function aliasOffset(text: string, name: string): number | undefined {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`\\*${escaped}(?![^\\s,\\]}])`).exec(text);
	return match?.index;
}

/** YAML text to plain data, within the limits (`maxBytes`: a pack bundle may be bigger than one level). */
export function readYaml(text: string, file: string, maxBytes: number = YAML_LIMITS.maxBytes): YamlResult {
	// Limits first: everything after this point (yaml's composer, toJS, the schema) recurses.
	const scan = scanYaml(text, maxBytes);
	if (scan.problem) return {ok: false, errors: [{file, ...positionOf(text, scan.problem.offset), path: '', message: scan.problem.message}]};
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
		data = doc.toJS({maxAliasCount: YAML_LIMITS.maxAliases});
	} catch (error) {
		// An alias to an anchor defined later, or an alias bomb: yaml only finds these while building values.
		const message = (error as Error).message;
		const bomb = /alias count/i.test(message);
		const unresolved = /Unresolved alias.*: (\S+)$/.exec(message)?.[1];
		const at = unresolved !== undefined ? aliasOffset(text, unresolved) : bomb ? scan.firstAlias : undefined;
		const where = at !== undefined ? positionOf(text, at) : {line: 1, column: 1};
		const text_ = bomb ? `aliases here expand to more than ${YAML_LIMITS.maxAliases} values (an alias bomb); the file is refused` : `YAML: ${message}`;
		return {ok: false, errors: [{file, ...where, path: '', message: text_}]};
	}
	// Control characters go before validation, so what is checked is what is shown.
	return {ok: true, data: stripControlCharsDeep(data), locate: createLocator(doc, lineCounter)};
}

export function isMap(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Errors in file order, as an instructor fixes them top to bottom. */
export function byPosition(errors: LevelError[]): LevelError[] {
	return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A level from the text of its file. `fileName` is only used in errors. */
export function parseLevel(text: string, fileName: string, options: ParseOptions = {}): LevelResult {
	try {
		return parseChecked(text, fileName, options);
	} catch {
		// The limits above keep recursion and sizes small; should anything still throw, it is this
		// file's problem to report, never the end of the other levels.
		return {ok: false, file: fileName, errors: [{file: fileName, line: 1, column: 1, path: '', message: 'this file could not be loaded (too large or too deeply nested for the loader); it is skipped'}]};
	}
}

function parseChecked(text: string, fileName: string, options: ParseOptions): LevelResult {
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
	// Seeded variants: checked with the variables' defaults, the placeholders kept for other seeds.
	const variants = readVariants(data, locate, fileName);
	if (!variants.ok) return {ok: false, errors: byPosition(variants.errors), file: fileName};
	const parsed = levelSchema.safeParse(variants.data, parseOptions);
	if (!parsed.success) return {ok: false, errors: byPosition(issuesToErrors(parsed.error.issues, variants.data, locate, fileName)), file: fileName};
	const level: Level = variants.variables ? {...parsed.data, variables: variants.variables, template: variants.template} : parsed.data;
	if (options.references !== false) {
		const problems = checkReferences(level);
		if (problems.length > 0) {
			const errors = byPosition(problems.map(({path, message}) => ({file: fileName, ...locate(path), path: formatPath(path), message})));
			return {ok: false, errors, file: fileName};
		}
	}
	return {ok: true, level, file: fileName, locate};
}

/** At most maxBytes + 1 bytes of a regular file: a symlink to /dev/zero or a FIFO must not hang the loader. */
function readBounded(path: string, maxBytes: number): Buffer {
	// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), {code: stats.isDirectory() ? 'EISDIR' : 'ENOTREG'});
		const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
		let length = 0;
		while (length < buffer.length) {
			const n = readSync(fd, buffer, length, buffer.length - length, null);
			if (n === 0) break;
			length += n;
		}
		return buffer.subarray(0, length);
	} finally {
		closeSync(fd);
	}
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** A file's text, at most `maxBytes`, UTF-8 only; every failure as a LevelError naming the file. */
export function readText(path: string, maxBytes: number = YAML_LIMITS.maxBytes): {ok: true; text: string} | {ok: false; error: LevelError} {
	const fail = (message: string, line = 0) => ({ok: false as const, error: {file: path, line, column: line > 0 ? 1 : 0, path: '', message}});
	let bytes: Buffer;
	try {
		bytes = readBounded(path, maxBytes);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return fail('no such file');
		if (code === 'EISDIR') return fail('is a folder, not a level file');
		if (code === 'ENOTREG') return fail('not a regular file (a device or a pipe?); skipped');
		if (code === 'EACCES' || code === 'EPERM') return fail('cannot read it: permission denied');
		return fail(`cannot read it (${code ?? (error as Error).message})`);
	}
	if (bytes.length > maxBytes) return fail(tooBigMessage(maxBytes), lineOfByte(bytes, maxBytes));
	const bad = invalidUtf8Offset(bytes);
	if (bad !== undefined) return fail(`not UTF-8 text: byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte ${bad + 1}; save the file as UTF-8`, lineOfByte(bytes, bad));
	return {ok: true, text: bytes.toString('utf8')};
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
