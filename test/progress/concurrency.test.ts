import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

// Real processes, real files: the store is bundled to plain ESM so children can run it
// with bare node (no TypeScript loader is installed).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let work: string;
let child: string;

beforeAll(async () => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'netdojo-concurrency-'));
	const bundle = await build({
		entryPoints: [path.join(root, 'src/progress/store.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		write: false,
		logLevel: 'silent',
	});
	fs.writeFileSync(path.join(work, 'store.mjs'), bundle.outputFiles[0]!.text);
	child = path.join(work, 'child.mjs');
	// argv: writer name, how many results, level id pattern ('own' = one level each, 'shared' = same level).
	fs.writeFileSync(
		child,
		`import {recordResult} from './store.mjs';
const [name, count, mode] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
	const id = mode === 'shared' ? 'shared/level' : \`\${name}/level-\${i}\`;
	recordResult(id, {timeMs: 1000 + Number(name.slice(1)) * 100 + i, commands: 10 - (i % 5), hintsUsed: i % 3});
}
`,
	);
});

afterAll(() => {
	fs.rmSync(work, {recursive: true, force: true});
});

function runChild(home: string, name: string, count: number, mode: 'own' | 'shared'): Promise<void> {
	return new Promise((resolve, reject) => {
		const process_ = spawn(process.execPath, [child, name, String(count), mode], {
			cwd: work,
			env: {...process.env, NETDOJO_HOME: home},
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let stderr = '';
		process_.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		process_.on('error', reject);
		process_.on('exit', code => {
			if (code === 0) {
				resolve();
			} else {
				reject(new Error(`${name} exited with ${code}: ${stderr}`));
			}
		});
	});
}

describe('concurrent writers', () => {
	it('4 processes × 10 results each: all 40 are kept', async () => {
		const home = path.join(work, 'home-own');
		await Promise.all(['w0', 'w1', 'w2', 'w3'].map(name => runChild(home, name, 10, 'own')));
		const saved = JSON.parse(fs.readFileSync(path.join(home, 'progress.json'), 'utf8')) as {
			version: number;
			levels: Record<string, {solved: boolean}>;
		};
		expect(saved.version).toBe(1);
		const ids = Object.keys(saved.levels);
		expect(ids).toHaveLength(40);
		for (const name of ['w0', 'w1', 'w2', 'w3']) {
			for (let i = 0; i < 10; i++) {
				expect(saved.levels[`${name}/level-${i}`]?.solved).toBe(true);
			}
		}

		// Nothing left behind: no lock, no temp files.
		expect(fs.readdirSync(home)).toEqual(['progress.json']);
	});

	it('processes solving the same level merge to the true bests', async () => {
		const home = path.join(work, 'home-shared');
		await Promise.all(['w1', 'w2', 'w3'].map(name => runChild(home, name, 10, 'shared')));
		const saved = JSON.parse(fs.readFileSync(path.join(home, 'progress.json'), 'utf8')) as {
			levels: Record<string, {bestTimeMs: number; bestCommands: number; hintsUsed: number}>;
		};
		// w1's first result is the fastest (1100 ms); 6 commands is the fewest anyone used.
		expect(saved.levels['shared/level']).toMatchObject({bestTimeMs: 1100, bestCommands: 6, hintsUsed: 0});
	});
});
