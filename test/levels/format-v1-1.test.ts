// Level format v1.1 (docs/LEVEL-FORMAT.md): `published` goals, `always` invariants, `takeaway`,
// `time-limit` and `engine`, each with what the validator says about a mistake in it, and how the
// checker and the game treat them.
import {describe, expect, it} from 'vitest';
import {formatLevelError, parseLevel, type Level} from '../../src/levels/index.js';
import {GameSession} from '../../src/game/game-session.js';
import {levelText} from './loader/helpers.js';

const errorsFor = (text: string): string[] => {
	const result = parseLevel(text, 'l.yaml');
	return result.ok ? [] : result.errors.map(formatLevelError);
};
const parsed = (text: string): Level => {
	const result = parseLevel(text, 'l.yaml');
	if (!result.ok) throw new Error(result.errors.map(formatLevelError).join('\n'));
	return result.level;
};
const goalWith = (goal: string) => levelText('v11').replace('    container: {name: web, running: true}', goal);
const withTop = (extra: string) => `${levelText('v11')}${extra}\n`;

describe('v1.1 keys parse', () => {
	it('a published goal, with protocol tcp by default', () => {
		const level = parsed(goalWith('    published: {container: web, port: 80, expect: published}'));
		expect(level.goals[0]).toMatchObject({published: {container: 'web', port: 80, protocol: 'tcp', expect: 'published'}});
	});

	it('takeaway, time-limit, engine and always', () => {
		const level = parsed(withTop('takeaway: {en: "EXPOSE documents; -p publishes.", ko: "EXPOSE는 기록, -p는 공개."}\ntime-limit: 300\nengine: "26"').replace('    text: web is running', '    text: web is running\n    always: true'));
		expect(level.takeaway).toEqual({en: 'EXPOSE documents; -p publishes.', ko: 'EXPOSE는 기록, -p는 공개.'});
		expect(level['time-limit']).toBe(300);
		expect(level.engine).toBe('26');
		expect(level.goals[0].always).toBe(true);
	});

	it('a v1 file without any of them is unchanged', () => {
		const level = parsed(levelText('v1'));
		expect(level.takeaway).toBeUndefined();
		expect(level['time-limit']).toBeUndefined();
		expect(level.engine).toBeUndefined();
		expect(level.goals[0].always).toBeUndefined();
	});
});

describe('v1.1 mistakes are explained', () => {
	it.each([
		['published without expect', goalWith('    published: {container: web, port: 80}'), 'l.yaml:8:16: missing required key "expect" in goals[0].published'],
		['published with a wrong expect', goalWith('    published: {container: web, port: 80, expect: yes}'), 'l.yaml:8:51: goals[0].published.expect: expected "published" or "not-published", got "yes"'],
		['published with a bad host-ip', goalWith('    published: {container: web, port: 80, host-ip: localhost, expect: published}'), 'l.yaml:8:52: goals[0].published.host-ip: expected an IPv4 address like 192.168.0.10, got "localhost"'],
		['published port out of range', goalWith('    published: {container: web, port: 0, expect: published}'), 'l.yaml:8:39: goals[0].published.port: expected a port number from 1 to 65535, got 0'],
		['always as a word', goalWith('    container: {name: web, running: true}\n    always: yes'), 'l.yaml:9:13: goals[0].always: expected true or false, got "yes"'],
		['a time limit of 5 s', withTop('time-limit: 5'), 'l.yaml:13:13: time-limit: expected a number of seconds from 10 to 86400, got 5'],
		['an engine this game does not simulate', withTop('engine: "19"'), 'l.yaml:13:9: engine: expected the Docker version the level relies on: "26" or "28" (quote it), got "19"'],
		['an empty takeaway', withTop('takeaway: ""'), 'l.yaml:13:11: takeaway: must not be empty'],
	])('%s', (_name, text, message) => {
		expect(errorsFor(text)).toEqual([message]);
	});

	it('a published goal naming a container nothing creates', () => {
		const errors = errorsFor(goalWith('    published: {container: wbe, port: 80, expect: published}'));
		expect(errors.join('\n')).toContain('goal "web-runs" names container "wbe", which no setup or solution command creates (did you mean "web"?)');
	});
});

