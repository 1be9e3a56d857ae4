// `netdojo verify-run FILE [--json] [--levels DIR]`: replays a speed-run's run file and confirms it
// (exit 0) or refuses it with the reason (exit 1). Exit 2 when the file or its pack cannot be read.
import {readFileSync} from 'node:fs';
import type {Options} from './args.js';
import {loadCatalog} from './catalog.js';
import {parseRunFile} from '../speedrun/run-file.js';
import {verifiedLine, verifyRun} from '../speedrun/verify.js';
import {VERSION} from './version.js';
import {replayKeys} from './verify-run-replay.js';

export async function verifyRunMode(options: Options): Promise<number> {
	const file = options.positionals[0];
	const json = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
	const bad = (message: string): number => {
		process.stderr.write(`netdojo verify-run: ${message}\n`);
		if (options.json) json({file: file ?? null, verified: false, error: message});
		return 2;
	};
	if (!file || options.positionals.length > 1) return bad('usage: netdojo verify-run FILE [--json] [--levels DIR]');
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return bad(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}`);
	}
	const parsed = parseRunFile(text);
	const refused = (reason: string): number => {
		if (options.json) json({file, verified: false, reason});
		else process.stdout.write(`refused: ${reason}\n`);
		return 1;
	};
	if (!parsed.ok) return parsed.unreadable ? bad(`cannot read ${file}: ${parsed.reason}`) : refused(parsed.reason);
	const catalog = loadCatalog(options);
	for (const e of catalog.errors) process.stderr.write(`${e}\n`);
	const pack = catalog.packs.find((p) => p.id === parsed.run.pack);
	if (!pack) return bad(`pack "${parsed.run.pack}" is not loaded (add its folder with --levels DIR)`);
	const verdict = verifyRun(parsed.run, {id: pack.id, hash: pack.hash, levels: pack.levels, gameVersion: VERSION});
	if (!verdict.ok) return refused(verdict.reason);
	// The figures hold together; now the keys must type exactly this run.
	const keys = await replayKeys(parsed.run, pack.levels);
	if (keys !== undefined) return refused(keys);
	if (options.json) json({file, verified: true, ...verdict.run});
	else process.stdout.write(`${verifiedLine(verdict.run)}\n`);
	return 0;
}
