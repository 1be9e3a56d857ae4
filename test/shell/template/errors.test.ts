// Go's error texts, as docker prints them after `template parsing error: `.
import {describe, expect, it} from 'vitest';
import {dockerInspectExitCode, dockerTemplateError, renderTemplate, TemplateError} from '../../../src/shell/template/index.js';

function errorOf(source: string, data: unknown = {}, missingKey: 'error' | 'default' = 'error'): TemplateError {
	try {
		renderTemplate(source, data, {missingKey});
	} catch (e) {
		if (e instanceof TemplateError) return e;
		throw e;
	}
	throw new Error(`no error for ${source}`);
}

describe('parse errors', () => {
	const cases: [string, string][] = [
		['{{.Foo', 'template: :1: unclosed action'],
		['{{.Foo}', "template: :1: bad character U+007D '}'"],
		['{{foo}}', 'template: :1: function "foo" not defined'],
		['{{.Name}} {{end}}', 'template: :1: unexpected {{end}}'],
		['{{if .Name}}x', 'template: :1: unexpected EOF'],
		['{{(.Name}}', 'template: :1: unclosed left paren'],
		['{{.Name)}}', 'template: :1: unexpected right paren'],
		['{{"abc}}', 'template: :1: unterminated quoted string'],
		['{{$x}}', 'template: :1: undefined variable "$x"'],
		['{{break}}', 'template: :1: {{break}} outside {{range}}'],
		['{{ | .Name}}', 'template: :1: unexpected "|" in command'],
		['{{if}}{{end}}', 'template: :1: missing value for if'],
		['{{1 | 2}}', 'template: :1: non executable command in pipeline stage 2'],
		['{{/* x', 'template: :1: unclosed comment'],
		['a\n{{.x}}\n{{.y', 'template: :3: unclosed action'],
	];
	for (const [src, msg] of cases) {
		it(src, () => {
			const e = errorOf(src);
			expect(e.message).toBe(msg);
			expect(e.phase).toBe('parse');
		});
	}
});

describe('exec errors', () => {
	it('reports the missing key at the second segment of a field chain', () => {
		expect(errorOf('ab{{.Name}}{{.IPAM.Foo}}', {Name: 'x', IPAM: {}}).message).toBe(
			'template: :1:18: executing "" at <.IPAM.Foo>: map has no entry for key "Foo"',
		);
	});
	it('counts columns per line, in bytes', () => {
		expect(errorOf('é\n  {{.Foo}}').message).toBe('template: :2:4: executing "" at <.Foo>: map has no entry for key "Foo"');
		expect(errorOf('é{{.Foo}}').message).toBe('template: :1:4: executing "" at <.Foo>: map has no entry for key "Foo"');
	});
	it('function errors name the command', () => {
		expect(errorOf('{{index .a 5}}', {a: [1]}).message).toBe(
			'template: :1:2: executing "" at <index .a 5>: error calling index: index out of range: 5',
		);
		expect(errorOf('{{len 3}}').message).toBe('template: :1:2: executing "" at <len 3>: error calling len: len of type int');
	});
	it('argument errors', () => {
		expect(errorOf('{{upper 1}}').message).toBe('template: :1:8: executing "" at <1>: expected string; found 1');
		expect(errorOf('{{join}}').message).toBe('template: :1:2: executing "" at <join>: wrong number of args for join: want 2 got 0');
		expect(errorOf('{{nil}}').message).toBe('template: :1:2: executing "" at <nil>: nil is not a command');
	});
	it('nil receivers', () => {
		expect(errorOf('{{.a.b}}', {a: null}).message).toBe('template: :1:4: executing "" at <.a.b>: nil pointer evaluating interface {}.b');
		expect(errorOf('{{.a.b.c}}', {a: {}}).message).toBe('template: :1:4: executing "" at <.a.b.c>: map has no entry for key "b"');
	});
	it('range over a scalar', () => {
		expect(errorOf('{{range .a}}{{end}}', {a: 'str'}).message).toBe('template: :1:8: executing "" at <.a>: range can\'t iterate over str');
	});
});

describe('docker framing', () => {
	it('prefixes every template error with "template parsing error: "', () => {
		expect(dockerTemplateError(errorOf('{{.Foo'))).toBe('template parsing error: template: :1: unclosed action');
		expect(dockerTemplateError(errorOf('{{.Foo}}'))).toBe(
			'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"',
		);
	});
	it('inspect exits 64 on parse errors and 1 on execution errors', () => {
		expect(dockerInspectExitCode(errorOf('{{.Foo'))).toBe(64);
		expect(dockerInspectExitCode(errorOf('{{.Foo}}'))).toBe(1);
	});
});
