/**
 * Executes a parsed template the way text/template/exec.go does, including which node an
 * error is attributed to (Go reports the last node passed to state.at, so e.g. an error in
 * `(index .X "k").Y` names the `"k"` argument) and the `missingkey` option.
 */
import {BudgetExceeded} from '../budget.js';
import {TemplateError} from './errors.js';
import {formatV} from './go-fmt.js';
import {goQuote} from './go-strconv.js';
import {FuncError, FUNCTIONS, type FuncSpec, type ParamType} from './functions.js';
import type {BranchNode, ChainNode, CommandNode, FieldNode, IdentifierNode, ListNode, Node, NumberNode, PipeNode, TemplateNode, VariableNode} from './nodes.js';
import {nodeString} from './nodes.js';
import type {ParsedTemplate} from './parser.js';
import {GoFloat, goKind, goTypeName, isTrue, sortedEntries, TypedNil} from './values.js';

/** Marks "no value passed from the previous pipeline stage" (Go's missingVal). */
const MISSING: unique symbol = Symbol('missing');
type Final = unknown | typeof MISSING;

/** How objects behave when the template treats them as Go values. */
export interface ValueModel {
	/** True when the object is a Go map (missing keys follow missingkey); false for a struct. */
	isMap(obj: object): boolean;
	/** True when `json` should sort the object's keys (Go maps); structs keep field order. */
	jsonSortsKeys(obj: object): boolean;
	/**
	 * For a null stored under `key`: the %v text of the Go nil it stands for in docker's typed
	 * structs (`[]` for a nil slice, `map[]` for a nil map), or null to keep it a nil interface.
	 */
	nilText?(key: string): string | null;
	/** What `index` yields for a key the map lacks: the zero value of its element type (default nil). */
	zeroElement?(map: object): unknown;
	/** Go type name of a struct-like object for "can't evaluate field" errors (default "struct"). */
	structTypeName?(obj: object): string;
}

export interface ExecOptions {
	missingKey: 'error' | 'default';
	model: ValueModel;
	functions: Record<string, FuncSpec>;
}

class BreakSignal {}
class ContinueSignal {}

/** Templates may not nest {{template}} calls deeper than this (Go allows 100000; we keep the JS stack safe). */
const MAX_DEPTH = 200;
/** Total range iterations allowed, so a template like {{range 1000000000}} cannot hang the game. */
const MAX_STEPS = 2_000_000;
const MAX_OUTPUT = 16 * 1024 * 1024;

interface Variable {
	name: string;
	value: unknown;
}

export class Executor {
	private node: Node | null = null;
	private vars: Variable[] = [];
	private out = '';
	private depth = 0;
	private steps = 0;
	private encoded?: Uint8Array;

	constructor(
		private readonly tmpl: ParsedTemplate,
		private readonly source: string,
		private readonly options: ExecOptions,
	) {}

	/** The source as UTF-8, for Go's byte-based error positions; only errors need it. */
	private get bytes(): Uint8Array {
		return (this.encoded ??= new TextEncoder().encode(this.source));
	}

	run(data: unknown): string {
		this.vars = [{name: '$', value: data}];
		try {
			this.walk(data, this.tmpl.root);
		} catch (e) {
			// Go has already written the output produced before the error; keep it available.
			if (e instanceof TemplateError) e.partialOutput = this.out;
			throw e;
		}
		return this.out;
	}

	/** Go's ErrorContext: `:<line>:<byte column, 0-based>` and the node's String(). */
	private errorf(message: string): never {
		if (!this.node) throw new TemplateError(`template: : ${message}`, 'exec');
		const pos = Math.min(this.node.pos, this.bytes.length);
		let line = 1;
		let lineStart = 0;
		for (let i = 0; i < pos; i++) {
			if (this.bytes[i] === 0x0a) {
				line++;
				lineStart = i + 1;
			}
		}
		const col = line === 1 ? pos : pos - lineStart;
		throw new TemplateError(`template: :${line}:${col}: executing "" at <${nodeString(this.node)}>: ${message}`, 'exec');
	}

	private at(node: Node): void {
		this.node = node;
	}

	private write(s: string): void {
		this.out += s;
		if (this.out.length > MAX_OUTPUT) this.errorf('output too large');
	}

	private varValue(name: string): unknown {
		for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
		this.errorf(`undefined variable: ${name}`);
	}

	private setVar(name: string, value: unknown): void {
		for (let i = this.vars.length - 1; i >= 0; i--) {
			if (this.vars[i].name === name) {
				this.vars[i].value = value;
				return;
			}
		}
		this.errorf(`undefined variable: ${name}`);
	}

