// File operands of the text filters, where the machine has files (the host's GNU tools): each
// file's text in order (`-` is stdin), and GNU's wording for one that cannot be read.
import type {CommandIO, FileIO} from '../types.js';

export interface Inputs {
	readonly texts: {name: string; text: string}[];
	readonly stderr: string;
	readonly failed: boolean;
}

/** How each tool says it could not read a file (`%s` is the name, `%e` the reason). */
const WORDING: Record<string, string> = {
	head: "head: cannot open '%s' for reading: %e",
	tail: "tail: cannot open '%s' for reading: %e",
	sort: 'sort: cannot read: %s: %e',
};

export function readInputs(tool: string, operands: readonly string[], io: CommandIO, files: FileIO): Inputs {
	const texts: {name: string; text: string}[] = [];
	let stderr = '';
	for (const name of operands) {
		if (name === '-') {
			texts.push({name, text: io.stdin});
			continue;
		}
		const r = files.read(name);
		if ('text' in r) texts.push({name, text: r.text});
		else if (r.isDir && (tool === 'head' || tool === 'tail' || tool === 'wc' || tool === 'cut' || tool === 'grep')) {
			stderr += tool === 'head' || tool === 'tail' ? `${tool}: error reading '${name}': Is a directory\n` : `${tool}: ${name}: Is a directory\n`;
		} else stderr += `${(WORDING[tool] ?? `${tool}: %s: %e`).replace('%s', name).replace('%e', r.error)}\n`;
	}
	return {texts, stderr, failed: stderr !== ''};
}

/** The operands as one stream, as `cat FILE... | tool` would give it. */
export const joined = (inputs: Inputs): string => inputs.texts.map((t) => t.text).join('');
