// Path strings: joining a relative path onto a working directory and splitting into components.
// Resolution of `.` and `..` against the tree happens in walk.ts, as the kernel does it (a
// missing directory before `..` is still an error), not lexically.

/** Linux's NAME_MAX and PATH_MAX. */
export const NAME_MAX = 255;
export const PATH_MAX = 4096;

/** `path` as an absolute path: relative ones are taken from `cwd` (itself absolute). */
export function absolute(cwd: string, path: string): string {
	if (path.startsWith('/')) return path;
	return cwd.endsWith('/') ? cwd + path : `${cwd}/${path}`;
}

/** The non-empty components of a path (`/a//b/` -> a, b). */
export function components(path: string): string[] {
	return path.split('/').filter((c) => c !== '');
}

/** The canonical absolute path of resolved components. */
export function joinComponents(names: readonly string[]): string {
	return `/${names.join('/')}`;
}

/** Last component, as basename(1) prints it (`/a/b/` -> b, `/` -> /). */
export function baseName(path: string): string {
	const names = components(path);
	if (names.length === 0) return path.startsWith('/') ? '/' : path;
	return names[names.length - 1];
}

/** Everything before the last component, as dirname(1) prints it. */
export function dirName(path: string): string {
	const trimmed = path.replace(/\/+$/, '');
	if (trimmed === '') return path.startsWith('/') ? '/' : '.';
	const i = trimmed.lastIndexOf('/');
	if (i < 0) return '.';
	const dir = trimmed.slice(0, i).replace(/\/+$/, '');
	return dir === '' ? '/' : dir;
}

/** Canonical form of an absolute path with `.` and `..` taken lexically (for display only). */
export function normalize(path: string): string {
	const out: string[] = [];
	for (const c of components(path)) {
		if (c === '.') continue;
		if (c === '..') out.pop();
		else out.push(c);
	}
	return joinComponents(out);
}
