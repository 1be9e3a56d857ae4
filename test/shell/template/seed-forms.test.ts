// The template forms players copy from docs and blog posts (docker.md §7), run against a
// container and a network shaped like docker 26.1's inspect output.
import {describe, expect, it} from 'vitest';
import {renderInspectObject, parseInspectTemplate, renderTemplate} from '../../../src/shell/template/index.js';

const container = {
	Id: '3f1c2d4e5a6b7c8d9e0f3f1c2d4e5a6b7c8d9e0f3f1c2d4e5a6b7c8d9e0f1a2b',
	Created: '2025-01-01T12:00:00.000000000Z',
	Path: '/docker-entrypoint.sh',
	Args: ['nginx', '-g', 'daemon off;'],
	State: {Status: 'running', Running: true, Pid: 1234, ExitCode: 0},
	Name: '/web',
	NetworkSettings: {
		Bridge: '',
		SandboxID: 'abc',
		SandboxKey: '/var/run/docker/netns/abc123abc123',
		Ports: {
			'80/tcp': [
				{HostIp: '0.0.0.0', HostPort: '8080'},
				{HostIp: '::', HostPort: '8080'},
			],
			'443/tcp': null,
			'8787/tcp': [{HostIp: '0.0.0.0', HostPort: '8787'}],
		},
		EndpointID: '',
		Gateway: '',
		IPAddress: '',
		IPPrefixLen: 0,
		MacAddress: '',
		Networks: {
			myapp_default: {
				IPAMConfig: null,
				Links: null,
				Aliases: ['web', 'myapp-web-1'],
				MacAddress: '02:42:ac:12:00:02',
				NetworkID: 'n1',
				EndpointID: 'e1',
				Gateway: '172.18.0.1',
				IPAddress: '172.18.0.2',
				IPPrefixLen: 16,
				DNSNames: ['web', 'myapp-web-1', '3f1c2d4e5a6b'],
			},
			bridge: {
				IPAMConfig: null,
				Links: null,
				Aliases: null,
				MacAddress: '02:42:ac:11:00:02',
				NetworkID: 'n0',
				EndpointID: 'e0',
				Gateway: '172.17.0.1',
				IPAddress: '172.17.0.2',
				IPPrefixLen: 16,
				DNSNames: null,
			},
		},
	},
};

const network = {
	Name: 'mynet',
	Id: 'f'.repeat(64),
	Scope: 'local',
	Driver: 'bridge',
	EnableIPv6: false,
	IPAM: {Driver: 'default', Options: {}, Config: [{Subnet: '172.18.0.0/16', Gateway: '172.18.0.1'}]},
	Internal: false,
	Containers: {
		['b'.repeat(64)]: {Name: 'db', EndpointID: 'e2', MacAddress: '02:42:ac:12:00:03', IPv4Address: '172.18.0.3/16', IPv6Address: ''},
		['a'.repeat(64)]: {Name: 'web', EndpointID: 'e1', MacAddress: '02:42:ac:12:00:02', IPv4Address: '172.18.0.2/16', IPv6Address: ''},
	},
	Options: {},
	Labels: {},
};

const inspect = (t: string, data: unknown): string => renderInspectObject(parseInspectTemplate(t), data);

