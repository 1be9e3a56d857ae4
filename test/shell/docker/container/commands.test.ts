import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {HEX64, session, setup} from './helpers.js';

// Resolved from this file, so the samples are found (and the test asserts) from any working directory.
const SAMPLES = fileURLToPath(new URL('../../../fidelity/recorded/samples', import.meta.url));

/** Every key path in document order, values ignored (arrays by their first element). */
function shape(v: unknown, path = ''): string[] {
	if (v === null || typeof v !== 'object') return [];
	if (Array.isArray(v)) return v.length > 0 ? shape(v[0], `${path}[]`) : [];
	const out: string[] = [];
	for (const [k, x] of Object.entries(v)) {
		const dataKey = /^(Networks|Ports|PortBindings|ExposedPorts|Labels|Data|Config|Options)$/.test(path.split('.').pop() ?? '');
		out.push(`${path}.${dataKey ? '*' : k}`, ...shape(x, `${path}.${dataKey ? '*' : k}`));
	}
	return out;
}

describe('docker ps', () => {
	test('default table, newest first, exact layout', () => {
		const s = session();
		const id = s.run('docker run -d --name web -p 8000:80 nginx').stdout.slice(0, 12);
		expect(s.run('docker ps').stdout).toBe(
			// As recorded (06-publish-ports): the line after `run` says "Up Less than a second".
			'CONTAINER ID   IMAGE     COMMAND                  CREATED        STATUS                  PORTS                                     NAMES\n' +
				`${id}   nginx     "/docker-entrypoint.…"   1 second ago   Up Less than a second   0.0.0.0:8000->80/tcp, [::]:8000->80/tcp   web\n`,
		);
	});

	test('empty list prints the header only', () => {
		expect(session().run('docker ps').stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
	});

	test('-a, -q, -l, --no-trunc and formats', () => {
		const s = session();
		setup(s, 'docker run -d --name web -p 8000:80 nginx', 'docker run -d --name cache redis', 'docker run --name finished alpine true');
		expect(s.run("docker ps --format '{{.Names}}'").stdout).toBe('cache\nweb\n');
		expect(s.run("docker ps -a --format '{{.Names}}'").stdout).toBe('finished\ncache\nweb\n');
		expect(s.run("docker ps -l --format '{{.Names}}'").stdout).toBe('finished\n');
		expect(s.run("docker ps -n 2 --format '{{.Names}}'").stdout).toBe('finished\ncache\n');
		expect(s.run('docker ps -aq').stdout).toMatch(/^([0-9a-f]{12}\n){3}$/);
		expect(s.run("docker ps --no-trunc --format '{{.Command}}'").stdout).toBe('"docker-entrypoint.sh redis-server"\n"/docker-entrypoint.sh nginx -g \'daemon off;\'"\n');
		expect(s.run("docker ps --format 'table {{.Names}}\\t{{.Ports}}'").stdout).toBe('NAMES     PORTS\ncache     6379/tcp\nweb       0.0.0.0:8000->80/tcp, [::]:8000->80/tcp\n');
		expect(s.run("docker ps --format '{{.Names}} {{.Networks}} {{.State}}'").stdout).toBe('cache bridge running\nweb bridge running\n');
	});

	test('filters', () => {
		const s = session();
		setup(s, 'docker network create mynet', 'docker run -d --name web nginx', 'docker run -dit --name other --network mynet alpine sh', 'docker run --name finished alpine true');
		expect(s.run("docker ps --filter name=web --format '{{.Names}}'").stdout).toBe('web\n');
		expect(s.run("docker ps -a --filter status=exited --format '{{.Names}}'").stdout).toBe('finished\n');
		expect(s.run("docker ps -f network=mynet --format '{{.Names}}'").stdout).toBe('other\n');
	});

	test('template error', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		const r = s.run("docker ps --format '{{.Nope}}'");
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toMatch(/^template parsing error: /);
	});
});

describe('docker port', () => {
	test('all bindings, one port, and not published', () => {
		const s = session();
		setup(s, 'docker run -d --name multi -p 8080:80 -p 8443:443 -p 9000:9000/udp nginx');
		expect(s.run('docker port multi').stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n443/tcp -> 0.0.0.0:8443\n443/tcp -> [::]:8443\n9000/udp -> 0.0.0.0:9000\n9000/udp -> [::]:9000\n');
		expect(s.run('docker port multi 80').stdout).toBe('0.0.0.0:8080\n[::]:8080\n');
		expect(s.run('docker port multi 80/udp')).toEqual({stdout: '', stderr: "Error: No public port '80/udp' published for multi\n", exitCode: 1});
	});

	test('nothing published prints nothing', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run('docker port web')).toEqual({stdout: '', stderr: '', exitCode: 0});
	});

	test('no such container', () => {
		expect(session().run('docker port nosuch')).toEqual({stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1});
	});
});

