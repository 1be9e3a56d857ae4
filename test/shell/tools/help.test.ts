// `TOOL --help` (issue 15 item 6): each tool prints its own program's help, as measured, where it
// runs: BusyBox's applet in alpine/busybox, iputils/iproute2/GNU tools on the host and in Debian images.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function lab(): Session {
	const s = new Session({seed: 1});
	s.run('docker run -d --name box busybox sleep 1d');
	s.run('docker run -d --name alp alpine sleep 1d');
	s.run('docker run -d --name py python sleep 1d');
	return s;
}

describe('--help', () => {
	it('ping: iputils on the host says --help is not an option and prints its usage (exit 2); BusyBox prints its own (exit 0)', () => {
		const s = lab();
		const host = s.run('ping --help');
		expect(host.exitCode).toBe(2);
		expect(host.stderr.startsWith("ping: invalid option -- '-'\n\nUsage\n  ping [options] <destination>\n")).toBe(true);
		expect(s.run('ping -h').stderr.startsWith('\nUsage\n')).toBe(true);
		const bb = s.run('docker exec box ping --help');
		expect(bb.exitCode).toBe(0);
		expect(bb.stderr.startsWith('BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n')).toBe(true);
		// Alpine's BusyBox is another build: its banner says so.
		expect(s.run('docker exec alp ping --help').stderr.startsWith('BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n')).toBe(true);
	});

	it('ip help and ip --help: iproute2\'s usage on stderr, exit 255', () => {
		const s = lab();
		for (const line of ['ip help', 'ip --help']) {
			const r = s.run(line);
			expect(r.exitCode).toBe(255);
			expect(r.stderr.startsWith('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n')).toBe(true);
		}
	});

	it('wget, ss, hostname, nslookup, nc, netstat answer --help in their own words', () => {
		const s = lab();
		expect(s.run('wget --help').stdout.startsWith('GNU Wget 1.21.3, a non-interactive network retriever.\n')).toBe(true);
		expect(s.run('docker exec box wget --help').stderr).toContain('Usage: wget ');
		expect(s.run('ss --help')).toMatchObject({exitCode: 0});
		expect(s.run('ss --help').stdout.startsWith('Usage: ss [ OPTIONS ]\n')).toBe(true);
		expect(s.run('hostname --help').exitCode).toBe(255);
		for (const t of ['nslookup', 'nc', 'netstat', 'hostname', 'route', 'arp', 'traceroute']) {
			const r = s.run(`docker exec box ${t} --help`);
			expect(r.stderr, t).toContain('multi-call binary.');
			expect(r.stderr, t).toContain(`Usage: ${t}`);
		}
		expect(s.run('docker exec py curl --help').stdout.startsWith('Usage: curl [options...] <url>\n')).toBe(true);
	});

	it('BusyBox arp takes -h as an unknown option, net-tools as help', () => {
		const s = lab();
		expect(s.run('docker exec box arp -h')).toMatchObject({exitCode: 1});
		expect(s.run('docker exec box arp -h').stderr.startsWith("arp: invalid option -- 'h'\n")).toBe(true);
		expect(s.run('arp -h').stdout.startsWith('Usage:\n  arp [-vn]')).toBe(true);
	});
});
