import {describe, expect, it} from 'vitest';
import {f} from './run.js';

const nums = Array.from({length: 15}, (_v, i) => `${i + 1}\n`).join('');

describe('head', () => {
	it('takes the first lines', () => {
		expect(f('head', [], nums).stdout).toBe(nums.split('\n').slice(0, 10).join('\n') + '\n');
		expect(f('head', ['-n', '2'], nums).stdout).toBe('1\n2\n');
		expect(f('head', ['-n2'], nums).stdout).toBe('1\n2\n');
		expect(f('head', ['-3'], nums).stdout).toBe('1\n2\n3\n');
		expect(f('head', ['-c', '3'], 'abcdef').stdout).toBe('abc');
	});
	it('complains like BusyBox', () => {
		expect(f('head', ['-n', 'x'])).toEqual({stdout: '', stderr: "head: invalid number 'x'\n", exitCode: 1});
		expect(f('head', ['-z']).stderr).toMatch(/^head: unrecognized option: z\nBusyBox/);
	});
});

describe('tail', () => {
	it('takes the last lines', () => {
		expect(f('tail', ['-n', '2'], nums).stdout).toBe('14\n15\n');
		expect(f('tail', ['-2'], nums).stdout).toBe('14\n15\n');
		expect(f('tail', ['-n', '+14'], nums).stdout).toBe('14\n15\n');
		expect(f('tail', ['+15'], nums).stdout).toBe('15\n');
		expect(f('tail', ['-n', '1'], 'a\nb').stdout).toBe('b');
		expect(f('tail', [], 'a\n').stdout).toBe('a\n');
	});
	it('rejects bad numbers', () => {
		expect(f('tail', ['-n', 'abc'])).toEqual({stdout: '', stderr: "tail: invalid number 'abc'\n", exitCode: 1});
	});
});
