// docker ps --filter (every key), {{.Label}}, docker container/image inspect and info --format:
// their errors as recorded in test/fidelity/recorded/61-ps-filters-info.json.
import {describe, expect, it} from 'vitest';
import {session, setup} from './helpers.js';

function world() {
	const s = session();
	setup(s, 'docker run -d --name pa --label tier=web -p 127.0.0.1:18081:80 nginx', 'docker run -d --name pb --label tier=db --expose 5432 busybox sleep 300', 'docker run -d --name pc busybox sleep 300');
	return s;
}
const names = (s: ReturnType<typeof session>, filter: string) => s.run(`docker ps ${filter} --format '{{.Names}}'`).stdout;

describe('docker ps --filter', () => {
	it('label, before/since, publish (host side), expose, health, is-task, volume', () => {
		const s = world();
		expect(names(s, '--filter label=tier')).toBe('pb\npa\n');
		expect(names(s, '--filter label=tier=db')).toBe('pb\n');
		expect(names(s, '--filter before=pc')).toBe('pb\npa\n');
		expect(names(s, '--filter since=pa')).toBe('pc\npb\n');
		expect(names(s, '--filter publish=18081')).toBe('pa\n');
		expect(names(s, '--filter publish=80')).toBe('');
		expect(names(s, '--filter expose=5000-6000/tcp')).toBe('pb\n');
		expect(names(s, '--filter health=none')).toBe('pc\npb\npa\n');
		expect(names(s, '--filter is-task=true')).toBe('');
		expect(names(s, '--filter volume=/data')).toBe('');
	});

	it('bad keys and values are the daemon errors, exit 1', () => {
		const s = world();
		const err = (f: string) => s.run(`docker ps --filter ${f}`);
		expect(err('before=nosuch')).toMatchObject({stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1});
		expect(err('health=bogus').stderr).toBe('Error response from daemon: unrecognized filter value for health: bogus\n');
		expect(err('is-task=maybe').stderr).toBe("Error response from daemon: invalid filter 'is-task=[maybe]'\n");
		expect(err('exited=x').stderr).toBe('Error response from daemon: invalid filter \'exited=x\': strconv.Atoi: parsing "x": invalid syntax\n');
		expect(err('nosuchkey=1')).toMatchObject({stderr: "Error response from daemon: invalid filter 'nosuchkey'\n", exitCode: 1});
	});

	it('{{.Label "k"}} is a method: a value per row, the key as its table header; not in json', () => {
		const s = world();
		expect(s.run(`docker ps --format '{{.Names}} {{.Label "tier"}}|{{.Labels}}'`).stdout).toBe('pc |\npb db|tier=db\npa web|tier=web\n');
		expect(s.run(`docker ps --format 'table {{.Names}}\t{{.Label "com.example.my-tier"}}'`).stdout.split('\n')[0]).toBe('NAMES     my tier');
		expect(s.run(`docker ps --filter name=pa --format '{{json .}}'`).stdout).not.toContain('"Label"');
	});
});

describe('docker container inspect / image inspect', () => {
	it('find only their kind and word the miss as the daemon does', () => {
		const s = world();
		expect(s.run("docker container inspect -f '{{.Name}}' pa").stdout).toBe('/pa\n');
		expect(s.run('docker container inspect nosuch')).toMatchObject({stdout: '[]\n', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1});
		expect(s.run("docker container inspect -f '{{.Name}}' bridge")).toMatchObject({stdout: '\n', stderr: 'Error response from daemon: No such container: bridge\n', exitCode: 1});
		expect(s.run('docker image inspect pa')).toMatchObject({stdout: '[]\n', stderr: 'Error response from daemon: No such image: pa:latest\n', exitCode: 1});
	});
});

describe('docker info --format', () => {
	it('reads system.Info fields; an unknown one is the bare Go error', () => {
		const s = world();
		expect(s.run("docker info --format '{{.ServerVersion}} {{.Containers}} {{.ContainersRunning}}'").stdout).toBe('26.1.5+dfsg1 3 3\n');
		expect(s.run("docker system info --format '{{.Plugins.Network}}'").stdout).toBe('[bridge host ipvlan macvlan null overlay]\n');
		expect(s.run("docker info --format '{{.Nope}}'")).toMatchObject({
			stdout: '\n',
			stderr: 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type system.dockerInfo\n',
			exitCode: 1,
		});
	});
});