describe('docker inspect', () => {
	test('templates read the bridge and user networks as recorded', () => {
		const s = session();
		setup(s, 'docker network create mynet', 'docker run -d --name web --network mynet -p 8080:80 nginx', 'docker run -dit --name c1 alpine sh');
		expect(s.run("docker inspect -f '{{.Name}}' web").stdout).toBe('/web\n');
		expect(s.run("docker inspect -f '{{.Config.Image}} {{json .Config.Cmd}} {{json .Config.Entrypoint}}' web").stdout).toBe('nginx ["nginx","-g","daemon off;"] ["/docker-entrypoint.sh"]\n');
		expect(s.run("docker inspect -f '{{.HostConfig.NetworkMode}}' web").stdout).toBe('mynet\n');
		expect(s.run("docker inspect -f '{{(index .NetworkSettings.Networks \"mynet\").IPAddress}}' web").stdout).toBe('172.18.0.2\n');
		expect(s.run("docker inspect -f '{{.NetworkSettings.IPAddress}}' web").stdout).toBe('\n');
		expect(s.run("docker inspect -f '{{.NetworkSettings.IPAddress}}' c1").stdout).toBe('172.17.0.2\n');
		expect(s.run("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web c1").stdout).toBe('172.18.0.2\n172.17.0.2\n');
		const json = s.run("docker inspect -f '{{json .NetworkSettings.Networks}}' c1").stdout;
		expect(json).toMatch(/^\{"bridge":\{"IPAMConfig":null,"Links":null,"Aliases":null,"MacAddress":"02:42:ac:11:00:02","DriverOpts":null,"GwPriority":0,"NetworkID":"[0-9a-f]{64}","EndpointID":"[0-9a-f]{64}","Gateway":"172.17.0.1","IPAddress":"172.17.0.2","IPPrefixLen":16,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"DNSNames":null\}\}\n$/);
		expect(s.run("docker inspect -f '{{json .NetworkSettings.Ports}}' web").stdout).toBe('{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}]}\n');
		expect(s.run("docker inspect -f '{{.State.Status}} {{.State.Running}} {{.RestartCount}}' web").stdout).toBe('running true 0\n');
	});

	test('missing key error from the raw pass', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run("docker inspect -f '{{.Foo}}' web")).toEqual({stdout: '\n', stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n', exitCode: 1});
	});

	test('nothing found, with and without -f', () => {
		const s = session();
		expect(s.run('docker inspect nosuch')).toEqual({stdout: '[]\n', stderr: 'Error: No such object: nosuch\n', exitCode: 1});
		expect(s.run("docker inspect -f '{{.Name}}' nosuch")).toEqual({stdout: '\n', stderr: 'Error: No such object: nosuch\n', exitCode: 1});
	});

	test('falls back to networks', () => {
		const s = session();
		setup(s, 'docker network create mynet');
		expect(s.run("docker inspect -f '{{.Name}}' mynet").stdout).toBe('mynet\n');
	});

	test('a created container has no endpoint yet', () => {
		const s = session();
		setup(s, 'docker create --name made alpine sleep 3600');
		const o = JSON.parse(s.run('docker inspect made').stdout)[0];
		expect(o.State.StartedAt).toBe('0001-01-01T00:00:00Z');
		expect(o.HostnamePath).toBe('');
		expect(o.NetworkSettings.SandboxKey).toBe('');
		expect(o.NetworkSettings.Networks.bridge.NetworkID).toBe('');
	});

	test.each([
		['web', ['docker network create mynet', 'docker run -d --name web --network mynet --network-alias www -p 8080:80 nginx']],
		['c1', ['docker run -dit --name c1 alpine sh']],
		['stopped', ['docker run -d --name stopped nginx', 'docker stop stopped']],
		['hostweb', ['docker run -d --name hostweb --network host python python3 -m http.server 9000']],
	])('JSON layout matches the recorded sample %s', (name, lines) => {
		const file = `${SAMPLES}/container-inspect-${name}.json`;
		const s = session();
		setup(s, ...lines);
		const r = s.run(`docker inspect ${name}`);
		expect(r.exitCode).toBe(0);
		expect(r.stdout.startsWith('[\n    {\n        "Id": "')).toBe(true);
		const ours = JSON.parse(r.stdout)[0];
		const theirs = JSON.parse(readFileSync(file, 'utf8'))[0];
		expect(shape(ours)).toEqual(shape(theirs));
		const entry = (o: {NetworkSettings: {Networks: Record<string, Record<string, unknown>>}}) =>
			Object.values(o.NetworkSettings.Networks).map((v) => ({...v, NetworkID: typeof v.NetworkID, EndpointID: typeof v.EndpointID, DNSNames: Array.isArray(v.DNSNames) ? v.DNSNames.length : v.DNSNames, IPAddress: typeof v.IPAddress, Gateway: typeof v.Gateway, MacAddress: typeof v.MacAddress}));
		expect(entry(ours)).toEqual(entry(theirs));
	});
});

