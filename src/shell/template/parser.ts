/**
 * Recursive-descent parser following text/template/parse/parse.go (Go 1.24), including its
 * quirks: error texts, which token a message names, and node positions (a field chain such as
 * `.A.B` is positioned at its second segment, which is why docker reports `:1:18:` for
 * `ab{{.Name}}{{.IPAM.Foo}}`).
 */
import {parseError, TemplateError} from './errors.js';
import {goQuote, goUnquote, goUnquoteChar, SyntaxError as GoSyntaxError} from './go-strconv.js';
import {isKeyword, Lexer, type Item, type ItemType} from './lexer.js';
import type {
	BranchNode,
	CommandNode,
	DelimiterNode,
	ListNode,
	Node,
	NumberNode,
	PipeNode,
	TemplateNode,
	VariableNode,
} from './nodes.js';
import {nodeString} from './nodes.js';

export interface ParsedTemplate {
	root: ListNode;
	/** Templates declared with {{define}} or {{block}}. */
	defined: Map<string, ListNode>;
}

/** item.String() from lex.go, used in "unexpected X in Y". */
function itemString(i: Item): string {
	if (i.typ === 'eof') return 'EOF';
	if (i.typ === 'error') return i.val;
	if (isKeyword(i.typ)) return `<${i.val}>`;
	const chars = Array.from(i.val);
	if (chars.length > 10) return goQuote(chars.slice(0, 10).join('')) + '...';
	return goQuote(i.val);
}

class Parser {
	private readonly items: Item[];
	private i = 0;
	private maxRead = 0;
	private vars: string[] = ['$'];
	private rangeDepth = 0;
	private actionLine = 0;
	readonly defined = new Map<string, ListNode>();

	constructor(
		source: string,
		private readonly hasFunction: (name: string) => boolean,
	) {
		this.items = new Lexer(source, {breakOK: !hasFunction('break'), continueOK: !hasFunction('continue')}).items;
	}

	private item(index: number): Item {
		// The lexer always ends with eof or error; reading past it repeats the last item.
		return this.items[Math.min(index, this.items.length - 1)];
	}

	private next(): Item {
		const it = this.item(this.i++);
		this.maxRead = Math.max(this.maxRead, this.i - 1);
		return it;
	}

	private backup(): void {
		this.i--;
	}

	private peek(): Item {
		this.maxRead = Math.max(this.maxRead, this.i);
		return this.item(this.i);
	}

	private nextNonSpace(): Item {
		let t: Item;
		do t = this.next();
		while (t.typ === 'space');
		return t;
	}

	private peekNonSpace(): Item {
		const t = this.nextNonSpace();
		this.backup();
		return t;
	}

	/** Go's Tree.errorf reports the line of the newest token the lexer handed over. */
	errorf(message: string): never {
		throw parseError(this.item(this.maxRead).line, message);
	}

	private unexpected(token: Item, context: string): never {
		if (token.typ === 'error') {
			let extra = '';
			if (this.actionLine !== 0 && this.actionLine !== token.line) {
				extra = ` in action started at :${this.actionLine}`;
				if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
			}
			this.errorf(token.val + extra);
		}
		this.errorf(`unexpected ${itemString(token)} in ${context}`);
	}

	private expect(expected: ItemType, context: string): Item {
		const token = this.nextNonSpace();
		if (token.typ !== expected) this.unexpected(token, context);
		return token;
	}

