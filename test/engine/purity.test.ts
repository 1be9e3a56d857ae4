// The engine is pure: nothing a player types can reach the real machine, because nothing under
// src/engine can import a module that touches processes, files or the network.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '../../src/engine');
const ALLOWED_PACKAGES = new Set(['immer', 'ipaddr.js']);

/** Every module a file names: from-imports and re-exports, import(), require(), and bare `import 'x'`. */
function specifiersOf(text: string): string[] {
	const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
	return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
	});
}

describe('the engine has no access to the real machine', () => {
	const all = files(root);
	it('has files to check', () => expect(all.length).toBeGreaterThan(10));
	it('the specifier reader sees every form of import (it is not blind)', () => {
		const probe = "import 'node:fs';\nimport {x} from 'child_process';\nexport * from 'node:net';\nconst a = require('os');\nawait import('node:http');\n";
		expect(specifiersOf(probe).sort()).toEqual(['child_process', 'node:fs', 'node:http', 'node:net', 'os']);
	});
	for (const file of all) {
		it(`${file.slice(root.length + 1)} imports only engine files, immer and ipaddr.js`, () => {
			const text = readFileSync(file, 'utf8');
			const specifiers = specifiersOf(text);
			// An import() of anything but a string literal could load any module at run time.
			expect(text).not.toMatch(/\bimport\(\s*[^'"\s]/);
			const outside = specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../') && !ALLOWED_PACKAGES.has(s));
			expect(outside).toEqual([]);
			// Relative imports must stay inside src/engine.
			expect(specifiers.filter((s) => s.startsWith('../../'))).toEqual([]);
			expect(text).not.toMatch(/\b(process|globalThis)\s*\.\s*(binding|dlopen|env)\b|\beval\s*\(|new\s+Function\s*\(/);
		});
	}
});
