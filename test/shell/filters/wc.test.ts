import {describe, expect, it} from 'vitest';
import {f} from './run.js';

describe('wc', () => {
	it('prints a single count bare', () => {
		expect(f('wc', ['-l'], 'a\nb\nc\n').stdout).toBe('3\n');
		expect(f('wc', ['-w'], 'a b\nc\n').stdout).toBe('3\n');
		expect(f('wc', ['-c'], 'héllo\n').stdout).toBe('7\n');
		expect(f('wc', ['-l'], '').stdout).toBe('0\n');
	});
	it('pads several counts to 9 columns in l w c order', () => {
		expect(f('wc', [], 'a b\nc\n').stdout).toBe('        2         3         6\n');
		expect(f('wc', ['-cl'], 'a\n').stdout).toBe('        1         2\n');
	});
	it('rejects unknown options', () => {
		expect(f('wc', ['-x']).stderr).toMatch(/^wc: unrecognized option: x\n/);
	});
});