/** A level whose goal is one published check, solved by `solution`. */
const publishedLevel = (goal: string, solution = 'docker run -d --name web -p 8080:80 nginx'): Level =>
	parsed(goalWith(`    published: ${goal}`).replace('docker run -d --name web nginx', solution));

describe('published goals in the checker', () => {
	const met = (goal: string, lines: string[]) => {
		const g = new GameSession(publishedLevel(goal));
		for (const line of lines) g.run(line);
		return g.goals()[0];
	};

	it('a running container with a binding is published; without one it is not', () => {
		expect(met('{container: web, port: 80, expect: published}', ['docker run -d --name web -p 8080:80 nginx'])).toMatchObject({met: true, detail: "web's 80/tcp is published at 0.0.0.0:8080, [::]:8080"});
		expect(met('{container: web, port: 80, expect: published}', ['docker run -d --name web nginx'])).toMatchObject({met: false, detail: "web's 80/tcp is not published"});
		expect(met('{container: web, port: 80, expect: not-published}', ['docker run -d --name web nginx']).met).toBe(true);
	});

	it('host-ip: a loopback binding is not on the LAN address; 0.0.0.0 is on every address', () => {
		const lan = '{container: web, port: 80, host-ip: 192.168.0.10, expect: published}';
		expect(met(lan, ['docker run -d --name web -p 127.0.0.1:8080:80 nginx'])).toMatchObject({met: false, detail: "web's 80/tcp is not published on 192.168.0.10"});
		expect(met(lan, ['docker run -d --name web -p 8080:80 nginx']).met).toBe(true);
		expect(met('{container: web, port: 80, host-ip: 127.0.0.1, expect: published}', ['docker run -d --name web -p 127.0.0.1:8080:80 nginx']).met).toBe(true);
	});

	it('a stopped container publishes nothing (docker port lists nothing for it)', () => {
		expect(met('{container: web, port: 80, expect: published}', ['docker run -d --name web -p 8080:80 nginx', 'docker stop web'])).toMatchObject({met: false});
	});

	it('udp is its own port', () => {
		expect(met('{container: web, port: 53, protocol: udp, expect: published}', ['docker run -d --name web -p 53:53/udp nginx']).met).toBe(true);
		expect(met('{container: web, port: 53, protocol: udp, expect: published}', ['docker run -d --name web -p 53:53 nginx']).met).toBe(false);
	});
});

describe('always goals', () => {
	// web must answer on 8080 after every command; the level is solved when api also runs.
	const level = parsed(
		[
			'id: always-demo',
			'title: Keep it up',
			'briefing: Keep web answering while you start api.',
			'par: 1',
			'world:',
			'  setup:',
			'    - docker run -d --name web -p 8080:80 nginx',
			'goals:',
			'  - id: web-answers',
			'    text: web answers on 8080 throughout',
			'    always: true',
			'    probe: {from: host, to: "http://localhost:8080/", expect: reachable}',
			'  - id: api-runs',
			'    text: api runs',
			'    container: {name: api, running: true}',
			'hints:',
			'  - Leave web alone.',
			'solution:',
			'  - docker run -d --name api nginx',
			'',
		].join('\n'),
	);

	it('held throughout: solved', () => {
		const g = new GameSession(level);
		expect(g.run('docker run -d --name api nginx').solvedNow).toBe(true);
	});

	it('broken once: unmet until reset, even when the world is mended (by hand or by undo)', () => {
		const g = new GameSession(level);
		g.run('docker stop web');
		expect(g.goals()[0]).toMatchObject({met: false, brokenBy: 'docker stop web'});
		g.run('docker start web');
		g.run('docker run -d --name api nginx');
		expect(g.solved).toBe(false);
		expect(g.goals()[0].detail).toBe('broken by `docker stop web`; it had to hold after every command (reset to try again)');
		expect(g.goalLines()[0].text).toBe('web answers on 8080 throughout (broken by `docker stop web`: this must hold after every command; `reset` to try again)');
		g.run('undo');
		g.run('undo');
		expect(g.goals()[0].met).toBe(false);
		g.run('reset');
		expect(g.goals()[0]).toMatchObject({met: true});
		expect(g.run('docker run -d --name api nginx').solvedNow).toBe(true);
	});

	it('game commands never break it', () => {
		const g = new GameSession(level);
		for (const line of ['help', 'goals', 'hint', 'trace curl localhost:8080', '']) g.run(line);
		expect(g.goals()[0].met).toBe(true);
	});

	it('an invariant that fails right after setup says the level is broken', () => {
		const broken = parsed(
			levelText('broken-invariant').replace('    text: web is running', '    text: web is running\n    always: true'),
		);
		const g = new GameSession(broken);
		expect(g.goals()[0].detail).toBe("does not hold right after the level's setup, so no command can keep it");
		g.run('docker run -d --name web nginx');
		expect(g.solved).toBe(false);
	});
});

