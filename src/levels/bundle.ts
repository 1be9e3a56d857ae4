// A pack as one file (`netdojo pack DIR -o FILE`): a YAML bundle holding each level file's own
// text, the pack's id, title and order, and its content hash (pack-hash.ts).
//   format: netdojo-pack
//   version: 1
//   id: basics
//   title: {en: "..."}
//   hash: sha256:...
//   levels:
//     - file: 01-first-contact.yaml
//       text: |
//         id: first-contact
//         ...
// Each level's text goes through parseLevel, with every limit a level file has, and its errors
// point at the line and column inside the bundle. The bundle as a whole is bounded too (size,
// number of levels); the hash is checked on load, so an edited bundle is refused, not half-trusted.
import {LineCounter, parseDocument, stringify, isScalar} from 'yaml';
import {z} from 'zod';
import type {LevelError} from './errors.js';
import {issuesToErrors, parseOptions} from './issue-messages.js';
import {byPosition, isMap, parseLevel, readYaml, type LevelResult} from './load.js';
import {packFileSchema, type LocalText} from './schema.js';
import {YAML_LIMITS} from './yaml-limits.js';
import type {Locate} from './yaml-positions.js';

export const BUNDLE_FORMAT = 'netdojo-pack';
export const BUNDLE_VERSION = 1;
export const BUNDLE_LIMITS = {
	/** 16 level files at their biggest; the whole built-in curriculum is about 120 KB. */
	maxBytes: 16 * YAML_LIMITS.maxBytes,
	maxLevels: 500,
} as const;

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$/;
const bundleSchema = packFileSchema.extend({
	format: z.literal(BUNDLE_FORMAT, {error: `expected "${BUNDLE_FORMAT}"`}),
	version: z.literal(BUNDLE_VERSION, {error: `expected ${BUNDLE_VERSION} (this netdojo reads version ${BUNDLE_VERSION} pack files)`}),
	hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, {error: 'expected "sha256:" and 64 hex digits'}),
	netdojoVersion: z.string().optional(),
	levels: z
		.array(z.strictObject({file: z.string().regex(FILE_NAME, {error: 'expected a level file name like "01-first.yaml"'}), text: z.string()}))
		.min(1, {error: 'a pack holds at least one level'})
		.max(BUNDLE_LIMITS.maxLevels, {error: `a pack holds at most ${BUNDLE_LIMITS.maxLevels} levels`}),
});

export interface BundleMeta {
	readonly id: string;
	readonly title: LocalText;
	readonly order?: number;
	readonly hash: string;
}

export type BundleResult = {ok: true; meta: BundleMeta; levels: LevelResult[]} | {ok: false; errors: LevelError[]};

/** Whether a file's text is a bundle: its first line that is not blank or a comment is `format: netdojo-pack`. */
export function isBundleText(text: string): boolean {
	for (const line of text.slice(0, 4096).split('\n')) {
		if (/^\s*(#.*)?$/.test(line)) continue;
		return /^format:\s*["']?netdojo-pack["']?\s*(#.*)?$/.test(line.trimEnd());
	}
	return false;
}

/** Where a level's text starts in the bundle: the line before its first line, and its indentation. */
function textOffset(text: string, lineCounter: LineCounter, node: unknown): {lines: number; indent: number} {
	if (!isScalar(node) || !node.range || (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED')) return {lines: 0, indent: 0};
	const header = lineCounter.linePos(node.range[0]).line;
	const next = text.split('\n')[header] ?? '';
	return {lines: header, indent: /^ */.exec(next)![0].length};
}

function shifted(result: LevelResult, by: {lines: number; indent: number}): LevelResult {
	const move = <T extends {line: number; column: number}>(p: T): T => (p.line > 0 ? {...p, line: p.line + by.lines, column: p.column + by.indent} : p);
	if (!result.ok) return {...result, errors: result.errors.map(move)};
	const locate: Locate = (path, options) => move(result.locate(path, options));
	return {...result, locate};
}

/** A bundle's pack description and its levels, each parsed as if it were its own file. */
export function parseBundle(text: string, file: string): BundleResult {
	const yaml = readYaml(text, file, BUNDLE_LIMITS.maxBytes);
	if (!yaml.ok) return yaml;
	if (!isMap(yaml.data)) return {ok: false, errors: [{file, line: 1, column: 1, path: '', message: 'a pack file is a map with format, version, id, title, hash and levels'}]};
	const parsed = bundleSchema.safeParse(yaml.data, parseOptions);
	if (!parsed.success) return {ok: false, errors: byPosition(issuesToErrors(parsed.error.issues, yaml.data, yaml.locate, file, 'pack file'))};
	const bundle = parsed.data;
	// The positions of the level texts: parse once more with positions (cheap: the limits held).
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {lineCounter});
	const levels = bundle.levels.map((level, i) => shifted(parseLevel(level.text, file), textOffset(text, lineCounter, doc.getIn(['levels', i, 'text'], true))));
	return {ok: true, meta: {id: bundle.id ?? 'pack', title: bundle.title ?? bundle.id ?? 'pack', order: bundle.order, hash: bundle.hash}, levels};
}

/** The text of a bundle: `levels` are the level files' names and texts, in pack order. */
export function bundleText(meta: BundleMeta, levels: readonly {file: string; text: string}[], netdojoVersion: string): string {
	const data = {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		id: meta.id,
		title: meta.title,
		...(meta.order !== undefined ? {order: meta.order} : {}),
		hash: meta.hash,
		netdojoVersion,
		levels: levels.map((l) => ({file: l.file, text: l.text})),
	};
	const head = `# A netdojo level pack in one file: play it with 'netdojo --levels FILE'.\n# hash is over the levels' content; 'netdojo pack' writes it again after an edit.\n`;
	return head + stringify(data, {blockQuote: 'literal', lineWidth: 0});
}
