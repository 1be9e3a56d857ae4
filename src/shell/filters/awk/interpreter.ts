import type {Expr, Item, LValue, Stmt} from './ast.js';
import {AwkRuntimeError} from './errors.js';
import {awkSprintf} from './sprintf.js';
import {pureBuiltin} from './builtins.js';
import type {PosixRegex} from '../regex.js';
import {RegexCache} from './regex-cache.js';
import {BREAK, CONTINUE, ExitSignal, NEXT, trimBlanks} from './signals.js';
import {compare, inputVal, toBool, toNum, toStr, type Val} from './values.js';
import {BudgetExceeded, currentBudget} from '../../budget.js';

type Cell = Val | Map<string, Val>;

export interface AwkRun {
	stdout: string;
	exitCode: number;
}

/** Runs a parsed program over the input text; throws AwkRuntimeError on unsupported or bad operations. */
export class AwkInterpreter {
	private readonly vars = new Map<string, Cell>();
	private record = '';
	private fields: string[] | undefined;
	private out = '';
	/** Simulated programs must finish: a runaway loop or string ends the line as Ctrl+C would. */
	private readonly budget = currentBudget();
	private readonly regexes = new RegexCache();
	private readonly rangeActive = new Map<Item, boolean>();
	private seed = 1;

	constructor(
		private readonly items: Item[],
		env: Readonly<Record<string, string>>,
	) {
		const defaults: Record<string, Val> = {FS: ' ', OFS: ' ', ORS: '\n', RS: '\n', NR: 0, FNR: 0, SUBSEP: '\x1c', CONVFMT: '%.6g', OFMT: '%.6g', RSTART: 0, RLENGTH: -1, FILENAME: ''};
		for (const [k, v] of Object.entries(defaults)) this.vars.set(k, v);
		this.vars.set('ENVIRON', new Map(Object.entries(env).map(([k, v]) => [k, inputVal(v)])));
	}

	setVar(name: string, value: Val): void {
		this.assignVar(name, value);
	}

	run(input: string): AwkRun {
		try {
			return this.runAll(input);
		} catch (e) {
			if (e instanceof BudgetExceeded) e.stdout = this.out + e.stdout;
			throw e;
		}
	}

	private runAll(input: string): AwkRun {
		let exitCode: number | undefined;
		let exiting = false;
		const run = (body: Stmt[]): void => this.execBlock(body);
		try {
			for (const it of this.items) if (it.kind === 'begin' && it.action) run(it.action);
		} catch (e) {
			if (!(e instanceof ExitSignal)) throw e;
			exiting = true;
			exitCode = e.code;
		}
		const needsInput = this.items.some((it) => it.kind !== 'begin');
		if (!exiting && needsInput) {
			const lines = input.split('\n');
			if (lines[lines.length - 1] === '') lines.pop();
			try {
				for (const line of lines) {
					this.assignVar('NR', toNum(this.vars.get('NR') as Val) + 1);
					this.assignVar('FNR', toNum(this.vars.get('FNR') as Val) + 1);
					this.setRecord(line);
					try {
						for (const it of this.items) {
							if (it.kind !== 'main' || !this.selects(it)) continue;
							if (it.action) run(it.action);
							else this.emit(this.record + toStr(this.scalar('ORS')));
						}
					} catch (e) {
						if (e !== NEXT) throw e;
					}
				}
			} catch (e) {
				if (!(e instanceof ExitSignal)) throw e;
				exitCode = e.code ?? exitCode;
			}
		}
		try {
			for (const it of this.items) if (it.kind === 'end' && it.action) run(it.action);
		} catch (e) {
			if (!(e instanceof ExitSignal)) throw e;
			exitCode = e.code ?? exitCode;
		}
		return {stdout: this.out, exitCode: exitCode ?? 0};
	}

	private selects(it: Item): boolean {
		if (!it.pattern) return true;
		if (!it.until) return toBool(this.evalCond(it.pattern));
		if (this.rangeActive.get(it)) {
			if (toBool(this.evalCond(it.until))) this.rangeActive.set(it, false);
			return true;
		}
		if (!toBool(this.evalCond(it.pattern))) return false;
		if (!toBool(this.evalCond(it.until))) this.rangeActive.set(it, true);
		return true;
	}

	/** A bare /re/ in a condition matches $0. */
	private evalCond(e: Expr): Val {
		return this.eval(e);
	}