describe('udp:// probes', () => {
	const probeGoal = (to: string) => goalWith(`    probe: {from: host, to: ${to}, expect: reachable}`);

	it('parse, as a string and as a container target with protocol udp', () => {
		expect(parsed(probeGoal('"udp://dns:53"')).goals[0]).toMatchObject({probe: {to: 'udp://dns:53'}});
		expect(parsed(probeGoal('{container: web, port: 53, protocol: udp}')).goals[0]).toMatchObject({probe: {to: {container: 'web', port: 53, protocol: 'udp'}}});
	});

	it.each([
		['no port', '"udp://dns"', 'l.yaml:8:29: goals[0].probe.to: "udp://dns" has no port; a UDP probe is udp://HOST:PORT, like udp://dns:53'],
		['port 0', '"udp://dns:0"', 'l.yaml:8:29: goals[0].probe.to: port "0" in "udp://dns:0" is not a number from 1 to 65535 (udp://HOST:PORT, no path)'],
		['a path', '"udp://dns:53/x"', 'l.yaml:8:29: goals[0].probe.to: port "53/x" in "udp://dns:53/x" is not a number from 1 to 65535 (udp://HOST:PORT, no path)'],
		['a bad host', '"udp://-x:53"', 'l.yaml:8:29: goals[0].probe.to: "-x" in "udp://-x:53" is not a host name or IP address'],
		['another scheme', '"ftp://dns:21"', 'l.yaml:8:29: goals[0].probe.to: only http://, https:// and udp:// targets can be probed, got "ftp://"'],
		['a protocol without a port', '{container: web, protocol: udp}', 'l.yaml:8:56: goals[0].probe.to.protocol: a protocol needs a port: {container: NAME, port: N, protocol: udp}'],
	])('%s', (_name, to, message) => {
		expect(errorsFor(probeGoal(to))).toEqual([message]);
	});

	it('the checker sends a UDP probe: a UDP socket meets it, a TCP publish does not', () => {
		const level = parsed(probeGoal('"udp://127.0.0.1:1053"').replace('docker run -d --name web nginx', 'docker run -d --name web -p 1053:53/udp alpine nc -lu -p 53'));
		const met = (line: string) => {
			const g = new GameSession(level);
			g.run(line);
			return g.goals()[0];
		};
		expect(met('docker run -d --name web -p 1053:53/udp alpine nc -lu -p 53').met).toBe(true);
		const tcpOnly = met('docker run -d --name web -p 1053:53 alpine nc -lu -p 53');
		expect(tcpOnly.met).toBe(false);
		expect(tcpOnly.why).toMatchObject({kind: 'probe', udp: true, outcome: 'refused', hop: {step: {kind: 'nothing-listens', port: 1053, ip: '127.0.0.1', udp: true}}});
	});
});

