// The kernel tables a learner reads in the veth and NAT levels (issue 15 item 5): the ARP cache
// filling as traffic flows, the routing table, the bridges and their ports, /sys/class/net, the C
// library's own lookup and traceroute's hops. Layouts as measured on iproute2 6.1, net-tools 2.10,
// bridge-utils 1.7, traceroute 2.1.2 and BusyBox (see the tools' comments).
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function lab(): Session {
	const s = new Session({seed: 1});
	s.run('docker network create app');
	s.run('docker run -d --name web --network app nginx');
	s.run('docker run -d --name box --network app alpine sleep 1d');
	return s;
}

describe('ip neigh and arp', () => {
	it('are empty until traffic flows, then REACHABLE, and STALE once the entry ages', () => {
		const s = lab();
		expect(s.run('docker exec box ip neigh').stdout).toBe('');
		expect(s.run('docker exec box arp -n').stdout).toBe('');
		expect(s.run('docker exec box ping -c 1 web').exitCode).toBe(0);
		const web = s.run("docker inspect -f '{{.NetworkSettings.Networks.app.IPAddress}} {{.NetworkSettings.Networks.app.MacAddress}}' web").stdout.trim().split(' ');
		expect(s.run('docker exec box ip neigh').stdout).toBe(`${web[0]} dev eth0 lladdr ${web[1]} ref 1 used 0/0/0 probes 4 REACHABLE\n`);
		expect(s.run('docker exec box arp -n').stdout).toBe(`? (${web[0]}) at ${web[1]} [ether]  on eth0\n`);
		// sleep returns at once in the game; let a minute of simulated time pass.
		s.world = {...s.world, clock: s.world.clock + 60_000};
		expect(s.run('docker exec box ip neigh').stdout).toBe(`${web[0]} dev eth0 lladdr ${web[1]} used 0/0/0 probes 1 STALE\n`);
	});

	it('on the host: iproute2 and net-tools layouts, the bridge as the device', () => {
		const s = lab();
		s.run('curl -s -o /dev/null 172.18.0.2');
		const mac = s.run("docker inspect -f '{{.NetworkSettings.Networks.app.MacAddress}}' web").stdout.trim();
		const dev = s.run("docker network inspect -f 'br-{{printf \"%.12s\" .Id}}' app").stdout.trim();
		expect(s.run('ip neigh').stdout).toBe(`172.18.0.2 dev ${dev} lladdr ${mac} REACHABLE \n`);
		expect(s.run(`ip neigh show dev ${dev}`).stdout).toBe(`172.18.0.2 lladdr ${mac} REACHABLE \n`);
		expect(s.run('ip neigh show dev nope')).toMatchObject({stderr: 'Cannot find device "nope"\n', exitCode: 1});
		expect(s.run('arp -n').stdout).toBe(
			'Address                  HWtype  HWaddress           Flags Mask            Iface\n' +
			`172.18.0.2               ether   ${mac}   C                     ${dev}\n`,
		);
		expect(s.run('arp -n 172.18.0.9').stdout).toBe('172.18.0.9 (172.18.0.9) -- no entry\n');
	});

	it('the answering side learnt the asker from its request: DELAY for 5 s (measured on docker0), then confirmed', () => {
		const s = lab();
		const box = s.run("docker inspect -f '{{.NetworkSettings.Networks.app.IPAddress}}' box").stdout.trim();
		s.run('docker exec box ping -c 1 172.18.0.1');
		expect(s.run(`ip neigh show ${box}`).stdout).toMatch(/ DELAY \n$/);
		s.world = {...s.world, clock: s.world.clock + 6000};
		expect(s.run(`ip neigh show ${box}`).stdout).toMatch(/ REACHABLE \n$/);
	});

	it('a container that reaches the internet learns only its gateway', () => {
		const s = lab();
		s.run('docker exec box ping -c 1 8.8.8.8');
		expect(s.run('docker exec box ip neigh').stdout).toMatch(/^172\.18\.0\.1 dev eth0 lladdr 02:42(:[0-9a-f]{2}){4} ref 1 used 0\/0\/0 probes 4 REACHABLE\n$/);
	});

	it('ip neigh add needs CAP_NET_ADMIN', () => {
		const s = lab();
		expect(s.run('ip neigh add 172.18.0.9 lladdr 00:11:22:33:44:55 dev eth0')).toMatchObject({stderr: 'RTNETLINK answers: Operation not permitted\n', exitCode: 2});
	});

	it('a ping does not make an undo step of its own (the ARP cache is not the player\'s change)', () => {
		const s = lab();
		const before = s.world.neighbours;
		s.run('ping -c 1 172.18.0.2');
		expect(s.world.neighbours).not.toBe(before);
		expect(s.lastLineChanged).toBe(false);
	});
});

describe('route', () => {
	it('prints the same table as ip route, in the kernel table layout', () => {
		const s = lab();
		const head = 'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';
		expect(s.run('docker exec box route -n').stdout).toBe(
			`${head}0.0.0.0         172.18.0.1      0.0.0.0         UG    0      0        0 eth0\n172.18.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n`,
		);
		expect(s.run('docker exec box route').stdout).toContain('\ndefault         172.18.0.1      0.0.0.0         UG    0      0        0 eth0\n172.18.0.0      *               255.255.0.0');
		const host = s.run('route -n').stdout;
		expect(host.startsWith(head)).toBe(true);
		expect(host).toMatch(/\n172\.17\.0\.0      0\.0\.0\.0         255\.255\.0\.0     U     0      0        0 docker0\n/);
		expect(s.run('route add default gw 10.0.0.1')).toMatchObject({stderr: 'SIOCADDRT: Operation not permitted\n', exitCode: 7});
	});
});

