import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtLevelSaver} from '../../src/cli/save-built-level.js';

describe('the sandbox builder writes its level file', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'netdojo-built-'));
	const save = builtLevelSaver(dir);
	it('writes a new file relative to the folder netdojo started in', () => {
		expect(save('one.yaml', 'id: one\n')).toEqual({path: 'one.yaml'});
		expect(readFileSync(path.join(dir, 'one.yaml'), 'utf8')).toBe('id: one\n');
	});
	it('never replaces a file, and says why it cannot write', () => {
		writeFileSync(path.join(dir, 'mine.yaml'), 'keep me');
		expect(save('mine.yaml', 'x')).toEqual({error: 'already exists (netdojo never replaces a file here)'});
		expect(readFileSync(path.join(dir, 'mine.yaml'), 'utf8')).toBe('keep me');
		expect(save('notes.txt', 'x')).toEqual({error: 'a level file ends in .yaml'});
		expect(save('no/such/dir/x.yaml', 'x')).toEqual({error: 'no such folder'});
	});
});
