/**
 * Entry point: parse and execute a Go text/template against JSON-like data.
 * Any failure surfaces as TemplateError; nothing else escapes.
 */
import {BudgetExceeded} from '../budget.js';
import {TemplateError} from './errors.js';
import {Executor, type ValueModel} from './exec.js';
import {FUNCTIONS, type FuncSpec} from './functions.js';
import {dockerLooksLikeMap} from './docker-model.js';
import {parseTemplate, type ParsedTemplate} from './parser.js';

export interface RenderOptions {
	/** Go's missingkey option: 'default' prints `<no value>`, 'error' fails on a missing map key. */
	missingKey?: 'error' | 'default';
	/** How objects behave (map vs struct). Defaults to "every object is a Go map". */
	model?: ValueModel;
	/** Functions replacing the standard ones by name (docker's table headers do this). */
	functions?: Record<string, FuncSpec>;
}

/**
 * Lookups treat every object as a map (like docker's raw JSON pass), while `json` keeps the
 * insertion order of struct-shaped objects, which is docker's field order.
 */
const DEFAULT_MODEL: ValueModel = {isMap: () => true, jsonSortsKeys: dockerLooksLikeMap};

/** Converts anything unexpected (a bug, or a JS stack overflow) into a TemplateError. */
function guard<T>(phase: 'parse' | 'exec', f: () => T): T {
	try {
		return f();
	} catch (e) {
		if (e instanceof TemplateError || e instanceof BudgetExceeded) throw e;
		const why = e instanceof RangeError ? 'template nesting too deep' : 'template could not be run';
		throw new TemplateError(`template: :1: ${why}`, phase);
	}
}

export function parse(source: string, functions: Record<string, FuncSpec> = {}): ParsedTemplate {
	return guard('parse', () => parseTemplate(source, (name) => Object.hasOwn(functions, name) || Object.hasOwn(FUNCTIONS, name)));
}

export function execute(tmpl: ParsedTemplate, source: string, data: unknown, options: RenderOptions = {}): string {
	return guard('exec', () =>
		new Executor(tmpl, source, {
			missingKey: options.missingKey ?? 'default',
			model: options.model ?? DEFAULT_MODEL,
			functions: options.functions ?? {},
		}).run(data),
	);
}

export function renderTemplate(source: string, data: unknown, options: RenderOptions = {}): string {
	return execute(parse(source, options.functions), source, data, options);
}
