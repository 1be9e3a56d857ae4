// The build context: the files `docker build PATH` sends, after `.dockerignore` (moby/patternmatcher:
// `*`, `?`, `**`, `!` exceptions, later lines win, a pattern that matches a folder takes its contents).
import {absPath} from './paths.js';

/** Files of the context folder, relative path (`src/app.py`) -> content. */
export type ContextFiles = Readonly<Record<string, string>>;

interface Pattern {
	readonly re: RegExp;
	readonly exclusion: boolean;
}

function globToRegExp(glob: string): RegExp {
	let re = '';
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i];
		if (c === '*') {
			if (glob[i + 1] === '*') {
				// `**/` matches any number of folders, `**` anything at all.
				if (glob[i + 2] === '/') {
					re += '(?:.*/)?';
					i += 2;
				} else {
					re += '.*';
					i++;
				}
			} else re += '[^/]*';
		} else if (c === '?') re += '[^/]';
		else if (c === '[') {
			const close = glob.indexOf(']', i + 1);
			if (close === -1) re += '\\[';
			else {
				re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
				i = close;
			}
		} else if (c === '\\' && i + 1 < glob.length) re += `\\${glob[++i]}`;
		else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
	}
	return new RegExp(`^${re}(?:/.*)?$`);
}

export function readDockerignore(text: string): Pattern[] {
	const out: Pattern[] = [];
	for (const raw of text.split('\n')) {
		let line = raw.replace(/\r$/, '').trim();
		if (line === '' || line.startsWith('#')) continue;
		const exclusion = line.startsWith('!');
		if (exclusion) line = line.slice(1).trim();
		const clean = absPath('/', line).slice(1);
		if (clean === '') continue;
		out.push({re: globToRegExp(clean), exclusion});
	}
	return out;
}

/** Whether `.dockerignore` leaves a path out of the context (the last matching line decides). */
export function ignored(path: string, patterns: readonly Pattern[]): boolean {
	let out = false;
	for (const p of patterns) if (p.re.test(path)) out = !p.exclusion;
	return out;
}

/** The context as the builder sees it: every file not ignored. */
export function filterContext(files: ContextFiles, dockerignore: string | undefined): ContextFiles {
	if (dockerignore === undefined) return files;
	const patterns = readDockerignore(dockerignore);
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(files)) if (!ignored(k, patterns)) out[k] = v;
	return out;
}

/** Context paths a COPY source names: the file, a folder's files, or a wildcard's matches. */
export function matchSource(files: ContextFiles, src: string): {path: string; rel: string}[] | undefined {
	const clean = absPath('/', src).slice(1);
	if (clean === '') return Object.keys(files).sort().map((k) => ({path: k, rel: k}));
	if (/[*?[]/.test(clean)) {
		const re = globToRegExp(clean);
		const exact = new RegExp(re.source.replace(/\(\?:\/\.\*\)\?\$$/, '$'));
		const hits: {path: string; rel: string}[] = [];
		for (const k of Object.keys(files).sort()) {
			if (exact.test(k)) hits.push({path: k, rel: k.slice(k.lastIndexOf('/') + 1)});
			else if (re.test(k)) {
				// A folder matched by the wildcard: its contents go under its own name.
				const top = k.split('/').slice(0, clean.split('/').length).join('/');
				hits.push({path: k, rel: k.slice(top.lastIndexOf('/') + 1)});
			}
		}
		return hits.length > 0 ? hits : undefined;
	}
	if (Object.hasOwn(files, clean)) return [{path: clean, rel: clean.slice(clean.lastIndexOf('/') + 1)}];
	const under = Object.keys(files).filter((k) => k.startsWith(`${clean}/`)).sort();
	return under.length > 0 ? under.map((k) => ({path: k, rel: k.slice(clean.length + 1)})) : undefined;
}
