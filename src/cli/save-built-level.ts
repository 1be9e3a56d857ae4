// Where `build level` (sandbox) writes its file: relative to the folder netdojo was started in.
// An existing file is never replaced (the builder asks for another name), and the write is atomic.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../progress/index.js';
import type {LevelSaver} from '../game/build-level-dialog.js';

export function builtLevelSaver(cwd: string): LevelSaver {
	return (fileName, text) => {
		if (!/\.ya?ml$/i.test(fileName)) return {error: 'a level file ends in .yaml'};
		const file = path.resolve(cwd, fileName);
		if (existsSync(file)) return {error: 'already exists (netdojo never replaces a file here)'};
		// A mistyped folder is not made: the builder asks again.
		if (!existsSync(path.dirname(file))) return {error: 'no such folder'};
		try {
			writeFileAtomic(file, text);
			return {path: path.relative(cwd, file) || file};
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			return {error: code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message};
		}
	};
}
