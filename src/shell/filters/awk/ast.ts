/** Parsed awk program. */

export type LValue = {k: 'var'; name: string} | {k: 'idx'; name: string; subs: Expr[]} | {k: 'field'; e: Expr};

export type Expr =
	| LValue
	| {k: 'num'; v: number}
	| {k: 'str'; v: string}
	/** A bare /re/: matches against $0. */
	| {k: 're'; src: string}
	| {k: 'assign'; op: string; target: LValue; e: Expr}
	| {k: 'cond'; c: Expr; a: Expr; b: Expr}
	| {k: 'bin'; op: string; a: Expr; b: Expr}
	| {k: 'match'; neg: boolean; a: Expr; re: Expr}
	| {k: 'in'; subs: Expr[]; name: string}
	| {k: 'unary'; op: string; e: Expr}
	| {k: 'incdec'; op: '++' | '--'; prefix: boolean; target: LValue}
	| {k: 'call'; name: string; args: Expr[]}
	/** `(a, b)`: only meaningful as print's argument list. */
	| {k: 'group'; items: Expr[]};

export type Stmt =
	| {k: 'expr'; e: Expr}
	| {k: 'print'; args: Expr[]}
	| {k: 'printf'; args: Expr[]}
	| {k: 'if'; c: Expr; then: Stmt; else?: Stmt}
	| {k: 'while'; c: Expr; body: Stmt}
	| {k: 'do'; body: Stmt; c: Expr}
	| {k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt}
	| {k: 'forin'; v: string; arr: string; body: Stmt}
	| {k: 'block'; body: Stmt[]}
	| {k: 'next'}
	| {k: 'exit'; e?: Expr}
	| {k: 'break'}
	| {k: 'continue'}
	| {k: 'delete'; name: string; subs?: Expr[]};

export interface Item {
	kind: 'begin' | 'end' | 'main';
	pattern?: Expr;
	/** `pat1, pat2`: a range pattern. */
	until?: Expr;
	/** Missing action means `{ print }`. */
	action?: Stmt[];
}
