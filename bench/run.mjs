// `npm run bench`: prints speed and memory figures (never asserts; targets are reported beside them).
import {pathToFileURL} from 'node:url';
import {bundleBench} from './bundle.mjs';

const {out} = await bundleBench('engine-bench');
const {run, worldBuilding, inputFigures} = await import(pathToFileURL(out).href);

// World building first, in a fresh process: linear cost means 2,000 containers take twice 1,000.
const w = worldBuilding();
const ms = (n) => `${n.toFixed(0)} ms`.padStart(9);
console.log('World building through `netdojo script`\'s code path (docker network create x20, then docker run -d --network netN --name cK nginx)');
console.log(`  1,000 containers            ${ms(w.build1000Ms)}   target < 2000 ms`);
console.log(`  2,000 containers            ${ms(w.build2000Ms)}   ${(w.build2000Ms / w.build1000Ms).toFixed(2)}x the 1,000 figure; target <= 2.3x`);
console.log(`  level setup, 4,000 containers ${ms(w.levelSetup4000Ms)} (was 205 s when building was quadratic)`);
console.log(`  docker run -p 1-65535:1-65535 ${ms(w.allPortsMs)}`);
console.log('');

console.log('Typed input before it runs (fastest of several runs; unit tests compare these instead of timing them)');
for (const f of inputFigures()) console.log(`  ${f.label.padEnd(36)} ${f.ms.toFixed(1).padStart(8)} ms`);
console.log('  targets: linear in the line (a 1 MB line about 10x a 100 KB one); each regex < 200 ms');
console.log('');

const sizes = [
	[10, 1], [10, 10],
	[100, 1], [100, 10], [100, 50],
	[1000, 1], [1000, 10], [1000, 50],
];
const fmt = (n, d = 3) => n.toFixed(d);
console.log('Engine: time per command through the script code path, and all-pairs probing');
console.log('containers networks  build(ms)  median(ms)  p99(ms)   pairs      all-pairs(ms)');
let peak = process.memoryUsage().rss;
for (const [containers, networks] of sizes) {
	// 50 rounds of the 13-command mix: 650 samples, so p99 is not just the few worst hiccups.
	const [f] = run([[containers, networks]], containers >= 1000 ? 5 : 50);
	peak = Math.max(peak, process.memoryUsage().rss);
	console.log(`${String(f.containers).padStart(10)} ${String(f.networks).padStart(8)}  ${fmt(f.buildMs, 0).padStart(9)}  ${fmt(f.medianMs).padStart(10)}  ${fmt(f.p99Ms).padStart(7)}  ${String(f.pairs).padStart(8)}  ${fmt(f.allPairsMs, 0).padStart(13)}`);
}
console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB (sampled after each size)`);
console.log('targets: p99 per command < 2 ms at 100 containers; all-pairs probing of 1000 containers < 1000 ms');
await (await import('./build-bench.mjs')).buildBench();
await (await import('./fs-bench.mjs')).fsBench();
await (await import('./grade-bench.mjs')).gradeBench();
// Startup, typing latency, frames per keystroke and peak RSS of the built game (bench/startup.mjs);
// `--no-startup` skips them.
if (!process.argv.includes('--no-startup')) {
	const {startupBench} = await import('./startup.mjs');
	await startupBench();
}
