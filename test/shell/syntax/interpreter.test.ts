import {describe, expect, it} from 'vitest';
import {didExit, runLine} from '../../../src/shell/syntax/interpreter.js';
import {fakeHost} from './fake-host.js';

const run = (line: string, host = fakeHost()) => runLine(line, host);

describe('interpreter: control flow', () => {
	it('pipes stdout into the next command', () => {
		expect(run('echo a b c | wc -w').stdout).toBe('3\n');
		expect(run('printf "x\\ny\\nz\\n" | grep -v y | wc -l').stdout).toBe('2\n');
	});
	it('uses the last command status and concatenates stderr (no pipefail)', () => {
		const r = run('fail one 3 | fail two 4 | echo ok');
		// On the terminal the earlier members' stderr comes first, then what the last one printed.
		expect(r).toEqual({stdout: 'ok\n', stderr: 'one\ntwo\n', exitCode: 0, output: [{fd: 2, text: 'one\ntwo\n'}, {fd: 1, text: 'ok\n'}]});
	});
	it('runs && and || like sh', () => {
		expect(run('true && echo yes || echo no').stdout).toBe('yes\n');
		expect(run('false && echo yes || echo no').stdout).toBe('no\n');
		expect(run('false || false && echo never').stdout).toBe('');
		expect(run('false; echo after').stdout).toBe('after\n');
	});
	it('tracks $? within and across lines', () => {
		const host = fakeHost();
		expect(run('fail x 7; echo "done $?"', host).stdout).toBe('done 7\n');
		run('false', host);
		expect(run('echo $?', host).stdout).toBe('1\n');
		expect(host.lastExitCode).toBe(0);
	});
	it('negates with !', () => {
		expect(run('! false').exitCode).toBe(0);
		expect(run('! true').exitCode).toBe(1);
	});
	it('reports command-not-found from the host', () => {
		const r = run('nope arg || echo "not reachable"');
		expect(r.stderr).toBe('sh: nope: not found\n');
		expect(r.stdout).toBe('not reachable\n');
		expect(r.exitCode).toBe(0);
	});
	it('stops the line at exit and marks it', () => {
		const r = run('echo a; exit 3; echo b');
		expect(r.stdout).toBe('a\n');
		expect(r.exitCode).toBe(3);
		expect(didExit(r)).toBe(true);
		expect(didExit(run('echo a'))).toBe(false);
		expect(run('exit abc').stderr).toBe('sh: exit: Illegal number: abc\n');
	});
	it('keeps exit inside subshells, pipelines and $(...)', () => {
		const r = run('(exit 4); echo "s=$?"; echo $(exit 5; echo no) x | cat');
		expect(r.stdout).toBe('s=4\nx\n');
		expect(didExit(r)).toBe(false);
	});
	it('honours shouldStop between commands', () => {
		const host = fakeHost();
		let stop = false;
		host.shouldStop = () => stop;
		const exec = host.exec;
		host.exec = (argv, io) => {
			if (argv[0] === 'args') stop = true;
			return exec(argv, io);
		};
		expect(runLine('echo a; args x; echo b', host).stdout).toBe('a\n[x]\n');
	});
	it('turns a syntax error into exit 2', () => {
		expect(run('echo "abc')).toEqual({stdout: '', stderr: 'sh: syntax error: unterminated quoted string\n', exitCode: 2});
	});
	it('does not crash when the host throws', () => {
		const r = run('echo a; boom');
		expect(r.exitCode).toBe(1);
		// Issue 12: a JS error's own text never reaches the player; the game says what happened.
		expect(r.stderr).toBe('sh: the command failed inside the game (a netdojo bug)\n');
	});
	it('runs the seed lines', () => {
		const host = fakeHost();
		expect(run(`args http://$(hostname -I | awk '{print $1}'):80`, host).stdout).toBe('[http://172.17.0.2:80]\n');
		expect(run(`args -f '{{range $k, $v := .X}}{{$k}}{{end}}' c1`, host).stdout).toBe('[-f][{{range $k, $v := .X}}{{$k}}{{end}}][c1]\n');
		expect(run(`args sh -c "wget -qO- http://api:8000"`, host).stdout).toBe('[sh][-c][wget -qO- http://api:8000]\n');
	});
});

