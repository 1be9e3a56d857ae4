// What people reach for in the veth and NAT levels: which veth sits on which bridge (ip link
// show type veth / master BR, bridge link) and whether the host forwards (sysctl, /proc/sys).
// Layouts measured on Debian 13's iproute2 6.1 and procps, and BusyBox 1.37, beside daemon 26.1.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function world(): Session {
	const s = new Session({seed: 1});
	for (const line of ['docker run -d --name c1 busybox sleep 600', 'docker network create vn', 'docker run -d --name c2 --network vn busybox sleep 600']) {
		if (s.run(line).exitCode !== 0) throw new Error(line);
	}
	return s;
}

describe('ip link selectors', () => {
	it('type veth lists the host ends of the veth pairs; master BR only those on that bridge', () => {
		const s = world();
		const veths = s.run('ip link show type veth').stdout;
		expect(veths.match(/^\d+: veth[0-9a-f]{7}@if\d+: /gm)).toHaveLength(2);
		expect(veths).toMatch(/master docker0 state UP mode DEFAULT group default \n/);
		const onDocker0 = s.run('ip link show master docker0').stdout;
		expect(onDocker0.match(/^\d+: veth/gm)).toHaveLength(1);
		expect(onDocker0).toContain('link-netnsid 0');
		expect(s.run('ip link show type bridge').stdout.match(/^\d+: (docker0|br-[0-9a-f]{12}): /gm)).toHaveLength(2);
	});

	it('iproute2 errors: an unknown master, a missing value; BusyBox refuses the selectors', () => {
		const s = world();
		expect(s.run('ip link show master nosuch')).toMatchObject({stderr: 'Error: argument "nosuch" is wrong: Device does not exist\n', exitCode: 255});
		expect(s.run('ip link show type')).toMatchObject({exitCode: 255});
		expect(s.run('ip link show type foo')).toMatchObject({stdout: '', exitCode: 0});
		expect(s.run('docker exec c1 ip link show type veth')).toMatchObject({stderr: 'ip: either "dev" is duplicate, or "veth" is garbage\n', exitCode: 1});
	});

	it('ip link says mode DEFAULT as iproute2 does; ip addr does not', () => {
		const s = world();
		expect(s.run('ip link show lo').stdout).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n');
		expect(s.run('ip addr show lo').stdout).not.toContain('mode DEFAULT');
	});
});

describe('bridge link', () => {
	it('one line per bridge port, forwarding', () => {
		const out = world().run('bridge link').stdout.split('\n');
		expect(out[0]).toMatch(/^\d+: veth[0-9a-f]{7}@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master docker0 state forwarding priority 32 cost 2 $/);
		expect(out[1]).toMatch(/master br-[0-9a-f]{12} state forwarding/);
	});

	it('errors as iproute2 words them', () => {
		const s = world();
		expect(s.run('bridge link show dev nosuch')).toMatchObject({stderr: 'Cannot find device "nosuch"\n', exitCode: 255});
		expect(s.run('bridge foo')).toMatchObject({stderr: 'Object "foo" is unknown, try "bridge help".\n', exitCode: 255});
		expect(s.run('bridge link add')).toMatchObject({stderr: 'Command "add" is unknown, try "bridge link help".\n', exitCode: 255});
		expect(s.run('bridge').stderr).toMatch(/^Usage: bridge \[ OPTIONS \] OBJECT/);
		expect(s.run('docker exec c1 bridge link').exitCode).not.toBe(0);
	});
});

describe('sysctl and /proc/sys', () => {
	it('the host forwards and sends bridged traffic through iptables', () => {
		const s = world();
		expect(s.run('sysctl net.ipv4.ip_forward net.bridge.bridge-nf-call-iptables').stdout).toBe('net.ipv4.ip_forward = 1\nnet.bridge.bridge-nf-call-iptables = 1\n');
		expect(s.run('sysctl -n net/ipv4/ip_forward').stdout).toBe('1\n');
		expect(s.run('cat /proc/sys/net/ipv4/ip_forward').stdout).toBe('1\n');
	});

	it('writing: the prompt user is not root on the host; /proc/sys is read-only in a container', () => {
		const s = world();
		expect(s.run('sysctl -w net.ipv4.ip_forward=0')).toMatchObject({stderr: 'sysctl: permission denied on key "net.ipv4.ip_forward"\n', exitCode: 1});
		expect(s.run('docker exec c1 sysctl -w net.ipv4.ip_forward=0')).toMatchObject({stderr: "sysctl: error setting key 'net.ipv4.ip_forward': Read-only file system\n", exitCode: 1});
		expect(s.run('sysctl net.ipv4.ip_forward').stdout).toBe('net.ipv4.ip_forward = 1\n');
	});

	it('Docker lets any port be bound and anyone ping inside a container, unlike on the host', () => {
		const s = world();
		// A host-mode container shares the host's network namespace, so its net.* keys are the host's.
		s.run('docker run -d --name hm --network host busybox sleep 600');
		expect(s.run('docker exec hm sysctl -n net.ipv4.ip_unprivileged_port_start').stdout).toBe('1024\n');
		expect(s.run('sysctl -n net.ipv4.ip_unprivileged_port_start').stdout).toBe('1024\n');
		expect(s.run('docker exec c1 sysctl -n net.ipv4.ip_unprivileged_port_start').stdout).toBe('0\n');
		expect(s.run('docker exec c1 sysctl net.ipv4.ping_group_range').stdout).toBe('net.ipv4.ping_group_range = 0\t2147483647\n');
	});

	it('unknown keys, and no key at all', () => {
		const s = world();
		expect(s.run('sysctl net.ipv4.nosuch')).toMatchObject({stderr: 'sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory\n', exitCode: 1});
		expect(s.run('docker exec c1 sysctl nosuch.key')).toMatchObject({stderr: "sysctl: error: 'nosuch/key' is an unknown key\n", exitCode: 1});
		// Measured on Debian 13's procps: a bare sysctl prints its usage (stderr, exit 1); flags without a key say so.
		expect(s.run('sysctl')).toMatchObject({stdout: '', exitCode: 1});
		expect(s.run('sysctl').stderr).toMatch(/^\nUsage:\n sysctl \[options\] \[variable\[=value\] \.\.\.\]\n/);
		expect(s.run('sysctl -n')).toMatchObject({stderr: "sysctl: no variables specified\nTry `sysctl --help' for more information.\n", exitCode: 1});
		expect(s.run('sysctl -Q')).toMatchObject({stderr: "sysctl: invalid option -- 'Q'\n", exitCode: 0});
		expect(s.run('docker exec c1 sysctl')).toMatchObject({stdout: '', stderr: '', exitCode: 0});
		expect(s.run('sysctl __proto__').exitCode).toBe(1);
	});
});
