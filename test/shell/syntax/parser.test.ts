import {describe, expect, it} from 'vitest';
import {parse} from '../../../src/shell/syntax/parser.js';
import type {Script, SimpleCommand, Word} from '../../../src/shell/syntax/ast.js';

const ok = (line: string): Script => {
	const r = parse(line);
	if (!r.ok) throw new Error(`unexpected error for ${line}: ${r.error}`);
	return r.script;
};
const err = (line: string): string => {
	const r = parse(line);
	if (r.ok) throw new Error(`expected error for ${line}`);
	return r.error;
};
const simple = (s: Script, list = 0, cmd = 0): SimpleCommand => s[list].first.commands[cmd] as SimpleCommand;

describe('parser: structure', () => {
	it('splits lists, and-or and pipelines', () => {
		const s = ok('docker network create n1 && docker run -d --name a --network n1 alpine sleep 1d; echo "done $?"');
		expect(s).toHaveLength(2);
		expect(s[0].rest).toHaveLength(1);
		expect(s[0].rest[0].op).toBe('&&');
		expect(simple(s, 1).words).toHaveLength(2);
	});
	it('parses pipelines and ||', () => {
		const s = ok('docker ps -q | wc -l || echo "not reachable"');
		expect(s[0].first.commands).toHaveLength(2);
		expect(s[0].rest[0].op).toBe('||');
	});
	it('tolerates trailing ; and &, and treats & as a separator', () => {
		expect(ok('echo a;')).toHaveLength(1);
		expect(ok('echo a &')).toHaveLength(1);
		expect(ok('sleep 1 & echo b')).toHaveLength(2);
	});
	it('accepts an empty line and comments', () => {
		expect(ok('')).toEqual([]);
		expect(ok('   # just a comment')).toEqual([]);
		expect(simple(ok('echo a#b # c')).words).toHaveLength(2);
	});
	it('reads leading assignments and redirections', () => {
		const c = simple(ok('A=1 B="x y" cmd arg > out 2>&1 < in'));
		expect(c.assigns.map((a) => a.name)).toEqual(['A', 'B']);
		expect(c.words).toHaveLength(2);
		expect(c.redirs.map((r) => [r.fd, r.op])).toEqual([
			[1, '>'],
			[2, '>&'],
			[0, '<'],
		]);
	});
	it('recognises &>, >> and 2>/dev/null', () => {
		const c = simple(ok('cmd &> all >> app 2>/dev/null'));
		expect(c.redirs.map((r) => r.op)).toEqual(['&>', '>>', '>']);
	});
	it('an assignment after the command name is just a word', () => {
		const c = simple(ok('cmd A=1'));
		expect(c.assigns).toHaveLength(0);
		expect(c.words).toHaveLength(2);
	});
	it('parses negation, subshells and groups', () => {
		expect(ok('! false')[0].first.negate).toBe(true);
		expect(ok('(cd /tmp; ls) > f')[0].first.commands[0].kind).toBe('subshell');
		expect(ok('{ echo a; echo b; } | wc -l')[0].first.commands[0].kind).toBe('group');
	});
	it('continues after && and | across newlines', () => {
		expect(ok('echo a &&\necho b')[0].rest).toHaveLength(1);
		expect(ok('echo a |\nwc')[0].first.commands).toHaveLength(2);
	});
});