describe('after: daemon-restart', () => {
	const afterGoal = goalWith('    probe: {from: host, to: "http://localhost:8080/", expect: reachable, after: daemon-restart}');
	it('judges the probe on a copy of the world whose daemon restarted; the player\'s world is untouched', () => {
		const level = parsed(afterGoal);
		const g = new GameSession(level);
		g.run('docker run -d --name web -p 8080:80 nginx');
		expect(g.goals()[0]).toMatchObject({met: false});
		g.run('docker rm -f web');
		g.run('docker run -d --name web --restart always -p 8080:80 nginx');
		expect(g.goals()[0].met).toBe(true);
		// Judging it restarted nothing here: a container without a policy, which the copy's restart
		// stopped for good, still runs in the player's world.
		g.run('docker run -d --name plain alpine sleep 1d');
		expect(g.goals()[0].met).toBe(true);
		expect(g.run("docker ps --format '{{.Names}}' --filter name=plain").stdout).toBe('plain\n');
	});
	it('takes only daemon-restart', () => {
		expect(errorsFor(goalWith('    probe: {from: host, to: "http://localhost:8080/", expect: reachable, after: reboot}'))).toEqual([
			'l.yaml:8:81: goals[0].probe.after: expected "daemon-restart" (the probe is judged as after sudo systemctl restart docker), got "reboot"',
		]);
	});
});

describe('several LAN addresses per host', () => {
	const twoAddresses = (lanIp: string) => withTop(`world:\n  hosts:\n    - {name: host, lan-ip: ${lanIp}}`).replace('    container: {name: web, running: true}', '    probe: {from: external, to: "http://192.168.0.20:8080/", expect: reachable}');

	it('lan-ip as a list: the first is the main address, the others are secondary', () => {
		const level = parsed(twoAddresses('[192.168.0.10, 192.168.0.20]'));
		expect(level.world.hosts).toEqual([{name: 'host', 'lan-ip': '192.168.0.10', 'secondary-ips': ['192.168.0.20']}]);
		expect(parsed(levelText('one')).world.hosts).toEqual([{name: 'host', 'lan-ip': '192.168.0.10'}]);
	});

	it.each([
		['an empty list', '[]', 'l.yaml:15:28: world.hosts[0].lan-ip: needs at least one address'],
		['a bad address in the list', '[192.168.0.10, nope]', 'l.yaml:15:43: world.hosts[0].lan-ip[1]: expected an IPv4 address like 192.168.0.10, got "nope"'],
		['the same address twice', '[192.168.0.10, 192.168.0.10]', 'l.yaml:15:28: world.hosts[0].lan-ip: lan-ip lists "192.168.0.10" twice'],
		['an address on two hosts', '192.168.0.10}\n    - {name: other, lan-ip: [192.168.0.11, 192.168.0.10]', 'l.yaml:16:29: world.hosts[1].lan-ip: duplicate host lan-ip "192.168.0.10" (also hosts[0])'],
	])('%s', (_name, lanIp, message) => {
		expect(errorsFor(twoAddresses(lanIp))).toEqual([message]);
	});

	it('a port published on the secondary address only: the LAN reaches it there, not on the main one', () => {
		const level = parsed(twoAddresses('[192.168.0.10, 192.168.0.20]').replace('docker run -d --name web nginx', 'docker run -d --name web -p 192.168.0.20:8080:80 nginx'));
		const g = new GameSession(level);
		g.run('docker run -d --name web -p 192.168.0.20:8080:80 nginx');
		expect(g.solved).toBe(true);
		expect(g.run('ip -4 addr show eth0').stdout).toContain('inet 192.168.0.20/24 brd 192.168.0.255 scope global secondary eth0');
		expect(g.run('curl -s -o /dev/null -w "%{http_code}" http://192.168.0.20:8080/').stdout).toBe('200');
		expect(g.run('curl -sS http://192.168.0.10:8080/').stderr).toContain('Failed to connect to 192.168.0.10 port 8080');
	});
});
