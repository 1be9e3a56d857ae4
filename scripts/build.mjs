// Builds the game into dist/ (issue 7: start instantly):
// - dist/first-frame.js (src/cli/first-frame.ts, one small file), which bin/netdojo.js runs first: it
//   draws the level map's first frame before Ink, React and the engine are read;
// - dist/netdojo.js, the game, dist/grade-worker.js (a grading thread), and dist/chunks/*: one esbuild bundle split at the dynamic imports,
//   so `--version` or `script` load only what they use;
// - dist/levels.json: the built-in packs loaded and validated by the game's own loader, with a hash
//   of levels/ (src/levels/precompiled.ts), so a start does not parse and check every level YAML.
// Files are replaced only when their contents change, each by an atomic rename: games already
// running from dist/ (the e2e tests build while other test files play) never read a half-written file.
import {build} from 'esbuild';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

const common = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
	write: false,
	// Some bundled CommonJS dependencies call require(); give each ESM file one.
	banner: {js: "import {createRequire as __netdojoCreateRequire} from 'node:module'; const require = __netdojoCreateRequire(import.meta.url);"},
};

function writeIfChanged(file, contents) {
	const bytes = typeof contents === 'string' ? Buffer.from(contents) : Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength);
	if (existsSync(file) && readFileSync(file).equals(bytes)) return;
	mkdirSync(dirname(file), {recursive: true});
	const temp = `${file}.${process.pid}.tmp`;
	writeFileSync(temp, bytes);
	renameSync(temp, file);
}

const game = await build({
	...common,
	// grade-worker: the thread `netdojo grade` replays students on (src/grade/pool.ts).
	entryPoints: {netdojo: join(root, 'src/cli.tsx'), 'grade-worker': join(root, 'src/grade/worker.ts')},
	outdir: dist,
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	jsx: 'automatic',
	minify: false,
	sourcemap: false,
	define: {'process.env.DEV': '"false"', 'process.env.NETDOJO_PRECOMPILED': '"1"'},
	// Ink imports react-devtools-core only when DEV=true; stub it so the bundle needs nothing extra.
	alias: {'react-devtools-core': join(root, 'scripts/stub-devtools.mjs')},
});
// The first frame: one self-contained file with no shared chunks, so that it is one module to load.
const first = await build({
	...common,
	banner: {},
	entryPoints: {'first-frame': join(root, 'src/cli/first-frame.ts')},
	outdir: dist,
	define: {'process.env.NETDOJO_PRECOMPILED': '"1"'},
});
const written = new Set();
for (const file of [...game.outputFiles, ...first.outputFiles]) {
	writeIfChanged(file.path, file.contents);
	written.add(file.path);
}
// Chunks of earlier builds go (their names carry a content hash). Stray temp files of a build
// that was interrupted go too.
const chunks = join(dist, 'chunks');
for (const name of existsSync(chunks) ? readdirSync(chunks) : []) {
	if (!written.has(join(chunks, name))) rmSync(join(chunks, name), {force: true});
}

// The precompiled levels: bundle the build step, run it, write what it returns.
const step = await build({...common, entryPoints: [join(root, 'scripts/precompile-levels.ts')], outfile: join(dist, 'precompile.mjs')});
const stepFile = join(dist, `.precompile-${process.pid}.mjs`);
writeFileSync(stepFile, step.outputFiles[0].contents);
try {
	const {precompile} = await import(pathToFileURL(stepFile).href);
	const result = precompile(root);
	if (result.ok) writeIfChanged(join(dist, 'levels.json'), result.json);
	else {
		// A broken built-in level: the game loads the YAML and reports it, as without a build.
		rmSync(join(dist, 'levels.json'), {force: true});
		process.stderr.write(`build: built-in levels have errors; dist/levels.json not written:\n${result.errors.join('\n')}\n`);
	}
} finally {
	rmSync(stepFile, {force: true});
}
if (process.env.NETDOJO_BUILD_VERBOSE) console.log(game.outputFiles.map((f) => relative(root, f.path)).join('\n'));
