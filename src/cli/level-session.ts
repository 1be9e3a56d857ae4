import type {Options} from './args.js';
import type {Session} from '../shell/session.js';

export async function levelSession(_id: string, _options: Options): Promise<{ok: true; session: Session} | {ok: false; error: string}> {
	return {ok: false, error: 'levels are not available yet'};
}
