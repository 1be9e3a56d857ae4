// Small builders for loader tests: a valid level's text, and throwaway pack folders.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const BROKEN = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'broken');

/** The text of a valid level with this id (solved by running nginx as web). */
export function levelText(id: string, title = `Level ${id}`): string {
	return [
		`id: ${id}`,
		`title: ${JSON.stringify(title)}`,
		'briefing: Run web.',
		'par: 1',
		'goals:',
		'  - id: web-runs',
		'    text: web is running',
		'    container: {name: web, running: true}',
		'hints:',
		'  - Run it.',
		'solution:',
		'  - docker run -d --name web nginx',
		'',
	].join('\n');
}

/** A temporary folder filled with `files` (relative path → text); remove() deletes it. */
export function tempTree(files: Record<string, string>): {root: string; remove: () => void} {
	const root = mkdtempSync(join(tmpdir(), 'netdojo-levels-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), {recursive: true});
		writeFileSync(join(root, path), text);
	}
	return {root, remove: () => rmSync(root, {recursive: true, force: true})};
}
