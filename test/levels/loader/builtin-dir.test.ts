import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {builtinLevelsDir, packageRoot} from '../../../src/levels/index.js';
import {tempTree} from './helpers.js';

describe('builtinLevelsDir', () => {
	it('finds levels/ at the package root from src/', () => {
		expect(builtinLevelsDir()).toBe(join(process.cwd(), 'levels'));
	});

	it('finds it from a bundle in dist/, skipping other packages on the way up', () => {
		const made = tempTree({
			'package.json': JSON.stringify({name: 'netdojo'}),
			'node_modules/other/package.json': JSON.stringify({name: 'other'}),
		});
		try {
			mkdirSync(join(made.root, 'dist'));
			writeFileSync(join(made.root, 'dist', 'netdojo.js'), '');
			expect(builtinLevelsDir(pathToFileURL(join(made.root, 'dist', 'netdojo.js')).href)).toBe(join(made.root, 'levels'));
			expect(packageRoot(join(made.root, 'node_modules', 'other', 'index.js'))).toBe(made.root);
		} finally {
			made.remove();
		}
	});

	it('says so when there is no netdojo package above', () => {
		expect(() => packageRoot('/definitely/not/here.js')).toThrow(/cannot find the netdojo package root/);
	});
});