describe('brctl, bridge fdb and /sys/class/net', () => {
	it('brctl show lists each bridge with its veth ports', () => {
		const s = lab();
		const out = s.run('brctl show').stdout.split('\n');
		expect(out[0]).toBe('bridge name\tbridge id\t\tSTP enabled\tinterfaces');
		const br = out.find((l) => l.startsWith('br-'))!;
		expect(br).toMatch(/^br-[0-9a-f]{12}\t\t8000\.[0-9a-f]{12}\tno\t\tveth[0-9a-f]{7}$/);
		expect(out[out.indexOf(br) + 1]).toMatch(/^\t\t\t\t\t\t\tveth[0-9a-f]{7}$/);
		expect(out.find((l) => l.startsWith('docker0'))).toMatch(/^docker0\t\t8000\.[0-9a-f]{12}\tno\t\t$/);
		expect(s.run('brctl show nope')).toEqual({stdout: '', stderr: 'bridge nope does not exist!\n', exitCode: 1});
	});

	it('bridge fdb shows a container\'s MAC on its port once it has sent something', () => {
		const s = lab();
		const mac = s.run("docker inspect -f '{{.NetworkSettings.Networks.app.MacAddress}}' box").stdout.trim();
		expect(s.run('bridge fdb show').stdout).not.toContain(`${mac} dev`);
		s.run('docker exec box ping -c 1 web');
		expect(s.run('bridge fdb show').stdout).toMatch(new RegExp(`\\n${mac} dev veth[0-9a-f]{7} master br-[0-9a-f]{12} \\n`));
		expect(s.run('bridge fdb show br nope')).toMatchObject({stderr: 'Cannot find bridge device "nope"\n', exitCode: 255});
	});

	it('a container\'s eth0 iflink is its host-side veth\'s ifindex', () => {
		const s = lab();
		const iflink = s.run('docker exec box cat /sys/class/net/eth0/iflink').stdout.trim();
		const veth = s.run('ip -o link').stdout;
		expect(iflink).toMatch(/^\d+$/);
		const line = s.run('ip link').stdout.split('\n').find((l) => l.startsWith(`${iflink}: veth`));
		expect(line, veth).toBeDefined();
		expect(s.run('cat /sys/class/net/lo/ifindex').stdout).toBe('1\n');
	});
});

describe('getent hosts', () => {
	it('looks a name up as the C library does: /etc/hosts, then DNS; exit 2 when nothing answers', () => {
		const s = lab();
		expect(s.run('docker exec web getent hosts box').stdout).toBe('172.18.0.3      box\n');
		expect(s.run('docker exec box getent hosts web').stdout).toBe('172.18.0.2        web\n');
		expect(s.run('getent hosts localhost').stdout).toBe('127.0.0.1       localhost\n');
		expect(s.run('docker exec web getent hosts nothing.invalid')).toEqual({stdout: '', stderr: '', exitCode: 2});
	});
});

describe('traceroute', () => {
	it('a container on the same network is one hop away', () => {
		const s = lab();
		expect(s.run('docker exec box traceroute -n web').stdout).toMatch(/^traceroute to web \(172\.18\.0\.2\), 30 hops max, 46 byte packets\n 1  172\.18\.0\.2  \d+\.\d{3} ms  \d+\.\d{3} ms  \d+\.\d{3} ms\n$/);
		expect(s.run('docker exec box traceroute web').stdout).toContain(' 1  web.app (172.18.0.2)  ');
	});

	it('the internet: the gateway, the LAN router, then routers, then the far end', () => {
		const s = lab();
		const lines = s.run('docker exec box traceroute -n 1.1.1.1').stdout.trim().split('\n');
		expect(lines[1]).toMatch(/^ 1  172\.18\.0\.1  /);
		expect(lines[lines.length - 1]).toMatch(/^\s?\d+  1\.1\.1\.1  /);
		expect(lines.length).toBeGreaterThan(4);
		expect(lines.length).toBeLessThan(32);
	});

	it('no route: BusyBox says so; Debian\'s prints its header, then the error', () => {
		const s = new Session({seed: 1});
		s.run('docker run -d --name lone --network none alpine sleep 1d');
		// Alpine's BusyBox words the errno as musl does.
		expect(s.run('docker exec lone traceroute -n 8.8.8.8')).toEqual({stdout: '', stderr: "traceroute: can't connect to remote host (8.8.8.8): Network unreachable\n", exitCode: 1});
		s.run('docker run -d --name quiet --network none busybox sleep 1d');
		expect(s.run('docker exec quiet traceroute -n 8.8.8.8').stderr).toBe("traceroute: can't connect to remote host (8.8.8.8): Network is unreachable\n");
		expect(s.run('traceroute -n nothing.invalid')).toMatchObject({exitCode: 2});
	});
});

describe('--help', () => {
	it('curl --help: 8.14.1 on the host (from its source, 79 columns), 7.88.1 in Debian images (measured)', () => {
		const s = new Session({seed: 1});
		const host = s.run('curl --help');
		expect(host.exitCode).toBe(0);
		expect(host.stdout).toContain(' -u, --user <user:password>  Server user and password\n');
		expect(host.stdout).toContain('auth, connection, curl, deprecated, dns, file, ftp, global, http, imap, ldap, \n');
		s.run('docker run -d --name web nginx');
		const debian = s.run('docker exec web curl --help');
		expect(debian.stdout).toContain('This is not the full help, this menu is stripped into categories.\n');
	});
});
