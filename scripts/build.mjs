// Bundles the CLI into one ESM file, dist/netdojo.js, which bin/netdojo.js loads.
// One file starts much faster than hundreds of modules (see issue 7).
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
	entryPoints: [`${root}src/cli.tsx`],
	outfile: `${root}dist/netdojo.js`,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: false,
	sourcemap: false,
	logLevel: 'warning',
	define: {'process.env.DEV': '"false"'},
	// Ink imports react-devtools-core only when DEV=true; stub it so the bundle needs nothing extra.
	alias: {'react-devtools-core': `${root}scripts/stub-devtools.mjs`},
	// Some bundled CommonJS dependencies call require(); give the ESM bundle one.
	banner: {js: "import {createRequire as __netdojoCreateRequire} from 'node:module'; const require = __netdojoCreateRequire(import.meta.url);"},
});
