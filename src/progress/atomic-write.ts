import fs from 'node:fs';
import path from 'node:path';

/**
 * Replaces `file` so that readers see either the old or the new content, never half of it:
 * write a sibling temp file, fsync it, rename it over the target, then fsync the folder so
 * the rename itself survives a power cut.
 */
export function writeFileAtomic(file: string, content: string): void {
	const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
	fs.mkdirSync(path.dirname(file), {recursive: true});
	const fd = fs.openSync(temp, 'wx', 0o644);
	try {
		try {
			fs.writeSync(fd, content);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}

		fs.renameSync(temp, file);
	} catch (error) {
		fs.rmSync(temp, {force: true});
		throw error;
	}

	try {
		const dir = fs.openSync(path.dirname(file), 'r');
		try {
			fs.fsyncSync(dir);
		} finally {
			fs.closeSync(dir);
		}
	} catch {
		// Folders cannot be opened or fsynced on Windows; the rename is still atomic there.
	}
}

/** Removes temp files left by writers that died before their rename. */
export function removeStrayTempFiles(file: string, olderThanMs: number, now = Date.now()): void {
	const dir = path.dirname(file);
	const prefix = `${path.basename(file)}.tmp-`;
	let names: string[];
	try {
		names = fs.readdirSync(dir);
	} catch {
		return;
	}

	for (const name of names) {
		if (!name.startsWith(prefix)) {
			continue;
		}

		const full = path.join(dir, name);
		try {
			if (now - fs.statSync(full).mtimeMs > olderThanMs) {
				fs.rmSync(full, {force: true});
			}
		} catch {
			// Gone already, or not ours to remove: either way nothing to do.
		}
	}
}
