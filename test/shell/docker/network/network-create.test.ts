import {describe, expect, it} from 'vitest';
import {run, session} from './helpers.js';

describe('docker network create', () => {
	it('prints the 64-hex id and allocates 172.18, 172.19, ... (v26 does not reuse a freed subnet at once)', () => {
		const s = session();
		const r = run(s, 'docker network create n1');
		expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
		run(s, 'docker network create n2', 'docker network create n3', 'docker network rm n2', 'docker network create n4');
		const subnet = (n: string) => run(s, `docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' ${n}`).stdout;
		expect(subnet('n1')).toBe('172.18.0.0/16 172.18.0.1\n');
		expect(subnet('n3')).toBe('172.20.0.0/16 172.20.0.1\n');
		expect(subnet('n4')).toBe('172.21.0.0/16 172.21.0.1\n');
	});

	it('--subnet/--gateway/--ip-range/--internal/--attachable/-o/--label', () => {
		const s = session();
		run(s, 'docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 --ip-range 10.10.0.128/25 --internal --attachable -o com.docker.network.bridge.enable_icc=false --label team=blue custom');
		const r = run(s, `docker network inspect -f '{{json .IPAM}} {{.Internal}} {{.Attachable}} {{json .Options}} {{json .Labels}}' custom`);
		expect(r.stdout).toBe('{"Driver":"default","Options":{},"Config":[{"Subnet":"10.10.0.0/24","IPRange":"10.10.0.128/25","Gateway":"10.10.0.254"}]} true true {"com.docker.network.bridge.enable_icc":"false"} {"team":"blue"}\n');
	});

	const errors: [string, string, string?][] = [
		['docker network create bridge', 'Error response from daemon: operation is not permitted on predefined bridge network\n'],
		['docker network create host', 'Error response from daemon: operation is not permitted on predefined host network\n'],
		['docker network create n1', 'Error response from daemon: network with name n1 already exists\n', 'docker network create n1'],
		['docker network create --subnet 172.18.5.0/24 overlapping', 'Error response from daemon: Pool overlaps with other one on this address space\n', 'docker network create n1'],
		['docker network create --subnet 10.20.0.1/24 badhost', 'Error response from daemon: invalid network config:\ninvalid subnet 10.20.0.1/24: it should be 10.20.0.0/24\n'],
		['docker network create --subnet foo bad', 'Error response from daemon: invalid network config:\ninvalid subnet foo: invalid CIDR block notation\n'],
		['docker network create --subnet foo --gateway 10.0.0.1 bad', 'invalid subnet: invalid CIDR address: foo\n'],
		['docker network create --subnet 10.30.0.0/24 --gateway 10.31.0.1 badgw', 'no matching subnet for gateway 10.31.0.1\n'],
		['docker network create --gateway 10.31.0.1 nogw', 'every ip-range or gateway must have a corresponding subnet\n'],
		['docker network create --subnet 10.1.0.0/16 --subnet 10.1.2.0/24 two', 'multiple overlapping subnet configuration is not supported\n'],
		['docker network create --subnet 10.1.0.0/16 --ip-range 10.2.0.0/24 r', 'no matching subnet for range 10.2.0.0/24\n'],
		['docker network create -d overlay ov', 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n'],
		['docker network create -d foo x', 'Error response from daemon: plugin "foo" not found\n'],
	];
	for (const [line, stderr, before] of errors) {
		it(`error: ${line}`, () => {
			const s = session();
			if (before) run(s, before);
			const r = run(s, line);
			expect(r).toEqual({stdout: '', stderr, exitCode: 1});
		});
	}

	it('needs exactly one argument', () => {
		const r = run(session(), 'docker network create');
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toBe("docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n");
	});
});
