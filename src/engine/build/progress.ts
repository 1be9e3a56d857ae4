// BuildKit's plain progress, as CLI 28 with daemon 26 prints it when stderr is not a terminal
// (measured on the real daemon): numbered vertices separated by blank lines, the failing step's
// log between `------` rules, the Dockerfile excerpt around the failing line, `ERROR: failed to solve: ...`.
import type {BuildOutput, Vertex} from './evaluate.js';

export interface ProgressInput {
	/** The Dockerfile's name as BuildKit got it (`Dockerfile`, `Dockerfile.dev`). */
	readonly fileName: string;
	readonly dockerfileBytes: number;
	/** Size of .dockerignore, undefined when there is none. */
	readonly dockerignoreBytes?: number;
	/** The Dockerfile's lines (a final newline gives one empty line more, as BuildKit counts them). */
	readonly lines: readonly string[];
	/** The tags as typed, made familiar (`docker.io/library/web`). */
	readonly names: readonly string[];
	readonly imageId?: string;
}

const encoder = new TextEncoder();

/** UTF-8 length of a text (what goes over the wire). */
export function utf8Length(text: string): number {
	return encoder.encode(text).length;
}

/** BuildKit's byte counts (go-units with two decimals: 45B, 1.03kB). */
export function bytes(n: number): string {
	if (n < 1000) return `${n}B`;
	if (n < 1_000_000) return `${(n / 1000).toFixed(2)}kB`;
	return `${(n / 1_000_000).toFixed(2)}MB`;
}

/** What fsutil sends for a file: its content and a stat record (mode, size, mtime, name). */
function wireSize(name: string, size: number): number {
	return size + 27 + utf8Length(name) + (size >= 128 ? 2 : 0);
}

/** The lines around a failing instruction, as BuildKit prints them. */
export function excerpt(fileName: string, lines: readonly string[], start: number, end: number): string {
	let from = start;
	let to = end;
	const pad = start === end ? 4 : 2;
	for (let p = 0; p < pad; ) {
		if (from > 1) {
			from--;
			p++;
		}
		if (to < lines.length) {
			to++;
			p++;
		}
		p++;
	}
	let out = `${fileName}:${start}\n--------------------\n`;
	for (let i = from; i <= to; i++) out += `${String(i).padStart(4)} | ${i >= start && i <= end ? '>>>' : '   '} ${lines[i - 1] ?? ''}\n`;
	return `${out}--------------------\n`;
}

const RUN_TIME = '0.105';

function vertexBlock(n: number, v: Vertex): string {
	let out = `#${n} ${v.name}\n`;
	if (v.cached) return `${out}#${n} CACHED\n`;
	for (const l of v.output) out += `#${n} ${RUN_TIME} ${l}\n`;
	if (v.error !== undefined) {
		out += `#${n} ERROR: ${v.error}\n------\n > ${v.name}:\n`;
		for (const l of v.output.slice(-10)) out += `${RUN_TIME} ${l}\n`;
		return `${out}------\n`;
	}
	return `${out}#${n} DONE ${v.name.includes('] RUN ') ? '0.1' : '0.0'}s\n`;
}

/** The whole stderr of `docker build` (plain progress), or of `docker build -q` when it fails. */
export function formatProgress(p: ProgressInput, build: BuildOutput | {parseError: {message: string; startLine?: number; endLine?: number}}, quiet: boolean): string {
	const blocks: string[] = [];
	blocks.push(`#1 [internal] load build definition from ${p.fileName}\n#1 transferring dockerfile: ${bytes(wireSize(p.fileName, p.dockerfileBytes))} done\n#1 DONE 0.0s\n`);
	const tail = (f: {message: string; startLine?: number; endLine?: number}) => `${f.startLine !== undefined ? excerpt(p.fileName, p.lines, f.startLine, f.endLine ?? f.startLine) : ''}ERROR: failed to solve: ${f.message}\n`;
	const head = '#0 building with "default" instance using docker driver\n\n';
	if ('parseError' in build) return quiet ? tail(build.parseError) : `${head}${blocks.join('\n')}${tail(build.parseError)}`;
	let n = 2;
	const missing = build.failure?.message.startsWith('MISSING:') ? build.failure : undefined;
	for (const b of build.bases) {
		if (missing && b === build.bases[build.bases.length - 1]) {
			const [, ref] = missing.message.split(':');
			const why = 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
			blocks.push(`#${n} [internal] load metadata for ${b}\n#${n} ERROR: ${why}\n------\n > [internal] load metadata for ${b}:\n------\n`);
			const failure = {...missing, message: `${ref}: failed to resolve source metadata for ${b}: ${why}`};
			return quiet ? tail(failure) : `${head}${blocks.join('\n')}${tail(failure)}`;
		}
		blocks.push(`#${n} [internal] load metadata for ${b}\n#${n} DONE 0.0s\n`);
		n++;
	}
	blocks.push(`#${n} [internal] load .dockerignore\n#${n} transferring context: ${p.dockerignoreBytes === undefined ? '2B' : bytes(wireSize('.dockerignore', p.dockerignoreBytes))} done\n#${n} DONE 0.0s\n`);
	n++;
	// Every step after FROM came from the cache: the base is never loaded, so FROM is DONE, not CACHED
	// (measured: a rebuild shows `FROM ... DONE`; a FROM with nothing after it, or before a new step, CACHED).
	const fresh = build.vertices.some((v) => !v.from && !v.cached);
	const later = build.vertices.some((v) => !v.from);
	for (const raw of build.vertices) {
		const v = raw.from && raw.cached && !fresh && later ? {...raw, cached: false} : raw;
		blocks.push(vertexBlock(n, v));
		n++;
		if (raw === build.vertices[0] && build.needsContext) {
			const resent = new Set(build.resent ?? []);
			// Each file after the first also carries its packet id (a protobuf field, 0 is left out): +2 bytes
			// (measured with two files, 50/51-seed: 349B and 348B).
			const size = Object.entries(build.sent ?? {}).reduce((a, [k, t], i) => a + (resent.has(k) ? 21 + utf8Length(k) : wireSize(k, utf8Length(t))) + (i > 0 ? 2 : 0), 0);
			blocks.push(`#${n} [internal] load build context\n#${n} transferring context: ${bytes(size || 2)} done\n#${n} DONE 0.0s\n`);
			n++;
		}
	}
	if (build.failure) return quiet ? tail(build.failure) : `${head}${blocks.join('\n')}${tail(build.failure)}`;
	let exp = `#${n} exporting to image\n#${n} exporting layers ${fresh ? '0.0s ' : ''}done\n#${n} writing image sha256:${p.imageId ?? ''} done\n`;
	for (const name of p.names) exp += `#${n} naming to ${name} done\n`;
	blocks.push(`${exp}#${n} DONE 0.0s\n`);
	return quiet ? '' : `${head}${blocks.join('\n')}`;
}
