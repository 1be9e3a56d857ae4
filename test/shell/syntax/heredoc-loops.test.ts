// Here-documents, loops and conditionals, and the "is this line complete?" test that decides
// when the prompt asks for more with `> ` (each case checked against bash 5.2).
import {describe, expect, it} from 'vitest';
import {needsMoreInput, parse} from '../../../src/shell/syntax/index.js';
import {scriptLines} from '../../../src/shell/script.js';
import {Session} from '../../../src/shell/session.js';

const out = (s: Session, line: string) => {
	const r = s.run(line);
	return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode};
};

describe('here-documents', () => {
	it('expands an unquoted body as bash does, quotes and all', () => {
		const s = new Session({seed: 1});
		expect(out(s, 'X=world; cat <<EOF\nhello $X "q" \\$HOME `echo hi` $(echo sub)\n\tkept\nEOF').stdout).toBe('hello world "q" $HOME hi sub\n\tkept\n');
	});
	it('takes a quoted delimiter\'s body literally', () => {
		const s = new Session({seed: 1});
		expect(out(s, "cat <<'EOF'\n$X `x` \\$\nEOF").stdout).toBe('$X `x` \\$\n');
		expect(out(s, 'cat <<"EOF"\n$X\nEOF').stdout).toBe('$X\n');
		expect(out(s, 'cat <<E\\OF\n$X\nEOF').stdout).toBe('$X\n');
	});
	it('strips leading tabs with <<-', () => {
		const s = new Session({seed: 1});
		expect(out(s, 'cat <<-EOF\n\t\tone\n\ttwo\n\tEOF').stdout).toBe('one\ntwo\n');
	});
	it('writes files, feeds pipelines and command substitutions', () => {
		const s = new Session({seed: 1});
		expect(out(s, 'cat <<EOF > main.py\nprint("hi")\nEOF\ncat main.py').stdout).toBe('print("hi")\n');
		expect(out(s, 'cat <<EOF | wc -l\na\nb\nEOF').stdout.trim()).toBe('2');
		expect(out(s, 'echo $(cat <<EOF\ninner\nEOF\n)').stdout).toBe('inner\n');
		expect(out(s, 'cat <<< "a string"').stdout).toBe('a string\n');
	});
	it('runs one the input ended inside, with bash\'s warning', () => {
		const s = new Session({seed: 1});
		expect(out(s, 'cat <<EOF\npartial')).toEqual({stdout: 'partial\n', stderr: "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", exitCode: 0});
	});
});

describe('if, for, while', () => {
	it('branch and loop', () => {
		const s = new Session({seed: 1});
		expect(out(s, 'for i in a b; do if [ $i = b ]; then echo B; elif false; then echo no; else echo not-b; fi; done').stdout).toBe('not-b\nB\n');
		expect(out(s, 'n=0; while [ $n -lt 3 ]; do n=$((n+1)); echo $n; done').stdout).toBe('1\n2\n3\n');
		expect(out(s, 'until true; do echo never; done; echo $?').stdout).toBe('0\n');
		expect(out(s, 'for d in x y; do mkdir $d; done; ls').stdout).toBe('x\ny\n');
	});
	it('honour break and continue, also for outer loops', () => {
		const s = new Session({seed: 1});
		expect(out(s, 'for i in 1 2 3 4; do [ $i = 3 ] && break; echo $i; done; echo after').stdout).toBe('1\n2\nafter\n');
		expect(out(s, 'for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done').stdout).toBe('1\n3\n');
		expect(out(s, 'for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; done').stdout).toBe('1a\n2a\n');
		expect(out(s, 'break')).toEqual({stdout: '', stderr: "bash: break: only meaningful in a `for', `while', or `until' loop\n", exitCode: 0});
	});
	it('stop an endless loop with the line budget, as Ctrl+C would', () => {
		const s = new Session({seed: 1});
		const r = out(s, 'while true; do :; done');
		expect(r.exitCode).toBe(130);
		expect(r.stderr).toContain('^C\n');
	});
	it('report a loop left open at the end of input', () => {
		expect(parse('for i in 1; do echo')).toMatchObject({ok: false, error: 'sh: syntax error: unexpected end of file (expecting "done")', atEnd: true});
		expect(parse('if true; then echo; done')).toMatchObject({ok: false, atEnd: false});
	});
});

describe('needsMoreInput', () => {
	it('asks for more where bash prints `> `', () => {
		for (const text of ['cat <<EOF', 'cat <<EOF\nline', "echo 'open", 'echo "open', 'echo a \\', 'echo a |', 'true &&', 'if true; then', 'for i in 1 2', 'while true; do echo', '{ echo', '( echo', 'echo $(echo']) {
			expect(needsMoreInput(text), text).toBe(true);
		}
	});
	it('runs what is complete, or wrong in a way more lines cannot fix', () => {
		for (const text of ['echo hi', 'cat <<EOF\nx\nEOF', 'echo "a\nb"', 'if true; then echo; fi', 'echo )', 'echo >', 'fi', '']) {
			expect(needsMoreInput(text), text).toBe(false);
		}
	});
});

describe('scripts', () => {
	it('are read as a shell reads them: here-documents, continuations and loops span lines', () => {
		const text = '# setup\nmkdir app && \\\n  cd app\n\ncat > main.py <<EOF\n  indented\n\nEOF\nfor i in 1 2\ndo\n  echo $i\ndone\n';
		expect(scriptLines(text)).toEqual(['mkdir app && \\\n  cd app', 'cat > main.py <<EOF\n  indented\n\nEOF', 'for i in 1 2\ndo\n  echo $i\ndone']);
	});
});