	// ---- records and fields ----

	private setRecord(s: string): void {
		this.record = s;
		this.fields = undefined;
	}

	private split(text: string, fs: string | PosixRegex): string[] {
		if (text === '') return [];
		if (typeof fs !== 'string') return fs.split(text);
		if (fs === ' ') {
			// Not /[ \t\n]+$/: V8 retries it at every blank of a long run, quadratic time.
			const t = trimBlanks(text);
			return t === '' ? [] : t.split(/[ \t\n]+/);
		}
		if ([...fs].length === 1 && fs !== '\\') return text.split(fs);
		return this.regex(fs).split(text);
	}

	private getFields(): string[] {
		if (!this.fields) this.fields = this.split(this.record, toStr(this.scalar('FS')));
		return this.fields;
	}

	private rebuildRecord(): void {
		this.record = this.getFields().join(toStr(this.scalar('OFS')));
	}

	private getField(i: number): Val {
		if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
		if (i === 0) return inputVal(this.record);
		const f = this.getFields()[i - 1];
		return f === undefined ? undefined : inputVal(f);
	}

	private setField(i: number, v: Val): void {
		if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
		if (i > 100_000) throw new AwkRuntimeError(`field index ${i} too large`);
		if (i === 0) {
			this.setRecord(toStr(v));
			return;
		}
		const fields = this.getFields();
		while (fields.length < i) fields.push('');
		fields[i - 1] = toStr(v, toStr(this.scalar('CONVFMT')));
		this.rebuildRecord();
	}

	// ---- variables ----

	private scalar(name: string): Val {
		if (name === 'NF') return this.getFields().length;
		const c = this.vars.get(name);
		if (c instanceof Map) throw new AwkRuntimeError(`attempt to use array \`${name}' in a scalar context`);
		return c;
	}

	private assignVar(name: string, v: Val): void {
		if (this.vars.get(name) instanceof Map) throw new AwkRuntimeError(`attempt to use array \`${name}' in a scalar context`);
		if (name === 'NF') {
			const n = Math.trunc(toNum(v));
			if (n < 0 || n > 100_000) throw new AwkRuntimeError(`NF set to invalid value ${n}`);
			const fields = this.getFields();
			fields.length = Math.min(fields.length, n);
			while (fields.length < n) fields.push('');
			this.rebuildRecord();
			return;
		}
		this.vars.set(name, v);
	}

	private array(name: string): Map<string, Val> {
		const c = this.vars.get(name);
		if (c instanceof Map) return c;
		if (c !== undefined || name === 'NF') throw new AwkRuntimeError(`can't use scalar \`${name}' as array`);
		const m = new Map<string, Val>();
		this.vars.set(name, m);
		return m;
	}

	private subscript(subs: Expr[]): string {
		return subs.map((s) => toStr(this.eval(s), toStr(this.scalar('CONVFMT')))).join(toStr(this.scalar('SUBSEP')));
	}

	private read(lv: LValue): Val {
		if (lv.k === 'var') return this.scalar(lv.name);
		if (lv.k === 'field') return this.getField(Math.trunc(toNum(this.eval(lv.e))));
		const arr = this.array(lv.name);
		const key = this.subscript(lv.subs);
		if (!arr.has(key)) {
			this.budget.charge(key.length + 64);
			arr.set(key, undefined);
		}
		return arr.get(key);
	}

	private write(lv: LValue, v: Val): void {
		if (lv.k === 'var') this.assignVar(lv.name, v);
		else if (lv.k === 'field') this.setField(Math.trunc(toNum(this.eval(lv.e))), v);
		else {
			const arr = this.array(lv.name);
			const key = this.subscript(lv.subs);
			if (!arr.has(key)) this.budget.charge(key.length + 64);
			arr.set(key, v);
		}
	}

	// ---- regexes: /lit/ as written, anything else as a dynamic regex string ----

	private regex(src: string): PosixRegex {
		return this.regexes.get(src);
	}

	private regexOf(e: Expr): PosixRegex {
		return this.regex(e.k === 're' ? e.src : toStr(this.eval(e)));
	}

	// ---- statements ----

	private emit(text: string): void {
		this.budget.size(this.out.length + text.length);
		this.budget.charge(text.length);
		this.out += text;
	}

