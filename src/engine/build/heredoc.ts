// BuildKit's here-documents in RUN: what the step runs and how its progress names it.
import type {Heredoc} from './parse.js';

/**
 * `RUN <<EOF` runs the body as the script; BuildKit names the step `RUN <<EOF (first line...)` (measured,
 * 34-build-heredoc). `RUN <<EOF sh` feeds it to that shell and keeps the line as its name. `cat <<EOF >
 * file` writes the body there. Other uses run the line without its here-document.
 */
export function heredocRun(args: string, docs: readonly Heredoc[]): {script: string; name: string} {
	const only = /^<<-?(["']?)\w+\1$/.test(args.trim());
	if (only) {
		const lines = docs[0].body.split('\n').filter((l) => l !== '');
		return {script: docs[0].body, name: `${args.trim()} (${lines[0] ?? ''}${lines.length > 1 ? '...' : ''})`};
	}
	if (/^<<-?(["']?)\w+\1\s+(?:\/bin\/)?(?:ba|da)?sh$/.test(args.trim())) return {script: docs[0].body, name: args};
	const cat = /^cat\s+<<-?(["']?)\w+\1\s*(>>?)\s*(\S+)$/.exec(args.trim());
	if (cat) {
		const quoted = docs[0].body.replace(/'/g, `'"'"'`);
		return {script: `printf '%s' '${quoted}' ${cat[2]} ${cat[3]}`, name: args};
	}
	return {script: args.replace(/<<-?(["']?)\w+\1/g, ''), name: args};
}
