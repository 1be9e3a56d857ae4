// ip changes without CAP_NET_ADMIN, as measured in busybox (NOTES.md, 60-run-flags side run).
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

describe('ip without CAP_NET_ADMIN', () => {
	it('busybox: link set is an ioctl error, addr/route add a netlink one, both exit 2', () => {
		const s = new Session({seed: 1});
		s.run('docker run -d --name bb busybox sleep 300');
		expect(s.run('docker exec bb ip link set eth0 down')).toMatchObject({stderr: 'ip: SIOCSIFFLAGS: Operation not permitted\n', exitCode: 2});
		expect(s.run('docker exec bb ip link set eth0 mtu 1400')).toMatchObject({stderr: 'ip: SIOCSIFMTU: Operation not permitted\n', exitCode: 2});
		expect(s.run('docker exec bb ip addr add 10.9.9.9/24 dev eth0')).toMatchObject({stderr: 'ip: RTNETLINK answers: Operation not permitted\n', exitCode: 2});
		expect(s.run('docker exec bb ip route add 10.0.0.0/8 via 172.17.0.1')).toMatchObject({stderr: 'ip: RTNETLINK answers: Operation not permitted\n', exitCode: 2});
	});
});
