// python -m http.server: serves the working directory (or --directory) as SimpleHTTPRequestHandler does:
// index.html, listings sorted case-blind, files with a guessed type, its 404 page, HTTP/1.0.
import {splitTarget} from './paths.js';
import {byteLength, type AppSpec, type HttpAnswer, type ListDir, type ReadFile} from './types.js';

export const SIMPLE_SERVER = 'SimpleHTTP/0.6 Python/3.12.8';
const MAX_ENTRIES = 500;

const TYPES: Record<string, string> = {
	html: 'text/html',
	htm: 'text/html',
	txt: 'text/plain',
	py: 'text/x-python',
	json: 'application/json',
	css: 'text/css',
	js: 'text/javascript',
	md: 'text/markdown',
	png: 'image/png',
	jpg: 'image/jpeg',
	svg: 'image/svg+xml',
	xml: 'application/xml',
	sh: 'application/x-sh',
	csv: 'text/csv',
};

export function join(dir: string, name: string): string {
	if (name.startsWith('/')) return name;
	const parts = (dir === '/' ? '' : dir.replace(/\/+$/, '')).split('/');
	for (const p of name.split('/')) {
		if (p === '' || p === '.') continue;
		if (p === '..') parts.length > 1 && parts.pop();
		else parts.push(p);
	}
	return parts.join('/') || '/';
}

/** Takes a snapshot of the served tree (bounded), so the world keeps plain data. */
export function snapshot(root: string, readFile: ReadFile, listDir: ListDir | undefined): Pick<AppSpec, 'files' | 'dirs'> {
	const files: Record<string, string> = {};
	const dirs: Record<string, string[]> = {};
	let count = 0;
	const walk = (dir: string) => {
		const names = listDir?.(dir);
		if (!names) return;
		dirs[dir] = [...names];
		for (const n of names) {
			if (++count > MAX_ENTRIES) return;
			const path = join(dir, n.replace(/\/$/, ''));
			if (n.endsWith('/')) walk(path);
			else {
				const text = readFile(path);
				if (text !== undefined) files[path] = text;
			}
		}
	};
	walk(root);
	return {files, dirs};
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function listing(urlPath: string, names: readonly string[]): string {
	const title = `Directory listing for ${escapeHtml(decodeURIComponent(urlPath))}`;
	const sorted = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
	const items = sorted.map((n) => `<li><a href="${encodeURI(n).replace(/#/g, '%23').replace(/\?/g, '%3F')}">${escapeHtml(n)}</a></li>`);
	return ['<!DOCTYPE HTML>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>${title}</title>`, '</head>', '<body>', `<h1>${title}</h1>`, '<hr>', '<ul>', ...items, '</ul>', '<hr>', '</body>', '</html>', ''].join('\n');
}

const NOT_FOUND = [
	'<!DOCTYPE HTML>', '<html lang="en">', '    <head>', '        <meta charset="utf-8">', '        <title>Error response</title>',
	'    </head>', '    <body>', '        <h1>Error response</h1>', '        <p>Error code: 404</p>', '        <p>Message: File not found.</p>',
	'        <p>Error code explanation: 404 - Nothing matches the given URI.</p>', '    </body>', '</html>', ''].join('\n');

export function httpServerAnswer(spec: AppSpec, method: string, target: string, date: string, lastModified: string): HttpAnswer {
	const {path} = splitTarget(target);
	const root = spec.root ?? '/';
	const local = join(root, decodeURIComponent(path).replace(/^\/+/, ''));
	const dirs = spec.dirs ?? {};
	const files = spec.files ?? {};
	if (method !== 'GET' && method !== 'HEAD') {
		const body = NOT_FOUND.replace('404', '501').replace('Error code: 404', 'Error code: 501').replace('Message: File not found.', `Message: Unsupported method ('${method}').`).replace('404 - Nothing matches the given URI.', '501 - Server does not support this operation.');
		return {status: 501, statusLine: 'HTTP/1.0 501 Unsupported method (\'' + method + '\')', headers: [`Server: ${SIMPLE_SERVER}`, `Date: ${date}`, 'Connection: close', 'Content-Type: text/html;charset=utf-8', `Content-Length: ${byteLength(body)}`], body};
	}
	if (dirs[local] !== undefined) {
		if (!path.endsWith('/')) return {status: 301, statusLine: 'HTTP/1.0 301 Moved Permanently', headers: [`Server: ${SIMPLE_SERVER}`, `Date: ${date}`, `Location: ${path}/`, 'Content-Length: 0'], body: ''};
		for (const index of ['index.html', 'index.htm']) {
			const file = files[join(local, index)];
			if (file !== undefined) return fileAnswer(file, 'text/html', date, lastModified);
		}
		const body = listing(path, dirs[local]);
		return {status: 200, statusLine: 'HTTP/1.0 200 OK', headers: [`Server: ${SIMPLE_SERVER}`, `Date: ${date}`, 'Content-type: text/html; charset=utf-8', `Content-Length: ${byteLength(body)}`], body};
	}
	const file = files[local];
	if (file !== undefined && !path.endsWith('/')) {
		const ext = /\.([^./]+)$/.exec(local)?.[1].toLowerCase() ?? '';
		return fileAnswer(file, TYPES[ext] ?? 'application/octet-stream', date, lastModified);
	}
	return {status: 404, statusLine: 'HTTP/1.0 404 File not found', headers: [`Server: ${SIMPLE_SERVER}`, `Date: ${date}`, 'Connection: close', 'Content-Type: text/html;charset=utf-8', `Content-Length: ${byteLength(NOT_FOUND)}`], body: NOT_FOUND};
}

function fileAnswer(body: string, type: string, date: string, lastModified: string): HttpAnswer {
	return {status: 200, statusLine: 'HTTP/1.0 200 OK', headers: [`Server: ${SIMPLE_SERVER}`, `Date: ${date}`, `Content-type: ${type}`, `Content-Length: ${byteLength(body)}`, `Last-Modified: ${lastModified}`], body};
}
