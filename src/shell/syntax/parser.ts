import type {AndOr, Assignment, Command, Pipeline, Redirect, Script, SimpleCommand, Word} from './ast.js';
import {Lexer, type NestedParsers, type Token} from './tokenizer.js';
import {ShellSyntaxError, syntaxMessage} from './syntax-error.js';

export type ParseResult = {ok: true; script: Script} | {ok: false; error: string};

/** What ends the list being parsed: end of input, `)` of `$(`/`( )`, or `}` of a group. */
type Terminator = 'eof' | ')' | '}';

const nested: NestedParsers = {
	paren(lexer) {
		const p = new Parser(lexer);
		const script = p.parseList(')');
		p.expectClose(')');
		return script;
	},
	source(src, depth) {
		const p = new Parser(new Lexer(src, nested, depth));
		return p.parseList('eof');
	},
};

/** Parses one command line. Never throws: syntax problems come back as ash-style messages. */
export function parse(src: string): ParseResult {
	try {
		return {ok: true, script: new Parser(new Lexer(src, nested)).parseList('eof')};
	} catch (e) {
		if (e instanceof ShellSyntaxError) return {ok: false, error: syntaxMessage(e.message)};
		// RangeError (stack) or anything unforeseen: still an answer, not a crash.
		return {ok: false, error: syntaxMessage('line too complex')};
	}
}

/** The text of a word made only of unquoted literal characters (used for `!`, `{`, `}`). */
const plainText = (w: Word): string | undefined =>
	w.parts.length === 1 && w.parts[0].kind === 'lit' ? w.parts[0].text : undefined;

const isPlain = (t: Token, text: string): boolean => t.type === 'word' && plainText(t.word) === text;

function asAssignment(w: Word): Assignment | undefined {
	const first = w.parts[0];
	if (first?.kind !== 'lit') return undefined;
	const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
	if (!m) return undefined;
	const rest = first.text.slice(m[0].length);
	const parts = rest ? [{kind: 'lit' as const, text: rest}, ...w.parts.slice(1)] : w.parts.slice(1);
	return {name: m[1], value: {parts}};
}

function describe(t: Token, term: Terminator): string {
	switch (t.type) {
		case 'eof':
			return term === 'eof' ? 'unexpected end of file' : `unexpected end of file (expecting "${term}")`;
		case 'op':
			return t.op === '\n' ? 'unexpected newline' : `unexpected "${t.op}"`;
		case 'redir':
			return `unexpected "${t.op}"`;
		case 'word':
			return 'unexpected word';
	}
}

class Parser {
	private peeked: Token | undefined;
	/** The innermost terminator, so errors can say what was expected. */
	private term: Terminator = 'eof';

	constructor(private readonly lexer: Lexer) {}

	private peek(): Token {
		return (this.peeked ??= this.lexer.next());
	}

	private take(): Token {
		const t = this.peek();
		this.peeked = undefined;
		return t;
	}

	private isOp(t: Token, ...ops: string[]): boolean {
		return t.type === 'op' && ops.includes(t.op);
	}

	private skipNewlines(): void {
		while (this.isOp(this.peek(), '\n')) this.take();
	}

	private atTerminator(term: Terminator): boolean {
		const t = this.peek();
		if (term === 'eof') return t.type === 'eof';
		if (term === ')') return this.isOp(t, ')');
		return isPlain(t, '}');
	}

	parseList(term: Terminator): Script {
		const saved = this.term;
		this.term = term;
		const list: AndOr[] = [];
		for (;;) {
			this.skipNewlines();
			if (this.atTerminator(term)) break;
			list.push(this.parseAndOr());
			const t = this.peek();
			if (this.isOp(t, ';', '&', '\n')) {
				this.take();
				continue;
			}
			if (this.atTerminator(term)) break;
			throw new ShellSyntaxError(describe(t, term));
		}
		this.term = saved;
		return list;
	}

	expectClose(close: ')' | '}'): void {
		const t = this.take();
		const ok = close === ')' ? this.isOp(t, ')') : isPlain(t, '}');
		if (!ok) throw new ShellSyntaxError(describe(t, close));
	}

	private parseAndOr(): AndOr {
		const first = this.parsePipeline();
		const rest: AndOr['rest'] = [];
		for (;;) {
			const t = this.peek();
			if (t.type !== 'op' || (t.op !== '&&' && t.op !== '||')) break;
			this.take();
			this.skipNewlines();
			rest.push({op: t.op, pipeline: this.parsePipeline()});
		}
		return {first, rest};
	}

	private parsePipeline(): Pipeline {
		let negate = false;
		while (isPlain(this.peek(), '!')) {
			this.take();
			negate = !negate;
		}
		const commands = [this.parseCommand()];
		while (this.isOp(this.peek(), '|')) {
			this.take();
			this.skipNewlines();
			commands.push(this.parseCommand());
		}
		return {negate, commands};
	}

	private parseCommand(): Command {
		const t = this.peek();
		if (this.isOp(t, '(')) {
			this.take();
			const script = this.parseList(')');
			this.expectClose(')');
			return {kind: 'subshell', script, redirs: this.parseRedirs([])};
		}
		if (isPlain(t, '{')) {
			this.take();
			const script = this.parseList('}');
			this.expectClose('}');
			return {kind: 'group', script, redirs: this.parseRedirs([])};
		}
		const cmd: SimpleCommand = {kind: 'simple', assigns: [], words: [], redirs: []};
		for (;;) {
			const next = this.peek();
			if (next.type === 'word') {
				this.take();
				const assign = cmd.words.length === 0 ? asAssignment(next.word) : undefined;
				if (assign) cmd.assigns.push(assign);
				else cmd.words.push(next.word);
			} else if (next.type === 'redir') {
				this.parseRedirs(cmd.redirs);
			} else break;
		}
		if (cmd.words.length + cmd.assigns.length + cmd.redirs.length === 0) {
			throw new ShellSyntaxError(describe(this.peek(), this.term));
		}
		return cmd;
	}

	private parseRedirs(into: Redirect[]): Redirect[] {
		for (;;) {
			const t = this.peek();
			if (t.type !== 'redir') return into;
			this.take();
			const target = this.take();
			if (target.type !== 'word') {
				throw new ShellSyntaxError(target.type === 'eof' ? 'unexpected newline' : describe(target, this.term));
			}
			const fd = t.fd ?? (t.op === '<' || t.op === '<&' ? 0 : 1);
			into.push({fd, op: t.op, target: target.word});
		}
	}
}
