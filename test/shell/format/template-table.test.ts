// docker --format handling (formatter.go): the table prefix, header rendering and \t.
import {describe, expect, it} from 'vitest';
import {formatTemplateTable, prepareFormat} from '../../../src/shell/format/index.js';
import {TemplateError} from '../../../src/shell/template/index.js';

const headers = {ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE', Ports: 'PORTS', Status: 'STATUS', Networks: 'NETWORKS'};
const rows = [
	{ID: '3f1c2d4e5a6b', Names: 'web', Image: 'nginx', Ports: '0.0.0.0:8080->80/tcp', Status: 'Up 4 seconds', Networks: 'mynet'},
	{ID: '9a8b7c6d5e4f', Names: 'client', Image: 'alpine', Ports: '', Status: 'Up 2 minutes', Networks: 'bridge'},
];

describe('formatTemplateTable', () => {
	it('table prefix: header + tabwriter, with the typed \\t converted', () => {
		expect(formatTemplateTable('table {{.Names}}\\t{{.Networks}}', rows, headers)).toBe(
			'NAMES     NETWORKS\nweb       mynet\nclient    bridge\n',
		);
	});
	it('no prefix: one rendered line per row, no alignment', () => {
		expect(formatTemplateTable('{{.Names}}\\t{{.Ports}}', rows, headers)).toBe('web\t0.0.0.0:8080->80/tcp\nclient\t\n');
		expect(formatTemplateTable('{{.ID}}: {{.Status}}', rows, headers)).toBe('3f1c2d4e5a6b: Up 4 seconds\n9a8b7c6d5e4f: Up 2 minutes\n');
	});
	it('header functions leave titles alone', () => {
		expect(formatTemplateTable('table {{upper .Names}}\\t{{json .Image}}', rows.slice(0, 1), headers)).toBe('NAMES     IMAGE\nWEB       "nginx"\n');
	});
	it('empty list: header only', () => {
		expect(formatTemplateTable('table {{.ID}}\\t{{.Names}}', [], headers)).toBe('CONTAINER ID   NAMES\n');
	});
	it('"json" means {{json .}}', () => {
		expect(prepareFormat('json').source).toBe('{{json .}}');
		expect(formatTemplateTable('json', [{ID: 'a', Names: 'b'}], headers)).toBe('{"ID":"a","Names":"b"}\n');
	});
	it('unknown fields are errors naming the context type', () => {
		expect(() => formatTemplateTable('{{.Foo}}', rows, headers)).toThrow(
			new TemplateError('template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext', 'exec'),
		);
	});
	it('network ls names its own context type (recorded from docker 28.2)', () => {
		const nets = [{ID: '9e7ef1be8882', Name: 'bridge', Driver: 'bridge', Scope: 'local', Labels: '', Internal: 'false'}];
		const netHeaders = {ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', Labels: 'LABELS', Internal: 'INTERNAL'};
		expect(() => formatTemplateTable('table {{.Name}}\\t{{.Foo}}', nets, netHeaders, '*network.networkContext')).toThrow(
			'template: :1:12: executing "" at <.Foo>: can\'t evaluate field Foo in type *network.networkContext',
		);
		expect(formatTemplateTable('table {{.Name}}\\t{{.Labels}}\\t{{.Internal}}', nets, netHeaders)).toBe(
			'NAME      LABELS    INTERNAL\nbridge              false\n',
		);
		expect(formatTemplateTable('table{{.Name}}  ', nets, netHeaders)).toBe('NAME\nbridge\n');
	});
});