describe('seed template forms', () => {
	it('ranges over networks by key, in sorted order', () => {
		expect(inspect('{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}', container)).toBe(
			'bridge 172.17.0.2myapp_default 172.18.0.2',
		);
	});
	it('runs IPs together with no separator', () => {
		expect(inspect('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', container)).toBe('172.17.0.2172.18.0.2');
	});
	it('indexes a network whose name is not an identifier', () => {
		expect(inspect('{{(index .NetworkSettings.Networks "myapp_default").IPAddress}}', container)).toBe('172.18.0.2');
	});
	it('lists ports with with/else for unpublished ones', () => {
		expect(
			inspect('{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{with $conf}}{{(index . 0).HostPort}}{{else}}none{{end}} {{end}}', container),
		).toBe(' 443/tcp -> none  80/tcp -> 8080  8787/tcp -> 8787 ');
	});
	it('double index into Ports', () => {
		expect(inspect('{{(index (index .NetworkSettings.Ports "8787/tcp") 0).HostPort}}', container)).toBe('8787');
	});
	it('json keeps struct field order and sorts map keys', () => {
		const out = inspect('{{json .NetworkSettings}}', container);
		expect(out.startsWith('{"Bridge":"","SandboxID":"abc","SandboxKey":"/var/run/docker/netns/abc123abc123","Ports":{"443/tcp":null,"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"}')).toBe(true);
		expect(out).toContain('"Networks":{"bridge":{"IPAMConfig":null,"Links":null,"Aliases":null,');
		expect(out).not.toContain('\n');
	});
	it('json of IPAM.Config', () => {
		expect(inspect('{{json .IPAM.Config}}', network)).toBe('[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]');
	});
	it('ranges over IPAM.Config', () => {
		expect(inspect('{{range .IPAM.Config}}{{.Subnet}}{{end}}', network)).toBe('172.18.0.0/16');
	});
	it('ranges over network containers in key (container ID) order', () => {
		expect(inspect('{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}', network)).toBe('web 172.18.0.2/16db 172.18.0.3/16');
	});
	it('prints the empty deprecated top-level IPAddress on a user network', () => {
		expect(inspect('{{ .NetworkSettings.IPAddress }}', container)).toBe('');
	});
	it('printf pads', () => {
		expect(inspect('{{.Name}} {{printf "%-10s" .State.Status}}|', container)).toBe('/web running   |');
	});
	it('join, upper', () => {
		expect(inspect('{{join .Args ","}}', container)).toBe('nginx,-g,daemon off;');
		expect(inspect('{{upper .Name}}', container)).toBe('/WEB');
	});
	it('prints ints without decimals', () => {
		expect(inspect('{{.State.Pid}} {{.NetworkSettings.Networks.bridge.IPPrefixLen}}', container)).toBe('1234 16');
		expect(renderTemplate('{{.}} {{.}}', 1500)).toBe('1500 1500');
		expect(renderTemplate('{{.a}} {{.b}}', {a: 1.5, b: 1e6 + 0.5})).toBe('1.5 1.0000005e+06');
	});
	it('nil slices and maps print as docker typed values do', () => {
		expect(inspect('{{.NetworkSettings.Networks.bridge.Aliases}}', container)).toBe('[]');
		expect(inspect('{{.NetworkSettings.Networks.bridge.DNSNames}}|{{.NetworkSettings.Networks.bridge.IPAMConfig}}', container)).toBe('[]|<nil>');
		expect(inspect('{{.NetworkSettings.Networks.myapp_default.Aliases}}', container)).toBe('[web myapp-web-1]');
		expect(inspect('{{index .NetworkSettings.Ports "443/tcp"}}', container)).toBe('[]');
	});
	it('a network the container is not on prints <no value> (typed map lookup)', () => {
		expect(inspect('{{.NetworkSettings.Networks.other.IPAddress}}', container)).toBe('<no value>');
	});
	it('a misspelt struct field is the raw pass error', () => {
		expect(() => inspect('{{.NetworkSettings.IPAdress}}', container)).toThrow(
			'template: :1:18: executing "" at <.NetworkSettings.IPAdress>: map has no entry for key "IPAdress"',
		);
	});
});

describe('renderTemplate basics', () => {
	it('trims whitespace around trim markers', () => {
		expect(renderTemplate('a  {{- .x -}}  b', {x: 1})).toBe('a1b');
		expect(renderTemplate('{{.x}}\n{{- /* note */ -}}\n{{.x}}', {x: 2})).toBe('22');
	});
	it('variables, assignment, if/else if', () => {
		expect(renderTemplate('{{$x := 1}}{{if eq .a 1}}one{{else if eq .a 2}}two{{else}}many{{end}}{{$x = 3}}{{$x}}', {a: 2})).toBe('two3');
	});
	it('range with break, continue and else', () => {
		expect(renderTemplate('{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}', [1, 2, 3, 4, 5])).toBe('13');
		expect(renderTemplate('{{range .}}x{{else}}empty{{end}}', [])).toBe('empty');
	});
	it('missing keys: <no value> by default, an error with missingKey=error', () => {
		expect(renderTemplate('{{.Foo}}', {})).toBe('<no value>');
		expect(() => renderTemplate('{{.Foo}}', {}, {missingKey: 'error'})).toThrow(
			'template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"',
		);
	});
	it('%v of maps, slices and nil', () => {
		expect(renderTemplate('{{printf "%v %v %v" .m .s .n}}', {m: {b: 1, a: 'x'}, s: ['a', 2, true], n: null})).toBe('map[a:x b:1] [a 2 true] <nil>');
		expect(renderTemplate('{{.n}}', {n: null})).toBe('<no value>');
	});
	it('printf verbs', () => {
		expect(renderTemplate('{{printf "%5s|%-5s|%05d|%x|%q|%t|%v|%3.1f" "a" "b" 42 255 "hi" true 7 2.25}}', null)).toBe(
			'    a|b    |00042|ff|"hi"|true|7|2.2',
		);
		expect(renderTemplate('{{printf "%d" "x"}} {{printf "%s"}} {{printf "%s" 1}}', null)).toBe('%!d(string=x) %!s(MISSING) %!s(int=1)');
	});
	it('docker extras', () => {
		expect(renderTemplate('{{split "a:b:c" ":"}} {{title "hello docker"}} {{lower "ABC"}} {{pad "x" 2 1}}| {{truncate "abcdef" 2}} {{json .}}', {a: '<&>'})).toBe(
			'[a b c] Hello Docker abc   x | ab {"a":"<&>"}',
		);
	});
});
