// Absolute paths inside an image, as a shell or WORKDIR resolves them (`.` and `..` folded).

export function absPath(cwd: string, p: string): string {
	const parts: string[] = [];
	for (const seg of (p.startsWith('/') ? p : `${cwd || '/'}/${p}`).split('/')) {
		if (seg === '' || seg === '.') continue;
		if (seg === '..') parts.pop();
		else parts.push(seg);
	}
	return `/${parts.join('/')}`;
}

export function dirOf(p: string): string {
	const i = p.lastIndexOf('/');
	return i <= 0 ? '/' : p.slice(0, i);
}

export function baseOf(p: string): string {
	return p.slice(p.lastIndexOf('/') + 1);
}
