// docker run's resolver, restart, capability and MAC flags: what they change and their errors
// (texts as recorded in test/fidelity/recorded/60-run-flags.json).
import {describe, expect, it} from 'vitest';
import {session, setup} from './helpers.js';

const USAGE = "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n";
const HELP = "\n\nRun 'docker run --help' for more information\n";

describe('docker run --dns, --dns-search, --dns-option', () => {
	it('write the container resolv.conf as Docker does and show in inspect', () => {
		const s = session();
		setup(s, 'docker run -d --name ca --dns 1.1.1.1 --dns-search example.com --dns-option ndots:2 busybox sleep 300');
		const conf = s.run('docker exec ca cat /etc/resolv.conf').stdout;
		expect(conf).toContain('nameserver 1.1.1.1\nsearch example.com\noptions ndots:2\n');
		expect(conf).toContain('# Overrides: [nameservers search options]\n# Option ndots from: override\n');
		expect(s.run("docker inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}}' ca").stdout).toBe('["1.1.1.1"] ["example.com"]\n');
	});

	it('keep the embedded resolver on a user network and list the servers as ExtServers', () => {
		const s = session();
		setup(s, 'docker network create n', 'docker run -d --name ca --network n --dns 1.1.1.1 busybox sleep 300');
		const conf = s.run('docker exec ca cat /etc/resolv.conf').stdout;
		expect(conf).toContain('nameserver 127.0.0.11\noptions ndots:0\n');
		expect(conf).toContain('# ExtServers: [1.1.1.1]\n# Overrides: [nameservers]\n');
	});

	it('reject a server that is not an IP as pflag does', () => {
		expect(session().run('docker run --rm --dns notanip busybox true')).toMatchObject({
			stderr: `invalid argument "notanip" for "--dns" flag: IP address is not correctly formatted: notanip${USAGE}`,
			exitCode: 125,
		});
	});
});

describe('docker run --add-host', () => {
	it('puts host-gateway as the default bridge gateway in /etc/hosts', () => {
		expect(session().run('docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts').stdout).toContain('172.17.0.1\tgw\n');
	});

	it('rejects a bad mapping as a flag value error', () => {
		const s = session();
		expect(s.run('docker run --rm --add-host bad busybox true')).toMatchObject({stderr: `invalid argument "bad" for "--add-host" flag: bad format for add-host: "bad"${USAGE}`, exitCode: 125});
		expect(s.run('docker run --rm --add-host x:no busybox true').stderr).toBe(`invalid argument "x:no" for "--add-host" flag: invalid IP address in add-host: "no"${USAGE}`);
	});
});

describe('docker run --restart', () => {
	it('is shown in inspect; the default keeps the daemon key order', () => {
		const s = session();
		setup(s, 'docker run -d --name ca --restart on-failure:3 busybox sleep 300', 'docker run -d --name cb busybox sleep 300');
		expect(s.run("docker inspect -f '{{json .HostConfig.RestartPolicy}}' ca").stdout).toBe('{"Name":"on-failure","MaximumRetryCount":3}\n');
		expect(s.run("docker inspect -f '{{json .HostConfig.RestartPolicy}}' cb").stdout).toBe('{"MaximumRetryCount":0,"Name":"no"}\n');
	});

	it('has the CLI and daemon errors', () => {
		const s = session();
		expect(s.run('docker run --rm --restart always busybox true')).toMatchObject({stderr: `docker: conflicting options: cannot specify both --restart and --rm${HELP}`, exitCode: 125});
		expect(s.run('docker run -d --restart bogus busybox true').stderr).toBe(
			`docker: Error response from daemon: invalid restart policy: unknown policy 'bogus'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'${HELP}`,
		);
		expect(s.run('docker run -d --restart on-failure:x busybox true').stderr).toBe(`docker: invalid restart policy format: maximum retry count must be an integer${HELP}`);
		expect(s.run('docker run -d --restart always:3 busybox true').stderr).toBe(`docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'${HELP}`);
		expect(s.run('docker ps -aq').stdout).toBe('');
	});
});

describe('docker run --cap-add, --cap-drop, --privileged, --mac-address', () => {
	it('are recorded in inspect, capabilities normalised', () => {
		const s = session();
		setup(s, 'docker run -d --name ca --cap-add net_admin --cap-drop MKNOD busybox sleep 300', 'docker run -d --name cp --privileged busybox sleep 300');
		expect(s.run("docker inspect -f '{{json .HostConfig.CapAdd}} {{json .HostConfig.CapDrop}} {{.HostConfig.Privileged}}' ca").stdout).toBe('["CAP_NET_ADMIN"] ["CAP_MKNOD"] false\n');
		expect(s.run("docker inspect -f '{{json .HostConfig.CapAdd}} {{.HostConfig.Privileged}}' cp").stdout).toBe('null true\n');
	});

	it('reject an unknown capability and a bad MAC', () => {
		const s = session();
		expect(s.run('docker run --rm --cap-add NOPE busybox true')).toMatchObject({stderr: `docker: Error response from daemon: invalid CapAdd: unknown capability: "CAP_NOPE"${HELP}`, exitCode: 125});
		expect(s.run('docker run --rm --mac-address zz busybox true')).toMatchObject({stderr: `docker: zz is not a valid mac address${HELP}`, exitCode: 125});
	});

	it('--mac-address is the first interface address', () => {
		const s = session();
		setup(s, 'docker run -d --name cm --mac-address 02:42:AC:11:00:99 busybox sleep 300');
		expect(s.run('docker exec cm ip link show eth0').stdout).toContain('link/ether 02:42:ac:11:00:99 ');
		expect(s.run("docker inspect -f '{{.Config.MacAddress}} {{.NetworkSettings.MacAddress}}' cm").stdout).toBe('02:42:ac:11:00:99 02:42:ac:11:00:99\n');
	});
});