describe('lifecycle', () => {
	test('start, stop, restart, rm print names as given', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run('docker stop web')).toEqual({stdout: 'web\n', stderr: '', exitCode: 0});
		expect(s.run('docker start web')).toEqual({stdout: 'web\n', stderr: '', exitCode: 0});
		expect(s.run('docker restart web')).toEqual({stdout: 'web\n', stderr: '', exitCode: 0});
		expect(s.run('docker rm -f web')).toEqual({stdout: 'web\n', stderr: '', exitCode: 0});
		expect(s.run('docker ps -a').stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
	});

	test('rm of a running container', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run('docker rm web')).toEqual({stdout: '', stderr: 'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n', exitCode: 1});
	});

	test.each(['rm', 'stop', 'restart', 'logs'])('%s of a missing container', (cmd) => {
		expect(session().run(`docker ${cmd} nosuch`)).toEqual({stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1});
	});

	test('start of a missing container sums up', () => {
		expect(session().run('docker start a')).toEqual({stdout: '', stderr: 'Error response from daemon: No such container: a\nError: failed to start containers: a\n', exitCode: 1});
	});

	test('several names: the good ones are printed, errors after', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run('docker rm -f web nosuch')).toEqual({stdout: 'web\n', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1});
	});

	test('logs splits the streams and honours --tail', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		const r = s.run('docker logs web');
		expect(r.stdout).toContain('Configuration complete; ready for start up\n');
		// The last line nginx logs is a start-up notice on stderr.
		const tail = s.run('docker logs --tail 1 web');
		expect(tail.stdout).toBe('');
		expect(tail.stderr).toMatch(/\[notice\] 1#1: start worker process \d+\n$/);
		expect(s.run('docker logs -f --tail 1 web').exitCode).toBe(0);
	});
});

describe('docker exec', () => {
	test('runs inside the container', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run('docker exec web echo hello')).toEqual({stdout: 'hello\n', stderr: '', exitCode: 0});
	});

	test('missing program', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx');
		expect(s.run('docker exec web ping -c 1 localhost')).toEqual({stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "ping": executable file not found in $PATH: unknown\r\n', stderr: '', exitCode: 126});
	});

	test('not running', () => {
		const s = session();
		const id = s.run('docker run -d --name web nginx').stdout.trim();
		setup(s, 'docker stop web');
		expect(s.run('docker exec web ls')).toEqual({stdout: '', stderr: `Error response from daemon: container ${id} is not running\n`, exitCode: 1});
	});

	test('no such container', () => {
		expect(session().run('docker exec nosuch ls')).toEqual({stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1});
	});

	test('needs two arguments', () => {
		expect(session().run('docker exec')).toEqual({stdout: '', stderr: "docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n", exitCode: 1});
	});

	test('-it sh moves the prompt; exit leaves the container running', () => {
		const s = session();
		setup(s, 'docker run -dit --name box alpine sh');
		expect(s.run('docker exec -it box sh')).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(s.prompt()).toBe('/ # ');
		s.run('exit');
		expect(s.prompt()).toBe('$ ');
		expect(s.run("docker inspect -f '{{.State.Status}}' box").stdout).toBe('running\n');
	});
});

describe('images, build, version, info', () => {
	test('images table', () => {
		const r = session().run('docker images');
		expect(r.stdout.split('\n')[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED       SIZE');
		expect(r.stdout).toMatch(/\nnginx +latest +[0-9a-f]{12} +\d+ weeks ago +192MB\n/);
	});

	test('build without a Dockerfile', () => {
		const r = session().run('docker build -t myapp .');
		expect(r.exitCode).toBe(1);
		expect(r.stderr.trimEnd().split('\n').pop()).toBe('ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory');
	});

	test('build adds the image and it runs', () => {
		const s = session();
		s.writeHostFile('Dockerfile', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 8000\nCMD ["python3", "-m", "http.server", "8000"]\n');
		const r = s.run('docker build -t myapp .');
		expect(r.exitCode).toBe(0);
		expect(r.stderr).toContain('#1 [internal] load build definition from Dockerfile');
		// BuildKit names the tag as typed (measured: `-t web` → `naming to docker.io/library/web done`).
		expect(r.stderr.trimEnd().split('\n').slice(-2)[0]).toMatch(/naming to docker.io\/library\/myapp done$/);
		expect(s.run("docker images --format '{{.Repository}}:{{.Tag}}'").stdout).toContain('myapp:latest\n');
		setup(s, 'docker run -d --name app -p 8000:8000 myapp');
		expect(s.run("docker inspect -f '{{json .Config.ExposedPorts}} {{json .Config.Cmd}}' app").stdout).toBe('{"8000/tcp":{}} ["python3","-m","http.server","8000"]\n');
	});

	test('version is the recorded engine', () => {
		const r = session().run('docker version');
		expect(r.stdout).toContain(' Version:           28.2.2\n API version:       1.45 (downgraded from 1.50)\n');
		expect(r.stdout).toContain('  Version:          26.1.5+dfsg1\n');
	});

	test('info counts containers', () => {
		const s = session();
		setup(s, 'docker run -d --name web nginx', 'docker run --name done alpine true');
		const r = s.run('docker info');
		expect(r.stdout).toContain(' Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n');
		expect(r.stdout).toContain(' Swarm: inactive\n');
	});
});

test('HEX64 helper sanity', () => {
	expect('a'.repeat(64) + '\n').toMatch(HEX64);
});
