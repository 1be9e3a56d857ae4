// The host's file tools against what GNU coreutils 9 and bash 5.2 print (measured on a real
// Debian machine in the C locale): messages, exit codes and ls's long listing.
import {describe, expect, it} from 'vitest';
import {Session} from '../../../src/shell/session.js';
import {hostFiles, PLAYER_APP_DIR} from '../../../src/engine/index.js';

function session(files: Record<string, string> = {}): Session {
	return new Session({seed: 1, files});
}
const run = (s: Session, line: string) => {
	const r = s.run(line);
	return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode};
};
const err = (stderr: string, exitCode = 1) => ({stdout: '', stderr, exitCode});

describe('cd and pwd', () => {
	it('start in ~/app, move about, and come back with cd -', () => {
		const s = session();
		expect(run(s, 'pwd').stdout).toBe(`${PLAYER_APP_DIR}\n`);
		expect(run(s, 'cd .. && pwd').stdout).toBe('/home/player\n');
		expect(run(s, 'cd -').stdout).toBe(`${PLAYER_APP_DIR}\n`);
		expect(run(s, 'cd; pwd').stdout).toBe('/home/player\n');
		expect(run(s, 'cd ~/app/../app/./; pwd').stdout).toBe(`${PLAYER_APP_DIR}\n`);
	});
	it('word their failures as bash does', () => {
		const s = session({f: ''});
		expect(run(s, 'cd nosuch')).toEqual(err('bash: cd: nosuch: No such file or directory\n'));
		expect(run(s, 'cd f')).toEqual(err('bash: cd: f: Not a directory\n'));
		expect(run(s, 'cd nosuch/..')).toEqual(err('bash: cd: nosuch/..: No such file or directory\n'));
		expect(run(s, 'cd a b')).toEqual(err('bash: cd: too many arguments\n'));
		expect(run(s, 'cd /root')).toEqual(err('bash: cd: /root: Permission denied\n'));
	});
	it('keep a subshell\'s cd inside it', () => {
		const s = session();
		expect(run(s, '(cd /tmp; pwd); pwd').stdout).toBe(`/tmp\n${PLAYER_APP_DIR}\n`);
	});
	it('name the Compose project after the directory', () => {
		const s = session();
		run(s, 'mkdir shop && cd shop');
		run(s, "printf 'services:\\n  web:\\n    image: nginx\\n' > compose.yaml");
		expect(run(s, 'docker compose up -d').stderr).toContain('Container shop-web-1');
	});
});

