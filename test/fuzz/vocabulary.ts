// Random command lines built from the game's real vocabulary: docker subcommands and flags, the
// tools and filters, shell syntax, and the odd inputs that broke it before (issue 12): huge lines,
// deep nesting, huge counts, regex bombs, NUL and escape bytes, prototype-named things.

/** A small seeded PRNG (mulberry32): the same seed gives the same lines on every machine. */
export class Rng {
	private s: number;
	constructor(seed: number) {
		this.s = seed >>> 0;
	}
	next(): number {
		this.s = (this.s + 0x6d2b79f5) >>> 0;
		let t = this.s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
	int(n: number): number {
		return Math.floor(this.next() * n);
	}
	pick<T>(xs: readonly T[]): T {
		return xs[this.int(xs.length)];
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
}

export const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const NAMES = ['web', 'db', 'api', 'cache', 'app1', 'x', 'bad name', '-dash', 'nosuch', ...PROTO_NAMES];
const NETS = ['n1', 'n2', 'back', 'bridge', 'host', 'none', 'nosuchnet', ...PROTO_NAMES];
const IMAGES = ['nginx', 'alpine', 'busybox', 'redis', 'httpd', 'python:3.12', 'ubuntu', 'nosuchimage', 'postgres', 'node', '__proto__'];
const PORTS = ['80', '8080', '8000', '99999', 'abc', '0', '5432', '7000-7001', '-1', '2147483648', '1e3', 'NaN', ''];
const COUNTS = ['1', '2', '0', '-1', 'x', '', '2147483647', '1000000', '99999999999999999999', '1e9', '0x10', 'NaN', 'Infinity'];
const TEMPLATES = ['{{.Name}}', '{{json .}}', '{{json .NetworkSettings}}', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', '{{.Nope}}', '{{', '}}', '{{index .Config.Env 99}}', '{{printf "%999999999d" 1}}', '{{range $i := .}}{{end}}', '{{template "x"}}', '{{define "x"}}{{template "x"}}{{end}}{{template "x"}}', '{{.__proto__}}', '{{.constructor}}', '{{len .}}', '{{slice .Name 5 1}}', '{{upper .Name}}', '{{join .Config.Cmd ","}}', '{{ .State.Status | printf "%q" }}'];
const REGEXES = ['(a+)+$', '(a|aa)+$', '(x+x+)+y', '^(([a-z])+.)+[A-Z]([a-z])+$', '\\(a\\)\\1', '[[:digit:]]\\+', '[[:nope:]]', 'a{1001}', 'a**', '[', '(', ')', '\\', '.*.*.*.*.*=.*', '(.*a){20}', 'x\\{1,1000\\}\\{1,1000\\}'];
const TOOLS = ['ping', 'curl', 'wget', 'nc', 'ip', 'ss', 'netstat', 'nslookup', 'hostname', 'cat', 'ls', 'env', 'iptables', 'trace', 'grep', 'awk', 'sed', 'sort', 'uniq', 'head', 'tail', 'wc', 'cut', 'tr', 'printf', 'echo', 'test', '[', 'true', 'false', 'exit', 'export', 'unset', 'cd', 'pwd', 'sh', 'bash', 'ssh', 'host', 'dig', 'nosuchtool'];
const TARGETS = ['127.0.0.1', 'localhost', 'web', 'db', '172.17.0.2', '10.0.0.1', '::1', 'nosuch.invalid', '__proto__', 'constructor', '', '256.1.1.1', 'http://web:80', 'localhost:8080'];
const AWK_PROGRAMS = ['{print $1}', 'BEGIN { while (1) n++ }', 'BEGIN { s = "x"; while (1) s = s s }', 'BEGIN { while (1) a[i++] = i }', '{ gsub(/(a+)+$/, "x"); print }', 'BEGIN { printf "%*d", 2147483647, 1 }', '$0 ~ "(a|aa)+$"', 'BEGIN { print substr("abc", -1e18, 1e18) }', 'BEGIN { print 1/0 }', 'BEGIN { print length() }', '{ n = split($0, a, "(x+)+y"); print n }', 'BEGIN { x = "(" ; for (i = 0; i < 12; i++) x = x x; print ("a" ~ x) }', '{ $100001 = 1 }', 'BEGIN { NF = -1 }', 'BEGIN {' + '('.repeat(300) + '1' + ')'.repeat(300) + '}', 'BEGIN { print toupper(__proto__) }'];

/** An odd input that broke the game before, or could. */
function oddity(r: Rng, huge: boolean): string {
	switch (r.int(16)) {
		case 0:
			return huge ? 'x'.repeat(1_000_000) : 'x'.repeat(10_000 + r.int(50_000));
		case 1:
			return '$('.repeat(50 + r.int(1000)) + 'echo hi' + ')'.repeat(r.int(1000));
		case 2:
			return '('.repeat(100 + r.int(3000)) + 'true' + ')'.repeat(r.int(3000));
		case 3:
			return `docker inspect -f '${'{{'.repeat(100 + r.int(3000))}' web`;
		case 4:
			return `echo ${'a'.repeat(20 + r.int(20))}! | grep -E '${r.pick(REGEXES)}'`;
		case 5:
			return '\u0000\u001b[2J\u001b]0;title\u0007\u001b]52;c;aGk=\u0007\u202e' + r.pick(TOOLS);
		case 6:
			return `${r.pick(['cat', 'docker inspect', 'docker rm', 'docker logs', 'docker network inspect', 'docker start', 'docker port', 'ls', 'echo'])} ${r.pick(PROTO_NAMES)}`;
		case 7:
			return `docker run -d --name ${r.pick(PROTO_NAMES)} ${r.pick(['--network ' + r.pick(NETS), '-p 80', '-P', ''])} ${r.pick(IMAGES)}`;
		case 8:
			return '{ '.repeat(50 + r.int(500)) + 'true;' + ' }'.repeat(r.int(500));
		case 9:
			return `x=ab; ${Array.from({length: 10 + r.int(40)}, () => 'x=$x$x').join('; ')}; echo \${#x}`;
		case 10:
			return `echo '${'['.repeat(1000 + r.int(4000))}' | awk '{ if ("a" ~ $0) print }'`;
		case 11:
			return `printf '${r.pick(['%999999999d', '%.999999999f', '%*s', '%-2147483648s', '%q', '%b', '%c%c%c'])}' ${r.pick(COUNTS)}`;
		case 12:
			return `echo $((${r.pick(['1/0', '2**64', '-9223372036854775808 / -1', '1<<999', 'x+', '(((((1', '0x', '08', r.pick(PROTO_NAMES)])}))`;
		case 13: {
			// Long runs of blanks in the middle: /\s+$/-style JS regexes are quadratic on them.
			const gap = r.pick([' ', '\t', ' \t']).repeat(20_000 + r.int(80_000));
			return r.pick([`echo "a${gap}b" | awk '{print $1}'`, `docker ps --format '{{.Names}}${gap}x'`, `echo "a${gap}b" | sed 's/ *$//'`, `echo "a${gap}b" | grep -c ' *$'`, `echo "a${gap}b" | tr -s ' ' | wc -c`, `x="a${gap}b"; echo $x`, `echo "a${gap}b" | cut -d' ' -f2`, `echo "a${gap}b" | sort | uniq -c`]);
		}
		case 14:
			return `docker run -d --name web ${r.pick(['--label', '-e', '--hostname', '--network-alias'])} "a${' '.repeat(50_000)}b" nginx`;
		default:
			return `\${${r.pick(['x', '#', '@', '?', r.pick(PROTO_NAMES)])}${r.pick([':-', ':=', ':?', ':+', '#', '%', ''])}${r.pick(['y', '', '$(echo z)'])}}`;
	}
}

function dockerLine(r: Rng): string {
	const n = r.pick(NAMES);
	const net = r.pick(NETS);
	switch (r.int(20)) {
		case 0:
		case 1:
			return `docker run ${r.pick(['-d', '-dit', '--rm', '-d -P', '-d --network-alias api', ''])} --name ${n} ${r.chance(0.6) ? `--network ${net}` : ''} ${r.chance(0.5) ? `-p ${r.pick(PORTS)}:${r.pick(PORTS)}` : ''} ${r.pick(IMAGES)} ${r.pick(['', 'sleep 1d', 'sh', 'ping -c 1 web'])}`;
		case 2:
			return `docker network create ${r.pick(['', '--internal', '--subnet 10.1.0.0/24', '--subnet 10.1.0.1/24', '--subnet 172.17.0.0/16', '-d overlay', '-d macvlan', '-d nosuch', '--attachable', '--ipv6'])} ${net}`;
		case 3:
			return `docker network ${r.pick(['connect', 'disconnect'])} ${net} ${n}`;
		case 4:
			return `docker ${r.pick(['rm -f', 'stop', 'start', 'restart', 'kill', 'logs', 'port', 'pause', 'unpause'])} ${n}`;
		case 5:
			return `docker exec ${n} ${r.pick(['ping -c ' + r.pick(COUNTS) + ' ' + r.pick(TARGETS), 'wget -qO- http://api:80', 'cat /etc/hosts', 'nslookup web', 'ip addr', 'sh -c "echo hi"', 'nosuch'])}`;
		case 6:
			return `docker inspect ${r.chance(0.5) ? `-f '${r.pick(TEMPLATES)}'` : ''} ${r.pick([n, net, r.pick(IMAGES)])}`;
		case 7:
			return `docker ${r.pick(['ps', 'ps -a', 'network ls', 'images', 'version', 'info', 'network prune -f', 'container prune -f', 'system df'])} ${r.chance(0.4) ? `--format '${r.pick(TEMPLATES)}'` : ''}`;
		case 8:
			return `docker network inspect ${r.chance(0.5) ? `-f '${r.pick(TEMPLATES)}'` : ''} ${net}`;
		case 9:
			return `docker build -t ${n} ${r.pick(['.', '-f Dockerfile .', '-q .', 'nosuchdir'])}`;
		case 10:
			return `docker compose ${r.pick(['up -d', 'down', 'ps', 'config', 'logs', 'up', 'nosuch'])}`;
		case 11:
			return `docker ${r.pick(['swarm init', 'swarm leave --force', 'service ls', 'node ls', 'cp web:/etc/hosts .', 'tag nginx ' + n])}`;
		case 12:
			return `docker ${r.pick(['--help', 'run --help', 'network --help', 'nosuch', '', '--', 'run', 'network create', 'exec', 'inspect'])}`;
		default:
			return `docker run -d --name ${n} ${r.pick(['-e A=B', '--ip 172.18.0.9', '--ip nosuch', '--hostname h', '--dns 8.8.8.8', '--add-host a:1.2.3.4', '--expose 7000-7001', '-p 127.0.0.1:8080:80', '--publish-all'])} ${r.chance(0.5) ? `--network ${net}` : ''} ${r.pick(IMAGES)} sleep 1d`;
	}
}

function toolLine(r: Rng): string {
	switch (r.int(12)) {
		case 0:
			return `ping -c ${r.pick(COUNTS)} ${r.pick(TARGETS)}`;
		case 1:
			return `curl ${r.pick(['-s', '-v', '-I', '-m 1', '--max-time x', ''])} ${r.pick(TARGETS)}`;
		case 2:
			return `wget ${r.pick(['-qO-', '-O -', '-T 1', ''])} ${r.pick(TARGETS)}`;
		case 3:
			return `nc ${r.pick(['-zv', '-w 1', '-l', ''])} ${r.pick(TARGETS)} ${r.pick(PORTS)}`;
		case 4:
			return `${r.pick(['ip addr', 'ip route', 'ip link', 'ss -tlnp', 'netstat -tln', 'iptables -L -n', 'iptables -t nat -L -n -v', 'hostname -I', 'env', 'ls', 'ls -la', 'cat /etc/hosts', 'cat __proto__', 'nslookup web', 'trace web'])}`;
		case 5:
			return `echo ${r.pick(['a b c', 'aaaa!', '1 2 3\\n4', '"$HOME"', "'x y'", '$(docker ps -q)', ''])} | ${r.pick(['grep', 'grep -E', 'grep -o', 'grep -w', 'sed -E', 'sed'])} '${r.pick([...REGEXES, 's/a/b/g', 's/(a+)+$/x/'])}'`;
		case 6:
			return `echo ${r.pick(['a b c', 'x,y,z', '1 2 3'])} | awk '${r.pick(AWK_PROGRAMS)}'`;
		case 7:
			return `${r.pick(['head', 'tail'])} ${r.pick(['-n', '-c', '-'])}${r.pick(COUNTS)}`;
		case 8:
			return `printf '${r.pick(['%s\\n', '%d', '%5.2f', '%x', '%b', '%*d', '%999999999s'])}' ${r.pick(COUNTS)} ${r.pick(COUNTS)}`;
		case 9:
			return `${r.pick(['sort', 'sort -n', 'uniq -c', 'wc -l', 'cut -d: -f2', 'tr a-z A-Z', 'tr -d x', 'cut -c 1-99999999999'])} < ${r.pick(['nosuch', '__proto__', 'Dockerfile', '/etc/hosts'])}`;
		case 10:
			return `${r.pick(TOOLS)} ${r.pick(['--help', '-h', '--version', '-', '--', '-x', r.pick(TARGETS)])}`;
		default:
			return `test ${r.pick(COUNTS)} -${r.pick(['eq', 'lt', 'gt'])} ${r.pick(COUNTS)} && echo yes || echo no`;
	}
}

/** Joins a few simple lines with shell syntax. */
function shellLine(r: Rng, huge: boolean): string {
	const part = (): string => (r.chance(0.5) ? dockerLine(r) : toolLine(r));
	switch (r.int(8)) {
		case 0:
			return `${part()} | ${r.pick(['grep a', 'head -1', 'wc -l', 'awk "{print \\$1}"', 'sort | uniq -c', 'tail -n 2'])}`;
		case 1:
			return `${part()} && ${part()} || ${part()}`;
		case 2:
			return `x=$(${part()}); echo "$x" | wc -c`;
		case 3:
			return `( ${part()}; ${part()} ) > out.txt; cat out.txt`;
		case 4:
			return `{ ${part()}; } 2>&1 | head -n 3`;
		case 5:
			return `${part()}; echo $? \${x:-default} $((1 + 2))`;
		case 6:
			return `sh -c '${part().replace(/'/g, '')}'`;
		default:
			return oddity(r, huge);
	}
}

/** One random line. `huge` allows the 1 MB ones (the long run; the in-test run keeps them rare). */
export function randomLine(r: Rng, huge = false): string {
	const k = r.int(10);
	if (k < 3) return dockerLine(r);
	if (k < 6) return toolLine(r);
	if (k < 8) return shellLine(r, huge);
	if (k < 9) return oddity(r, huge && r.chance(0.05));
	// Raw junk: random characters of every kind, unbalanced quotes.
	const alphabet = 'ab $(){}[]|&;<>"\'`\\\n\t*?~#=%!-_.:/,0123456789\u0000\u001b\u00e9\u202e\ud83d\ude00';
	return Array.from({length: 1 + r.int(60)}, () => alphabet[r.int(alphabet.length)]).join('');
}

/** A sequence of lines sharing one session, as a player or a level setup would type them. */
export function randomSequence(r: Rng, length: number, huge = false): string[] {
	return Array.from({length}, () => randomLine(r, huge));
}
