// The network tools print what the engine's probe decided, in each userland's wording.
import {describe, expect, it} from 'vitest';
import {Lab} from './helpers.js';
import {traceProbe} from '../../../src/shell/tools/trace.js';

const NGINX_PORT = {'80/tcp': [{hostIp: '', hostPort: '8000'}]};

function basic(): Lab {
	return new Lab()
		.net('appnet')
		.run({image: 'nginx', name: 'web', networkMode: 'appnet', portBindings: NGINX_PORT})
		.run({image: 'alpine', name: 'client', networkMode: 'appnet', tty: true, openStdin: true})
		.run({image: 'alpine', name: 'lonely', tty: true, openStdin: true})
		.run({image: 'nginx', name: 'wrong', portBindings: {'8080/tcp': [{hostIp: '', hostPort: '8002'}]}})
		.run({image: 'alpine', name: 'iso', networkMode: 'none', tty: true, openStdin: true});
}

describe('curl', () => {
	const lab = basic();
	it('ok: the body, exit 0', () => {
		const r = lab.sh('host', 'curl -s http://localhost:8000');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
		expect(r.stderr).toBe('');
	});
	it('-o /dev/null -w http_code', () => {
		expect(lab.sh('host', "curl -sS -o /dev/null -w '%{http_code}\\n' http://127.0.0.1:8000/")).toEqual({stdout: '200\n', stderr: '', exitCode: 0});
	});
	it('refused: curl 8.14 on the host, 7.88 in Debian images; -s hides, -sS shows', () => {
		expect(lab.sh('host', 'curl -sS http://localhost:9999/')).toEqual({stdout: '', stderr: 'curl: (7) Failed to connect to localhost port 9999 after 0 ms: Could not connect to server\n', exitCode: 7});
		expect(lab.sh('host', 'curl -s http://localhost:9999/')).toEqual({stdout: '', stderr: '', exitCode: 7});
		expect(lab.sh('web', 'curl -sS http://127.0.0.1:81/').stderr).toBe("curl: (7) Failed to connect to 127.0.0.1 port 81 after 0 ms: Couldn't connect to server\n");
	});
	it('refused with -w prints 000 (as recorded)', () => {
		expect(lab.sh('host', "curl -sS -o /dev/null -w '%{http_code}\\n' http://localhost:9999/").stdout).toBe('000\n');
	});
	it('no -s: progress meter on stderr as with a pipe (recorded)', () => {
		const r = lab.sh('host', 'curl http://localhost:9999');
		expect(r.stderr).toBe('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\ncurl: (7) Failed to connect to localhost port 9999 after 0 ms: Could not connect to server\n');
		expect(lab.sh('host', 'curl http://localhost:9999', undefined, {NETDOJO_TTY: '1'}).stderr).toBe('curl: (7) Failed to connect to localhost port 9999 after 0 ms: Could not connect to server\n');
	});
	it('reset: published to a port nothing listens on', () => {
		expect(lab.sh('host', 'curl -sS http://localhost:8002/')).toEqual({stdout: '', stderr: 'curl: (56) Recv failure: Connection reset by peer\n', exitCode: 56});
	});
	it('timeout: with and without --max-time', () => {
		const lab2 = basic();
		const r = lab2.sh('web', 'curl -sS --max-time 2 http://172.17.0.2/');
		expect(r.exitCode).toBe(28);
		expect(r.stderr).toMatch(/^curl: \(28\) Connection timed out after 200[12] milliseconds\n$/);
		expect(lab2.sh('web', 'curl -sS http://172.17.0.2/').stderr).toMatch(/^curl: \(28\) Failed to connect to 172\.17\.0\.2 port 80 after 130\d{3} ms: Couldn't connect to server\n$/);
	});
	it('unresolved and unreachable', () => {
		expect(lab.sh('host', 'curl -sS http://nosuch/')).toEqual({stdout: '', stderr: 'curl: (6) Could not resolve host: nosuch\n', exitCode: 6});
	});
	it('-I prints the headers with CRLF, Server by program', () => {
		const r = lab.sh('host', 'curl -sI http://localhost:8000/');
		expect(r.stdout.startsWith('HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\n')).toBe(true);
		expect(r.stdout.endsWith('\r\n\r\n')).toBe(true);
	});
	it('-v traces to stderr', () => {
		const r = lab.sh('host', 'curl -sv http://localhost:8000/');
		expect(r.stderr).toContain('*   Trying 127.0.0.1:8000...\n');
		expect(r.stderr).toContain('> GET / HTTP/1.1\n> Host: localhost:8000\n');
		expect(r.stderr).toContain('< HTTP/1.1 200 OK\n');
	});
	it('URL without scheme, default port 80, and %{remote_ip}', () => {
		expect(lab.sh('host', "curl -s -o /dev/null -w '%{remote_ip}' 172.18.0.2").stdout).toBe('172.18.0.2');
	});
});

describe('wget (BusyBox)', () => {
	const lab = basic();
	it('ok', () => {
		const r = lab.sh('client', 'wget -qO- http://web/');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toContain('Welcome to nginx!');
	});
	it('non-quiet progress', () => {
		const r = lab.sh('client', 'wget -O- http://web/');
		expect(r.stderr).toBe('Connecting to web (172.18.0.2:80)\nwriting to stdout\n-                    100% |********************************|   615  0:00:00 ETA\nwritten to stdout\n');
	});
	it('errors', () => {
		expect(lab.sh('client', 'wget -qO- http://nosuch/')).toEqual({stdout: '', stderr: "wget: bad address 'nosuch'\n", exitCode: 1});
		expect(lab.sh('client', 'wget -qO- http://web:81/')).toEqual({stdout: '', stderr: "wget: can't connect to remote host (172.18.0.2): Connection refused\n", exitCode: 1});
		expect(lab.sh('lonely', 'wget -T 2 -qO- http://172.18.0.2/')).toEqual({stdout: '', stderr: 'wget: download timed out\n', exitCode: 1});
		expect(lab.sh('iso', 'wget -T 2 -qO- http://172.17.0.1/')).toEqual({stdout: '', stderr: "wget: can't connect to remote host (172.17.0.1): Network is unreachable\n", exitCode: 1});
	});
});

describe('ping', () => {
	const lab = basic();
	it('BusyBox ok layout', () => {
		const r = lab.sh('client', 'ping -c 2 -W 1 web');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toMatch(/^PING web \(172\.18\.0\.2\): 56 data bytes\n64 bytes from 172\.18\.0\.2: seq=0 ttl=64 time=0\.\d{3} ms\n64 bytes from 172\.18\.0\.2: seq=1 ttl=64 time=0\.\d{3} ms\n\n--- web ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
		expect(lab.sh('client', 'ping -c 2 -W 1 web')).toEqual(r);
	});
	it('BusyBox drop, bad address, unreachable (as recorded)', () => {
		expect(lab.sh('lonely', 'ping -c 2 -W 1 172.18.0.2')).toEqual({stdout: 'PING 172.18.0.2 (172.18.0.2): 56 data bytes\n\n--- 172.18.0.2 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n', stderr: '', exitCode: 1});
		expect(lab.sh('lonely', 'ping -c 1 web')).toEqual({stdout: '', stderr: "ping: bad address 'web'\n", exitCode: 1});
		expect(lab.sh('iso', 'ping -c 2 -W 1 8.8.8.8')).toEqual({stdout: 'PING 8.8.8.8 (8.8.8.8): 56 data bytes\n', stderr: 'ping: sendto: Network is unreachable\n', exitCode: 1});
	});
	it('without -c: 4 packets', () => {
		expect(lab.sh('client', 'ping web').stdout).toContain('4 packets transmitted, 4 packets received');
	});
	it('iputils on the host', () => {
		const r = lab.sh('host', 'ping -c 3 172.18.0.2');
		expect(r.stdout).toMatch(/^PING 172\.18\.0\.2 \(172\.18\.0\.2\) 56\(84\) bytes of data\.\n64 bytes from 172\.18\.0\.2: icmp_seq=1 ttl=64 time=0\.\d{3} ms\n/);
		expect(r.stdout).toMatch(/\n--- 172\.18\.0\.2 ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss, time 20\d\dms\nrtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
		expect(lab.sh('host', 'ping -c 1 nosuch')).toEqual({stdout: '', stderr: 'ping: nosuch: Name or service not known\n', exitCode: 2});
	});
});

describe('nslookup (BusyBox, as recorded)', () => {
	const lab = basic();
	it('answer', () => {
		expect(lab.sh('client', 'nslookup web')).toEqual({stdout: 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.18.0.2\n\nNon-authoritative answer:\n\n', stderr: '', exitCode: 0});
	});
	it('NXDOMAIN', () => {
		expect(lab.sh('client', 'nslookup nosuchname')).toEqual({stdout: "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n** server can't find nosuchname: NXDOMAIN\n\n** server can't find nosuchname: NXDOMAIN\n\n", stderr: '', exitCode: 1});
	});
	it('SERVFAIL on an internal network', () => {
		const l = new Lab().net('secure', {internal: true}).run({image: 'alpine', name: 'app', networkMode: 'secure', tty: true, openStdin: true});
		expect(l.sh('app', 'nslookup nosuchname').stdout).toContain("** server can't find nosuchname: SERVFAIL\n");
	});
});

describe('ip', () => {
	const lab = new Lab().run({image: 'alpine', name: 'container1', tty: true, openStdin: true});
	it('BusyBox ip addr in a container (recorded layout)', () => {
		const ep = Object.values(lab.world.hosts.host.containers.get(lab.id('container1'))!.networks)[0].endpoint!;
		expect(lab.sh('container1', 'ip addr').stdout).toBe(`1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
       valid_lft forever preferred_lft forever
    inet6 ::1/128 scope host 
       valid_lft forever preferred_lft forever
${ep.peerIndex}: eth0@if${ep.vethIndex}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue 
    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff
    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
       valid_lft forever preferred_lft forever
`);
	});
	it('BusyBox ip route (recorded spacing)', () => {
		expect(lab.sh('container1', 'ip route').stdout).toBe('default via 172.17.0.1 dev eth0 \n172.17.0.0/16 dev eth0 scope link  src 172.17.0.2 \n');
	});
	it('none mode: lo only, no routes', () => {
		const l = new Lab().run({image: 'alpine', name: 'iso', networkMode: 'none', tty: true, openStdin: true});
		expect(l.sh('iso', 'ip addr').stdout.split('\n')[0]).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000');
		expect(l.sh('iso', 'ip addr').stdout).not.toContain('eth0');
		expect(l.sh('iso', 'ip route').stdout).toBe('');
	});
	it('host: docker0 UP with an endpoint, bridge DOWN without, veth master', () => {
		const l = new Lab().net('empty').run({image: 'alpine', name: 'c1', tty: true, openStdin: true});
		const out = l.sh('host', 'ip addr').stdout;
		expect(out).toContain('3: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default \n');
		expect(out).toMatch(/br-[0-9a-f]{12}: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default \n/);
		expect(out).toMatch(/veth[0-9a-f]{7}@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP group default \n/);
		const routes = l.sh('host', 'ip route').stdout;
		expect(routes).toContain('172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 \n');
		expect(routes).toMatch(/172\.18\.0\.0\/16 dev br-[0-9a-f]{12} proto kernel scope link src 172\.18\.0\.1 linkdown \n/);
	});
});

describe('hostname, cat, netstat', () => {
	const lab = new Lab().run({image: 'alpine', name: 'container1', tty: true, openStdin: true}).run({image: 'alpine', name: 'iso', networkMode: 'none', tty: true, openStdin: true});
	it('hostname -i / -I', () => {
		expect(lab.sh('container1', 'hostname -i')).toEqual({stdout: '172.17.0.2\n', stderr: '', exitCode: 0});
		expect(lab.sh('container1', 'hostname -I').exitCode).toBe(1);
		expect(lab.sh('iso', 'hostname -i').stderr).toMatch(/^hostname: [0-9a-f]{12}: Host name lookup failure\n$/);
		expect(lab.sh('host', 'hostname -I').stdout).toBe('192.168.0.10 172.17.0.1 \n');
	});
	it('cat: sandbox files, missing files in both wordings', () => {
		expect(lab.sh('container1', 'cat /etc/hosts').stdout).toContain('172.17.0.2\t');
		expect(lab.sh('container1', 'cat /nope')).toEqual({stdout: '', stderr: "cat: can't open '/nope': No such file or directory\n", exitCode: 1});
		expect(lab.sh('host', 'cat nope')).toEqual({stdout: '', stderr: 'cat: nope: No such file or directory\n', exitCode: 1});
	});
	it('netstat -tln (recorded layout)', () => {
		const l = new Lab().run({image: 'alpine', name: 'lo', cmd: ['httpd', '-f', '-p', '127.0.0.1:8080', '-h', '/etc']});
		expect(l.sh('lo', 'netstat -tln').stdout).toBe('Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \ntcp        0      0 127.0.0.1:8080          0.0.0.0:*               LISTEN      \n');
	});
});

describe('nc and ss', () => {
	const lab = basic();
	it('nc -zv', () => {
		expect(lab.sh('client', 'nc -zv web 80')).toEqual({stdout: '', stderr: 'web (172.18.0.2:80) open\n', exitCode: 0});
		expect(lab.sh('client', 'nc -zv web 81')).toEqual({stdout: '', stderr: 'nc: web (172.18.0.2:81): Connection refused\n', exitCode: 1});
	});
	it('nc -u: UDP has no handshake, so only ICMP port unreachable says no (nc -lu binds a UDP socket)', () => {
		const udpLab = basic().run({image: 'alpine', name: 'dns', networkMode: 'appnet', cmd: ['nc', '-lu', '-p', '53']});
		const ip = udpLab.sh('client', 'nc -zv dns 53').stderr.match(/\((\S+):53\)/)![1];
		expect(udpLab.sh('client', 'nc -zvu dns 53')).toEqual({stdout: '', stderr: `dns (${ip}:53) open\n`, exitCode: 0});
		expect(udpLab.sh('client', 'nc -zv dns 53')).toEqual({stdout: '', stderr: `nc: dns (${ip}:53): Connection refused\n`, exitCode: 1});
		expect(udpLab.sh('client', 'nc -zvu web 80')).toEqual({stdout: '', stderr: 'nc: web (172.18.0.2:80): Connection refused\n', exitCode: 1});
		expect(udpLab.sh('dns', 'ss -ulnp').stdout).toMatch(/UNCONN 0 +0 +0\.0\.0\.0:53 +0\.0\.0\.0:\* +users:\(\("nc"/);
		const traced = traceProbe(['nc', '-u', 'dns', '53'], udpLab.ctx('client'));
		expect('result' in traced && traced.result.outcome).toBe('ok');
	});
	it('ss -tlnp shows docker-proxy', () => {
		expect(lab.sh('host', 'ss -tlnp').stdout).toMatch(/LISTEN 0 +4096 +0\.0\.0\.0:8000 +0\.0\.0\.0:\* +users:\(\("docker-proxy",pid=\d+,fd=4\)\)/);
	});
});

describe('trace (the probe behind it)', () => {
	const lab = basic();
	it('hands back the probe of the traced tool, hops as data', () => {
		const t = traceProbe(['ping', '-c', '1', '172.18.0.2'], lab.ctx('lonely'));
		expect('result' in t && t.result.outcome).toBe('timeout');
		expect('result' in t && t.result.hops.some((h) => h.verdict === 'DROP' && h.step.kind === 'rule' && h.step.note === 'isolation')).toBe(true);
		expect(traceProbe(['ls'], lab.ctx('lonely'))).toEqual({unsupported: true});
	});
});