	/** A string about to be built from parts this long. */
	private grow(length: number): void {
		this.budget.size(length);
	}

	private execBlock(body: Stmt[]): void {
		for (const s of body) this.exec(s);
	}

	private loopBody(body: Stmt): boolean {
		try {
			this.exec(body);
		} catch (e) {
			if (e === BREAK) return false;
			if (e !== CONTINUE) throw e;
		}
		return true;
	}

	private exec(s: Stmt): void {
		this.budget.check();
		switch (s.k) {
			case 'expr':
				this.eval(s.e);
				return;
			case 'print': {
				const ofmt = toStr(this.scalar('OFMT'));
				const text = s.args.length === 0 ? this.record : s.args.map((a) => toStr(this.eval(a), ofmt)).join(toStr(this.scalar('OFS')));
				this.emit(text + toStr(this.scalar('ORS')));
				return;
			}
			case 'printf':
				this.emit(this.sprintf(s.args));
				return;
			case 'if':
				if (toBool(this.eval(s.c))) this.exec(s.then);
				else if (s.else) this.exec(s.else);
				return;
			case 'while':
				while (toBool(this.eval(s.c))) {
					this.budget.check();
					if (!this.loopBody(s.body)) break;
				}
				return;
			case 'do':
				do {
					this.budget.check();
					if (!this.loopBody(s.body)) break;
				} while (toBool(this.eval(s.c)));
				return;
			case 'for':
				if (s.init) this.exec(s.init);
				while (!s.c || toBool(this.eval(s.c))) {
					this.budget.check();
					if (!this.loopBody(s.body)) break;
					if (s.step) this.exec(s.step);
				}
				return;
			case 'forin': {
				for (const key of [...this.array(s.arr).keys()]) {
					this.assignVar(s.v, inputVal(key));
					if (!this.loopBody(s.body)) break;
				}
				return;
			}
			case 'block':
				this.execBlock(s.body);
				return;
			case 'next':
				throw NEXT;
			case 'break':
				throw BREAK;
			case 'continue':
				throw CONTINUE;
			case 'exit':
				throw new ExitSignal(s.e ? Math.trunc(toNum(this.eval(s.e))) & 255 : undefined);
			case 'delete':
				if (s.subs) this.array(s.name).delete(this.subscript(s.subs));
				else this.array(s.name).clear();
				return;
		}
	}

	// ---- expressions ----