	parse(): ListNode {
		const root: ListNode = {kind: 'list', pos: this.peek().pos, nodes: []};
		while (this.peek().typ !== 'eof') {
			if (this.peek().typ === 'leftDelim') {
				const mark = this.i;
				this.next();
				if (this.nextNonSpace().typ === 'define') {
					this.parseDefinition();
					continue;
				}
				this.i = mark;
			}
			const n = this.textOrAction();
			if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected ${nodeString(n)}`);
			root.nodes.push(n);
		}
		return root;
	}

	private parseDefinition(): void {
		const context = 'define clause';
		const name = this.nextNonSpace();
		if (name.typ !== 'string' && name.typ !== 'rawString') this.unexpected(name, context);
		const title = this.unquote(name.val);
		this.expect('rightDelim', context);
		const savedVars = this.vars;
		this.vars = ['$'];
		const [list, end] = this.itemList();
		this.vars = savedVars;
		if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
		this.defined.set(title, list);
	}

	private unquote(lit: string): string {
		try {
			return goUnquote(lit);
		} catch (e) {
			if (e instanceof GoSyntaxError) this.errorf(e.message);
			throw e;
		}
	}

	private itemList(): [ListNode, DelimiterNode] {
		const list: ListNode = {kind: 'list', pos: this.peekNonSpace().pos, nodes: []};
		while (this.peekNonSpace().typ !== 'eof') {
			const n = this.textOrAction();
			if (n.kind === 'end' || n.kind === 'else') return [list, n];
			list.nodes.push(n);
		}
		this.errorf('unexpected EOF');
	}

	private textOrAction(): Node {
		const token = this.nextNonSpace();
		switch (token.typ) {
			case 'text':
				return {kind: 'text', pos: token.pos, text: token.val};
			case 'leftDelim': {
				this.actionLine = token.line;
				try {
					return this.action();
				} finally {
					this.actionLine = 0;
				}
			}
			default:
				this.unexpected(token, 'input');
		}
	}

	private action(): Node {
		const token = this.nextNonSpace();
		switch (token.typ) {
			case 'block':
				return this.blockControl();
			case 'break':
			case 'continue':
				return this.loopControl(token);
			case 'else':
				return this.elseControl();
			case 'end':
				return {kind: 'end', pos: this.expect('rightDelim', 'end').pos, line: token.line};
			case 'if':
				return this.branch('if');
			case 'range':
				return this.branch('range');
			case 'template':
				return this.templateControl();
			case 'with':
				return this.branch('with');
		}
		this.backup();
		const first = this.peek();
		// Variables declared here persist until the enclosing {{end}}.
		return {kind: 'action', pos: first.pos, line: first.line, pipe: this.pipeline('command', 'rightDelim')};
	}

	private loopControl(token: Item): Node {
		const kind = token.typ as 'break' | 'continue';
		const t = this.nextNonSpace();
		if (t.typ !== 'rightDelim') this.unexpected(t, `{{${kind}}}`);
		if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
		return {kind, pos: token.pos, line: token.line};
	}

	private elseControl(): DelimiterNode {
		const peek = this.peekNonSpace();
		// "{{else if" / "{{else with" are read as "{{else}}{{if" / "{{else}}{{with".
		if (peek.typ === 'if' || peek.typ === 'with') return {kind: 'else', pos: peek.pos, line: peek.line};
		const token = this.expect('rightDelim', 'else');
		return {kind: 'else', pos: token.pos, line: token.line};
	}

	private branch(context: 'if' | 'range' | 'with'): BranchNode {
		const mark = this.vars.length;
		try {
			const pipe = this.pipeline(context, 'rightDelim');
			if (context === 'range') this.rangeDepth++;
			const [list, next] = this.itemList();
			if (context === 'range') this.rangeDepth--;
			let elseList: ListNode | null = null;
			if (next.kind === 'else') {
				const follow = this.peek().typ;
				if ((context === 'if' && follow === 'if') || (context === 'with' && follow === 'with')) {
					this.next();
					// Only one {{end}} closes the whole else-if chain.
					elseList = {kind: 'list', pos: next.pos, nodes: [this.branch(context)]};
				} else {
					const [els, end] = this.itemList();
					if (end.kind !== 'end') this.errorf(`expected end; found ${nodeString(end)}`);
					elseList = els;
				}
			}
			return {kind: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList};
		} finally {
			this.vars.length = mark;
		}
	}

	private templateName(token: Item, context: string): string {
		if (token.typ !== 'string' && token.typ !== 'rawString') this.unexpected(token, context);
		return this.unquote(token.val);
	}

	private templateControl(): TemplateNode {
		const context = 'template clause';
		const token = this.nextNonSpace();
		const name = this.templateName(token, context);
		let pipe: PipeNode | null = null;
		if (this.nextNonSpace().typ !== 'rightDelim') {
			this.backup();
			pipe = this.pipeline(context, 'rightDelim');
		}
		return {kind: 'template', pos: token.pos, line: token.line, name, pipe};
	}

	private blockControl(): TemplateNode {
		const context = 'block clause';
		const token = this.nextNonSpace();
		const name = this.templateName(token, context);
		const pipe = this.pipeline(context, 'rightDelim');
		const savedVars = this.vars;
		this.vars = ['$'];
		const [list, end] = this.itemList();
		this.vars = savedVars;
		if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
		this.defined.set(name, list);
		return {kind: 'template', pos: token.pos, line: token.line, name, pipe};
	}

	private newVariable(pos: number, name: string): VariableNode {
		return {kind: 'variable', pos, ident: name.split('.')};
	}

	private pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
		const first = this.peekNonSpace();
		const pipe: PipeNode = {kind: 'pipe', pos: first.pos, line: first.line, isAssign: false, decl: [], cmds: []};
		decls: for (;;) {
			const v = this.peekNonSpace();
			if (v.typ !== 'variable') break;
			const mark = this.i;
			this.nextNonSpace();
			const next = this.peekNonSpace();
			if (next.typ === 'assign' || next.typ === 'declare') {
				pipe.isAssign = next.typ === 'assign';
				this.nextNonSpace();
				pipe.decl.push(this.newVariable(v.pos, v.val));
				this.vars.push(v.val);
				break;
			}
			if (next.typ === 'char' && next.val === ',') {
				this.nextNonSpace();
				pipe.decl.push(this.newVariable(v.pos, v.val));
				this.vars.push(v.val);
				if (context === 'range' && pipe.decl.length < 2) {
					const t = this.peekNonSpace().typ;
					if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue decls;
					this.errorf('range can only initialize variables');
				}
				this.errorf(`too many declarations in ${context}`);
			}
			// Not a declaration: the variable is the first operand.
			this.i = mark;
			break;
		}
		for (;;) {
			const token = this.nextNonSpace();
			if (token.typ === end) {
				this.checkPipeline(pipe, context);
				return pipe;
			}
			switch (token.typ) {
				case 'bool':
				case 'charConstant':
				case 'complex':
				case 'dot':
				case 'field':
				case 'identifier':
				case 'number':
				case 'nil':
				case 'rawString':
				case 'string':
				case 'variable':
				case 'leftParen':
					this.backup();
					pipe.cmds.push(this.command());
					break;
				default:
					this.unexpected(token, context);
			}
		}
	}

	private checkPipeline(pipe: PipeNode, context: string): void {
		if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
		pipe.cmds.slice(1).forEach((c, i) => {
			const k = c.args[0].kind;
			if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
				this.errorf(`non executable command in pipeline stage ${i + 2}`);
			}
		});
	}

	private command(): CommandNode {
		const cmd: CommandNode = {kind: 'command', pos: this.peekNonSpace().pos, args: []};
		for (;;) {
			this.peekNonSpace();
			const operand = this.operand();
			if (operand) cmd.args.push(operand);
			const token = this.next();
			if (token.typ === 'space') continue;
			if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
			else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
			break;
		}
		if (cmd.args.length === 0) this.errorf('empty command');
		return cmd;
	}

	private operand(): Node | null {
		let node = this.term();
		if (!node) return null;
		if (this.peek().typ === 'field') {
			const pos = this.peek().pos;
			const fields: string[] = [];
			while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
			switch (node.kind) {
				case 'field':
					node = {kind: 'field', pos, ident: [...node.ident, ...fields]};
					break;
				case 'variable':
					node = {kind: 'variable', pos, ident: [...node.ident, ...fields]};
					break;
				case 'bool':
				case 'string':
				case 'number':
				case 'nil':
				case 'dot':
					this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
					break;
				default:
					node = {kind: 'chain', pos, node, field: fields};
			}
		}
		return node;
	}

	private term(): Node | null {
		const token = this.nextNonSpace();
		switch (token.typ) {
			case 'identifier':
				if (!this.hasFunction(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`);
				return {kind: 'identifier', pos: token.pos, name: token.val};
			case 'dot':
				return {kind: 'dot', pos: token.pos};
			case 'nil':
				return {kind: 'nil', pos: token.pos};
			case 'variable':
				return this.useVar(token.pos, token.val);
			case 'field':
				return {kind: 'field', pos: token.pos, ident: token.val.slice(1).split('.')};
			case 'bool':
				return {kind: 'bool', pos: token.pos, value: token.val === 'true'};
			case 'charConstant':
			case 'complex':
			case 'number':
				return this.number(token);
			case 'leftParen':
				return this.pipeline('parenthesized pipeline', 'rightParen');
			case 'string':
			case 'rawString':
				return {kind: 'string', pos: token.pos, quoted: token.val, text: this.unquote(token.val)};
		}
		this.backup();
		return null;
	}

	private useVar(pos: number, name: string): VariableNode {
		const v = this.newVariable(pos, name);
		if (!this.vars.includes(v.ident[0])) this.errorf(`undefined variable ${goQuote(v.ident[0])}`);
		return v;
	}

	private number(token: Item): NumberNode {
		const n: NumberNode = {kind: 'number', pos: token.pos, text: token.val, isInt: false, isFloat: false, int: 0, float: 0};
		if (token.typ === 'charConstant') {
			let decoded: {code: number; tail: string};
			try {
				decoded = goUnquoteChar(token.val.slice(1), "'");
			} catch (e) {
				if (e instanceof GoSyntaxError) this.errorf(e.message);
				throw e;
			}
			if (decoded.tail !== "'") this.errorf(`malformed character constant: ${token.val}`);
			return {...n, isInt: true, isFloat: true, int: decoded.code, float: decoded.code};
		}
		if (token.typ === 'complex') this.errorf(`complex constants are not supported: ${token.val}`);
		const parsed = parseGoNumber(token.val);
		if (!parsed) this.errorf(`illegal number syntax: ${goQuote(token.val)}`);
		return {...n, ...parsed};
	}
}