describe('interpreter: variables', () => {
	it('sets variables with bare assignments and export', () => {
		const host = fakeHost();
		run('X=1; export Y=2 Z', host);
		expect(host.env.X).toBe('1');
		expect(host.env.Y).toBe('2');
		expect(run('echo $X$Y', host).stdout).toBe('12\n');
		run('unset X', host);
		expect(host.env.X).toBeUndefined();
	});
	it('passes prefix assignments only to that command', () => {
		const host = fakeHost();
		expect(run('FOO=bar env | grep FOO', host).stdout).toBe('FOO=bar\n');
		expect(host.env.FOO).toBeUndefined();
	});
	it('reports the status of $(...) for a bare assignment', () => {
		expect(run('x=$(false); echo $?').stdout).toBe('1\n');
	});
	it('does not leak pipeline or subshell assignments', () => {
		const host = fakeHost();
		run('A=1 | true; (B=2)', host);
		expect(host.env.A).toBeUndefined();
		expect(host.env.B).toBeUndefined();
	});
	it('prints export -p', () => {
		expect(run('export', fakeHost({Q: "it's"})).stdout).toContain(`export Q='it'"'"'s'\n`);
	});
});

describe('interpreter: redirections', () => {
	it('merges stderr into stdout with 2>&1', () => {
		expect(run('both 2>&1 | grep -c .').stdout).toBe('2\n');
		expect(run('fail "connection refused" 7 2>&1 | grep refused').stdout).toBe('connection refused\n');
	});
	it('discards with 2>/dev/null and >/dev/null', () => {
		expect(run('both 2>/dev/null')).toEqual({stdout: 'out\n', stderr: '', exitCode: 0});
		expect(run('both >/dev/null')).toEqual({stdout: '', stderr: 'err\n', exitCode: 0});
		expect(run('both &>/dev/null')).toEqual({stdout: '', stderr: '', exitCode: 0});
	});
	it('applies redirections left to right', () => {
		const host = fakeHost();
		const r = run('both 2>&1 >f', host);
		expect(r.stdout).toBe('err\n');
		expect(host.files.get('f')).toBe('out\n');
		run('both >g 2>&1', host);
		expect(host.files.get('g')).toBe('out\nerr\n');
	});
	it('writes, appends and reads files', () => {
		const host = fakeHost();
		run('echo one > f; echo two >> f', host);
		expect(host.files.get('f')).toBe('one\ntwo\n');
		expect(run('wc -l < f', host).stdout).toBe('2\n');
		run('echo reset > f', host);
		expect(host.files.get('f')).toBe('reset\n');
	});
	it('reports missing and unwritable files', () => {
		expect(run('cat < nofile')).toEqual({stdout: '', stderr: "sh: can't open 'nofile': No such file or directory\n", exitCode: 1});
		expect(run('echo x > /ro/f').stderr).toBe("sh: can't create /ro/f: Read-only file system\n");
	});
	it('redirects groups', () => {
		const host = fakeHost();
		run('{ echo a; echo b; } > f', host);
		expect(host.files.get('f')).toBe('a\nb\n');
	});
});

describe('interpreter: builtins', () => {
	it('echo with -n and -e', () => {
		expect(run('echo -n hi').stdout).toBe('hi');
		expect(run('echo -e "a\\tb\\nc"').stdout).toBe('a\tb\nc\n');
		expect(run('echo "a\\tb"').stdout).toBe('a\\tb\n');
		expect(run('echo -x').stdout).toBe('-x\n');
	});
	it('printf with %s %d and reuse of the format', () => {
		expect(run('printf "%s=%d\\n" a 1 b 2').stdout).toBe('a=1\nb=2\n');
		expect(run('printf "%5s|%-3d|%03d\\n" ab 7 5').stdout).toBe('   ab|7  |005\n');
		expect(run('printf "%d\\n" abc')).toEqual({stdout: '0\n', stderr: "printf: invalid number 'abc'\n", exitCode: 1});
		expect(run('printf "%x %.2f%%\\n" 255 3.14159').stdout).toBe('ff 3.14%\n');
	});
	it('test and [', () => {
		expect(run('[ a = a ] && echo y').stdout).toBe('y\n');
		expect(run('[ 3 -gt 10 ] || echo n').stdout).toBe('n\n');
		expect(run('test -z "" && test -n x && echo both').stdout).toBe('both\n');
		expect(run('[ ! a = b ]').exitCode).toBe(0);
		expect(run('[ a = b -o 1 -eq 1 ]').exitCode).toBe(0);
		expect(run('[ a = a').stderr).toBe('[: missing ]\n');
		expect(run('[ x -eq 1 ]').exitCode).toBe(2);
		expect(run('test').exitCode).toBe(1);
	});
	it('sleep is simulated, : and true succeed', () => {
		expect(run('sleep 1d && : && true').exitCode).toBe(0);
		expect(run('sleep abc').stderr).toBe("sleep: invalid number 'abc'\n");
	});
	it('eval runs in the same shell', () => {
		const host = fakeHost();
		expect(run('eval "A=5; echo \\$A"', host).stdout).toBe('5\n');
		expect(host.env.A).toBe('5');
	});
	it('reports ${x:?} errors', () => {
		const r = run('echo ${NOPE:?is required}; echo next');
		expect(r.stderr).toBe('sh: NOPE: is required\n');
		expect(r.stdout).toBe('next\n');
	});
});
