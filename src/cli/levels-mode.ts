// `netdojo levels [--json]`: every level with its pack, par and the player's progress.
import {localize, detectLang} from '../levels/index.js';
import type {Options} from './args.js';
import {loadCatalog} from './catalog.js';
import {loadProgress, type ProgressFile} from '../progress/index.js';

export async function levelsMode(options: Options): Promise<number> {
	const catalog = loadCatalog(options);
	for (const e of catalog.errors) process.stderr.write(`${e}\n`);
	const lang = options.lang ?? detectLang();
	let progress: ProgressFile | undefined;
	try {
		const loaded = loadProgress();
		// Read only: notices say what was not understood; nothing on disk is moved or rewritten.
		for (const notice of loaded.notices ?? []) process.stderr.write(`netdojo: ${notice}\n`);
		progress = loaded.progress;
	} catch (e) {
		process.stderr.write(`netdojo: could not read progress: ${(e as Error).message}\n`);
	}
	const rows = catalog.packs.flatMap((pack) =>
		pack.levels.map((level) => {
			const p = progress?.levels[level.id];
			return {
				pack: pack.id,
				id: level.id,
				title: localize(level.title, lang),
				par: level.par,
				solved: p?.solved ?? false,
				bestTimeMs: p?.bestTimeMs ?? null,
				bestCommands: p?.bestCommands ?? null,
			};
		}),
	);
	if (options.json) {
		process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
		return 0;
	}
	let pack = '';
	for (const r of rows) {
		if (r.pack !== pack) {
			pack = r.pack;
			process.stdout.write(`${pack}\n`);
		}
		const best = r.bestCommands !== null ? `  best ${r.bestCommands}/${r.par} commands` : '';
		process.stdout.write(`  ${r.solved ? '[x]' : '[ ]'} ${r.id.padEnd(28)} ${r.title}${best}\n`);
	}
	return 0;
}
