import type {Expr, Item, LValue, Stmt} from './ast.js';
import {AwkSyntaxError} from './errors.js';
import {tokenize, type Tok} from './lexer.js';

const MAX_DEPTH = 100;
const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=', '**=']);

const isLValue = (e: Expr): e is LValue => e.k === 'var' || e.k === 'idx' || e.k === 'field';

/** Recursive-descent parser for the supported awk subset (no user functions, getline, or I/O redirection). */
class Parser {
	private i = 0;
	private depth = 0;
	/** Inside print's argument list `>` is output redirection, not comparison. */
	private noGt = false;

	constructor(private readonly toks: Tok[]) {}

	private get tok(): Tok {
		return this.toks[this.i];
	}

	private fail(msg?: string): never {
		const t = this.tok;
		const near = t.t === 'eof' ? 'end of file' : t.t === 'nl' ? 'newline' : t.t === 'str' ? `"${t.v}"` : String(t.v);
		throw new AwkSyntaxError(msg ?? `syntax error at or near ${near}`, t.line);
	}

	private is(t: Tok['t'], v?: string): boolean {
		return this.tok.t === t && (v === undefined || this.tok.v === v);
	}

	private isOp(v: string): boolean {
		return this.is('op', v);
	}

	private eat(t: Tok['t'], v?: string): boolean {
		if (!this.is(t, v)) return false;
		this.i++;
		return true;
	}

	private expect(t: Tok['t'], v?: string): Tok {
		if (!this.is(t, v)) this.fail();
		return this.toks[this.i++];
	}

	private skipNl(): void {
		while (this.is('nl')) this.i++;
	}

	private skipTerms(): void {
		while (this.is('nl') || this.isOp(';')) this.i++;
	}

	private enter(): void {
		if (++this.depth > MAX_DEPTH) this.fail('expression nested too deeply');
	}

	program(): Item[] {
		const items: Item[] = [];
		this.skipTerms();
		while (!this.is('eof')) {
			items.push(this.item());
			this.skipTerms();
		}
		return items;
	}

	private item(): Item {
		if (this.is('kw', 'BEGIN') || this.is('kw', 'END')) {
			const kind = this.tok.v === 'BEGIN' ? 'begin' : 'end';
			this.i++;
			this.skipNl();
			if (!this.isOp('{')) this.fail();
			return {kind, action: this.block()};
		}
		if (this.is('kw', 'function') || this.is('kw', 'func')) this.fail('user-defined functions are not supported');
		if (this.isOp('{')) return {kind: 'main', action: this.block()};
		const pattern = this.expr();
		let until: Expr | undefined;
		if (this.eat('op', ',')) {
			this.skipNl();
			until = this.expr();
		}
		const action = this.isOp('{') ? this.block() : undefined;
		return {kind: 'main', pattern, until, action};
	}

	private block(): Stmt[] {
		this.expect('op', '{');
		this.enter();
		const body: Stmt[] = [];
		this.skipTerms();
		while (!this.isOp('}')) {
			if (this.is('eof')) this.fail();
			body.push(this.stmt());
			this.skipTerms();
		}
		this.i++;
		this.depth--;
		return body;
	}

	/** After a simple statement: `;`, newline, or a closing brace (left for the caller). */
	private endSimple(): void {
		if (this.eat('op', ';') || this.eat('nl')) return;
		if (this.isOp('}') || this.is('eof')) return;
		this.fail();
	}

	private stmt(): Stmt {
		this.enter();
		try {
			return this.stmtInner();
		} finally {
			this.depth--;
		}
	}

	private body(): Stmt {
		this.skipNl();
		if (this.eat('op', ';')) return {k: 'block', body: []};
		return this.stmt();
	}

