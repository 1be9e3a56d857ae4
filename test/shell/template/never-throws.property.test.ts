// Whatever a player types, rendering ends in output or a TemplateError: no other
// exception, no hang.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseInspectTemplate, renderInspectObject, renderTemplate, TemplateError} from '../../../src/shell/template/index.js';

const data = {
	Name: '/web',
	Args: ['a', 'b'],
	State: {Running: true, Pid: 12, Status: 'running'},
	NetworkSettings: {Networks: {bridge: {IPAddress: '172.17.0.2', Aliases: null}}, Ports: {'80/tcp': null}},
	n: 1.5,
};

const tokens = [
	'{{', '}}', '{{-', '-}}', '{{ ', ' }}', '.', '.Name', '.NetworkSettings', '.Networks', '.bridge', '.IPAddress', '$', '$x', '$k', ':=', '=', ',', '|', '(', ')',
	' ', 'range', 'end', 'else', 'if', 'with', 'break', 'continue', 'index', 'len', 'printf', 'json', 'join', 'split', 'upper', 'eq', 'and', 'or', 'not', 'slice',
	'"%v"', '"%d"', '"x"', '`raw`', '0', '1', '-1', '1.5', "'a'", 'nil', 'true', '/*', '*/', 'text', '\n', 'define', 'template', 'block', '"a"', '.Args', '.n', '99999999',
];

function renders(src: string): void {
	try {
		renderTemplate(src, data);
	} catch (e) {
		expect(e).toBeInstanceOf(TemplateError);
	}
	try {
		renderInspectObject(parseInspectTemplate(src), data);
	} catch (e) {
		expect(e).toBeInstanceOf(TemplateError);
	}
}

describe('template robustness', () => {
	it('random strings only ever throw TemplateError', () => {
		fc.assert(fc.property(fc.string({maxLength: 60}), renders), {numRuns: 500});
	});
	it('random token soups only ever throw TemplateError', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), {maxLength: 30}), (parts) => renders(parts.join(''))),
			{numRuns: 2000},
		);
	});
	it('deep nesting and huge ranges stop with a TemplateError', () => {
		renders('{{'.repeat(5000) + '('.repeat(5000));
		renders('{{if 1}}'.repeat(3000) + '{{end}}'.repeat(3000));
		expect(() => renderTemplate('{{range 100000000}}{{end}}', null)).toThrow(TemplateError);
		expect(() => renderTemplate('{{define "a"}}{{template "a"}}{{end}}{{template "a"}}', null)).toThrow(TemplateError);
	});
});
