// Rules a learner adds with iptables really change reachability (issue 16, item 4): a published
// port's packets are DNATed in PREROUTING and go through FORWARD, so an INPUT rule never sees
// them and DOCKER-USER is where they are filtered; the host's own ports are INPUT's.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {probe, type World} from '../../../src/engine/index.js';

const EXTERNAL = {kind: 'external'} as const;

function session(engine: '26' | '28', lines: string[]): Session {
	const s = new Session({seed: 1, engine});
	for (const l of lines) {
		const r = s.run(l);
		if (r.exitCode !== 0) throw new Error(`${l}: ${r.stderr}`);
	}
	return s;
}

const fromLan = (world: World, port: number) => probe(world, {from: EXTERNAL, target: '192.168.0.10', protocol: 'tcp', port}).outcome;

describe.each(['26', '28'] as const)('learner rules on daemon %s', (engine) => {
	const base = ['docker run -d --name web -p 8080:80 nginx'];

	it('a published port bypasses INPUT: the LAN still reaches it', () => {
		const s = session(engine, [...base, 'iptables -A INPUT -p tcp --dport 8080 -j DROP']);
		expect(fromLan(s.world, 8080)).toBe('ok');
	});

	it('DOCKER-USER filters it, by source, and after the DNAT (the container port)', () => {
		const s = session(engine, [...base, 'iptables -I DOCKER-USER -s 192.168.0.20 -p tcp --dport 80 -j DROP']);
		expect(fromLan(s.world, 8080)).toBe('timeout');
		// The host itself is not the LAN host: its curl still works.
		expect(s.run('curl -s -o /dev/null -w "%{http_code}" localhost:8080').stdout).toBe('200');
	});

	it('a DOCKER-USER rule on the host port matches nothing: DNAT already changed it', () => {
		const s = session(engine, [...base, 'iptables -I DOCKER-USER -p tcp --dport 8080 -j DROP']);
		expect(fromLan(s.world, 8080)).toBe('ok');
	});

	it('REJECT answers a TCP connect at once; deleting the rule opens the port again', () => {
		const s = session(engine, [...base, 'iptables -I DOCKER-USER -p tcp -m multiport --dports 80,443 -j REJECT']);
		expect(fromLan(s.world, 8080)).toBe('refused');
		expect(s.run('iptables -D DOCKER-USER -p tcp -m multiport --dports 80,443 -j REJECT').exitCode).toBe(0);
		expect(fromLan(s.world, 8080)).toBe('ok');
	});

	it('ESTABLISHED first, then a DROP for new connections from the LAN, leaves containers their replies', () => {
		const s = session(engine, [...base, 'iptables -I DOCKER-USER -i eth0 -m conntrack --ctstate NEW -j DROP']);
		expect(fromLan(s.world, 8080)).toBe('timeout');
		// Containers still get out (their packets enter on a bridge, not eth0).
		expect(s.run('docker exec web curl -s -o /dev/null -w "%{http_code}" http://example.com').stdout).toBe('200');
	});

	it("INPUT guards the host's own services", () => {
		const s = session(engine, ['iptables -A INPUT -p tcp --dport 22 -j DROP']);
		expect(fromLan(s.world, 22)).toBe('timeout');
	});
});

describe('where a rule lands', () => {
	it('26: -A DOCKER-USER goes after Docker\'s RETURN and never matches; -I goes before it', () => {
		const s = session('26', ['docker run -d --name web -p 8080:80 nginx', 'iptables -A DOCKER-USER -j DROP']);
		expect(s.run('iptables -S DOCKER-USER').stdout).toBe('-N DOCKER-USER\n-A DOCKER-USER -j RETURN\n-A DOCKER-USER -j DROP\n');
		expect(fromLan(s.world, 8080)).toBe('ok');
		s.run('iptables -I DOCKER-USER -j DROP');
		expect(fromLan(s.world, 8080)).toBe('timeout');
	});

	it('28: DOCKER-USER starts empty, so -A works as well as -I', () => {
		const s = session('28', ['docker run -d --name web -p 8080:80 nginx', 'iptables -A DOCKER-USER -j DROP']);
		expect(s.run('iptables -S DOCKER-USER').stdout).toBe('-N DOCKER-USER\n-A DOCKER-USER -j DROP\n');
		expect(fromLan(s.world, 8080)).toBe('timeout');
	});

	it('an inserted rule keeps its place among Docker\'s rules while networks come and go', () => {
		const s = session('26', ['iptables -I FORWARD 3 -s 10.9.9.9 -j DROP', 'docker network create n1']);
		const forward = s.run('iptables -S FORWARD').stdout.split('\n');
		expect(forward.slice(1, 4)).toEqual(['-A FORWARD -j DOCKER-USER', '-A FORWARD -j DOCKER-ISOLATION-STAGE-1', '-A FORWARD -s 10.9.9.9/32 -j DROP']);
	});

	it('-F FORWARD takes Docker\'s rules too, and containers lose the internet (the policy is DROP)', () => {
		const s = session('26', ['docker run -d --name box alpine sleep 3600', 'iptables -F FORWARD']);
		expect(s.run('iptables -S FORWARD').stdout).toBe('-P FORWARD DROP\n');
		expect(s.run('docker exec box wget -q -T 2 -O /dev/null http://example.com').exitCode).not.toBe(0);
		s.run('iptables -P FORWARD ACCEPT');
		expect(s.run('docker exec box wget -q -T 2 -O /dev/null http://example.com').exitCode).toBe(0);
	});
});

