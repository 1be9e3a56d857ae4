// `netdojo pack DIR -o FILE`: one pack folder as one file (src/levels/bundle.ts) with its content
// hash, for handing out. The pack must load and validate first: a shared pack is a checked one.
// Exit 0 written, 1 the pack has problems, 2 bad usage or a folder/file that cannot be read/written.
import {readFileSync, statSync} from 'node:fs';
import {basename} from 'node:path';
import {bundleText, formatLevelError, loadPacks, shortHash, validateLevels} from '../levels/index.js';
import {writeFileAtomic} from '../progress/index.js';
import type {Options} from './args.js';
import {plural} from './plural.js';
import {VERSION} from './version.js';

const USAGE = 'usage: netdojo pack DIR -o FILE';

export async function packMode(options: Options): Promise<number> {
	const dir = options.positionals[0];
	const fail = (message: string, code: number) => (process.stderr.write(`netdojo pack: ${message}\n`), code);
	if (dir === undefined) return fail(`which pack folder? ${USAGE}`, 2);
	if (options.output === undefined) return fail(`where to write it? ${USAGE}`, 2);
	let stats;
	try {
		stats = statSync(dir);
	} catch {
		return fail(`${dir}: no such folder`, 2);
	}
	if (!stats.isDirectory()) return fail(`${dir} is not a folder (it may already be a pack file); ${USAGE}`, 2);
	const {packs, errors} = loadPacks([dir]);
	const problems = [...errors, ...validateLevels(packs)];
	if (problems.length > 0) {
		for (const e of problems) process.stderr.write(`${formatLevelError(e)}\n`);
		return fail(`${plural(problems.length, 'problem')} in ${dir}; nothing written`, 1);
	}
	if (packs.length !== 1) return fail(`${dir} holds ${packs.length} packs (${packs.map((p) => p.id).join(', ')}); pack one folder at a time`, 2);
	const [pack] = packs;
	let levels: {file: string; text: string}[];
	try {
		levels = pack.sources.map((s) => ({file: basename(s.file), text: readFileSync(s.file, 'utf8')}));
	} catch (e) {
		return fail(`cannot read ${dir}: ${(e as Error).message}`, 2);
	}
	const text = bundleText({id: pack.id, title: pack.title, order: pack.order, hash: pack.hash}, levels, VERSION);
	if (options.output === '-') {
		process.stdout.write(text);
		return 0;
	}
	try {
		writeFileAtomic(options.output, text);
	} catch (e) {
		return fail(`cannot write ${options.output}: ${(e as Error).message}`, 2);
	}
	process.stdout.write(`packed ${pack.id}: ${plural(pack.levels.length, 'level')}, ${pack.hash} (${shortHash(pack.hash)}) -> ${options.output}\n`);
	return 0;
}
