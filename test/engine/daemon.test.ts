// dockerd restarts and daemon.json, as measured on daemon 26.1.5 (test/fidelity/NOTES.md, "daemon restart").
import {describe, expect, it} from 'vitest';
import {runScript} from '../../src/shell/script.js';
import {goJsonSyntaxError, parseDaemonConfig, poolSubnets} from '../../src/engine/daemon-config.js';

const run = (...lines: string[]) => runScript(lines).transcript;
const last = (...lines: string[]) => run(...lines).at(-1)!;

const POLICIES = [
	'docker network create appnet',
	'docker run -d --name a1-always --restart always alpine sleep 1d',
	'docker run -d --name a2-unless --restart unless-stopped alpine sleep 1d',
	'docker run -d --name a3-onfail --restart on-failure alpine sleep 1d',
	'docker run -d --name a4-none alpine sleep 1d',
	'docker run -d --name a5-unless-stopped --restart unless-stopped alpine sleep 1d',
	'docker stop a5-unless-stopped',
	'docker run -d --name a6-always-stopped --restart always alpine sleep 1d',
	'docker stop a6-always-stopped',
	'docker run -d --name w1 --restart always -p 8080:80 nginx',
	'docker run -d --name b1 nginx',
];

describe('a daemon restart', () => {
	it('brings containers back by their restart policy, as 26.1.5 did', () => {
		const r = last(...POLICIES, 'sudo systemctl restart docker', "docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'");
		const state = Object.fromEntries(r.stdout.trim().split('\n').map((l) => [l.split(' ')[0], l.split(' ').slice(1).join(' ')]));
		expect(state['a1-always']).toMatch(/^running /);
		expect(state['a2-unless']).toMatch(/^running /);
		// on-failure: the shutdown's SIGKILL (alpine's sleep ignores TERM as PID 1) is a failure.
		expect(state['a3-onfail']).toMatch(/^running /);
		expect(state['a4-none']).toMatch(/^exited Exited \(137\)/);
		expect(state['a5-unless-stopped']).toMatch(/^exited Exited \(137\)/);
		// always comes back even after `docker stop`.
		expect(state['a6-always-stopped']).toMatch(/^running /);
		expect(state['w1']).toMatch(/^running /);
		// nginx stops cleanly on TERM.
		expect(state['b1']).toMatch(/^exited Exited \(0\)/);
		expect(last(...POLICIES, 'sudo systemctl restart docker', "docker inspect -f '{{.RestartCount}}' a1-always").stdout).toBe('0\n');
		expect(last(...POLICIES, 'sudo systemctl restart docker', 'curl -s localhost:8080').stdout).toContain('Welcome to nginx');
	});

	it('needs root, and says so as systemd does', () => {
		const r = last('systemctl restart docker');
		expect(r.stderr).toBe("Failed to restart docker.service: Interactive authentication required.\nSee system logs and 'systemctl status docker.service' for details.\n");
		expect(r.exitCode).toBe(1);
		expect(last('sudo systemctl restart nginx').stderr).toBe('Failed to restart nginx.service: Unit nginx.service not found.\n');
		expect(last('systemctl is-active docker')).toMatchObject({stdout: 'active\n', exitCode: 0});
	});

	it('takes docker0 and new networks from default-address-pools; existing networks keep theirs', () => {
		const lines = [
			'docker network create oldnet',
			`echo '{"default-address-pools": [{"base": "10.201.0.0/16", "size": 24}]}' | sudo tee /etc/docker/daemon.json`,
			'sudo systemctl restart docker',
			'docker network create p1',
			"docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' bridge oldnet p1",
		];
		expect(last(...lines).stdout).toBe('bridge 10.201.0.0/24 10.201.0.1\noldnet 172.18.0.0/16 172.18.0.1\np1 10.201.1.0/24 10.201.1.1\n');
		expect(last(...lines, "docker info --format '{{json .DefaultAddressPools}}'").stdout).toBe('[{"Base":"10.201.0.0/16","Size":24}]\n');
		expect(last(...lines, 'docker info').stdout).toContain(' Live Restore Enabled: false\n Default Address Pools:\n   Base: 10.201.0.0/16, Size: 24\n');
		expect(last("docker info --format '{{json .DefaultAddressPools}}'").stdout).toBe('null\n');
		// A container on the default bridge gets an address from the new docker0.
		expect(last(...lines, 'docker run -d --name xx alpine sleep 1d', "docker inspect -f '{{.NetworkSettings.IPAddress}}' xx").stdout).toBe('10.201.0.2\n');
		// The daemon keeps docker0's subnet when the pools go away (measured).
		expect(last(...lines, 'sudo rm /etc/docker/daemon.json', 'sudo systemctl restart docker', "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' bridge").stdout).toBe('10.201.0.0/24\n');
	});

	it('gives docker0 the bip address; a bip without a prefix stops the daemon from starting', () => {
		expect(last(`echo '{"bip": "192.168.200.1/24"}' | sudo tee /etc/docker/daemon.json`, 'sudo systemctl restart docker', "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' bridge").stdout).toBe('192.168.200.0/24 192.168.200.1\n');
		const bad = [`echo '{"bip": "10.9.0.1"}' | sudo tee /etc/docker/daemon.json`, 'sudo dockerd --validate', 'sudo systemctl restart docker'];
		const t = run(...bad, 'docker ps', 'systemctl status docker');
		expect(t[1]).toMatchObject({stdout: 'configuration OK\n', exitCode: 0});
		expect(t[2]!.stderr).toContain('Job for docker.service failed');
		expect(t[3]).toMatchObject({stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exitCode: 1});
		expect(t[4]!.stdout).toContain('failed to start daemon: Error initializing network controller: invalid CIDR address: 10.9.0.1');
		expect(t[4]!.exitCode).toBe(3);
		const log = last(...bad, 'journalctl -xeu docker.service');
		expect(log.stdout).toMatch(/^Nov 23 \d\d:\d\d:\d\d host dockerd\[812\]: failed to start daemon: .*\n.*docker.service: Failed with result 'exit-code'.\n$/);
	});

	it('does not start with a daemon.json it refuses; docker says it cannot connect until fixed', () => {
		const t = run(`echo '{"default-address-pools": [],}' | sudo tee /etc/docker/daemon.json`, 'sudo systemctl restart docker', 'docker run -d nginx', `echo '{}' | sudo tee /etc/docker/daemon.json`, 'sudo systemctl start docker', 'docker ps -q | wc -l');
		expect(t[1]!.stderr).toBe('Job for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xeu docker.service" for details.\n');
		expect(t[2]).toMatchObject({stderr: "docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n\nRun 'docker run --help' for more information\n", exitCode: 125});
		expect(t[4]!.exitCode).toBe(0);
		expect(t[5]!.stdout).toBe('0\n');
	});
});

