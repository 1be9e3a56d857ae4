// Real responses recorded from the frameworks (Debian's python3-flask 2.2, python3-fastapi, python3-uvicorn,
// Python 3.11 http.server, Express 4 and Node 20 on loopback): status line, headers, body.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

const dir = join(import.meta.dirname, 'fixtures');

export function fixtureText(name: string): string {
	return readFileSync(join(dir, name), 'utf8');
}

export interface Recorded {
	statusLine: string;
	headers: string[];
	body: string;
}

export function recorded(name: string): Recorded {
	const text = fixtureText(name);
	const cut = text.indexOf('\r\n\r\n');
	const [statusLine, ...headers] = text.slice(0, cut).split('\r\n');
	return {statusLine, headers, body: text.slice(cut + 4)};
}

/** Header names in order, with the values that do not depend on the run (Date, versions) kept. */
export function headerNames(headers: readonly string[]): string[] {
	return headers.map((h) => h.slice(0, h.indexOf(':')));
}

export function header(headers: readonly string[], name: string): string | undefined {
	const h = headers.find((x) => x.toLowerCase().startsWith(`${name.toLowerCase()}:`));
	return h?.slice(h.indexOf(':') + 1).trim();
}

/** A file system made of a path -> content record. */
export function files(record: Record<string, string>): {readFile: (p: string) => string | undefined; listDir: (p: string) => string[] | undefined} {
	const readFile = (p: string) => record[p];
	const listDir = (p: string) => {
		const prefix = p === '/' ? '/' : `${p.replace(/\/$/, '')}/`;
		const names = new Set<string>();
		for (const k of Object.keys(record)) {
			if (!k.startsWith(prefix)) continue;
			const rest = k.slice(prefix.length);
			const slash = rest.indexOf('/');
			names.add(slash === -1 ? rest : `${rest.slice(0, slash)}/`);
		}
		return names.size === 0 ? undefined : [...names];
	};
	return {readFile, listDir};
}
