// `netdojo script --level ID`: a session in that level's world (setup already played).
import type {Options} from './args.js';
import type {Session} from '../shell/session.js';
import {findLevel, loadCatalog} from './catalog.js';
import {GameSession} from '../game/game-session.js';

export async function levelSession(id: string, options: Options): Promise<{ok: true; session: Session} | {ok: false; error: string}> {
	const catalog = loadCatalog(options);
	for (const e of catalog.errors) process.stderr.write(`${e}\n`);
	const level = findLevel(catalog, id);
	if (!level) return {ok: false, error: `unknown level "${id}" (netdojo levels lists them)`};
	return {ok: true, session: new GameSession(level, {seed: options.seed, ...(options.docker ? {engine: options.docker} : {})}).session};
}
