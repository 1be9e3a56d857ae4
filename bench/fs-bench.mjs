// `npm run bench` part: the heap a host file system of 1,000 files retains (bench/fs-bench.ts),
// measured in a child process started with --expose-gc so the figure is after a full GC.
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {bundleBench} from './bundle.mjs';

export async function fsBench() {
	const {dir, out} = await bundleBench('fs-bench');
	const main = join(dir, 'main.mjs');
	writeFileSync(main, `const {run} = await import(${JSON.stringify(pathToFileURL(out).href)});\nprocess.stdout.write(JSON.stringify(run()));\n`);
	const f = JSON.parse(execFileSync(process.execPath, ['--expose-gc', main], {encoding: 'utf8'}));
	console.log(`host file system, ${f.files} files (${(f.contentBytes / 1024).toFixed(0)} KB of text): a world holding it retains ${f.retainedMB.toFixed(2)} MB of heap (file system and all)${f.gcExposed ? '' : ' (no GC exposed: rough)'}; target < 10 MB`);
	console.log(`  built in ${f.buildMs.toFixed(1)} ms; ls -la of a folder ${f.lsMs.toFixed(2)} ms; an append (>>) ${f.writeMs.toFixed(2)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await fsBench();
