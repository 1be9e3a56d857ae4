// alpine's BusyBox runs on musl, the busybox image's on glibc: the same applet words errno and
// getopt texts differently.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

describe('C library wording', () => {
	it('alpine (musl): ping: sendto: Network unreachable', () => {
		const s = new Session({seed: 1});
		const r = s.run('docker run --rm --network none alpine ping -c 1 8.8.8.8');
		expect(r.stderr).toBe('ping: sendto: Network unreachable\n');
		expect(r.exitCode).toBe(1);
	});

	it('busybox (glibc): ping: sendto: Network is unreachable', () => {
		const s = new Session({seed: 1});
		expect(s.run('docker run --rm --network none busybox ping -c 1 8.8.8.8').stderr).toBe('ping: sendto: Network is unreachable\n');
	});

	it('an unknown option is "unrecognized option: I" on musl, "invalid option -- \'I\'" on glibc', () => {
		const s = new Session({seed: 1});
		expect(s.run('docker run --rm alpine hostname -I').stderr.split('\n')[0]).toBe('hostname: unrecognized option: I');
		expect(s.run('docker run --rm busybox hostname -I').stderr.split('\n')[0]).toBe("hostname: invalid option -- 'I'");
	});
});
