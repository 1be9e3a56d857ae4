// BuildKit here-documents in RUN and COPY (measured in 34-build-heredoc; COPY's step name and file too).
import {describe, expect, test} from 'vitest';
import {parseDockerfile} from '../../../src/engine/build/parse.js';
import {heredocRun} from '../../../src/engine/build/heredoc.js';
import {Session} from '../../../src/shell/session.js';

describe('here-documents in a Dockerfile', () => {
	test('the body lines belong to the instruction, up to the terminator; <<- strips tabs; quotes are allowed', () => {
		const p = parseDockerfile('FROM alpine\nRUN <<EOF\necho a\n  echo b\nEOF\nRUN <<-"EOT" sh\n\techo c\n\tEOT\nCMD ["sh"]\n');
		expect(p.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'RUN', 'CMD']);
		expect(p.instructions[1].heredocs).toEqual([{word: 'EOF', body: 'echo a\n  echo b\n'}]);
		expect(p.instructions[2].heredocs).toEqual([{word: 'EOT', body: 'echo c\n'}]);
		expect([p.instructions[1].startLine, p.instructions[1].endLine]).toEqual([2, 5]);
	});

	test('an unterminated body runs to the end of the file', () => {
		const p = parseDockerfile('FROM alpine\nRUN <<EOF\necho a\n');
		expect(p.instructions[1].heredocs).toEqual([{word: 'EOF', body: 'echo a\n'}]);
	});

	test('how RUN names and runs them', () => {
		expect(heredocRun('<<EOF', [{word: 'EOF', body: 'echo one\necho two\n'}])).toEqual({script: 'echo one\necho two\n', name: '<<EOF (echo one...)'});
		expect(heredocRun('<<EOF', [{word: 'EOF', body: 'echo one\n'}]).name).toBe('<<EOF (echo one)');
		expect(heredocRun('<<-EOT sh', [{word: 'EOT', body: 'echo x\n'}])).toEqual({script: 'echo x\n', name: '<<-EOT sh'});
	});

	test('a build runs the body, and COPY <<EOF writes the file', () => {
		const s = new Session({seed: 1, files: {Dockerfile: 'FROM alpine\nWORKDIR /app\nRUN <<EOF\necho one\necho two > /two.txt\nEOF\nCOPY <<EOF conf.txt\nhello\nEOF\nCMD ["sleep", "100"]\n'}});
		const b = s.run('docker build -t hd .');
		expect(b.exitCode).toBe(0);
		expect(b.stderr).toContain('#6 [3/4] RUN <<EOF (echo one...)\n#6 0.');
		expect(b.stderr).toContain('[internal] preparing inline document');
		expect(b.stderr).toContain('[4/4] COPY <<EOF conf.txt\n');
		expect(b.stderr).not.toContain('load build context');
		s.run('docker run -d --name hd hd');
		expect(s.run('docker exec hd cat /app/conf.txt /two.txt').stdout).toBe('hello\ntwo\n');
	});
});
