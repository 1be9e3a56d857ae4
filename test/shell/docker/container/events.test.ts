// docker events: the daemon's log as the simulation writes it, its filters, --since/--until, the
// template and the game note for a stream that would go on (recorded in 63-events-update-diff).
import {describe, expect, it} from 'vitest';
import {session, setup} from './helpers.js';

const ALL = "docker events --since 1h --until 0s --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'";

describe('docker events', () => {
	it('logs create, connect, start, and a stop as kill 15, kill 9, disconnect, stop, die', () => {
		const s = session();
		setup(s, 'docker run -d --name web busybox sleep 300', 'docker stop -t 1 web', 'docker rm web', 'sleep 1');
		expect(s.run(ALL).stdout).toBe(
			'container create web\nnetwork connect bridge\ncontainer start web\ncontainer kill web\ncontainer kill web\nnetwork disconnect bridge\ncontainer stop web\ncontainer die web\ncontainer destroy web\n',
		);
		expect(s.run("docker events --since 1h --until 0s --filter event=kill --format '{{.Actor.Attributes.signal}}'").stdout).toBe('15\n9\n');
	});

	it('logs kill with its signal, rm -f as KILL, rename, pause and networks', () => {
		const s = session();
		setup(s, 'docker network create n1', 'docker run -d --name aa --network n1 busybox sleep 300', 'docker kill -s HUP aa', 'docker rename aa bb', 'docker pause bb', 'docker unpause bb', 'docker rm -f bb', 'docker network rm n1', 'sleep 1');
		expect(s.run(ALL).stdout).toBe(
			'network create n1\ncontainer create aa\nnetwork connect n1\ncontainer start aa\ncontainer kill aa\ncontainer rename bb\ncontainer pause bb\ncontainer unpause bb\n' +
				'container kill bb\nnetwork disconnect n1\ncontainer die bb\ncontainer destroy bb\nnetwork destroy n1\n',
		);
		expect(s.run("docker events --since 1h --until 0s --filter event=rename --format '{{.Actor.Attributes.oldName}}'").stdout).toBe('/aa\n');
		expect(s.run("docker events --since 1h --until 0s --filter event=kill --format '{{.Actor.Attributes.signal}}'").stdout).toBe('1\n9\n');
	});

	it('logs a process that ended by itself before what the next command did', () => {
		const s = session();
		setup(s, 'docker run -d --name quick busybox true', 'docker run -d --name slow busybox sleep 300', 'sleep 1');
		expect(s.run("docker events --since 1h --until 0s --filter container=quick --format '{{.Action}} {{.Actor.Attributes.exitCode}}'").stdout).toBe('create <no value>\nstart <no value>\ndie 0\n');
	});

	it('matches container= by a prefix of the name or id, label=, type= and ignores unknown keys', () => {
		const s = session();
		setup(s, 'docker run -d --name ev-a --label tier=web busybox sleep 300', 'docker run -d --name ev-b busybox sleep 300', 'docker run -d --name other busybox sleep 300', 'sleep 1');
		const names = (f: string) => s.run(`docker events --since 1h --until 0s ${f} --filter event=start --format '{{.Actor.Attributes.name}}'`).stdout;
		expect(names('--filter container=ev')).toBe('ev-a\nev-b\n');
		expect(names('--filter label=tier=web')).toBe('ev-a\n');
		expect(names('--filter label=tier')).toBe('ev-a\n');
		expect(names('--filter type=network')).toBe('');
		expect(names('--filter nosuch=1')).toBe('ev-a\nev-b\nother\n');
		expect(names('--filter volume=x')).toBe('');
	});

	it('without --until prints what happened so far, then says a real stream would wait', () => {
		const s = session();
		setup(s, 'docker run -d --name web busybox sleep 300');
		const r = s.run("docker events --since 1h --format '{{.Action}}'");
		expect(r).toMatchObject({stdout: 'create\nconnect\nstart\n', exitCode: 0});
		expect(r.stderr).toMatch(/^netdojo: a real `docker events` would now wait/);
		// Neither since nor until: the daemon sends only new events, so nothing, and the note.
		expect(s.run('docker events')).toMatchObject({stdout: '', exitCode: 0});
	});

	it("errors as docker's: a bad time, a bad filter, a bad template, arguments", () => {
		const s = session();
		expect(s.run('docker events --since bogus --until 0s')).toMatchObject({stderr: 'failed to parse value as time or duration: "bogus"\n', exitCode: 1});
		expect(s.run('docker events --until 0s --filter nosuch')).toMatchObject({exitCode: 125});
		expect(s.run("docker events --until 0s --format '{{.Nope}}'")).toMatchObject({stderr: 'Error parsing format: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *events.Message\n', exitCode: 64});
		expect(s.run('docker events x').stderr).toContain("docker: 'docker events' accepts no arguments");
	});

	it('reads --since as a Unix time or an RFC 3339 date', () => {
		const s = session();
		setup(s, 'docker run -d --name web busybox sleep 300', 'sleep 1');
		expect(s.run("docker events --since 0 --until 0s --format '{{.Action}}'").stdout).toBe('create\nconnect\nstart\n');
		expect(s.run("docker events --since 2999-01-01 --until 0s --format '{{.Action}}'").stdout).toBe('');
		expect(s.run("docker events --since 2000-01-01T00:00:00Z --until 0s --format '{{.Action}}'").stdout).toBe('create\nconnect\nstart\n');
	});

	it('keeps the last 256 events, as the daemon does', () => {
		const s = session();
		for (let i = 0; i < 60; i++) setup(s, `docker run -d --name c${i} busybox sleep 300`, `docker rm -f c${i}`);
		expect(s.run("docker events --since 0 --until 0s --format '{{.Action}}'").stdout.split('\n').length - 1).toBe(256);
	});
});

