import type {AndOr, Assignment, Command, Pipeline, Redirect, Script, SimpleCommand, Word} from './ast.js';
import {Lexer, type NestedParsers, type Token} from './tokenizer.js';
import {ShellSyntaxError, syntaxMessage} from './syntax-error.js';

export type ParseResult =
	| {ok: true; script: Script; unterminatedHeredoc?: {delimiter: string; line: number}; danglingBackslash?: boolean}
	| {ok: false; error: string; atEnd: boolean};

/**
 * What ends the list being parsed: end of input, `)` of `$(`/`( )`, or reserved words (`}` of a
 * group, `then`, `fi`, `do`, `done`...), which count only where a command would start.
 */
type Terminator = 'eof' | ')' | readonly string[];

/** Reserved words that end a part of a compound command. */
const CLOSERS = ['then', 'elif', 'else', 'fi', 'do', 'done'];

const termName = (term: Terminator): string => (typeof term === 'string' ? term : term[term.length - 1]);

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

/** Parses one command line (or several, separated by newlines). Never throws: syntax problems come back as ash-style messages. */
export function parse(src: string): ParseResult {
	const lexer = new Lexer(src, nested);
	try {
		const script = new Parser(lexer).parseList('eof');
		return {
			ok: true,
			script,
			...(lexer.unterminatedHeredoc !== undefined ? {unterminatedHeredoc: lexer.unterminatedHeredoc} : {}),
			...(lexer.danglingBackslash ? {danglingBackslash: true} : {}),
		};
	} catch (e) {
		if (e instanceof ShellSyntaxError) return {ok: false, error: syntaxMessage(e.message), atEnd: e.atEnd};
		// RangeError (stack) or anything unforeseen: still an answer, not a crash.
		return {ok: false, error: syntaxMessage('line too complex'), atEnd: false};
	}
}

/** The delimiter of `<<WORD` with its quotes removed, and whether any of it was quoted. */
function heredocDelimiter(w: Word): {delimiter: string; quoted: boolean} {
	let delimiter = '';
	let quoted = false;
	const visit = (parts: Word['parts']): void => {
		for (const p of parts) {
			if (p.kind === 'lit') delimiter += p.text;
			else if (p.kind === 'quoted') {
				delimiter += p.text;
				quoted = true;
			} else if (p.kind === 'dq') {
				quoted = true;
				visit(p.parts);
			} else if (p.kind === 'param') delimiter += `$${p.name}`;
			else if (p.kind === 'tilde') delimiter += '~';
		}
	};
	visit(w.parts);
	return {delimiter, quoted};
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

/** The error for an unexpected token; one at the end of input means more lines could complete it. */
function unexpected(t: Token, term: Terminator): ShellSyntaxError {
	return new ShellSyntaxError(describe(t, term), t.type === 'eof');
}

function describe(t: Token, term: Terminator): string {
	switch (t.type) {
		case 'eof':
			return term === 'eof' ? 'unexpected end of file' : `unexpected end of file (expecting "${termName(term)}")`;
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
		return term.some((word) => isPlain(t, word));
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
			throw unexpected(t, term);
		}
		this.term = saved;
		return list;
	}

	expectClose(close: string): void {
		const t = this.take();
		const ok = close === ')' ? this.isOp(t, ')') : isPlain(t, close);
		if (!ok) throw unexpected(t, close === ')' ? ')' : [close]);
	}

	/** A list ended by one of `words`; returns which one ended it (and consumes it). */
	private listUntil(words: readonly string[]): {script: Script; end: string} {
		const script = this.parseList(words);
		const t = this.take();
		const end = words.find((w) => isPlain(t, w));
		if (end === undefined) throw unexpected(t, words);
		return {script, end};
	}

	private parseIf(): Command {
		const clauses: {cond: Script; body: Script}[] = [];
		let orElse: Script | undefined;
		for (;;) {
			const cond = this.listUntil(['then']).script;
			const body = this.listUntil(['elif', 'else', 'fi']);
			clauses.push({cond, body: body.script});
			if (body.end === 'elif') continue;
			if (body.end === 'else') orElse = this.listUntil(['fi']).script;
			break;
		}
		return {kind: 'if', clauses, ...(orElse ? {orElse} : {}), redirs: this.parseRedirs([])};
	}

	private parseFor(): Command {
		const nameTok = this.take();
		const name = nameTok.type === 'word' ? plainText(nameTok.word) : undefined;
		if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw nameTok.type === 'eof' ? unexpected(nameTok, ['do']) : new ShellSyntaxError('bad for loop variable');
		const words: Word[] = [];
		this.skipNewlines();
		if (isPlain(this.peek(), 'in')) {
			this.take();
			for (;;) {
				const t = this.peek();
				if (t.type !== 'word') break;
				this.take();
				words.push(t.word);
			}
			const sep = this.take();
			if (!this.isOp(sep, ';', '\n')) throw unexpected(sep, ['do']);
		} else if (this.isOp(this.peek(), ';')) this.take();
		this.skipNewlines();
		this.expectClose('do');
		const body = this.listUntil(['done']).script;
		return {kind: 'for', name, words, body, redirs: this.parseRedirs([])};
	}

	private parseWhile(until: boolean): Command {
		const cond = this.listUntil(['do']).script;
		const body = this.listUntil(['done']).script;
		return {kind: 'while', until, cond, body, redirs: this.parseRedirs([])};
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
			const script = this.parseList(['}']);
			this.expectClose('}');
			return {kind: 'group', script, redirs: this.parseRedirs([])};
		}
		if (isPlain(t, 'if')) {
			this.take();
			return this.parseIf();
		}
		if (isPlain(t, 'for')) {
			this.take();
			return this.parseFor();
		}
		if (isPlain(t, 'while') || isPlain(t, 'until')) {
			this.take();
			return this.parseWhile(isPlain(t, 'until'));
		}
		// A reserved word that closes something, where a command should start, closes nothing here.
		const closer = CLOSERS.find((w) => isPlain(t, w));
		if (closer !== undefined) throw new ShellSyntaxError(`unexpected "${closer}"`);
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
			throw unexpected(this.peek(), this.term);
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
			const fd = t.fd ?? (t.op.startsWith('<') ? 0 : 1);
			if (t.op === '<<' || t.op === '<<-') {
				// The body follows the next newline; the lexer fills it in when it gets there.
				const body: Word = {parts: []};
				this.lexer.addHeredoc({...heredocDelimiter(target.word), stripTabs: t.op === '<<-', body});
				into.push({fd, op: t.op, target: body});
				continue;
			}
			into.push({fd, op: t.op, target: target.word});
		}
	}
}
