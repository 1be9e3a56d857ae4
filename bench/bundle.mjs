// One way to run a TypeScript bench part: bundle it with esbuild for Node 20 into a temporary
// folder and return the path of the ESM file (which can be imported or run in a child process).
import {build} from 'esbuild';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `bench/<name>.ts`; returns the temporary folder and the bundle's path in it. */
export async function bundleBench(name) {
	const dir = mkdtempSync(join(tmpdir(), `netdojo-${name}-`));
	const out = join(dir, `${name}.mjs`);
	const result = await build({
		entryPoints: [join(root, 'bench', `${name}.ts`)],
		bundle: true,
		platform: 'node',
		format: 'esm',
		write: false,
		target: 'node20',
		logLevel: 'warning',
		// Bundled CommonJS dependencies (yaml) call require(); give the ESM bundle one.
		banner: {js: "import {createRequire as __benchRequire} from 'node:module'; const require = __benchRequire(import.meta.url);"},
	});
	writeFileSync(out, result.outputFiles[0].text);
	return {dir, out};
}
