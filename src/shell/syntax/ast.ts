/**
 * The shape of a parsed command line. Words keep their quoting so the
 * expander can tell which pieces are subject to field splitting.
 */

/** `${name}` / `$name` and the `${name:-word}` family. */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#len';

export type WordPart =
	/** Unquoted literal text (already free of escapes). */
	| {kind: 'lit'; text: string}
	/** Text that was quoted ('...' or a backslash escape): never split. */
	| {kind: 'quoted'; text: string}
	/** "..." — its parts expand but the result is never split. */
	| {kind: 'dq'; parts: WordPart[]}
	| {kind: 'param'; name: string; op?: ParamOp; arg?: Word}
	| {kind: 'cmdsub'; script: Script}
	| {kind: 'arith'; expr: string}
	/** `~` at the start of a word: $HOME. */
	| {kind: 'tilde'};

export interface Word {
	parts: WordPart[];
}

/** `<<` and `<<-` are here-documents: their target is the body (already read), not a file name. */
export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
	/** The fd being redirected (1 for `>`, 0 for `<`, 2 for `2>`...). */
	fd: number;
	op: RedirOp;
	target: Word;
}

export interface Assignment {
	name: string;
	value: Word;
}

export interface SimpleCommand {
	kind: 'simple';
	assigns: Assignment[];
	words: Word[];
	redirs: Redirect[];
}

/** `( list )`: runs with a copy of the variables; `exit` ends only the subshell. */
export interface Subshell {
	kind: 'subshell';
	script: Script;
	redirs: Redirect[];
}

/** `{ list; }`: grouping without a new scope. */
export interface Group {
	kind: 'group';
	script: Script;
	redirs: Redirect[];
}

/** `if LIST; then LIST; [elif LIST; then LIST;]... [else LIST;] fi` */
export interface IfCommand {
	kind: 'if';
	clauses: {cond: Script; body: Script}[];
	orElse?: Script;
	redirs: Redirect[];
}

/** `for NAME [in WORD...]; do LIST; done` (without `in`: the positional parameters, none here). */
export interface ForCommand {
	kind: 'for';
	name: string;
	words: Word[];
	body: Script;
	redirs: Redirect[];
}

/** `while LIST; do LIST; done` and `until LIST; do LIST; done` */
export interface LoopCommand {
	kind: 'while';
	until: boolean;
	cond: Script;
	body: Script;
	redirs: Redirect[];
}

export type Command = SimpleCommand | Subshell | Group | IfCommand | ForCommand | LoopCommand;

export interface Pipeline {
	negate: boolean;
	commands: Command[];
}

export interface AndOr {
	first: Pipeline;
	rest: {op: '&&' | '||'; pipeline: Pipeline}[];
}

/** A list of and-or lists separated by `;`, `&` or newlines. */
export type Script = AndOr[];
