import {describe, expect, it} from 'vitest';
import {runScript} from '../../../src/shell/script.js';
import {MAX_REPLIES} from '../../../src/shell/tools/ping.js';

const run = (...lines: string[]) => runScript(lines).transcript;

describe('ping with huge or bad counts', () => {
	it('ping -c 2147483647 prints replies up to the cap, then stops as Ctrl+C would, with statistics', () => {
		const t = performance.now();
		const [r] = run('ping -c 2147483647 127.0.0.1');
		expect(performance.now() - t).toBeLessThan(1000);
		const replies = r.stdout.split('\n').filter((l) => l.startsWith('64 bytes'));
		expect(replies).toHaveLength(MAX_REPLIES);
		expect(r.stdout).toContain(`^C\n--- 127.0.0.1 ping statistics ---\n${MAX_REPLIES} packets transmitted, ${MAX_REPLIES} received, 0% packet loss, time `);
		expect(r.stderr).toBe(`netdojo: ping stopped after ${MAX_REPLIES} of 2147483647 packets, as Ctrl+C would stop it\n`);
		expect(r.exitCode).toBe(0);
	});
	it('ping -c 1000000 too, with no JS error text', () => {
		const [r] = run('ping -c 1000000 127.0.0.1');
		expect(r.stdout).toMatch(/rtt min\/avg\/max\/mdev = [\d./]+ ms\n$/);
		expect(r.stdout + r.stderr).not.toMatch(/internal error|NaN|Maximum call stack/);
	});
	it('a bad count gets iputils strtol_or_err words on the host', () => {
		expect(run('ping -c x 127.0.0.1')[0]).toEqual({command: 'ping -c x 127.0.0.1', stdout: '', stderr: "ping: invalid argument: 'x'\n", exitCode: 1});
		expect(run('ping -c 0 127.0.0.1')[0].stderr).toBe("ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n");
		expect(run('ping -c 99999999999999999999 127.0.0.1')[0].stderr).toBe("ping: invalid argument: '99999999999999999999': Numerical result out of range\n");
		expect(run('ping -w x 127.0.0.1')[0].stderr).toBe("ping: invalid argument: 'x'\n");
	});
	it('and BusyBox xatoi_positive words in a busybox container', () => {
		const t = run('docker run -d --name bb busybox sleep 1000', 'docker exec bb ping -c x 127.0.0.1', 'docker exec bb ping -c 2147483648 127.0.0.1', 'docker exec bb ping -c 1000000 127.0.0.1');
		expect(t[1]).toMatchObject({stderr: "ping: invalid number 'x'\n", exitCode: 1});
		expect(t[2]).toMatchObject({stderr: 'ping: number 2147483648 is not in 0..2147483647 range\n', exitCode: 1});
		expect(t[3].stdout).toContain(`^C\n--- 127.0.0.1 ping statistics ---\n${MAX_REPLIES} packets transmitted, ${MAX_REPLIES} packets received, 0% packet loss\n`);
	});
});
