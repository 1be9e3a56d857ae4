// The built-in image catalog: each image's real default entrypoint/command and exposed ports, and
// which programs exist inside it (docker exec of anything else fails as it does in Docker).
import type {Image} from './types.js';
import {digest64} from './hash.js';

/** File utilities every base image has (coreutils on Debian, applets in BusyBox): a Dockerfile's RUN uses them. */
const FILE_TOOLS = ['mkdir', 'rm', 'cp', 'mv', 'touch', 'chmod', 'chown', 'ln', 'tee', 'pwd', 'id', 'whoami', 'uname', 'date', 'dirname', 'basename', 'find', 'xargs', 'mktemp', 'stat'];

/** BusyBox applets the game simulates (alpine and busybox images). */
export const BUSYBOX_TOOLS = [
	'sh', 'ash', 'cat', 'ls', 'echo', 'grep', 'awk', 'head', 'tail', 'wc', 'cut', 'sort', 'uniq', 'tr', 'sed',
	'wget', 'ping', 'nslookup', 'ip', 'hostname', 'nc', 'sleep', 'ifconfig', 'route', 'arp', 'traceroute', 'brctl', 'netstat', 'env', 'ps', 'true', 'false', 'printf', 'test', '[', 'sysctl',
	...FILE_TOOLS, 'adduser', 'addgroup', 'vi',
];

/** A Debian base image has coreutils, grep, sed, gawk-less mawk and hostname, but no network tools. */
export const DEBIAN_BASE_TOOLS = [
	'sh', 'bash', 'cat', 'ls', 'echo', 'grep', 'awk', 'head', 'tail', 'wc', 'cut', 'sort', 'uniq', 'tr', 'sed',
	'hostname', 'sleep', 'env', 'true', 'false', 'printf', 'test', '[', 'getent',
	...FILE_TOOLS, 'useradd', 'groupadd', 'adduser', 'addgroup', 'apt-get', 'apt', 'dpkg',
];

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

export const HTTPD_WORKS = '<html><body><h1>It works!</h1></body></html>\n';

type Spec = Omit<Image, 'id' | 'created' | 'name' | 'env' | 'workingDir' | 'flavour'> &
	Partial<Pick<Image, 'env' | 'workingDir' | 'flavour'>>;

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const specs: Record<string, Spec> = {
	// Alpine's base has musl-utils' getent besides BusyBox.
	'alpine:latest': {entrypoint: null, cmd: ['/bin/sh'], exposedPorts: [], tools: [...BUSYBOX_TOOLS, 'getent'], size: '7.8MB', flavour: 'busybox', libc: 'musl'},
	'busybox:latest': {entrypoint: null, cmd: ['sh'], exposedPorts: [], tools: BUSYBOX_TOOLS, size: '4.27MB', flavour: 'busybox', env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']},
	'ubuntu:latest': {entrypoint: null, cmd: ['/bin/bash'], exposedPorts: [], tools: DEBIAN_BASE_TOOLS, size: '78.1MB'},
	'nginx:latest': {
		entrypoint: ['/docker-entrypoint.sh'],
		cmd: ['nginx', '-g', 'daemon off;'],
		exposedPorts: ['80/tcp'],
		tools: [...DEBIAN_BASE_TOOLS, 'curl', 'nginx'],
		response: NGINX_WELCOME,
		size: '192MB',
		env: [PATH_ENV, 'NGINX_VERSION=1.27.3'],
	},
	'httpd:latest': {entrypoint: null, cmd: ['httpd-foreground'], exposedPorts: ['80/tcp'], tools: [...DEBIAN_BASE_TOOLS, 'httpd'], response: HTTPD_WORKS, size: '148MB', workingDir: '/usr/local/apache2'},
	'redis:latest': {entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], exposedPorts: ['6379/tcp'], tools: [...DEBIAN_BASE_TOOLS, 'redis-cli', 'redis-server'], size: '117MB', workingDir: '/data'},
	'postgres:latest': {entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], exposedPorts: ['5432/tcp'], tools: [...DEBIAN_BASE_TOOLS, 'psql', 'postgres'], size: '438MB'},
	'mysql:latest': {entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], exposedPorts: ['3306/tcp', '33060/tcp'], tools: ['sh', 'bash', 'cat', 'ls', 'echo', 'grep', 'mysql', 'mysqld', 'hostname', 'sleep'], size: '797MB'},
	'node:latest': {entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], exposedPorts: [], tools: [...DEBIAN_BASE_TOOLS, 'node', 'npm', 'curl', 'wget'], size: '1.12GB'},
	'python:latest': {entrypoint: null, cmd: ['python3'], exposedPorts: [], tools: [...DEBIAN_BASE_TOOLS, 'python', 'python3', 'pip', 'curl', 'wget'], size: '1.02GB'},
};

