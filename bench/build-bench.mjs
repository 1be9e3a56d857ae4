// `npm run bench` part: a 200-line Dockerfile through `docker build` (bench/build-bench.ts), target < 20 ms.
import {pathToFileURL} from 'node:url';
import {bundleBench} from './bundle.mjs';

export async function buildBench() {
	const {out} = await bundleBench('build-bench');
	const {run} = await import(pathToFileURL(out).href);
	const f = run(30);
	console.log(`docker build of a ${f.lines}-line Dockerfile: median ${f.coldMs.toFixed(2)} ms (p99 ${f.p99ColdMs.toFixed(2)} ms), cached rebuild ${f.cachedMs.toFixed(2)} ms; target < 20 ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildBench();
