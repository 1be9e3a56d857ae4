// The build context after .dockerignore, and what COPY sources match.
import {describe, expect, it} from 'vitest';
import {filterContext, matchSource} from '../../../src/engine/build/index.js';

const files = {'app.py': 'a', '.env': 's', 'src/x.py': 'x', 'src/deep/y.py': 'y', 'node_modules/m/i.js': 'm', 'README.md': 'r'};

describe('build context', () => {
	it('.dockerignore leaves files and whole folders out; ! brings one back; later lines win', () => {
		const kept = filterContext(files, '# secrets\n.env\nnode_modules\n**/*.md\n*.py\n!app.py\n');
		expect(Object.keys(kept).sort()).toEqual(['app.py', 'src/deep/y.py', 'src/x.py']);
	});

	it('a COPY source is a file, a folder (its contents) or a wildcard', () => {
		expect(matchSource(files, 'app.py')).toEqual([{path: 'app.py', rel: 'app.py'}]);
		expect(matchSource(files, './src/')?.map((h) => h.rel)).toEqual(['deep/y.py', 'x.py']);
		expect(matchSource(files, '*.py')?.map((h) => h.path)).toEqual(['app.py']);
		expect(matchSource(files, 'nope.txt')).toBeUndefined();
		expect(matchSource(files, '.')?.length).toBe(6);
	});
});