describe('parser: words', () => {
	const word = (line: string, index = 1): Word => simple(ok(line)).words[index];
	it('keeps single quotes literal', () => {
		expect(word(`x '$HOME "q"'`).parts).toEqual([{kind: 'quoted', text: '$HOME "q"'}]);
	});
	it('expands inside double quotes, with escapes for $ ` " \\', () => {
		const w = word(`x "a \\$b \\" \\\\ \\n $c"`);
		expect(w.parts[0].kind).toBe('dq');
		const parts = (w.parts[0] as {parts: unknown[]}).parts;
		expect(parts).toEqual([{kind: 'lit', text: 'a $b " \\ \\n '}, {kind: 'param', name: 'c'}]);
	});
	it('parses ${VAR}, ${VAR:-default}, $?, $$ and ${#VAR}', () => {
		expect(word('x ${A}').parts).toEqual([{kind: 'param', name: 'A'}]);
		expect(word('x ${A:-b c}').parts[0]).toMatchObject({kind: 'param', name: 'A', op: ':-'});
		expect(word('x $?').parts).toEqual([{kind: 'param', name: '?'}]);
		expect(word('x $$').parts).toEqual([{kind: 'param', name: '$'}]);
		expect(word('x ${#A}').parts).toEqual([{kind: 'param', name: 'A', op: '#len'}]);
	});
	it('parses nested command substitution with quotes inside', () => {
		const w = word(`wget -qO- http://$(hostname -I | awk '{print $1}'):80`, 2);
		expect(w.parts.map((p) => p.kind)).toEqual(['lit', 'cmdsub', 'lit']);
		const inner = (w.parts[1] as {script: Script}).script;
		expect(inner[0].first.commands).toHaveLength(2);
		expect(word('x $(echo $(echo "a)b"))').parts[0].kind).toBe('cmdsub');
	});
	it('parses backticks', () => {
		expect(word('x `hostname`').parts[0].kind).toBe('cmdsub');
	});
	it('keeps Go templates intact inside single quotes', () => {
		const w = word(`inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}' container1`, 2);
		expect(w.parts[0]).toEqual({kind: 'quoted', text: '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}'});
	});
	it('reads ~ only at word start', () => {
		expect(word('x ~/a').parts[0]).toEqual({kind: 'tilde'});
		expect(word('x a~').parts).toEqual([{kind: 'lit', text: 'a~'}]);
	});
	it('treats $(( )) as arithmetic', () => {
		expect(word('x $((1 + 2))').parts[0]).toEqual({kind: 'arith', expr: '1 + 2'});
	});
	it('treats a lone $ literally', () => {
		expect(word('x a$').parts).toEqual([{kind: 'lit', text: 'a$'}]);
	});
});

describe('parser: errors', () => {
	it('uses ash-style messages', () => {
		expect(err('echo "abc')).toBe('sh: syntax error: unterminated quoted string');
		expect(err("echo 'abc")).toBe('sh: syntax error: unterminated quoted string');
		expect(err('a &&')).toBe('sh: syntax error: unexpected end of file');
		expect(err('| x')).toBe('sh: syntax error: unexpected "|"');
		expect(err('a ;; b')).toBe('sh: syntax error: unexpected ";;"');
		expect(err('; a')).toBe('sh: syntax error: unexpected ";"');
		expect(err('echo >')).toBe('sh: syntax error: unexpected newline');
		expect(err('echo )')).toBe('sh: syntax error: unexpected ")"');
		expect(err('echo $(ls')).toBe('sh: syntax error: unexpected end of file (expecting ")")');
		expect(err('echo ${a b}')).toBe('sh: syntax error: bad substitution');
		expect(err('echo ${a')).toBe("sh: syntax error: missing '}'");
		expect(err('echo `ls')).toBe('sh: syntax error: EOF in backquote substitution');
		// A here-document the input ends inside is not an error: bash warns and runs it.
		expect(parse('cat <<EOF')).toMatchObject({ok: true, unterminatedHeredoc: {delimiter: 'EOF', line: 1}});
	});
	it('limits nesting depth instead of overflowing the stack', () => {
		expect(err('$('.repeat(5000))).toMatch(/nesting too deep/);
		expect(err('echo ' + '"$('.repeat(5000))).toMatch(/nesting too deep/);
		expect(err('echo ' + '${a:-'.repeat(5000))).toMatch(/nesting too deep/);
		expect(parse('echo ' + '$('.repeat(60) + 'x' + ')'.repeat(60)).ok).toBe(true);
	});
	it('parses long lines (how fast is the bench\'s figure: npm run bench)', () => {
		const line = 'echo ' + 'abc "d$e" '.repeat(1000) + '| wc -l';
		const r = parse(line);
		expect(r.ok).toBe(true);
		expect(parse('a|'.repeat(3000) + 'b').ok).toBe(true);
	});
});
