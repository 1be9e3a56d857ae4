// Route patterns of each framework matched against a request path.

/** Matches `/items/{id}` (FastAPI), `/items/<int:id>` (Flask) or `/items/:id` (Express); returns the parameters. */
export function matchRoute(pattern: string, path: string): Record<string, string> | undefined {
	const names: string[] = [];
	const types: string[] = [];
	let re = '';
	const token = /\{(\w+)(?::(\w+))?\}|<(?:(\w+):)?(\w+)>|:(\w+)/g;
	let last = 0;
	for (let m = token.exec(pattern); m; m = token.exec(pattern)) {
		re += escape(pattern.slice(last, m.index));
		const name = m[1] ?? m[4] ?? m[5];
		const type = m[2] ?? m[3] ?? '';
		names.push(name);
		types.push(type);
		re += type === 'path' ? '(.+)' : type === 'int' ? '(\\d+)' : '([^/]+)';
		last = m.index + m[0].length;
	}
	re += escape(pattern.slice(last));
	const m = new RegExp(`^${re}$`).exec(path);
	if (!m) return undefined;
	const out: Record<string, string> = {};
	names.forEach((n, i) => (out[n] = decodeURIComponent(m[i + 1])));
	return out;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits `/a/b?x=1&y=2` into path and query. */
export function splitTarget(target: string): {path: string; query: Record<string, string>} {
	const q = target.indexOf('?');
	const path = q === -1 ? target : target.slice(0, q);
	const query: Record<string, string> = {};
	if (q !== -1) {
		for (const pair of target.slice(q + 1).split('&')) {
			if (pair === '') continue;
			const eq = pair.indexOf('=');
			const k = eq === -1 ? pair : pair.slice(0, eq);
			const v = eq === -1 ? '' : pair.slice(eq + 1);
			try {
				query[decodeURIComponent(k)] = decodeURIComponent(v.replace(/\+/g, ' '));
			} catch {
				query[k] = v;
			}
		}
	}
	return {path: path === '' ? '/' : path, query};
}