	private stmtInner(): Stmt {
		if (this.isOp('{')) return {k: 'block', body: this.block()};
		const t = this.tok;
		if (t.t === 'kw') {
			switch (t.v) {
				case 'if': {
					this.i++;
					this.expect('op', '(');
					const c = this.expr();
					this.expect('op', ')');
					const then = this.body();
					const save = this.i;
					this.skipTerms();
					if (this.eat('kw', 'else')) return {k: 'if', c, then, else: this.body()};
					this.i = save;
					return {k: 'if', c, then};
				}
				case 'while': {
					this.i++;
					this.expect('op', '(');
					const c = this.expr();
					this.expect('op', ')');
					return {k: 'while', c, body: this.body()};
				}
				case 'do': {
					this.i++;
					const body = this.body();
					this.skipTerms();
					this.expect('kw', 'while');
					this.expect('op', '(');
					const c = this.expr();
					this.expect('op', ')');
					this.endSimple();
					return {k: 'do', body, c};
				}
				case 'for':
					return this.forStmt();
				case 'next':
				case 'break':
				case 'continue':
					this.i++;
					this.endSimple();
					return {k: t.v};
				case 'exit': {
					this.i++;
					const e = this.isOp(';') || this.isOp('}') || this.is('nl') || this.is('eof') ? undefined : this.expr();
					this.endSimple();
					return {k: 'exit', e};
				}
				case 'delete': {
					this.i++;
					const name = this.expect('name').v as string;
					let subs: Expr[] | undefined;
					if (this.eat('op', '[')) {
						subs = this.exprList();
						this.expect('op', ']');
					}
					this.endSimple();
					return {k: 'delete', name, subs};
				}
				case 'print':
				case 'printf': {
					this.i++;
					const args = this.printArgs();
					if (t.v === 'printf' && args.length === 0) this.fail();
					if (this.isOp('>') || this.isOp('>>') || this.isOp('|')) this.fail('output redirection is not supported');
					this.endSimple();
					return {k: t.v, args};
				}
				case 'getline':
					this.fail('getline is not supported');
				// falls through (fail never returns)
				case 'return':
					this.fail('return outside function');
			}
		}
		const e = this.expr();
		this.endSimple();
		return {k: 'expr', e};
	}

	private forStmt(): Stmt {
		this.i++;
		this.expect('op', '(');
		// for (k in arr)
		if (this.is('name') && this.toks[this.i + 1]?.t === 'kw' && this.toks[this.i + 1].v === 'in' && this.toks[this.i + 2]?.t === 'name' && this.toks[this.i + 3]?.v === ')') {
			const v = this.tok.v as string;
			const arr = this.toks[this.i + 2].v as string;
			this.i += 4;
			return {k: 'forin', v, arr, body: this.body()};
		}
		const init = this.isOp(';') ? undefined : ({k: 'expr', e: this.expr()} as Stmt);
		this.expect('op', ';');
		this.skipNl();
		const c = this.isOp(';') ? undefined : this.expr();
		this.expect('op', ';');
		this.skipNl();
		const step = this.isOp(')') ? undefined : ({k: 'expr', e: this.expr()} as Stmt);
		this.expect('op', ')');
		return {k: 'for', init, c, step, body: this.body()};
	}

	private printArgs(): Expr[] {
		if (this.isOp(';') || this.isOp('}') || this.is('nl') || this.is('eof') || this.isOp('>') || this.isOp('|')) return [];
		const saved = this.noGt;
		this.noGt = true;
		const list = this.exprList();
		this.noGt = saved;
		if (list.length === 1 && list[0].k === 'group') return list[0].items;
		return list;
	}

	private exprList(): Expr[] {
		const list = [this.expr()];
		while (this.eat('op', ',')) {
			this.skipNl();
			list.push(this.expr());
		}
		return list;
	}

	expr(): Expr {
		this.enter();
		try {
			return this.assignment();
		} finally {
			this.depth--;
		}
	}

	private assignment(): Expr {
		const lhs = this.ternary();
		if (this.tok.t === 'op' && ASSIGN_OPS.has(this.tok.v) && isLValue(lhs)) {
			const op = this.tok.v === '**=' ? '^=' : this.tok.v;
			this.i++;
			this.skipNl();
			return {k: 'assign', op, target: lhs, e: this.expr()};
		}
		return lhs;
	}

	private ternary(): Expr {
		const c = this.or();
		if (!this.eat('op', '?')) return c;
		this.skipNl();
		const a = this.expr();
		this.skipNl();
		this.expect('op', ':');
		this.skipNl();
		return {k: 'cond', c, a, b: this.expr()};
	}

	private or(): Expr {
		let a = this.and();
		while (this.eat('op', '||')) {
			this.skipNl();
			a = {k: 'bin', op: '||', a, b: this.and()};
		}
		return a;
	}

	private and(): Expr {
		let a = this.inExpr();
		while (this.eat('op', '&&')) {
			this.skipNl();
			a = {k: 'bin', op: '&&', a, b: this.inExpr()};
		}
		return a;
	}

	private inExpr(): Expr {
		let a = this.matchExpr();
		while (this.is('kw', 'in')) {
			this.i++;
			const name = this.expect('name').v as string;
			a = {k: 'in', subs: a.k === 'group' ? a.items : [a], name};
		}
		return a;
	}

	private matchExpr(): Expr {
		let a = this.comparison();
		while (this.isOp('~') || this.isOp('!~')) {
			const neg = this.tok.v === '!~';
			this.i++;
			a = {k: 'match', neg, a, re: this.comparison()};
		}
		return a;
	}

