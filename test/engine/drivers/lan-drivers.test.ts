// macvlan and ipvlan behind the driver interface: create errors in libnetwork v26.1's words,
// LAN addresses, 802.1q sub-interfaces made and removed with the network, children of one parent
// reaching each other, and the host not reaching its own children. No real daemon: the texts are
// read from moby's libnetwork/drivers/{macvlan,ipvlan} at v26.1.5.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {capabilitiesOf, driverOf, getHost, probe, type Network} from '../../../src/engine/index.js';
import {from, HOST, ipOf, play} from '../helpers.js';

const MV = 'docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 mv';

function network(s: Session, name: string): Network {
	return Object.values(getHost(s.world).networks).find((n) => n.name === name)!;
}

function fails(s: Session, line: string): string {
	const r = s.run(line);
	expect(r.exitCode, line).toBe(1);
	return r.stderr;
}

describe('docker network create -d macvlan|ipvlan', () => {
	it('the brief\'s example: LAN subnet, gateway, parent eth0', () => {
		const s = play(MV);
		const n = network(s, 'mv');
		expect(n.driver).toBe('macvlan');
		expect(n.options).toEqual({parent: 'eth0'});
		expect(n.ipamConfig).toEqual([{subnet: '192.168.1.0/24', gateway: '192.168.1.1'}]);
		expect(s.run('docker network ls --filter driver=macvlan --format "{{.Name}} {{.Driver}} {{.Scope}}"').stdout).toBe('mv macvlan local\n');
		expect(capabilitiesOf(n)).toEqual({scope: 'local', sandbox: 'endpoint', bridgeDevice: false, hostRoute: false, dataPath: 'parent', mtu: 1500});
		expect(driverOf(n).firewallRules(getHost(s.world), n)).toEqual([]);
	});

	it('without --subnet, a pool comes from the defaults as for a bridge', () => {
		const s = play('docker network create -d macvlan -o parent=eth0 mv');
		expect(network(s, 'mv').ipamConfig).toEqual([{subnet: '172.18.0.0/16', gateway: '172.18.0.1'}]);
	});

	it('one parent per network of a driver (the other network is named by its dummy link)', () => {
		const s = play(MV);
		const id = network(s, 'mv').id.slice(0, 12);
		expect(fails(s, 'docker network create -d macvlan --subnet 192.168.2.0/24 -o parent=eth0 mv2')).toBe(`Error response from daemon: network dm-${id} is already using parent interface eth0\n`);
		// ipvlan keeps its own list of networks.
		expect(s.run('docker network create -d ipvlan --subnet 192.168.3.0/24 -o parent=eth0 iv').exitCode).toBe(0);
	});

	it('parent errors: loopback, a missing interface, bad sub-interface names and VLAN ids', () => {
		const s = new Session({seed: 1});
		const err = (opts: string) => fails(s, `docker network create -d macvlan ${opts} bad`);
		expect(err('-o parent=lo')).toBe('Error response from daemon: loopback interface is not a valid macvlan parent link\n');
		expect(err('-o parent=eth9')).toBe('Error response from daemon: invalid subinterface vlan name eth9, example formatting is eth0.10\n');
		expect(err('-o parent=eth9.10')).toBe('Error response from daemon: -o parent interface was not found on the host: eth9\n');
		expect(err('-o parent=eth0.x')).toBe('Error response from daemon: unable to parse a valid vlan id from: x (ex. eth0.10 for vlan 10)\n');
		expect(err('-o parent=eth0.5000')).toBe('Error response from daemon: vlan id must be between 1-4094, received: 5000\n');
		expect(err('-o parent=eth0.1.2')).toBe('Error response from daemon: required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received eth0.1.2\n');
		expect(fails(s, 'docker network create -d ipvlan -o parent=lo bad')).toBe('Error response from daemon: loopback interface is not a valid ipvlan parent link\n');
	});

	it('mode errors name the driver\'s default', () => {
		const s = new Session({seed: 1});
		expect(fails(s, 'docker network create -d macvlan -o macvlan_mode=hub -o parent=eth0 bad')).toBe("Error response from daemon: requested macvlan mode 'hub' is not valid, 'bridge' mode is the macvlan driver default\n");
		expect(fails(s, 'docker network create -d ipvlan -o ipvlan_mode=l4 -o parent=eth0 bad')).toBe("Error response from daemon: requested ipvlan mode 'l4' is not valid, 'l2' mode is the ipvlan driver default\n");
		expect(fails(s, 'docker network create -d ipvlan -o ipvlan_flag=hub -o parent=eth0 bad')).toBe("Error response from daemon: requested ipvlan flag 'hub' is not valid, 'bridge' is the ipvlan driver default\n");
		expect(s.run('docker network create -d macvlan -o macvlan_mode=private -o parent=eth0 ok1').exitCode).toBe(0);
		expect(s.run('docker network create -d ipvlan -o ipvlan_mode=l3 -o parent=eth0 ok2').exitCode).toBe(0);
	});

	it('an 802.1q sub-interface is made with the network and goes with it', () => {
		const s = play('docker network create -d macvlan --subnet 192.168.10.0/24 -o parent=eth0.10 mv10');
		expect(s.run('ip link show eth0.10').stdout).toMatch(/^\d+: eth0\.10@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 /);
		// Another network may then use it as its parent (it exists now).
		expect(s.run('docker network create -d ipvlan --subnet 192.168.11.0/24 -o parent=eth0.10 iv10').exitCode).toBe(0);
		expect(s.run('docker network rm iv10 mv10').exitCode).toBe(0);
		expect(s.run('ip link').stdout).not.toContain('eth0.10');
	});
});

