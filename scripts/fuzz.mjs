// `npm run fuzz [-- --lines N --sequences N --seed N]`: the long fuzz run of issue 12.
// Bundles test/fuzz/long-run.ts with esbuild (as scripts/build.mjs does for the game) and runs it.
import {build} from 'esbuild';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';

const {values} = parseArgs({options: {lines: {type: 'string', default: '100000'}, sequences: {type: 'string', default: '10000'}, seed: {type: 'string', default: '2026'}}});
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'netdojo-fuzz-'));
const out = join(dir, 'long-run.mjs');
try {
	await build({
		entryPoints: [join(root, 'test/fuzz/long-run.ts')],
		outfile: out,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'warning',
		banner: {js: "import {createRequire as __netdojoCreateRequire} from 'node:module'; const require = __netdojoCreateRequire(import.meta.url);"},
	});
	const {longRun} = await import(pathToFileURL(out).href);
	process.exitCode = longRun({lines: Number(values.lines), sequences: Number(values.sequences), seed: Number(values.seed), progress: (s) => console.log(s)});
} finally {
	rmSync(dir, {recursive: true, force: true});
}
