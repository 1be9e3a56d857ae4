// Build step (scripts/build.mjs bundles and runs this): loads and validates the built-in packs with
// the game's own loader and returns the contents of dist/levels.json, or the errors that stop it.
import {loadPacks} from '../src/levels/index.js';
import {precompileBuiltins} from '../src/levels/precompiled.js';

export function precompile(root: string): {ok: true; json: string} | {ok: false; errors: string[]} {
	const result = precompileBuiltins((dirs) => loadPacks(dirs), root);
	return result.ok ? {ok: true, json: JSON.stringify(result.file)} : result;
}