describe('daemon.json', () => {
	it('reports syntax errors in Go encoding/json words (measured texts)', () => {
		expect(goJsonSyntaxError('{ "a": 1, }')).toBe("invalid character '}' looking for beginning of object key string");
		expect(goJsonSyntaxError('{"a" 1}')).toBe("invalid character '1' after object key");
		expect(goJsonSyntaxError('{"a": 1 "b": 2}')).toBe("invalid character '\"' after object key:value pair");
		expect(goJsonSyntaxError('[1 2]')).toBe("invalid character '2' after array element");
		expect(goJsonSyntaxError('{"a": tru}')).toBe("invalid character '}' in literal true (expecting 'e')");
		expect(goJsonSyntaxError("{'a': 1}")).toBe("invalid character '\\'' looking for beginning of object key string");
		expect(goJsonSyntaxError('{"a": 1')).toBe('unexpected end of JSON input');
		expect(goJsonSyntaxError('{} x')).toBe("invalid character 'x' after top-level value");
		expect(goJsonSyntaxError('{"a": [1, 2.5e3, -0, "x\\u00e9"]}')).toBeUndefined();
		expect(goJsonSyntaxError('['.repeat(20_000))).toBe('exceeded max depth');
		// 10,000 levels are allowed, and cost no call stack.
		expect(goJsonSyntaxError('['.repeat(10_000) + ']'.repeat(10_000))).toBeUndefined();
		expect(goJsonSyntaxError('[1,]')).toBe("invalid character ']' looking for beginning of value");
		expect(goJsonSyntaxError('{,}')).toBe("invalid character ',' looking for beginning of object key string");
	});
	it('refuses unknown keys and wrong types as dockerd --validate does', () => {
		const prefix = 'unable to configure the Docker daemon with file /etc/docker/daemon.json: ';
		expect(parseDaemonConfig('{ "bogus-key": 1 }')).toEqual({ok: false, error: `${prefix}the following directives don't match any configuration option: bogus-key`});
		expect(parseDaemonConfig('{"default-address-pools": "10.1.0.0/16"}')).toEqual({ok: false, error: `${prefix}json: cannot unmarshal string into Go struct field Config.CommonConfig.NetworkConfig.default-address-pools of type []*ipamutils.NetworkToSplit`});
		expect(parseDaemonConfig('{"default-address-pools": [{"base": "10.1.0.0/16", "size": "24"}]}')).toEqual({ok: false, error: `${prefix}json: cannot unmarshal string into Go struct field Config.CommonConfig.NetworkConfig.default-address-pools.size of type int`});
		expect(parseDaemonConfig('{"bip": 5}')).toEqual({ok: false, error: `${prefix}json: cannot unmarshal number into Go struct field Config.CommonConfig.BridgeConfig.DefaultBridgeConfig.bip of type string`});
		expect(parseDaemonConfig('{"default-address-pools": [{"base": "nonsense", "size": 24}]}').ok).toBe(true);
		expect(parseDaemonConfig(undefined)).toEqual({ok: true, config: {}});
	});
	it('splits pools into subnets lazily and in order', () => {
		const it = poolSubnets([{base: '10.201.0.0/16', size: 24}, {base: '10.202.0.0/23', size: 24}]);
		expect([it.next().value, it.next().value]).toEqual(['10.201.0.0/24', '10.201.1.0/24']);
		expect([...poolSubnets([{base: '10.202.0.0/23', size: 24}])]).toEqual(['10.202.0.0/24', '10.202.1.0/24']);
		// A /8 in /24s is 65,536 subnets; the generator makes them one at a time.
		expect(poolSubnets([{base: '10.0.0.0/8', size: 24}]).next().value).toBe('10.0.0.0/24');
	});
	it('runs out as the daemon does when the pools are used up', () => {
		const t = run(`echo '{"default-address-pools": [{"base": "10.203.0.0/23", "size": 24}]}' | sudo tee /etc/docker/daemon.json`, 'sudo systemctl restart docker', 'docker network create n1', 'docker network create n2');
		expect(t[2]!.exitCode).toBe(0);
		expect(t[3]).toMatchObject({stderr: 'Error response from daemon: could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network\n', exitCode: 1});
	});
});
