// commandWords: the shell's own parser reading a line's simple commands without running them
// (how the game routes `hint`, `trace curl ...`, and how levels read names out of setup lines).
import {describe, expect, it} from 'vitest';
import {commandWords} from '../../../src/shell/syntax/index.js';

describe('commandWords', () => {
	it('splits words with quotes and escapes, and commands at operators', () => {
		expect(commandWords(`docker run --name "my app" -e X='a b' nginx && echo a\\ b; ls | wc # note`)).toEqual([
			['docker', 'run', '--name', 'my app', '-e', 'X=a b', 'nginx'],
			['echo', 'a b'],
			['ls'],
			['wc'],
		]);
		expect(commandWords('')).toEqual([]);
		expect(commandWords('   # only a comment')).toEqual([]);
	});

	it('keeps expansions as written and escapes inside double quotes resolved', () => {
		expect(commandWords('trace curl "$URL" ${HOST:-web} "a \\"b\\"" ~/x')).toEqual([['trace', 'curl', '$URL', '${HOST:-web}', 'a "b"', '~/x']]);
	});

	it('leaves redirections out, keeps assignments in front', () => {
		expect(commandWords('trace curl -s web > out.txt 2>&1')).toEqual([['trace', 'curl', '-s', 'web']]);
		expect(commandWords('X=1 hint')).toEqual([['X=1', 'hint']]);
	});

	it('lists the commands inside $(...), loops, groups and subshells after the one that holds them', () => {
		expect(commandWords('docker rm -f $(docker ps -aq)')).toEqual([['docker', 'rm', '-f', '$(...)'], ['docker', 'ps', '-aq']]);
		expect(commandWords('for i in 1 2; do docker run -d --name c$i nginx; done')).toEqual([['docker', 'run', '-d', '--name', 'c$i', 'nginx']]);
		expect(commandWords('(cd app && docker compose up -d)')).toEqual([['cd', 'app'], ['docker', 'compose', 'up', '-d']]);
	});

	it('a line the shell cannot parse is one command of its blank-separated words', () => {
		expect(commandWords("answer it's 5")).toEqual([['answer', "it's", '5']]);
		expect(commandWords('hint )')).toEqual([['hint', ')']]);
	});
});