/** strconv.ParseInt(s, 0, 64) / ParseFloat as the parser uses them, minus imaginary numbers. */
function parseGoNumber(text: string): Pick<NumberNode, 'isInt' | 'isFloat' | 'int' | 'float'> | null {
	if (text.endsWith('i')) return null;
	const clean = text.replaceAll('_', '');
	const sign = clean.startsWith('-') ? -1 : 1;
	const body = clean.replace(/^[+-]/, '');
	let int: number | null = null;
	if (/^0[xX][0-9a-fA-F]+$/.test(body)) int = parseInt(body.slice(2), 16);
	else if (/^0[oO]?[0-7]+$/.test(body)) int = parseInt(body.replace(/^0[oO]?/, ''), 8);
	else if (/^0[bB][01]+$/.test(body)) int = parseInt(body.slice(2), 2);
	else if (/^[0-9]+$/.test(body)) int = parseInt(body, 10);
	if (int !== null) {
		const value = sign * int;
		return {isInt: Number.isSafeInteger(value), isFloat: true, int: value, float: value};
	}
	if (/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(body)) {
		const f = sign * Number(body);
		if (!Number.isFinite(f)) return null;
		// A float constant with an integral value is also usable as an int, as in Go.
		return {isInt: Number.isSafeInteger(f), isFloat: true, int: f, float: f};
	}
	return null;
}

/** Parses a template; throws TemplateError with Go's parse-error text. */
export function parseTemplate(source: string, hasFunction: (name: string) => boolean): ParsedTemplate {
	const p = new Parser(source, hasFunction);
	try {
		const root = p.parse();
		return {root, defined: p.defined};
	} catch (e) {
		if (e instanceof TemplateError) throw e;
		if (e instanceof RangeError) throw parseError(1, 'template too deeply nested');
		throw e;
	}
}
