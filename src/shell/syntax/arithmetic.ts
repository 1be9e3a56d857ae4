/**
 * `$(( ... ))`: integer arithmetic the way sh does it (C operators, no floats).
 * Small recursive-descent evaluator; nesting is bounded so odd input can't overflow the stack.
 */

export class ArithmeticError extends Error {}

const MAX_DEPTH = 64;
const TOKEN = /\s*(0x[0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%()<>!~&|^?:])/y;

export function evaluateArithmetic(expr: string, lookup: (name: string) => string | undefined): number {
	const tokens: string[] = [];
	let pos = 0;
	while (pos < expr.length) {
		if (/^\s*$/.test(expr.slice(pos))) break;
		TOKEN.lastIndex = pos;
		const m = TOKEN.exec(expr);
		if (!m) throw new ArithmeticError(`arithmetic syntax error`);
		tokens.push(m[1]);
		pos = TOKEN.lastIndex;
	}
	let i = 0;
	let depth = 0;
	const peek = (): string | undefined => tokens[i];
	const eat = (t: string): boolean => (tokens[i] === t ? (i++, true) : false);

	const value = (name: string): number => {
		const raw = (lookup(name) ?? '').trim();
		if (raw === '') return 0;
		const n = Number(raw);
		if (!Number.isInteger(n)) throw new ArithmeticError(`arithmetic syntax error`);
		return n;
	};
	const primary = (): number => {
		const t = tokens[i++];
		if (t === undefined) throw new ArithmeticError('arithmetic syntax error');
		if (t === '(') {
			if (++depth > MAX_DEPTH) throw new ArithmeticError('expression nested too deeply');
			const v = ternary();
			depth--;
			if (!eat(')')) throw new ArithmeticError('arithmetic syntax error');
			return v;
		}
		if (/^\d/.test(t)) return Number(t);
		if (/^[A-Za-z_]/.test(t)) return value(t);
		throw new ArithmeticError('arithmetic syntax error');
	};
	const unary = (): number => {
		const ops: string[] = [];
		// Collect prefix operators iteratively rather than recursing once per `-`.
		while (['-', '+', '!', '~'].includes(peek() ?? '')) ops.push(tokens[i++]);
		let v = power();
		for (let k = ops.length - 1; k >= 0; k--) {
			const op = ops[k];
			if (op === '-') v = -v;
			else if (op === '!') v = v === 0 ? 1 : 0;
			else if (op === '~') v = ~v;
		}
		return v;
	};
	const power = (): number => {
		const base = primary();
		if (!eat('**')) return base;
		if (++depth > MAX_DEPTH) throw new ArithmeticError('expression nested too deeply');
		const exponent = unary();
		depth--;
		return Math.trunc(base ** exponent);
	};
	const binary = (ops: string[], next: () => number, apply: (op: string, a: number, b: number) => number) => (): number => {
		let v = next();
		while (ops.includes(peek() ?? '')) {
			const op = tokens[i++];
			v = apply(op, v, next());
		}
		return v;
	};
	const mul = binary(['*', '/', '%'], unary, (op, a, b) => {
		if (op === '*') return a * b;
		if (b === 0) throw new ArithmeticError('divide by zero');
		return op === '/' ? Math.trunc(a / b) : a % b;
	});
	const add = binary(['+', '-'], mul, (op, a, b) => (op === '+' ? a + b : a - b));
	const shift = binary(['<<', '>>'], add, (op, a, b) => (op === '<<' ? a << b : a >> b));
	const rel = binary(['<', '<=', '>', '>='], shift, (op, a, b) =>
		Number(op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b),
	);
	const eq = binary(['==', '!='], rel, (op, a, b) => Number(op === '==' ? a === b : a !== b));
	const band = binary(['&'], eq, (_op, a, b) => a & b);
	const bxor = binary(['^'], band, (_op, a, b) => a ^ b);
	const bor = binary(['|'], bxor, (_op, a, b) => a | b);
	const land = binary(['&&'], bor, (_op, a, b) => Number(a !== 0 && b !== 0));
	const lor = binary(['||'], land, (_op, a, b) => Number(a !== 0 || b !== 0));
	function ternary(): number {
		const cond = lor();
		if (!eat('?')) return cond;
		if (++depth > MAX_DEPTH) throw new ArithmeticError('expression nested too deeply');
		const a = ternary();
		if (!eat(':')) throw new ArithmeticError('arithmetic syntax error');
		const b = ternary();
		depth--;
		return cond !== 0 ? a : b;
	}

	if (tokens.length === 0) return 0;
	const result = ternary();
	if (i < tokens.length) throw new ArithmeticError('arithmetic syntax error');
	return result;
}