describe('containers on macvlan and ipvlan', () => {
	it('a macvlan container has a LAN address, a MAC from it and eth0@if<parent>; the gateway is the LAN\'s', () => {
		const s = play(MV, 'docker run -d --name lan1 --network mv alpine sleep 1000', 'docker run -d --name lan2 --network mv --ip 192.168.1.50 alpine sleep 1000');
		expect(ipOf(s.world, 'lan1')).toBe('192.168.1.2');
		const addr = s.run('docker exec lan1 ip addr show eth0').stdout;
		expect(addr).toMatch(/^\d+: eth0@if2: /);
		expect(addr).toContain('link/ether 02:42:c0:a8:01:02');
		expect(addr).toContain('inet 192.168.1.2/24');
		expect(s.run('docker exec lan1 ip route').stdout).toContain('default via 192.168.1.1 dev eth0');
		// No bridge and no veth on the host.
		expect(s.run('ip link').stdout).not.toMatch(/br-|veth/);
	});

	it('children of one parent reach each other; the host cannot reach its own children', () => {
		const s = play(MV, 'docker run -d --name lan1 --network mv alpine sleep 1000', 'docker run -d --name lan2 --network mv --ip 192.168.1.50 alpine sleep 1000');
		expect(probe(s.world, {from: from(s.world, 'lan1'), target: '192.168.1.50', protocol: 'icmp'}).outcome).toBe('ok');
		expect(probe(s.world, {from: HOST, target: '192.168.1.2', protocol: 'icmp'}).outcome).not.toBe('ok');
		expect(s.run('ping -c 1 -W 1 192.168.1.2').exitCode).not.toBe(0);
	});

	it('macvlan private mode keeps children apart', () => {
		const s = play('docker network create -d macvlan --subnet 192.168.1.0/24 -o parent=eth0 -o macvlan_mode=private mv', 'docker run -d --name lan1 --network mv alpine sleep 1000', 'docker run -d --name lan2 --network mv alpine sleep 1000');
		const n = network(s, 'mv');
		expect(driverOf(n).forward(s.world, getHost(s.world), n, ipOf(s.world, 'lan2'))).toEqual({kind: 'none'});
	});

	it('an ipvlan child shares the parent\'s MAC (inspect shows none); l3 has no gateway', () => {
		const s = play('docker network create -d ipvlan --subnet 192.168.20.0/24 -o parent=eth0 -o ipvlan_mode=l3 iv', 'docker run -d --name ivc --network iv alpine sleep 1000');
		expect(s.run('docker inspect -f "{{.NetworkSettings.Networks.iv.MacAddress}}|{{.NetworkSettings.Networks.iv.Gateway}}" ivc').stdout).toBe('|\n');
		const hostMac = /link\/ether (\S+)/.exec(s.run('ip link show eth0').stdout)![1];
		expect(s.run('docker exec ivc ip link show eth0').stdout).toContain(`link/ether ${hostMac}`);
		// libnetwork's l3 join: a connected default route through eth0 instead of a gateway.
		expect(s.run('docker exec ivc ip route').stdout).toBe('default dev eth0 scope link \n192.168.20.0/24 dev eth0 scope link  src 192.168.20.2 \n');
	});

	it('ipvlan l2 and macvlan keep the gateway as the default route', () => {
		const s = play('docker network create -d ipvlan --subnet 192.168.20.0/24 --gateway 192.168.20.1 -o parent=eth0 iv', 'docker run -d --name ivc --network iv alpine sleep 1000');
		expect(s.run('docker exec ivc ip route').stdout.split('\n')[0]).toBe('default via 192.168.20.1 dev eth0 ');
	});

	it('published ports are not mapped on macvlan (the driver has no port mapping)', () => {
		const s = play(MV, 'docker run -d --name web -p 8080:80 --network mv nginx');
		expect(s.run('docker port web').stdout).toBe('');
	});
});
