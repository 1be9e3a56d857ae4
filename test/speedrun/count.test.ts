import {describe, expect, it} from 'vitest';
import {keystrokeCount, simpleCommandCount} from '../../src/speedrun/count.js';

describe('speed-run counting', () => {
	it('counts each pipeline of a list, not the line', () => {
		expect(simpleCommandCount('docker ps')).toBe(1);
		expect(simpleCommandCount('docker ps | grep web')).toBe(1);
		expect(simpleCommandCount('a; b; c')).toBe(3);
		expect(simpleCommandCount('a && b')).toBe(2);
		expect(simpleCommandCount('a || b & c')).toBe(3);
		expect(simpleCommandCount('a | b && c | d')).toBe(2);
	});

	it('counts what groups, loops and command substitutions hold', () => {
		expect(simpleCommandCount('{ a; b; }')).toBe(2);
		expect(simpleCommandCount('( a && b ) | c')).toBe(2);
		expect(simpleCommandCount('for i in 1 2; do a; b; done')).toBe(2);
		expect(simpleCommandCount('if a; then b; else c; fi')).toBe(3);
		expect(simpleCommandCount('while a; do b; done')).toBe(2);
		expect(simpleCommandCount('echo $(a; b) "$(c)"')).toBe(4);
		expect(simpleCommandCount('x=$(a) b')).toBe(2);
	});

	it('a line the shell cannot parse, or an empty one, costs one', () => {
		expect(simpleCommandCount('a &&')).toBe(1);
		expect(simpleCommandCount('')).toBe(1);
		expect(simpleCommandCount('((((((((((')).toBe(1);
	});

	it('counts keystrokes: characters, an escape sequence as one key', () => {
		expect(keystrokeCount('d')).toBe(1);
		expect(keystrokeCount('\r')).toBe(1);
		expect(keystrokeCount('\u001B[A')).toBe(1);
		expect(keystrokeCount('docker ps')).toBe(9);
		expect(keystrokeCount('😀x')).toBe(2);
		expect(keystrokeCount('')).toBe(0);
	});
});
