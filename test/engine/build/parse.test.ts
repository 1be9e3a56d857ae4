// The Dockerfile parser against BuildKit's rules: directives, comments, continuations, errors.
import {describe, expect, it} from 'vitest';
import {DockerfileError, parseDockerfile} from '../../../src/engine/build/index.js';

describe('parseDockerfile', () => {
	it('reads keywords case-insensitively and keeps line numbers', () => {
		const p = parseDockerfile('from alpine\n\nrun echo hi\n');
		expect(p.instructions.map((i) => [i.keyword, i.args, i.startLine])).toEqual([['FROM', 'alpine', 1], ['RUN', 'echo hi', 3]]);
	});

	it('joins continuation lines raw, as BuildKit names the step', () => {
		const p = parseDockerfile('FROM alpine\nRUN echo one && \\\n    echo two\n');
		expect(p.instructions[1].rest).toBe('echo one &&     echo two');
		expect([p.instructions[1].startLine, p.instructions[1].endLine]).toEqual([2, 3]);
	});

	it('drops comment and empty lines, also inside a continuation', () => {
		const p = parseDockerfile('# a comment\nFROM alpine\nRUN apk add \\\n# curl is for the probe\n\n    curl\n');
		expect(p.instructions.map((i) => i.rest)).toEqual(['alpine', 'apk add     curl']);
	});

	it('honours the escape directive and the syntax directive, only at the top', () => {
		const p = parseDockerfile('# escape=`\n# syntax=docker/dockerfile:1\nFROM alpine\nRUN echo a `\n  b\n');
		expect(p.escape).toBe('`');
		expect(p.syntax).toBe('docker/dockerfile:1');
		expect(p.instructions[1].rest).toBe('echo a   b');
		expect(parseDockerfile('FROM alpine\n# escape=`\n').escape).toBe('\\');
	});

	it('splits --flags off COPY, ADD, RUN, FROM and HEALTHCHECK only', () => {
		const p = parseDockerfile('FROM alpine\nCOPY --from=build --chown=app /out /srv\nCMD --help\n');
		expect(p.instructions[1].flags).toEqual({from: 'build', chown: 'app'});
		expect(p.instructions[1].args).toBe('/out /srv');
		expect(p.instructions[2].args).toBe('--help');
	});

	it('an unknown instruction is a parse error with BuildKit\'s suggestion', () => {
		const err = (() => {
			try {
				parseDockerfile('FROM alpine\nCPY a b\n');
			} catch (e) {
				return e as DockerfileError;
			}
			return undefined;
		})();
		expect(err?.message).toBe('unknown instruction: CPY (did you mean COPY?)');
		expect([err?.startLine, err?.parse]).toEqual([2, true]);
		expect(() => parseDockerfile('FROM alpine\nFROBNICATE x\n')).toThrow(/^unknown instruction: FROBNICATE$/);
	});
});