	private walk(dot: unknown, node: Node): void {
		this.at(node);
		switch (node.kind) {
			case 'action': {
				const val = this.evalPipeline(dot, node.pipe);
				if (node.pipe.decl.length === 0) this.write(this.printable(val));
				return;
			}
			case 'if':
			case 'with':
				return this.walkIfOrWith(dot, node);
			case 'list':
				for (const n of node.nodes) this.walk(dot, n);
				return;
			case 'range':
				return this.walkRange(dot, node);
			case 'template':
				return this.walkTemplate(dot, node);
			case 'text':
				return this.write(node.text);
			case 'break':
				throw new BreakSignal();
			case 'continue':
				throw new ContinueSignal();
			default:
				this.errorf(`unknown node: ${nodeString(node)}`);
		}
	}

	/** printValue: what {{pipeline}} writes. */
	private printable(v: unknown): string {
		if (v === undefined) return '<no value>';
		return formatV(v);
	}

	private walkIfOrWith(dot: unknown, node: BranchNode): void {
		const mark = this.vars.length;
		try {
			const val = this.evalPipeline(dot, node.pipe);
			if (isTrue(val)) this.walk(node.kind === 'with' ? val : dot, node.list);
			else if (node.elseList) this.walk(dot, node.elseList);
		} finally {
			this.vars.length = mark;
		}
	}

	private walkRange(dot: unknown, r: BranchNode): void {
		this.at(r);
		const outer = this.vars.length;
		try {
			const val = this.evalPipeline(dot, r.pipe);
			const mark = this.vars.length;
			const decl = r.pipe.decl.length;
			const one = (index: unknown, elem: unknown): boolean => {
				if (++this.steps > MAX_STEPS) this.errorf('range iteration limit exceeded');
				// The pipeline pushed the declared variables; each iteration overwrites them.
				if (decl > 0) this.vars[mark - 1].value = elem;
				if (decl > 1) this.vars[mark - 2].value = index;
				try {
					this.walk(elem, r.list);
				} catch (e) {
					if (e instanceof BreakSignal) return false;
					if (!(e instanceof ContinueSignal)) throw e;
				} finally {
					this.vars.length = mark;
				}
				return true;
			};
			const k = val instanceof TypedNil ? 'nil' : goKind(val);
			if (k === 'slice' && (val as unknown[]).length > 0) {
				const arr = val as unknown[];
				for (let i = 0; i < arr.length; i++) if (!one(i, arr[i])) break;
				return;
			}
			if (k === 'map' && Object.keys(val as object).length > 0) {
				for (const [key, v] of sortedEntries(val as object)) if (!one(key, v)) break;
				return;
			}
			if (k === 'int') {
				const n = val as number;
				if (decl > 1) this.errorf(`can't use ${formatV(val)} to iterate over more than one variable`);
				if (n > 0) {
					for (let i = 0; i < n; i++) if (!one(i, i)) break;
					return;
				}
			} else if (k !== 'invalid' && k !== 'nil' && k !== 'slice' && k !== 'map') {
				this.errorf(`range can't iterate over ${formatV(val)}`);
			}
			if (r.elseList) this.walk(dot, r.elseList);
		} finally {
			this.vars.length = outer;
		}
	}

	private walkTemplate(dot: unknown, t: TemplateNode): void {
		this.at(t);
		const body = this.tmpl.defined.get(t.name);
		if (!body) this.errorf(`template ${goQuote(t.name)} not defined`);
		if (this.depth >= MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
		const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
		const saved = this.vars;
		this.depth++;
		this.vars = [{name: '$', value: newDot}];
		try {
			this.walk(newDot, body as ListNode);
		} finally {
			this.vars = saved;
			this.depth--;
		}
	}

	private evalPipeline(dot: unknown, pipe: PipeNode): unknown {
		this.at(pipe);
		let value: Final = MISSING;
		for (const cmd of pipe.cmds) {
			value = this.evalCommand(dot, cmd, value);
			// A nil interface{} result is dug out to "no value", as Go does with reflect.ValueOf(v.Interface()).
			if (value === null) value = undefined;
		}
		for (const v of pipe.decl) {
			if (pipe.isAssign) this.setVar(v.ident[0], value);
			else this.vars.push({name: v.ident[0], value});
		}
		return value;
	}

	private notAFunction(args: Node[], final: Final): void {
		if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
	}

	private evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
		const first = cmd.args[0];
		switch (first.kind) {
			case 'field':
				return this.evalFieldNode(dot, first, cmd.args, final);
			case 'chain':
				return this.evalChainNode(dot, first, cmd.args, final);
			case 'identifier':
				return this.evalFunction(dot, first, cmd, cmd.args, final);
			case 'pipe':
				this.notAFunction(cmd.args, final);
				return this.evalPipeline(dot, first);
			case 'variable':
				return this.evalVariableNode(dot, first, cmd.args, final);
		}
		this.at(first);
		this.notAFunction(cmd.args, final);
		switch (first.kind) {
			case 'bool':
				return first.value;
			case 'dot':
				return dot;
			case 'nil':
				this.errorf('nil is not a command');
				break;
			case 'number':
				return this.idealConstant(first);
			case 'string':
				return first.text;
		}
		this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
	}

