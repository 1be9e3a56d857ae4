// Each version-dependent behaviour, asked of a 26 world and a 28 world (issue 16).
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {createWorld, profileOf, DEFAULT_ENGINE} from '../../../src/engine/index.js';

function run(engine: '26' | '28', lines: string[]): string[] {
	const s = new Session({seed: 1, engine});
	return lines.map((l) => {
		const r = s.run(l);
		return (r.stdout + r.stderr).trimEnd();
	});
}

describe('engine profile', () => {
	it('a world without a version is the default one, 26', () => {
		expect(DEFAULT_ENGINE).toBe('26');
		expect(profileOf(createWorld()).id).toBe('26');
		expect(profileOf(createWorld({engine: '28'})).id).toBe('28');
	});

	it('IPAM: 26 rotates past a freed subnet, 28 reuses it at once', () => {
		const lines = ['docker network create a', 'docker network create b', 'docker network rm a', 'docker network create c', "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' c"];
		expect(run('26', lines).at(-1)).toBe('172.20.0.0/16');
		expect(run('28', lines).at(-1)).toBe('172.18.0.0/16');
	});

	it('MAC: 26 derives it from the IP, 28 draws a locally administered one', () => {
		const fmt = "docker inspect -f '{{range .NetworkSettings.Networks}}{{.MacAddress}}{{end}}' box";
		expect(run('26', ['docker run -d --name box alpine sleep 3600', fmt]).at(-1)).toBe('02:42:ac:11:00:02');
		const mac = run('28', ['docker run -d --name box alpine sleep 3600', fmt]).at(-1)!;
		expect(mac).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
		expect(mac.startsWith('02:42:ac')).toBe(false);
		expect(parseInt(mac.slice(0, 2), 16) & 0x03).toBe(0x02);
	});

	it('firewall: 28 lays out DOCKER-FORWARD, DOCKER-CT, DOCKER-BRIDGE and raw drops', () => {
		const out = run('28', ['docker network create n1', 'docker run -d --name web --network n1 -p 8080:80 nginx', 'docker run -d --name lo -p 127.0.0.1:9000:80 nginx', 'iptables -S', 'iptables -t raw -S']);
		expect(out[3]).toContain('-A FORWARD -j DOCKER-FORWARD');
		expect(out[3]).toContain('-A DOCKER-FORWARD -j DOCKER-CT');
		expect(out[3]).toMatch(/-A DOCKER ! -i br-[0-9a-f]{12} -o br-[0-9a-f]{12} -j DROP/);
		expect(out[3]).not.toContain('DOCKER-ISOLATION-STAGE-1 -j RETURN');
		expect(out[4]).toMatch(/-A PREROUTING -d 172\.18\.0\.2\/32 ! -i br-[0-9a-f]{12} -j DROP/);
		expect(out[4]).toContain('-A PREROUTING -d 127.0.0.1/32 ! -i lo -p tcp -m tcp --dport 9000 -j DROP');
	});
});

describe('inspect fields', () => {
	it('network inspect has EnableIPv4 on 28 only', () => {
		const fmt = 'docker network inspect bridge';
		expect(run('26', [fmt])[0]).not.toContain('EnableIPv4');
		expect(run('28', [fmt])[0]).toMatch(/"Driver": "bridge",\n {8}"EnableIPv4": true,\n {8}"EnableIPv6": false,/);
	});
});

describe('daemon texts (recorded on 26.1.5 and 28.5.2)', () => {
	it('28 frames networking errors of a start as "failed to set up container networking"', () => {
		const lines = ['docker run -d --name web1 -p 8000:80 nginx', 'docker run -d --name web2 -p 8000:80 nginx'];
		expect(run('26', lines)[1]).toContain('Error response from daemon: driver failed programming external connectivity');
		expect(run('28', lines)[1]).toContain('Error response from daemon: failed to set up container networking: driver failed programming external connectivity');
	});

	it('/etc/hosts, network rm and docker rm in each version\'s words', () => {
		const lines = ['docker network create n', 'docker run -d --name web --network n nginx', 'docker exec web cat /etc/hosts', 'docker network rm n', 'docker rm web'];
		const v26 = run('26', lines);
		const v28 = run('28', lines);
		expect(v26[2]).toContain('fe00::0\tip6-localnet');
		expect(v28[2]).toContain('fe00::\tip6-localnet');
		expect(v26[3]).toMatch(/network n id [0-9a-f]{64} has active endpoints/);
		expect(v28[3]).toMatch(/network n has active endpoints \(name:"web" id:"[0-9a-f]{12}"\)/);
		expect(v26[4]).toContain('cannot remove container "/web"');
		expect(v28[4]).toContain('cannot remove container "web"');
	});
});
