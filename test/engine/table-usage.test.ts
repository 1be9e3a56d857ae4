// A host's containers are a ContainerTable (src/engine/container-table.ts), not a record. Code
// written for the record still compiles against it (`Object.values(host.containers)` is any[] in
// TypeScript) and then silently sees no containers, so every such use in src/ fails here.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {expect, it} from 'vitest';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.tsx?$/.test(name) ? [path] : [];
	});
}

/** Record-style reads of a table: Object.values/keys/entries/hasOwn of it, `in` tests, indexing. */
const RECORD_USE = [/Object\.(?:values|keys|entries|hasOwn|assign)\([^()]*\bcontainers\b\s*(?:\?\?\s*\{\}\s*)?[,)]/, /\.containers\[/, /\bin\s+[\w.?]*\.containers\b/, /\{\s*\.\.\.[\w.?]*\.containers\s*\}/];

it('reads containers through the table, never as a record', () => {
	const offences: string[] = [];
	for (const file of sources(join(root, 'src'))) {
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, i) => {
				if (RECORD_USE.some((re) => re.test(line))) offences.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
			});
	}
	expect(offences, 'use host.containers.get(id) / .values() / .byName(name), and editContainer inside a recipe').toEqual([]);
});
