import {describe, expect, it} from 'vitest';
import {run, session} from './helpers.js';

describe('docker network ls', () => {
	it('sorts by name in natural order with the default table', () => {
		const s = session();
		run(s, 'docker network create net10', 'docker network create net9', 'docker network create alpha');
		const names = run(s, 'docker network ls').stdout.split('\n').slice(1, -1).map((l) => l.split(/\s+/)[1]);
		expect(names).toEqual(['alpha', 'bridge', 'host', 'net9', 'net10', 'none']);
		expect(run(s, 'docker network ls').stdout.split('\n')[0]).toBe('NETWORK ID     NAME      DRIVER    SCOPE');
	});

	it('-q, --no-trunc and --format', () => {
		const s = session();
		expect(run(s, 'docker network ls -q').stdout).toMatch(/^([0-9a-f]{12}\n){3}$/);
		expect(run(s, 'docker network ls -q --no-trunc').stdout).toMatch(/^([0-9a-f]{64}\n){3}$/);
		expect(run(s, "docker network ls --format '{{.Name}}:{{.Driver}}'").stdout).toBe('bridge:bridge\nhost:host\nnone:null\n');
		expect(run(s, "docker network ls --format 'table {{.Name}}\\t{{.Scope}}'").stdout).toBe('NAME      SCOPE\nbridge    local\nhost      local\nnone      local\n');
	});

	it('filters: driver, name (regexp), type, label, scope; bad ones', () => {
		const s = session();
		run(s, 'docker network create --label env=prod web', 'docker network create db');
		const names = (f: string) => run(s, `docker network ls --format '{{.Name}}' ${f}`).stdout.trim().split('\n');
		expect(names('-f driver=null')).toEqual(['none']);
		expect(names('-f name=^d')).toEqual(['db']);
		expect(names('-f type=custom')).toEqual(['db', 'web']);
		expect(names('-f type=builtin')).toEqual(['bridge', 'host', 'none']);
		expect(names('-f label=env=prod')).toEqual(['web']);
		expect(names('-f scope=local')).toHaveLength(5);
		expect(run(s, 'docker network ls -f foo=bar')).toEqual({stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", exitCode: 1});
		expect(run(s, 'docker network ls -f type=x')).toEqual({stdout: '', stderr: "Error response from daemon: invalid filter: 'type'='x'\n", exitCode: 1});
		expect(run(s, 'docker network ls -f driver').exitCode).toBe(125);
	});
});

describe('docker network inspect', () => {
	it('prints the daemon fields in struct order', () => {
		const s = session();
		run(s, 'docker network create mynet', 'docker run -dit --name web --network mynet alpine sh');
		const r = run(s, 'docker network inspect mynet');
		const [obj] = JSON.parse(r.stdout);
		expect(Object.keys(obj)).toEqual(['Name', 'Id', 'Created', 'Scope', 'Driver', 'EnableIPv6', 'IPAM', 'Internal', 'Attachable', 'Ingress', 'ConfigFrom', 'ConfigOnly', 'Containers', 'Options', 'Labels']);
		expect(obj.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/);
		const [ep] = Object.values(obj.Containers) as Record<string, string>[];
		expect(Object.keys(ep)).toEqual(['Name', 'EndpointID', 'MacAddress', 'IPv4Address', 'IPv6Address']);
		expect(ep).toMatchObject({Name: 'web', MacAddress: '02:42:ac:12:00:02', IPv4Address: '172.18.0.2/16', IPv6Address: ''});
		expect(r.stdout.split('\n')[1]).toBe('    {');
	});

	it('host and none have IPAM.Config null; the default bridge has IPAM.Options null', () => {
		const s = session();
		expect(run(s, "docker network inspect -f '{{json .IPAM}}' host").stdout).toBe('{"Driver":"default","Options":null,"Config":null}\n');
		expect(run(s, "docker network inspect -f '{{json .IPAM}}' bridge").stdout).toBe('{"Driver":"default","Options":null,"Config":[{"Subnet":"172.17.0.0/16","Gateway":"172.17.0.1"}]}\n');
	});

	it('unknown network: [] on stdout, the error on stderr, exit 1', () => {
		expect(run(session(), 'docker network inspect foo')).toEqual({stdout: '[]\n', stderr: 'Error response from daemon: network foo not found\n', exitCode: 1});
		expect(run(session(), "docker network inspect -f '{{.Name}}' bridge foo")).toEqual({stdout: 'bridge\n', stderr: 'Error response from daemon: network foo not found\n', exitCode: 1});
	});
});