describe('iptables errors (iptables 1.8.9, measured in a network namespace)', () => {
	const cases: [string, string, number][] = [
		['iptables -D INPUT -p tcp --dport 9999 -j DROP', 'iptables: Bad rule (does a matching rule exist in that chain?).\n', 1],
		['iptables -D INPUT 99', 'iptables: Index of deletion too big.\n', 1],
		['iptables -I INPUT 99 -j ACCEPT', 'iptables: Index of insertion too big.\n', 1],
		['iptables -A NOPE -j ACCEPT', 'iptables: No chain/target/match by that name.\n', 1],
		['iptables -A INPUT -j NOPE', "iptables v1.8.9 (nf_tables): Chain 'NOPE' does not exist\nTry `iptables -h' or 'iptables --help' for more information.\n", 2],
		['iptables -A INPUT --dport 80 -j DROP', 'iptables v1.8.9 (nf_tables): unknown option "--dport"\nTry `iptables -h\' or \'iptables --help\' for more information.\n', 2],
		['iptables -A INPUT -p tcp --dport abc -j DROP', "iptables v1.8.9 (nf_tables): invalid port/service `abc' specified\nTry `iptables -h' or 'iptables --help' for more information.\n", 2],
		['iptables -A INPUT -p foo -j DROP', 'iptables v1.8.9 (nf_tables): unknown protocol "foo" specified\nTry `iptables -h\' or \'iptables --help\' for more information.\n', 2],
		['iptables -A INPUT -m conntrack --ctstate FOO -j DROP', 'iptables v1.8.9 (nf_tables): Bad ctstate "FOO"\nTry `iptables -h\' or \'iptables --help\' for more information.\n', 2],
		['iptables -A INPUT -j DROP -j ACCEPT', 'iptables v1.8.9 (nf_tables): multiple -j flags not allowed\nTry `iptables -h\' or \'iptables --help\' for more information.\n', 2],
		['iptables -A INPUT -o eth0 -j DROP', "iptables v1.8.9 (nf_tables): Can't use -o with INPUT\n\nTry `iptables -h' or 'iptables --help' for more information.\n", 2],
		['iptables -I INPUT 0 -j ACCEPT', "iptables v1.8.9 (nf_tables): Invalid rule number `0'\nTry `iptables -h' or 'iptables --help' for more information.\n", 2],
		['iptables -D INPUT 1 2', "Bad argument `2'\nTry `iptables -h' or 'iptables --help' for more information.\n", 2],
		['iptables -P DOCKER-USER DROP', 'iptables: Bad built-in chain name.\n', 1],
		['iptables -P INPUT FOO', "iptables: Bad policy name. Run `dmesg' for more information.\n", 1],
		['iptables -A INPUT -m multiport --dports 80,443 -j DROP', "iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'\nTry `iptables -h' or 'iptables --help' for more information.\n", 2],
		['iptables -A INPUT -s 192.168.0.20 -j REJECT --reject-with tcp-reset', 'iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n', 4],
		['iptables -A', 'iptables v1.8.9 (nf_tables): option "-A" requires an argument\nTry `iptables -h\' or \'iptables --help\' for more information.\n', 2],
		['iptables -C INPUT -j ACCEPT', 'iptables: Bad rule (does a matching rule exist in that chain?).\n', 1],
	];
	it.each(cases)('%s', (line, stderr, code) => {
		const r = new Session({seed: 1}).run(line);
		expect({stderr: r.stderr, exitCode: r.exitCode}).toEqual({stderr, exitCode: code});
	});

	it('prints the rule as iptables stores it', () => {
		const s = new Session({seed: 1});
		for (const l of [
			'iptables -A INPUT -s 10.0.0.1/24 -d 172.17.0.2 -p TCP --dport http -m conntrack --ctstate new -j DROP',
			'iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -p tcp --dport 8000:8100 -j ACCEPT',
			'iptables -A INPUT ! -p tcp -j ACCEPT',
			'iptables -A INPUT -p icmp -j REJECT',
			'iptables -A INPUT -i br+ -p udp --dport 53',
		]) expect(s.run(l).exitCode).toBe(0);
		expect(s.run('iptables -S INPUT').stdout).toBe([
			'-P INPUT ACCEPT',
			'-A INPUT -s 10.0.0.0/24 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -m conntrack --ctstate NEW -j DROP',
			'-A INPUT -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -m tcp --dport 8000:8100 -j ACCEPT',
			'-A INPUT ! -p tcp -j ACCEPT',
			'-A INPUT -p icmp -j REJECT --reject-with icmp-port-unreachable',
			'-A INPUT -i br+ -p udp -m udp --dport 53',
			'',
		].join('\n'));
		expect(s.run('iptables -L INPUT').stdout).toBe([
			'Chain INPUT (policy ACCEPT)',
			'target     prot opt source               destination         ',
			'DROP       tcp  --  10.0.0.0/24          172.17.0.2           tcp dpt:http ctstate NEW',
			'ACCEPT     tcp  --  anywhere             anywhere             ctstate RELATED,ESTABLISHED tcp dpts:8000:8100',
			'ACCEPT    !tcp  --  anywhere             anywhere            ',
			'REJECT     icmp --  anywhere             anywhere             reject-with icmp-port-unreachable',
			'           udp  --  anywhere             anywhere             udp dpt:domain',
			'',
		].join('\n'));
	});
});