	private comparison(): Expr {
		const a = this.concat();
		const t = this.tok;
		if (t.t === 'op' && ['<', '<=', '==', '!=', '>=', '>'].includes(t.v) && !(this.noGt && t.v === '>')) {
			this.i++;
			return {k: 'bin', op: t.v, a, b: this.concat()};
		}
		return a;
	}

	/** Can the current token begin an operand of implicit concatenation? */
	private startsConcat(): boolean {
		const t = this.tok;
		if (t.t === 'num' || t.t === 'str' || t.t === 'ere' || t.t === 'name' || t.t === 'builtin') return true;
		return t.t === 'op' && (t.v === '$' || t.v === '(');
	}

	private concat(): Expr {
		let a = this.additive();
		while (this.startsConcat()) a = {k: 'bin', op: ' ', a, b: this.additive()};
		return a;
	}

	private additive(): Expr {
		let a = this.multiplicative();
		while (this.isOp('+') || this.isOp('-')) {
			const op = this.tok.v as string;
			this.i++;
			a = {k: 'bin', op, a, b: this.multiplicative()};
		}
		return a;
	}

	private multiplicative(): Expr {
		let a = this.unary();
		while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
			const op = this.tok.v as string;
			this.i++;
			a = {k: 'bin', op, a, b: this.unary()};
		}
		return a;
	}

	private unary(): Expr {
		if (this.isOp('!') || this.isOp('-') || this.isOp('+')) {
			const op = this.tok.v as string;
			this.i++;
			this.enter();
			const e = this.unary();
			this.depth--;
			return {k: 'unary', op, e};
		}
		return this.power();
	}

	private power(): Expr {
		const base = this.postfix();
		if (this.isOp('^') || this.isOp('**')) {
			this.i++;
			this.enter();
			const exp = this.unary();
			this.depth--;
			return {k: 'bin', op: '^', a: base, b: exp};
		}
		return base;
	}

	private postfix(): Expr {
		if (this.isOp('++') || this.isOp('--')) {
			const op = this.tok.v as '++' | '--';
			this.i++;
			const target = this.postfix();
			if (!isLValue(target)) this.fail();
			return {k: 'incdec', op, prefix: true, target};
		}
		const e = this.primary();
		if (isLValue(e) && (this.isOp('++') || this.isOp('--'))) {
			const op = this.tok.v as '++' | '--';
			this.i++;
			return {k: 'incdec', op, prefix: false, target: e};
		}
		return e;
	}

	private primary(): Expr {
		const t = this.tok;
		switch (t.t) {
			case 'num':
				this.i++;
				return {k: 'num', v: t.v};
			case 'str':
				this.i++;
				return {k: 'str', v: t.v};
			case 'ere':
				this.i++;
				return {k: 're', src: t.v};
			case 'name': {
				this.i++;
				if (this.eat('op', '[')) {
					const subs = this.exprList();
					this.expect('op', ']');
					return {k: 'idx', name: t.v as string, subs};
				}
				// `f(x)` with no space is a call; `f (x)` would be concatenation.
				if (this.isOp('(') && (this.tok as {adj?: boolean}).adj) this.fail('user-defined functions are not supported');
				return {k: 'var', name: t.v as string};
			}
			case 'builtin': {
				this.i++;
				if (!this.eat('op', '(')) {
					if (t.v === 'length') return {k: 'call', name: 'length', args: []};
					this.fail();
				}
				const args = this.isOp(')') ? [] : this.exprList();
				this.expect('op', ')');
				return {k: 'call', name: t.v as string, args};
			}
			case 'op':
				if (t.v === '$') {
					this.i++;
					this.enter();
					const e = this.postfixNoIncdec();
					this.depth--;
					return {k: 'field', e};
				}
				if (t.v === '(') {
					this.i++;
					const saved = this.noGt;
					this.noGt = false;
					const items = this.exprList();
					this.noGt = saved;
					this.expect('op', ')');
					return items.length === 1 ? items[0] : {k: 'group', items};
				}
				break;
			case 'kw':
				if (t.v === 'getline') this.fail('getline is not supported');
				break;
		}
		return this.fail();
	}

	/** `$NF++` increments the field, so the field index itself takes no ++/--. */
	private postfixNoIncdec(): Expr {
		if (this.isOp('-') || this.isOp('!') || this.isOp('+')) return this.unary();
		if (this.isOp('++') || this.isOp('--')) return this.postfix();
		return this.primary();
	}
}

export function parseAwk(src: string): Item[] {
	return new Parser(tokenize(src)).program();
}
