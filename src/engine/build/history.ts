// An image's history (`docker history`) as BuildKit's Dockerfile frontend writes it: one entry per
// instruction after FROM, its CreatedBy text, the bytes its layer added, the comment
// `buildkit.dockerfile.v0`. Recorded (65-image-history-build): `ENV A=1`, `COPY hello.txt
// /hello.txt # buildkit` (6B), `LABEL k=v`, `EXPOSE map[8080/tcp:{}]`, `CMD ["/hello.txt"]`.
// The texts of RUN, ENTRYPOINT, SHELL, USER, WORKDIR and ARG follow dockerfile2llb's code, not a recording.
import {utf8Length} from '../fs/index.js';
import type {ImageHistory} from '../types.js';
import {execForm} from './words.js';

export const BUILDKIT_COMMENT = 'buildkit.dockerfile.v0';

/** Go's %q of a []string: `["a" "b c"]`. */
export function goQuoteList(items: readonly string[]): string {
	return `[${items.map((s) => JSON.stringify(s)).join(' ')}]`;
}

/** Instructions that make a layer (the others only change the config: empty_layer). */
const LAYERS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export interface HistoryStep {
	readonly keyword: string;
	readonly args: string;
	/** The words with variables expanded (COPY's sources and destination, ENV's pairs...). */
	readonly words: readonly string[];
	/** The shell of the stage (SHELL), for a shell-form RUN/CMD/ENTRYPOINT. */
	readonly shell: readonly string[];
	/** EXPOSE: the ports this instruction exposes (`8080/tcp`). */
	readonly ports?: readonly string[];
}

/** CreatedBy of one instruction. */
export function createdBy(step: HistoryStep): string {
	const {keyword, args, words, shell} = step;
	const argv = execForm(args) ?? [...shell, args.trim()];
	switch (keyword) {
		case 'RUN':
			return `RUN ${argv.join(' ')} # buildkit`;
		case 'COPY':
		case 'ADD':
			return `${keyword} ${words.join(' ')} # buildkit`;
		case 'CMD':
		case 'ENTRYPOINT':
			return `${keyword} ${goQuoteList(argv)}`;
		case 'SHELL':
			return `SHELL ${goQuoteList(execForm(args) ?? [])}`;
		case 'EXPOSE':
			return `EXPOSE map[${[...new Set(step.ports ?? [])].sort().map((p) => `${p}:{}`).join(' ')}]`;
		default:
			return `${keyword} ${words.join(' ')}`;
	}
}

/** The bytes a step's layer holds: the files it added or changed. */
export function layerBytes(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): number {
	let n = 0;
	for (const [path, content] of Object.entries(after)) if (before[path] !== content) n += utf8Length(content);
	return n;
}

export function historyEntry(step: HistoryStep, size: number, created: number): ImageHistory {
	return {createdBy: createdBy(step), size: LAYERS.has(step.keyword) ? size : 0, comment: BUILDKIT_COMMENT, created, emptyLayer: !LAYERS.has(step.keyword)};
}
