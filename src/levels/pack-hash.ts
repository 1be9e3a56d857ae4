// A pack's content hash: sha256 over its id, title and levels as loaded (the parsed data, keys
// sorted, undefined left out), so a folder and the one-file bundle `netdojo pack` makes of it
// hash the same, and reformatting a YAML file or its comments does not change it. Transcripts
// and grading record it to tell which version of a pack a student played.
import {createHash} from 'node:crypto';
import type {Level, LocalText} from './schema.js';

/** JSON with object keys in code-point order and undefined values dropped: the same text on every machine. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const keys = Object.keys(value)
			.filter((k) => (value as Record<string, unknown>)[k] !== undefined)
			.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export function packHash(pack: {readonly id: string; readonly title: LocalText; readonly levels: readonly Level[]}): string {
	const text = canonicalJson({id: pack.id, title: pack.title, levels: pack.levels});
	return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** The first 12 hex digits, for the level map and tables (`3f2a9c1e07bd`). */
export function shortHash(hash: string): string {
	return hash.replace(/^sha256:/, '').slice(0, 12);
}