	private idealConstant(n: NumberNode): unknown {
		this.at(n);
		const isHex = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text);
		if (n.isFloat && !isHex && !n.text.startsWith("'") && /[.eEpP]/.test(n.text)) return new GoFloat(n.float);
		if (n.isInt) return n.int;
		this.errorf(`${n.text} overflows int`);
	}

	private evalFieldNode(dot: unknown, field: FieldNode, args: Node[], final: Final): unknown {
		this.at(field);
		return this.evalFieldChain(dot, dot, field.ident, args, final);
	}

	private evalChainNode(dot: unknown, chain: ChainNode, args: Node[], final: Final): unknown {
		this.at(chain);
		if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
		// Go evaluates the operand with no target type, so a nil result stays "no value".
		const pipe = this.evalArg(dot, 'value', chain.node);
		return this.evalFieldChain(dot, pipe, chain.field, args, final);
	}

	private evalVariableNode(dot: unknown, v: VariableNode, args: Node[], final: Final): unknown {
		this.at(v);
		const value = this.varValue(v.ident[0]);
		if (v.ident.length === 1) {
			this.notAFunction(args, final);
			return value;
		}
		return this.evalFieldChain(dot, value, v.ident.slice(1), args, final);
	}

	private evalFieldChain(dot: unknown, receiver: unknown, ident: string[], args: Node[], final: Final): unknown {
		let r = receiver;
		for (let i = 0; i < ident.length - 1; i++) r = this.evalField(ident[i], [], MISSING, r, i > 0);
		return this.evalField(ident[ident.length - 1], args, final, r, ident.length > 1, dot);
	}

	/**
	 * `fromMap` says the receiver was itself read out of a map: its static Go type is then
	 * interface {}, which is the type Go names in "can't evaluate field" errors.
	 */
	private evalField(name: string, args: Node[], final: Final, receiver: unknown, fromMap = false, dot: unknown = undefined): unknown {
		if (receiver === undefined) {
			if (this.options.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(name)}`);
			return undefined;
		}
		if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
		if (receiver instanceof TypedNil) {
			// Reading a nil map yields nothing; a nil slice has no fields.
			if (receiver.nilKind === 'pointer') this.errorf(`nil pointer evaluating *struct.${name}`);
			if (receiver.nilKind === 'slice') this.errorf(`can't evaluate field ${name} in type ${goTypeName(receiver)}`);
			return undefined;
		}
		const hasArgs = args.length > 1 || final !== MISSING;
		if (goKind(receiver) === 'map') {
			const obj = receiver as Record<string, unknown>;
			const isMap = this.options.model.isMap(obj);
			// A Go method of the row (`{{.Label "com.example"}}`): a non-enumerable function on the object.
			const method = Object.hasOwn(obj, name) ? obj[name] : undefined;
			if (typeof method === 'function') {
				const argv = args.slice(1).map((a) => this.evalArg(dot, 'string', a));
				if (final !== MISSING) argv.push(final);
				if (argv.length !== method.length) this.errorf(`wrong number of args for ${name}: want ${method.length} got ${argv.length}`);
				return (method as (...a: unknown[]) => unknown)(...argv);
			}
			if (hasArgs) this.errorf(isMap ? `${name} is not a method but has arguments` : `${name} has arguments but cannot be invoked as function`);
			if (Object.hasOwn(obj, name) && obj[name] !== undefined) {
				const v = obj[name];
				return v === null ? this.nilValue(name) : v;
			}
			if (!isMap) this.errorf(`can't evaluate field ${name} in type ${this.options.model.structTypeName?.(obj) ?? 'struct'}`);
			if (this.options.missingKey === 'error') this.errorf(`map has no entry for key ${goQuote(name)}`);
			return undefined;
		}
		this.errorf(`can't evaluate field ${name} in type ${fromMap ? 'interface {}' : goTypeName(receiver)}`);
	}

	/** A null read from data under `key`: a typed Go nil if the model says so, else nil interface{}. */
	private nilValue(key: string): unknown {
		const text = this.options.model.nilText?.(key);
		return text ? new TypedNil(text) : null;
	}

	private evalFunction(dot: unknown, node: IdentifierNode, cmd: CommandNode, args: Node[], final: Final): unknown {
		this.at(node);
		const fn = this.options.functions[node.name] ?? FUNCTIONS[node.name];
		if (!fn) this.errorf(`${goQuote(node.name)} is not a defined function`);
		return this.evalCall(dot, fn, cmd, node.name, args, final);
	}

	private evalCall(dot: unknown, fn: FuncSpec, node: Node, name: string, allArgs: Node[], final: Final): unknown {
		const args = allArgs.slice(1);
		const numIn = args.length + (final !== MISSING ? 1 : 0);
		const numParams = fn.params.length + (fn.variadic ? 1 : 0);
		if (fn.variadic) {
			if (numIn < fn.params.length) this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${args.length}`);
		} else if (numIn !== numParams) this.errorf(`wrong number of args for ${name}: want ${numParams} got ${numIn}`);

		if ((name === 'and' || name === 'or') && fn === FUNCTIONS[name]) {
			let v: unknown;
			for (const arg of args) {
				v = this.evalArg(dot, 'value', arg);
				if (isTrue(v === null ? undefined : v) === (name === 'or')) return v;
			}
			if (final !== MISSING) v = final;
			return v;
		}
		const argv: unknown[] = [];
		const typeAt = (i: number): ParamType => fn.params[i] ?? fn.variadic ?? 'any';
		args.forEach((a, i) => argv.push(this.evalArg(dot, typeAt(i), a)));
		if (final !== MISSING) argv.push(this.validateType(final, typeAt(argv.length)));
		try {
			return fn.call(argv, {
				jsonSortsKeys: (o) => this.options.model.jsonSortsKeys(o),
				isMap: (o) => this.options.model.isMap(o),
				zeroElement: (o) => (this.options.model.zeroElement ? this.options.model.zeroElement(o) : null),
				nilValue: (key) => this.nilValue(key),
			});
		} catch (e) {
			if (e instanceof FuncError) {
				this.at(node);
				this.errorf(`error calling ${name}: ${e.message}`);
			}
			if (e instanceof TemplateError || e instanceof BudgetExceeded) throw e;
			// A JS error's own words ("Invalid string length") never reach the player.
			this.at(node);
			this.errorf(`error calling ${name}: ${e instanceof RangeError ? 'runtime error: out of memory' : 'runtime error'}`);
		}
	}

	/** Go type names used in "expected X" messages. */
	private static readonly TYPE_NAMES: Record<ParamType, string> = {
		any: 'interface {}',
		value: 'reflect.Value',
		string: 'string',
		int: 'int',
		strings: '[]string',
	};

	private validateType(value: unknown, typ: ParamType): unknown {
		if (typ === 'value') return value;
		if (value === undefined) {
			if (typ === 'any') return null;
			if (typ === 'strings') return null;
			this.errorf(`invalid value; expected ${Executor.TYPE_NAMES[typ]}`);
		}
		if (typ === 'any') return value;
		const k = goKind(value);
		if (typ === 'string' && k === 'string') return value;
		if (typ === 'int' && k === 'int' && !(value instanceof GoFloat)) return value;
		if (typ === 'strings') {
			if (value === null || value instanceof TypedNil) return [];
			// Typed docker data has []string where the raw JSON has a list of strings; accept it.
			if (Array.isArray(value) && value.every((e) => typeof e === 'string')) return value;
		}
		const got = value === null ? 'interface {}' : goTypeName(value);
		this.errorf(`wrong type for value; expected ${Executor.TYPE_NAMES[typ]}; got ${got}`);
	}

	private evalArg(dot: unknown, typ: ParamType, n: Node): unknown {
		this.at(n);
		switch (n.kind) {
			case 'dot':
				return this.validateType(dot, typ);
			case 'nil':
				if (typ === 'any' || typ === 'strings') return null;
				if (typ === 'value') return undefined;
				this.errorf(`cannot assign nil to ${Executor.TYPE_NAMES[typ]}`);
				break;
			case 'field':
				return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
			case 'variable':
				return this.validateType(this.evalVariableNode(dot, n, [], MISSING), typ);
			case 'pipe':
				return this.validateType(this.evalPipeline(dot, n), typ);
			case 'identifier':
				return this.validateType(this.evalFunction(dot, n, {kind: 'command', pos: n.pos, args: [n]}, [n], MISSING), typ);
			case 'chain':
				return this.validateType(this.evalChainNode(dot, n, [], MISSING), typ);
		}
		switch (typ) {
			case 'string':
				if (n.kind === 'string') return n.text;
				this.errorf(`expected string; found ${nodeString(n)}`);
				break;
			case 'int':
				if (n.kind === 'number' && n.isInt) return n.int;
				this.errorf(`expected integer; found ${nodeString(n)}`);
				break;
			case 'strings':
				this.errorf(`can't handle ${nodeString(n)} for arg of type []string`);
				break;
		}
		// interface{} and reflect.Value parameters take constants at their ideal type.
		switch (n.kind) {
			case 'bool':
				return n.value;
			case 'number':
				return this.idealConstant(n);
			case 'string':
				return n.text;
		}
		this.errorf(`can't handle ${nodeString(n)} for arg of type ${Executor.TYPE_NAMES[typ]}`);
	}
}
