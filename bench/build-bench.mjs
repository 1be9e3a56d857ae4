// `npm run bench` part: a 200-line Dockerfile through `docker build` (bench/build-bench.ts), target < 20 ms.
import {build} from 'esbuild';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export async function buildBench() {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const out = join(mkdtempSync(join(tmpdir(), 'netdojo-build-bench-')), 'build-bench.mjs');
	const result = await build({
		entryPoints: [join(root, 'bench/build-bench.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		write: false,
		target: 'node20',
		logLevel: 'warning',
		banner: {js: "import {createRequire as __benchRequire} from 'node:module'; const require = __benchRequire(import.meta.url);"},
	});
	writeFileSync(out, result.outputFiles[0].text);
	const {run} = await import(pathToFileURL(out).href);
	const f = run(30);
	console.log(`docker build of a ${f.lines}-line Dockerfile: median ${f.coldMs.toFixed(2)} ms (p99 ${f.p99ColdMs.toFixed(2)} ms), cached rebuild ${f.cachedMs.toFixed(2)} ms; target < 20 ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildBench();
