import {describe, expect, it} from 'vitest';
import {expandWords, ExpansionError, type ExpandContext} from '../../../src/shell/syntax/expand.js';
import {parse} from '../../../src/shell/syntax/parser.js';
import type {Script, SimpleCommand} from '../../../src/shell/syntax/ast.js';

function ctx(vars: Record<string, string>, subst: (s: Script) => string = () => 'SUB\n\n'): ExpandContext {
	return {
		lookup: (n) => (Object.hasOwn(vars, n) ? vars[n] : undefined),
		assign: (n, v) => {
			vars[n] = v;
		},
		substitute: subst,
	};
}

function argv(line: string, vars: Record<string, string> = {}, subst?: (s: Script) => string): string[] {
	const r = parse(line);
	if (!r.ok) throw new Error(r.error);
	return expandWords((r.script[0].first.commands[0] as SimpleCommand).words, ctx(vars, subst));
}

describe('expand', () => {
	it('expands variables and leaves unknown ones empty', () => {
		expect(argv('echo $A ${A}x "$B"', {A: '1'})).toEqual(['echo', '1', '1x', '']);
	});
	it('drops an empty unquoted expansion but keeps ""', () => {
		expect(argv('echo $NOPE "" ""$NOPE')).toEqual(['echo', '', '']);
	});
	it('splits unquoted expansions on whitespace only', () => {
		expect(argv('echo $A', {A: '  a  b\tc\n'})).toEqual(['echo', 'a', 'b', 'c']);
		expect(argv('echo "$A"', {A: ' a  b '})).toEqual(['echo', ' a  b ']);
		expect(argv('echo x$A-y', {A: 'a b'})).toEqual(['echo', 'xa', 'b-y']);
	});
	it('honours a custom IFS', () => {
		expect(argv('echo $P', {P: 'a:b:c', IFS: ':'})).toEqual(['echo', 'a', 'b', 'c']);
	});
	it('does not glob', () => {
		expect(argv('echo * ?.txt')).toEqual(['echo', '*', '?.txt']);
	});
	it('substitutes commands with trailing newlines trimmed', () => {
		expect(argv('echo $(x) "$(x)"')).toEqual(['echo', 'SUB', 'SUB']);
		expect(argv('echo $(x)', {}, () => 'a b\n')).toEqual(['echo', 'a', 'b']);
	});
	it('supports default, assign, alternate and length operators', () => {
		const vars: Record<string, string> = {E: '', S: 'abc'};
		expect(argv('x ${U:-d e} "${E:-d}" ${E-d} ${S:+alt} ${#S}', vars)).toEqual(['x', 'd', 'e', 'd', 'alt', '3']);
		expect(argv('x ${N:=set}', vars)).toEqual(['x', 'set']);
		expect(vars.N).toBe('set');
		expect(() => argv('x ${U:?missing}')).toThrow(ExpansionError);
	});
	it('expands ~ to $HOME', () => {
		expect(argv('cd ~/x ~', {HOME: '/home/me'})).toEqual(['cd', '/home/me/x', '/home/me']);
	});
	it('evaluates arithmetic', () => {
		expect(argv('echo $((1 + 2 * 3)) $(( (A+1) % 4 )) $((A > 2 ? 10 : 20)) $(($A*2))', {A: '5'})).toEqual(['echo', '7', '2', '10', '10']);
		expect(() => argv('echo $((1/0))')).toThrow(ExpansionError);
	});
	it('keeps backslash-escaped characters literal', () => {
		expect(argv('echo \\$A a\\ b', {A: 'x'})).toEqual(['echo', '$A', 'a b']);
	});
});
