// docker diff and docker ps -s: the container's changes against its image (66-diff-ps-size).
import {describe, expect, it} from 'vitest';
import {session, setup} from './helpers.js';
import {humanSizePrecision} from '../../../../src/shell/format/sizes.js';

describe('docker diff', () => {
	it('lists A, C and D in path order; nothing for a fresh container', () => {
		const s = session();
		setup(s, 'docker run -d --name df busybox sleep 300');
		expect(s.run('docker diff df')).toMatchObject({stdout: '', exitCode: 0});
		setup(s, 'docker exec df mkdir -p /data/sub', "docker exec df sh -c 'echo hi > /data/sub/f; echo x > /tmp/t; rm -r /home'");
		expect(s.run('docker diff df').stdout).toBe('A /data\nA /data/sub\nA /data/sub/f\nD /home\nC /tmp\nA /tmp/t\n');
		setup(s, "docker exec df sh -c 'echo more >> /data/sub/f'", 'docker stop -t 1 df');
		// Still there once stopped; a file written again in an added directory stays A.
		expect(s.run('docker container diff df').stdout).toBe('A /data\nA /data/sub\nA /data/sub/f\nD /home\nC /tmp\nA /tmp/t\n');
	});

	it("errors as docker's", () => {
		const s = session();
		expect(s.run('docker diff nosuch')).toMatchObject({stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1});
		expect(s.run('docker diff').stderr).toContain("docker: 'docker diff' requires 1 argument");
	});
});

describe('docker ps -s', () => {
	it('adds SIZE to the default table: the writable layer and the virtual size', () => {
		const s = session();
		setup(s, 'docker run -d --name df busybox sleep 300', "docker exec df sh -c 'echo hi > /tmp/a'");
		const table = s.run('docker ps -s').stdout;
		expect(table.split('\n')[0]).toMatch(/NAMES +SIZE$/);
		expect(table.split('\n')[1]).toMatch(/df +3B \(virtual [\d.]+MB\)$/);
		expect(s.run("docker ps -s --format '{{.Names}}'").stdout).toBe('df\n');
	});

	it("prints sizes as go-units' HumanSizeWithPrecision(3)", () => {
		expect(humanSizePrecision(0, 3)).toBe('0B');
		expect(humanSizePrecision(5, 3)).toBe('5B');
		expect(humanSizePrecision(1_980_000, 3)).toBe('1.98MB');
		expect(humanSizePrecision(12_345, 3)).toBe('12.3kB');
		expect(humanSizePrecision(100_000, 3)).toBe('100kB');
		expect(humanSizePrecision(999_600, 3)).toBe('1e+03kB');
	});
});
