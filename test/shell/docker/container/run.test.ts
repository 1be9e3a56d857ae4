import {describe, expect, test} from 'vitest';
import {HEX64, session, setup} from './helpers.js';

const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";

describe('docker run', () => {
	test('-d prints the 64-hex id', () => {
		const s = session();
		const r = s.run('docker run -d --name web nginx');
		expect(r.stdout).toMatch(HEX64);
		expect(r.stderr).toBe('');
		expect(r.exitCode).toBe(0);
	});

	test('-dit combined flags keep a shell running', () => {
		const s = session();
		setup(s, 'docker run -dit --name box alpine sh');
		expect(s.run("docker inspect -f '{{.State.Status}}' box").stdout).toBe('running\n');
	});

	test('foreground one-shot prints its output and exits', () => {
		const s = session();
		const r = s.run('docker run alpine echo hi');
		expect(r).toEqual({stdout: 'hi\n', stderr: '', exitCode: 0});
		expect(s.run("docker ps -a --format '{{.Status}}'").stdout).toMatch(/^Exited \(0\)/);
	});

	test('foreground exit status and stderr, kept in the log', () => {
		const s = session();
		const r = s.run("docker run --name failing alpine sh -c 'echo oops >&2; exit 3'");
		expect(r).toEqual({stdout: '', stderr: 'oops\n', exitCode: 3});
		expect(s.run('docker logs failing')).toEqual({stdout: '', stderr: 'oops\n', exitCode: 0});
	});

	test('--rm removes a finished container', () => {
		const s = session();
		expect(s.run('docker run --rm alpine echo bye').stdout).toBe('bye\n');
		expect(s.run('docker ps -aq').stdout).toBe('');
	});

	test('foreground server keeps running with a netdojo note', () => {
		const s = session();
		const r = s.run('docker run --name web nginx');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toContain('Configuration complete; ready for start up');
		const notes = r.stderr.split('\n').filter((l) => l.startsWith('netdojo:'));
		expect(notes).toHaveLength(1);
		expect(s.run("docker inspect -f '{{.State.Running}}' web").stdout).toBe('true\n');
	});

	test('-it shell moves the prompt inside and exit stops it', () => {
		const s = session();
		const r = s.run('docker run -it --name box alpine sh');
		expect(r).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(s.prompt()).toBe('/ # ');
		s.run('exit');
		expect(s.prompt()).toBe('$ ');
		expect(s.run("docker inspect -f '{{.State.Status}}' box").stdout).toBe('exited\n');
	});

	test('-it bash on a debian image shows the root prompt', () => {
		const s = session();
		s.run('docker run -it --name ub ubuntu bash');
		expect(s.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/);
	});

	test('unknown image', () => {
		const s = session();
		const r = s.run('docker run foo');
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(
			"Unable to find image 'foo:latest' locally\ndocker: Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied" + RUN_HELP,
		);
		expect(r.exitCode).toBe(125);
	});

	test('port already allocated: id first, container left Created', () => {
		const s = session();
		setup(s, 'docker run -d --name web -p 8000:80 nginx');
		const r = s.run('docker run -d --name web2 -p 8000:80 nginx');
		expect(r.exitCode).toBe(125);
		expect(r.stdout).toMatch(HEX64);
		expect(r.stderr).toMatch(/^docker: Error response from daemon: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8000 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/);
		expect(s.run("docker inspect -f '{{.State.Status}}' web2").stdout).toBe('created\n');
	});

	test('host mode with -p warns once', () => {
		const s = session();
		const r = s.run('docker run -d -p 8080:80 --name=my-web-app --network=host nginx');
		expect(r.stdout).toMatch(HEX64);
		expect(r.stderr).toBe('WARNING: Published ports are discarded when using host network mode\n');
		expect(s.run("docker inspect -f '{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}' my-web-app").stdout).toBe('{"80/tcp":[{"HostIp":"","HostPort":"8080"}]} {}\n');
	});

	test('one-letter name', () => {
		const r = session().run('docker run -dit --name a alpine sh');
		expect(r).toEqual({stdout: '', stderr: 'docker: Error response from daemon: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed' + RUN_HELP, exitCode: 125});
	});

	test('name conflict names the holder', () => {
		const s = session();
		const id = s.run('docker run -d --name web nginx').stdout.trim();
		const r = s.run('docker run -d --name web nginx');
		expect(r.stderr).toBe(`docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.` + RUN_HELP);
		expect(r.exitCode).toBe(125);
	});

	test('network not found: created, then the start fails', () => {
		const s = session();
		const r = s.run('docker run -d --network nosuchnet --name x1 alpine sleep 3600');
		expect(r.stdout).toMatch(HEX64);
		expect(r.stderr).toBe('docker: Error response from daemon: network nosuchnet not found' + RUN_HELP);
		expect(r.exitCode).toBe(125);
		expect(s.run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout).toBe('x1 Created\n');
	});

	test('--network-alias on the default bridge', () => {
		const r = session().run('docker run -d --network-alias db alpine sh');
		expect(r).toEqual({stdout: '', stderr: 'docker: network-scoped aliases are only supported for user-defined networks' + RUN_HELP, exitCode: 125});
	});

	test('--ip on the default bridge', () => {
		const r = session().run('docker run -dit --name f4 --ip 172.17.0.50 alpine sh');
		expect(r.stderr).toBe('docker: Error response from daemon: invalid config for network bridge: invalid endpoint settings:\nuser specified IP address is supported on user defined networks only' + RUN_HELP);
		expect(r.exitCode).toBe(125);
	});

	test('--ip on a network without a user subnet', () => {
		const s = session();
		setup(s, 'docker network create appnet');
		const r = s.run('docker run -dit --name c6 --network appnet --ip 172.18.0.100 alpine sh');
		expect(r.stderr).toBe('docker: Error response from daemon: invalid config for network appnet: invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets' + RUN_HELP);
	});

	test('--ip outside the subnet fails at create; a taken one at start', () => {
		const s = session();
		setup(s, 'docker network create --subnet 172.30.0.0/24 fixed', 'docker run -dit --name f1 --network fixed --ip 172.30.0.50 alpine sh');
		const outside = s.run('docker run -dit --name f2 --network fixed --ip 172.30.1.5 alpine sh');
		expect(outside).toEqual({stdout: '', stderr: 'docker: Error response from daemon: invalid config for network fixed: invalid endpoint settings:\nno configured subnet or ip-range contain the IP address 172.30.1.5' + RUN_HELP, exitCode: 125});
		const taken = s.run('docker run -dit --name f3 --network fixed --ip 172.30.0.50 alpine sh');
		expect(taken.stdout).toMatch(HEX64);
		expect(taken.stderr).toBe('docker: Error response from daemon: Address already in use' + RUN_HELP);
		expect(s.run("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{json .IPAMConfig}}{{end}}' f1").stdout).toBe('172.30.0.50 {"IPv4Address":"172.30.0.50"}\n');
	});

	test('none plus another network', () => {
		const s = session();
		setup(s, 'docker network create mynet');
		const r = s.run('docker run -dit --name both --network none --network mynet alpine sh');
		expect(r).toEqual({stdout: '', stderr: 'docker: conflicting options: cannot attach both user-defined and non-user-defined network-modes' + RUN_HELP, exitCode: 125});
	});

	test('container: mode with -p and --hostname', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run('docker run -d --name side2 --network container:web -p 9090:80 alpine sh').stderr).toBe('docker: Error response from daemon: conflicting options: port publishing and the container type network mode' + RUN_HELP);
		expect(s.run('docker run -d --name side3 --network container:web --hostname foo alpine sh').stderr).toBe('docker: Error response from daemon: conflicting options: hostname and the network mode' + RUN_HELP);
	});

	test('container: mode with a missing or stopped container fails at start', () => {
		const s = session();
		const missing = s.run('docker run -dit --name side4 --network container:nosuch alpine sh');
		expect(missing.stdout).toMatch(HEX64);
		expect(missing.stderr).toBe('docker: Error response from daemon: No such container: nosuch' + RUN_HELP);
		const id = s.run('docker run -d --name web nginx').stdout.trim();
		setup(s, 'docker stop web');
		const stopped = s.run('docker run -dit --name side5 --network container:web alpine sh');
		expect(stopped.stderr).toBe(`docker: Error response from daemon: cannot join network of a non running container: ${id}` + RUN_HELP);
		expect(s.run("docker inspect -f '{{.HostConfig.NetworkMode}}' side5").stdout).toBe(`container:${id}\n`);
	});

	test('container: mode shares the namespace', () => {
		const s = session();
		const id = s.run('docker run -d --name web nginx').stdout.trim();
		setup(s, 'docker run -dit --name side --network container:web alpine sh');
		expect(s.run("docker inspect -f '{{.HostConfig.NetworkMode}}' side").stdout).toBe(`container:${id}\n`);
		expect(s.run("docker inspect -f '{{json .NetworkSettings.Networks}}' side").stdout).toBe('{}\n');
	});

	test.each([
		['-p 99999:80', 'invalid hostPort: 99999'],
		['-p 8080:abc', 'invalid containerPort: abc'],
		['-p 8080:80/xyz', 'invalid proto: xyz'],
		['-p 1.2.3:8080:80', 'invalid IP address: 1.2.3'],
		['-p 8080:', 'no port specified: 8080:<empty>'],
		['-p 8080-8082:80-81', 'invalid ranges specified for container and host Ports: 80-81 and 8080-8082'],
	])('bad publish %s', (flag, text) => {
		const r = session().run(`docker run -d --name badport ${flag} nginx`);
		expect(r).toEqual({stdout: '', stderr: `docker: ${text}` + RUN_HELP, exitCode: 125});
	});

	test('publish forms', () => {
		const s = session();
		setup(s, 'docker run -d --name multi -p 8080:80 -p 127.0.0.1:8443:443 -p 9000:9000/udp -p 7000-7001:7000-7001 nginx');
		expect(s.run("docker inspect -f '{{json .HostConfig.PortBindings}}' multi").stdout).toBe(
			'{"443/tcp":[{"HostIp":"127.0.0.1","HostPort":"8443"}],"7000/tcp":[{"HostIp":"","HostPort":"7000"}],"7001/tcp":[{"HostIp":"","HostPort":"7001"}],"80/tcp":[{"HostIp":"","HostPort":"8080"}],"9000/udp":[{"HostIp":"","HostPort":"9000"}]}\n',
		);
	});

	test('unknown flag', () => {
		const r = session().run('docker run --foo alpine');
		expect(r).toEqual({stdout: '', stderr: "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n", exitCode: 125});
	});

	test('missing program in the image', () => {
		const r = session().run('docker run alpine curl x');
		expect(r.stderr).toBe('docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown' + RUN_HELP);
		expect(r.exitCode).toBe(127);
	});

	test('--add-host host-gateway is the default bridge gateway', () => {
		const s = session();
		setup(s, 'docker run -dit --name box --add-host host.docker.internal:host-gateway alpine sh');
		expect(s.run("docker inspect -f '{{json .HostConfig.ExtraHosts}}' box").stdout).toBe('["host.docker.internal:host-gateway"]\n');
	});

	test('docker create prints the id and leaves it Created', () => {
		const s = session();
		const r = s.run('docker create --name made alpine sleep 3600');
		expect(r.stdout).toMatch(HEX64);
		expect(s.run("docker ps -a --format '{{.Names}}: {{.Status}}'").stdout).toBe('made: Created\n');
		expect(s.run("docker inspect -f '{{.State.Status}} [{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}]' made").stdout).toBe('created []\n');
		expect(s.run('docker start made').stdout).toBe('made\n');
		expect(s.run("docker inspect -f '{{.State.Status}} [{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}]' made").stdout).toBe('running [172.17.0.2]\n');
	});
});