describe('docker update', () => {
	it('prints each container updated and changes HostConfig', () => {
		const s = session();
		setup(s, 'docker run -d --name up busybox sleep 300');
		expect(s.run('docker update --restart unless-stopped --cpus 1.5 --memory 64m --memory-swap 128m --pids-limit 50 -c 256 up')).toMatchObject({stdout: 'up\n', exitCode: 0});
		expect(s.run("docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.NanoCpus}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.PidsLimit}} {{.HostConfig.CpuShares}}' up").stdout).toBe('unless-stopped 1500000000 67108864 134217728 50 256\n');
		expect(s.run("docker events --since 1h --until 0s --filter event=update --format '{{.Actor.Attributes.name}}'").stdout).toBe('up\n');
	});

	it("refuses as the CLI and the daemon do, and changes nothing then", () => {
		const s = session();
		setup(s, 'docker run -d --name up busybox sleep 300', 'docker run -d --rm --name tmp busybox sleep 300');
		expect(s.run('docker update up')).toMatchObject({stderr: 'you must provide one or more flags when using this command\n', exitCode: 1});
		expect(s.run('docker update --memory 64m up').stderr).toMatch(/^Error response from daemon: Cannot update container [0-9a-f]{64}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time\n$/);
		expect(s.run('docker update --memory 1k up').stderr).toBe('Error response from daemon: Minimum memory limit allowed is 6MB\n');
		expect(s.run('docker update --memory x up')).toMatchObject({exitCode: 125});
		expect(s.run('docker update --memory x up').stderr).toMatch(/^invalid argument "x" for "-m, --memory" flag: invalid size: 'x'\n\nUsage:  docker update/);
		expect(s.run('docker update --cpus 0.0000000001 up').stderr).toMatch(/^invalid argument "0.0000000001" for "--cpus" flag: value is too precise/);
		expect(s.run('docker update --restart always tmp').stderr).toContain('Restart policy cannot be updated because AutoRemove is enabled for the container');
		expect(s.run('docker update --restart no tmp')).toMatchObject({stdout: 'tmp\n', exitCode: 0});
		expect(s.run('docker update --restart on-failure:x up')).toMatchObject({stderr: 'invalid restart policy format: maximum retry count must be an integer\n', exitCode: 1});
		expect(s.run("docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.RestartPolicy.Name}}' up").stdout).toBe('0 no\n');
	});
});
