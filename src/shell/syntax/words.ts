// The words of a line's simple commands as the shell's own parser reads them, without running
// or expanding anything: enough to route a line to a game command (`hint`, `trace curl ...`) and
// to read names out of a level's setup and solution lines. Quoting, escapes, comments and
// operators are the shell's; `$X` and `$(...)` stay as written, and the commands inside a
// `$(...)`, a loop or a group are listed after the one that holds them.
import type {Command, Script, Word, WordPart} from './ast.js';
import {parse} from './parser.js';

function partText(p: WordPart): string {
	switch (p.kind) {
		case 'lit':
		case 'quoted':
			return p.text;
		case 'dq':
			return p.parts.map(partText).join('');
		case 'param':
			if (p.op === '#len') return `\${#${p.name}}`;
			return p.op === undefined ? `$${p.name}` : `\${${p.name}${p.op}${p.arg ? wordText(p.arg) : ''}}`;
		case 'cmdsub':
			return '$(...)';
		case 'arith':
			return `$((${p.expr}))`;
		case 'tilde':
			return '~';
	}
}

const wordText = (w: Word): string => w.parts.map(partText).join('');

/** The scripts inside a word's `$(...)`s. */
function substitutions(w: Word, out: Script[]): void {
	for (const p of w.parts) {
		if (p.kind === 'cmdsub') out.push(p.script);
		else if (p.kind === 'dq') substitutions({parts: p.parts}, out);
	}
}

function visitScript(script: Script, out: string[][]): void {
	for (const andOr of script) {
		for (const pipeline of [andOr.first, ...andOr.rest.map((r) => r.pipeline)]) {
			for (const command of pipeline.commands) visitCommand(command, out);
		}
	}
}

function visitCommand(c: Command, out: string[][]): void {
	const nested: Script[] = [];
	switch (c.kind) {
		case 'simple': {
			// Assignments stay in front (`X=1 hint` is a shell line, as bash would run it).
			const words = [...c.assigns.map((a) => `${a.name}=${wordText(a.value)}`), ...c.words.map(wordText)];
			if (words.length > 0) out.push(words);
			for (const w of c.words) substitutions(w, nested);
			for (const a of c.assigns) substitutions(a.value, nested);
			break;
		}
		case 'subshell':
		case 'group':
			nested.push(c.script);
			break;
		case 'if':
			for (const clause of c.clauses) nested.push(clause.cond, clause.body);
			if (c.orElse) nested.push(c.orElse);
			break;
		case 'for':
			nested.push(c.body);
			break;
		case 'while':
			nested.push(c.cond, c.body);
			break;
	}
	for (const s of nested) visitScript(s, out);
}

/**
 * The simple commands of a line, each as its words: `a "b c" && d` → [["a", "b c"], ["d"]].
 * A line the shell cannot parse (an open quote: `answer it's 5`) is one command of its
 * blank-separated words, so a game command still sees its name.
 */
export function commandWords(line: string): string[][] {
	const parsed = parse(line);
	if (!parsed.ok) {
		const words = line.split(/\s+/).filter((w) => w !== '');
		return words.length > 0 ? [words] : [];
	}
	const out: string[][] = [];
	visitScript(parsed.script, out);
	return out;
}