	private eval(e: Expr): Val {
		switch (e.k) {
			case 'num':
				return e.v;
			case 'str':
				return e.v;
			case 're':
				return this.regex(e.src).test(this.record) ? 1 : 0;
			case 'var':
			case 'idx':
			case 'field':
				return this.read(e);
			case 'group':
				return this.subscript(e.items);
			case 'assign': {
				let v = this.eval(e.e);
				if (e.op !== '=') v = this.arith(e.op[0], this.read(e.target), v);
				// Assigned input text keeps its strnum nature; computed strings are plain strings.
				this.write(e.target, v);
				return v;
			}
			case 'cond':
				return toBool(this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
			case 'match': {
				const r = this.regexOf(e.re).test(toStr(this.eval(e.a)));
				return r !== e.neg ? 1 : 0;
			}
			case 'in':
				return this.array(e.name).has(this.subscript(e.subs)) ? 1 : 0;
			case 'unary': {
				const v = this.eval(e.e);
				if (e.op === '!') return toBool(v) ? 0 : 1;
				return e.op === '-' ? -toNum(v) : toNum(v);
			}
			case 'incdec': {
				const old = toNum(this.read(e.target));
				const nv = e.op === '++' ? old + 1 : old - 1;
				this.write(e.target, nv);
				return e.prefix ? nv : old;
			}
			case 'bin':
				return this.binary(e.op, e.a, e.b);
			case 'call':
				return this.call(e.name, e.args);
		}
	}

	private arith(op: string, a: Val, b: Val): number {
		const x = toNum(a);
		const y = toNum(b);
		switch (op) {
			case '+':
				return x + y;
			case '-':
				return x - y;
			case '*':
				return x * y;
			case '/':
				if (y === 0) throw new AwkRuntimeError('division by zero');
				return x / y;
			case '%':
				if (y === 0) throw new AwkRuntimeError('division by zero in %');
				return x % y;
			default:
				return x ** y;
		}
	}

	private binary(op: string, ae: Expr, be: Expr): Val {
		if (op === '&&') return toBool(this.eval(ae)) && toBool(this.eval(be)) ? 1 : 0;
		if (op === '||') return toBool(this.eval(ae)) || toBool(this.eval(be)) ? 1 : 0;
		const a = this.eval(ae);
		const b = this.eval(be);
		const convfmt = (): string => toStr(this.scalar('CONVFMT'));
		switch (op) {
			case ' ': {
				const x = toStr(a, convfmt());
				const y = toStr(b, convfmt());
				this.grow(x.length + y.length);
				return x + y;
			}
			case '<':
				return compare(a, b) < 0 ? 1 : 0;
			case '<=':
				return compare(a, b) <= 0 ? 1 : 0;
			case '>':
				return compare(a, b) > 0 ? 1 : 0;
			case '>=':
				return compare(a, b) >= 0 ? 1 : 0;
			case '==':
				return compare(a, b) === 0 ? 1 : 0;
			case '!=':
				return compare(a, b) !== 0 ? 1 : 0;
			default:
				return this.arith(op, a, b);
		}
	}

	private sprintf(args: Expr[]): string {
		return awkSprintf(args.map((a) => this.eval(a)), toStr(this.scalar('CONVFMT')), (n) => this.grow(n));
	}

	private call(name: string, args: Expr[]): Val {
		const argc = (min: number, max: number): void => {
			if (args.length < min || args.length > max) throw new AwkRuntimeError(`${name}: wrong number of arguments`);
		};
		const s = (i: number): string => toStr(this.eval(args[i]), toStr(this.scalar('CONVFMT')));
		const n = (i: number): number => toNum(this.eval(args[i]));
		const pure = pureBuiltin(name, args.length, s, n);
		if (pure !== undefined) return pure;
		switch (name) {
			case 'length': {
				argc(0, 1);
				if (args.length === 0) return [...this.record].length;
				const a = args[0];
				if (a.k === 'var' && this.vars.get(a.name) instanceof Map) return (this.vars.get(a.name) as Map<string, Val>).size;
				return [...s(0)].length;
			}
			case 'split': {
				argc(2, 3);
				const text = s(0);
				const target = args[1];
				if (target.k !== 'var') throw new AwkRuntimeError('split: second argument is not an array');
				let sep: string | PosixRegex = toStr(this.scalar('FS'));
				if (args.length === 3) sep = args[2].k === 're' ? this.regex(args[2].src) : s(2);
				const parts = this.split(text, sep);
				const arr = this.array(target.name);
				arr.clear();
				parts.forEach((p, i) => arr.set(String(i + 1), inputVal(p)));
				return parts.length;
			}
			case 'sub':
			case 'gsub': {
				argc(2, 3);
				const re = this.regexOf(args[0]);
				const repl = s(1);
				const target: LValue = args.length === 3 ? (args[2] as LValue) : {k: 'field', e: {k: 'num', v: 0}};
				if (!['var', 'idx', 'field'].includes(target.k)) throw new AwkRuntimeError(`${name}: third argument is not a variable`);
				const text = toStr(this.read(target));
				let count = 0;
				const result = re.replace(text, (m) => {
					if (name === 'sub' && count > 0) return undefined;
					count++;
					const match = m.groups[0] ?? '';
					return repl.replace(/\\\\&|\\&|&/g, (t) => (t === '&' ? match : t === '\\&' ? '&' : '\\' + match));
				});
				if (count > 0) this.write(target, result);
				return count;
			}
			case 'match': {
				argc(2, 2);
				const m = this.regexOf(args[1]).exec(s(0));
				const start = m ? m.index + 1 : 0;
				this.assignVar('RSTART', start);
				this.assignVar('RLENGTH', m ? m.end - m.index : -1);
				return start;
			}
			case 'sprintf':
				if (args.length === 0) throw new AwkRuntimeError('sprintf: no format');
				return this.sprintf(args);
			case 'rand':
				// Deterministic, like awk without srand(): same output every run.
				this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
				return this.seed / 2147483648;
			case 'srand': {
				const old = this.seed;
				this.seed = args.length ? Math.trunc(n(0)) : 0;
				return old;
			}
			case 'close':
			case 'fflush':
				return 0;
			default:
				throw new AwkRuntimeError(`${name}() is not supported`);
		}
	}
}