/** Tags people type that resolve to the same catalog entry. */
const aliases: Record<string, string> = {
	'python:3.9': 'python:latest',
	'python:3.11': 'python:latest',
	'python:3.12': 'python:latest',
	'python:3.9-slim': 'python:latest',
	'python:3.12-slim': 'python:latest',
	'node:18': 'node:latest',
	'node:20': 'node:latest',
	'node:22': 'node:latest',
	'node:20-alpine': 'node:latest',
	'nginx:alpine': 'nginx:latest',
	'nginx:stable': 'nginx:latest',
	'alpine:3.19': 'alpine:latest',
	'alpine:3.20': 'alpine:latest',
	'ubuntu:22.04': 'ubuntu:latest',
	'ubuntu:24.04': 'ubuntu:latest',
	'postgres:16': 'postgres:latest',
	'postgres:15': 'postgres:latest',
	'redis:7': 'redis:latest',
	'redis:alpine': 'redis:latest',
	'mysql:8': 'mysql:latest',
	'httpd:2.4': 'httpd:latest',
};

/** Extra tags of catalog images: listed by `docker images` only when a container uses them (not "pulled"). */
export const CATALOG_ALIASES: ReadonlySet<string> = new Set(Object.keys(aliases));

/** The same clock instant for every built-in image, so `docker images` is stable. */
const CATALOG_CREATED = Date.UTC(2026, 9, 1, 12, 0, 0);

export function makeImage(name: string, spec: Spec, created = CATALOG_CREATED): Image {
	return {
		name,
		id: digest64(`image:${name}`),
		created,
		env: spec.env ?? [PATH_ENV],
		workingDir: spec.workingDir ?? '',
		flavour: spec.flavour ?? 'debian',
		...spec,
	};
}

/** Pull order of the catalog, oldest first: `docker images` lists newest first, as after pulling in this order. */
const PULL_ORDER = ['mysql:latest', 'alpine:latest', 'busybox:latest', 'redis:latest', 'python:latest', 'nginx:latest', 'postgres:latest', 'httpd:latest', 'ubuntu:latest', 'node:latest'];

export function builtinImages(): Record<string, Image> {
	const out: Record<string, Image> = {};
	for (const [name, spec] of Object.entries(specs)) out[name] = makeImage(name, spec, CATALOG_CREATED + Math.max(0, PULL_ORDER.indexOf(name)) * 3_600_000);
	for (const [alias, target] of Object.entries(aliases)) {
		const base = out[target];
		out[alias] = {...base, name: alias};
	}
	return out;
}

/** `nginx` → `nginx:latest`; `library/nginx` and `docker.io/library/nginx` too. */
export function normalizeImageRef(ref: string): string {
	let r = ref.replace(/^docker\.io\//, '').replace(/^library\//, '');
	const slash = r.lastIndexOf('/');
	if (r.indexOf(':', slash + 1) === -1 && !r.includes('@')) r += ':latest';
	return r;
}

/** How `docker images` names an image no tag points to any more. */
export const DANGLING = '<none>:<none>';

/** The key a dangling image is kept under in World.images (no tag names it). */
export function danglingKey(id: string): string {
	return `<none>@sha256:${id}`;
}

/**
 * Points a tag at an image, as `docker build -t` does. The image the tag named before keeps its id:
 * when no other tag names it, it stays as `<none>` (what `docker images` shows after a rebuild), and
 * containers made from it go on running it, not the new one.
 */
export function tagImage(images: Readonly<Record<string, Image>>, tag: string, image: Image): {images: Record<string, Image>; moved?: {from: string; to: string}} {
	const next: Record<string, Image> = {...images, [tag]: image};
	delete next[danglingKey(image.id)];
	const old = Object.hasOwn(images, tag) ? images[tag] : undefined;
	if (!old || old.id === image.id) return {images: next};
	const other = Object.keys(next).find((k) => k !== tag && next[k].id === old.id);
	if (other) return {images: next, moved: {from: tag, to: other}};
	const key = danglingKey(old.id);
	next[key] = {...old, name: DANGLING};
	return {images: next, moved: {from: tag, to: key}};
}
