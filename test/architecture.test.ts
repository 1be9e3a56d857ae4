// The one-way rule of docs/ARCHITECTURE.md: cli → ui → game/speedrun → levels/progress →
// shell/compose → engine. Every import in src/ is read (value and type imports, re-exports and
// dynamic imports); one that points to the left fails here, as does a circle of value imports.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const srcDir = join(root, 'src');

const BELOW_SHELL = ['engine'];
const SHELL = ['shell', 'compose', ...BELOW_SHELL];
const LEVELS = ['levels', ...SHELL];
const GAME = ['game', 'progress', ...LEVELS];
/** Which top-level folders of src/ each folder may import from (itself included). */
const ALLOWED: Record<string, string[]> = {
	engine: BELOW_SHELL,
	shell: SHELL,
	// Compose's project logic reads the engine only; the shell's compose command sits on top of it.
	compose: ['compose', ...BELOW_SHELL],
	levels: LEVELS,
	progress: ['progress', ...LEVELS],
	game: GAME,
	speedrun: ['speedrun', ...GAME],
	grade: ['grade', 'speedrun', ...GAME],
	ui: ['ui', 'speedrun', ...GAME],
	cli: ['cli', 'ui', 'grade', 'speedrun', ...GAME],
};

/**
 * Circles that exist today, each to be broken by the work named beside it. The test fails when a
 * new one appears and when one listed here is gone (then delete it from the list).
 */
const KNOWN_CYCLES: string[][] = [];

interface Edge {
	readonly to: string;
	readonly typeOnly: boolean;
	readonly text: string;
}

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
		else if (/\.tsx?$/.test(name)) out.push(p);
	}
	return out;
}

const files = sourceFiles(srcDir);
const known = new Set(files);

function importsOf(file: string): Edge[] {
	const text = readFileSync(file, 'utf8');
	const edges: Edge[] = [];
	const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
	for (const m of text.matchAll(pattern)) {
		const spec = m[3] ?? m[4] ?? m[5];
		if (!spec.startsWith('.')) continue;
		const base = resolve(dirname(file), spec).replace(/\.js$/, '');
		const to = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => known.has(c));
		if (!to) throw new Error(`${relative(root, file)}: cannot resolve ${spec}`);
		edges.push({to, typeOnly: Boolean(m[2]), text: m[0].trim()});
	}
	return edges;
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));
const folderOf = (file: string): string => relative(srcDir, file).split('/')[0].replace(/\.tsx?$/, '');

/** Strongly connected components of value imports with more than one file (Tarjan). */
function cycles(): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (v: string): void => {
		index.set(v, next);
		low.set(v, next);
		next++;
		stack.push(v);
		onStack.add(v);
		for (const {to, typeOnly} of graph.get(v) ?? []) {
			if (typeOnly) continue;
			if (!index.has(to)) {
				visit(to);
				low.set(v, Math.min(low.get(v)!, low.get(to)!));
			} else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const component: string[] = [];
		let w: string;
		do {
			w = stack.pop()!;
			onStack.delete(w);
			component.push(relative(root, w));
		} while (w !== v);
		if (component.length > 1) found.push(component.sort());
	};
	for (const f of files) if (!index.has(f)) visit(f);
	return found.sort((a, b) => a[0].localeCompare(b[0]));
}

function layerViolations(g: Map<string, Edge[]>): string[] {
	const wrong: string[] = [];
	for (const [file, edges] of g) {
		const from = folderOf(file);
		for (const e of edges) {
			const to = folderOf(e.to);
			if (!ALLOWED[from].includes(to)) wrong.push(`${relative(root, file)} (${from}) imports ${relative(root, e.to)} (${to}): ${e.text}`);
		}
	}
	return wrong;
}

describe('architecture', () => {
	it('knows every top-level folder of src/', () => {
		for (const f of files) expect(Object.keys(ALLOWED), relative(root, f)).toContain(folderOf(f));
	});

	it('imports only run from a layer to the layers below it', () => {
		expect(layerViolations(graph)).toEqual([]);
	});

	// That the engine imports nothing that reaches the real machine is test/engine/purity.test.ts.

	it('no source file over 500 lines, no line over 300 characters (small files with one job)', () => {
		const long: string[] = [];
		for (const f of files) {
			const lines = readFileSync(f, 'utf8').split('\n');
			if (lines.length > 500) long.push(`${relative(root, f)}: ${lines.length} lines`);
			lines.forEach((l, i) => l.length > 300 && long.push(`${relative(root, f)}:${i + 1}: ${l.length} characters`));
		}
		expect(long).toEqual([]);
	});

	it('no new circle of value imports between files', () => {
		expect(cycles()).toEqual(KNOWN_CYCLES.map((c) => [...c].sort()));
	});

	it('the rule catches a wrong import (the checker itself is not blind)', () => {
		const fake = new Map<string, Edge[]>([
			[join(srcDir, 'engine', 'fake.ts'), [{to: join(srcDir, 'ui', 'index.ts'), typeOnly: true, text: "import type {X} from '../ui/index.js'"}]],
			[join(srcDir, 'ui', 'fake.tsx'), [{to: join(srcDir, 'engine', 'index.ts'), typeOnly: false, text: "import {createWorld} from '../engine/index.js'"}]],
		]);
		expect(layerViolations(fake)).toEqual(["src/engine/fake.ts (engine) imports src/ui/index.ts (ui): import type {X} from '../ui/index.js'"]);
		// The reader sees the imports that are there: a blind regex would pass any layering.
		expect(graph.size).toBeGreaterThan(100);
		const total = [...graph.values()].reduce((n, e) => n + e.length, 0);
		expect(total).toBeGreaterThan(500);
	});
});