describe('mkdir, rmdir, rm', () => {
	it('mkdir needs -p for missing parents and names what failed', () => {
		const s = session({f: ''});
		expect(run(s, 'mkdir a/b')).toEqual(err("mkdir: cannot create directory 'a/b': No such file or directory\n"));
		expect(run(s, 'mkdir -p a/b/c')).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(run(s, 'mkdir a')).toEqual(err("mkdir: cannot create directory 'a': File exists\n"));
		expect(run(s, 'mkdir -p f/b/c')).toEqual(err("mkdir: cannot create directory 'f': Not a directory\n"));
		expect(run(s, 'mkdir /opt/x')).toEqual(err("mkdir: cannot create directory '/opt/x': Permission denied\n"));
		expect(run(s, 'mkdir')).toEqual(err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n"));
	});
	it('rm refuses directories without -r, and -f is quiet about missing files', () => {
		const s = session({'d/x': '1'});
		expect(run(s, 'rm d')).toEqual(err("rm: cannot remove 'd': Is a directory\n"));
		expect(run(s, 'rm nosuch')).toEqual(err("rm: cannot remove 'nosuch': No such file or directory\n"));
		expect(run(s, 'rm -f nosuch')).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(run(s, 'rm -r .')).toEqual(err("rm: refusing to remove '.' or '..' directory: skipping '.'\n"));
		expect(run(s, 'rm -rf /')).toEqual(err("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n"));
		expect(run(s, 'rmdir d')).toEqual(err("rmdir: failed to remove 'd': Directory not empty\n"));
		expect(run(s, 'rm -rf d && ls')).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(run(s, 'rm')).toEqual(err("rm: missing operand\nTry 'rm --help' for more information.\n"));
	});
});

describe('cp, mv, touch, tee', () => {
	it('copy and move into a directory or to a new name', () => {
		const s = session({f: 'x\n', 'd/k': 'k\n'});
		run(s, 'cp f g && mv g d && cp -r d e && mv e/g e/h');
		expect(hostFiles(s.world, 'host', PLAYER_APP_DIR)).toEqual({f: 'x\n', 'd/k': 'k\n', 'd/g': 'x\n', 'e/k': 'k\n', 'e/h': 'x\n'});
	});
	it('word their failures as coreutils does', () => {
		const s = session({f: '', 'x/y/z': ''});
		expect(run(s, 'cp d e')).toEqual(err("cp: cannot stat 'd': No such file or directory\n"));
		expect(run(s, 'cp x y')).toEqual(err("cp: -r not specified; omitting directory 'x'\n"));
		expect(run(s, 'cp -r x f')).toEqual(err("cp: cannot overwrite non-directory 'f' with directory 'x'\n"));
		expect(run(s, 'cp f f')).toEqual(err("cp: 'f' and 'f' are the same file\n"));
		expect(run(s, 'cp f nosuchd/x')).toEqual(err("cp: cannot create regular file 'nosuchd/x': No such file or directory\n"));
		expect(run(s, 'cp f g h')).toEqual(err("cp: target 'h': No such file or directory\n"));
		expect(run(s, 'cp f')).toEqual(err("cp: missing destination file operand after 'f'\nTry 'cp --help' for more information.\n"));
		expect(run(s, 'mv x x/y')).toEqual(err("mv: cannot move 'x' to a subdirectory of itself, 'x/y/x'\n"));
		expect(run(s, 'mv nosuch y')).toEqual(err("mv: cannot stat 'nosuch': No such file or directory\n"));
		expect(run(s, 'mv x f')).toEqual(err("mv: cannot overwrite non-directory 'f' with directory 'x'\n"));
		expect(run(s, 'touch nos/x')).toEqual(err("touch: cannot touch 'nos/x': No such file or directory\n"));
		expect(run(s, 'echo hi | tee nos/f')).toEqual({stdout: 'hi\n', stderr: 'tee: nos/f: No such file or directory\n', exitCode: 1});
	});
	it('tee writes and appends, and passes its input on', () => {
		const s = session();
		expect(run(s, 'echo one | tee a b')).toEqual({stdout: 'one\n', stderr: '', exitCode: 0});
		run(s, 'echo two | tee -a a > /dev/null');
		expect(run(s, 'cat a b').stdout).toBe('one\ntwo\none\n');
	});
});

describe('redirections and cat on the host', () => {
	it('write where the shell is, and say why not as bash does', () => {
		const s = session();
		run(s, 'mkdir sub; cd sub; echo hi > f');
		expect(run(s, 'cat ~/app/sub/f').stdout).toBe('hi\n');
		expect(run(s, 'echo x > /etc/passwd')).toEqual(err('bash: /etc/passwd: Permission denied\n'));
		expect(run(s, 'echo x > ../sub')).toEqual(err('bash: ../sub: Is a directory\n'));
		expect(run(s, 'cat < nosuch')).toEqual(err('bash: nosuch: No such file or directory\n'));
		expect(run(s, 'cat ..')).toEqual(err('cat: ..: Is a directory\n'));
		expect(run(s, 'cat f/')).toEqual(err('cat: f/: Not a directory\n'));
		expect(run(s, 'cat /etc/hostname').stdout).toBe('host\n');
	});
});

describe('ls', () => {
	it('lists names sorted as in the C locale, hidden ones with -a', () => {
		const s = session({b: '', A: '', '.env': '', 'c/d': ''});
		expect(run(s, 'ls').stdout).toBe('A\nb\nc\n');
		expect(run(s, 'ls -A').stdout).toBe('.env\nA\nb\nc\n');
		expect(run(s, 'ls -a').stdout).toBe('.\n..\n.env\nA\nb\nc\n');
		expect(run(s, 'ls c b').stdout).toBe('b\n\nc:\nd\n');
		expect(run(s, 'ls nosuch b')).toEqual({stdout: 'b\n', stderr: "ls: cannot access 'nosuch': No such file or directory\n", exitCode: 2});
	});
	it('gives the long listing GNU ls gives', () => {
		const s = session({'main.py': 'print("hi")\n'});
		run(s, 'mkdir static');
		expect(run(s, 'ls -la').stdout).toBe(
			'total 16\n' +
				'drwxr-xr-x 3 player player 4096 Nov 23 09:00 .\n' +
				'drwxr-xr-x 3 player player 4096 Nov 23 08:00 ..\n' +
				'-rw-r--r-- 1 player player   12 Nov 23 08:00 main.py\n' +
				'drwxr-xr-x 2 player player 4096 Nov 23 09:00 static\n',
		);
		expect(run(s, 'ls -ld / /tmp').stdout).toBe('drwxr-xr-x 21 root root 4096 Nov 23 08:00 /\ndrwxrwxrwt  2 root root 4096 Nov 23 08:00 /tmp\n');
	});
});

describe('sed with files', () => {
	it('edits in place with -i (and keeps a backup with a suffix), as GNU sed does', () => {
		const s = session({'app.py': 'app.run(host="127.0.0.1")\n'});
		expect(run(s, "sed -i 's/127.0.0.1/0.0.0.0/' app.py")).toEqual({stdout: '', stderr: '', exitCode: 0});
		expect(run(s, 'cat app.py').stdout).toBe('app.run(host="0.0.0.0")\n');
		run(s, 'sed -i.bak s/run/start/ app.py');
		expect(run(s, 'cat app.py app.py.bak').stdout).toBe('app.start(host="0.0.0.0")\napp.run(host="0.0.0.0")\n');
	});
	it('reads files named after the script, and words what it cannot read', () => {
		const s = session({a: '1\n', b: '2\n'});
		expect(run(s, 'sed s/^/x/ a b').stdout).toBe('x1\nx2\n');
		expect(run(s, 'sed s/a/b/ nosuch a')).toEqual({stdout: '1\n', stderr: 'sed: can\'t read nosuch: No such file or directory\n', exitCode: 2});
		expect(run(s, 'sed -i s/a/b/')).toEqual({stdout: '', stderr: 'sed: no input files\n', exitCode: 4});
		expect(run(s, 'sed -i s/a/b/ /tmp')).toEqual({stdout: '', stderr: "sed: couldn't edit /tmp: not a regular file\n", exitCode: 4});
	});
});

describe('text filters reading files on the host', () => {
	const files = {w1: 'a b\nccc\n', w2: `${Array.from({length: 200}, (_, i) => i + 1).join('\n')}\n`};
	it('wc names each file and adds a total, as GNU wc lays it out', () => {
		const s = session(files);
		expect(run(s, 'wc -l w1').stdout).toBe('2 w1\n');
		expect(run(s, 'wc w1').stdout).toBe('2 3 8 w1\n');
		expect(run(s, 'wc w1 w2').stdout).toBe('  2   3   8 w1\n200 200 692 w2\n202 203 700 total\n');
		expect(run(s, 'wc nosuch')).toEqual(err('wc: nosuch: No such file or directory\n'));
	});
	it('grep prefixes names for several files and says which it cannot read', () => {
		const s = session(files);
		expect(run(s, 'grep a w1 w2').stdout).toBe('w1:a b\n');
		expect(run(s, 'grep -c 1 w1 w2').stdout).toBe('w1:0\nw2:119\n');
		expect(run(s, 'grep -n a w1').stdout).toBe('1:a b\n');
		expect(run(s, 'grep -l 1 w1 w2').stdout).toBe('w2\n');
		expect(run(s, 'grep x nosuch w1')).toEqual({stdout: '', stderr: 'grep: nosuch: No such file or directory\n', exitCode: 2});
	});
	it('head, tail, sort, cut and uniq read their files', () => {
		const s = session(files);
		expect(run(s, 'head -n 2 w2').stdout).toBe('1\n2\n');
		expect(run(s, 'head -n 1 w1 w2').stdout).toBe('==> w1 <==\na b\n\n==> w2 <==\n1\n');
		expect(run(s, 'tail -n 1 w2').stdout).toBe('200\n');
		expect(run(s, 'sort -r w1').stdout).toBe('ccc\na b\n');
		expect(run(s, 'cut -c1 w1').stdout).toBe('a\nc\n');
		expect(run(s, 'head nosuch')).toEqual(err("head: cannot open 'nosuch' for reading: No such file or directory\n"));
		expect(run(s, 'sort nosuch')).toEqual(err('sort: cannot read: nosuch: No such file or directory\n', 2));
	});
});
