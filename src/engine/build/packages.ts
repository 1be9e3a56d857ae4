// What the package managers people use in a Dockerfile put in an image: the programs a package
// installs (apt-get's iputils-ping gives ping, apk's bind-tools gives nslookup, pip's flask gives flask).

/** Which package manager a base image has: alpine apk, Debian/Ubuntu apt-get, busybox none. */
export function packageManager(image: {flavour: 'busybox' | 'debian'; libc?: 'musl' | 'glibc'}): 'apk' | 'apt' | undefined {
	if (image.flavour === 'debian') return 'apt';
	return image.libc === 'musl' ? 'apk' : undefined;
}

const APT: Record<string, string[]> = {
	'iputils-ping': ['ping'],
	iproute2: ['ip', 'ss'],
	dnsutils: ['nslookup', 'dig', 'host'],
	'bind9-dnsutils': ['nslookup', 'dig', 'host'],
	'netcat-openbsd': ['nc'],
	'netcat-traditional': ['nc'],
	netcat: ['nc'],
	ncat: ['nc', 'ncat'],
	'net-tools': ['netstat', 'ifconfig', 'route'],
	procps: ['ps', 'top'],
	vim: ['vi', 'vim'],
	'vim-tiny': ['vi'],
	python3: ['python3'],
	'python-is-python3': ['python'],
	'python3-pip': ['pip', 'pip3'],
	nodejs: ['node'],
	'redis-tools': ['redis-cli'],
	'postgresql-client': ['psql'],
	'default-mysql-client': ['mysql'],
	'ca-certificates': [],
	'build-essential': ['gcc', 'make'],
};

const APK: Record<string, string[]> = {
	'bind-tools': ['nslookup', 'dig', 'host'],
	iproute2: ['ip', 'ss'],
	iputils: ['ping'],
	'netcat-openbsd': ['nc'],
	python3: ['python3', 'python'],
	'py3-pip': ['pip', 'pip3'],
	nodejs: ['node'],
	redis: ['redis-server', 'redis-cli'],
	'postgresql-client': ['psql'],
	'busybox-extras': ['telnet'],
	'ca-certificates': [],
	'build-base': ['gcc', 'make'],
};

/** Programs pip packages install on PATH (their console scripts). */
const PIP: Record<string, string[]> = {
	flask: ['flask'],
	uvicorn: ['uvicorn'],
	gunicorn: ['gunicorn'],
	fastapi: ['fastapi'],
	'fastapi[standard]': ['fastapi', 'uvicorn'],
	'uvicorn[standard]': ['uvicorn'],
	httpie: ['http'],
	django: ['django-admin'],
	celery: ['celery'],
};

/** The programs a system package installs; a package not listed installs a program of its own name. */
export function programsOf(manager: 'apk' | 'apt', pkg: string): string[] {
	const name = pkg.replace(/[=<>].*$/, '');
	const table = manager === 'apk' ? APK : APT;
	return Object.hasOwn(table, name) ? table[name] : [name];
}

/** The programs a pip package puts on PATH (most put none). */
export function pipPrograms(pkg: string): string[] {
	const name = pkg.toLowerCase().replace(/(?:==|>=|<=|~=|<|>).*$/, '');
	return Object.hasOwn(PIP, name) ? PIP[name] : [];
}

/** A made-up but stable version for a package pip or npm reports installing. */
export function versionOf(pkg: string): string {
	const pinned = /(?:==|@)(\d[\w.]*)$/.exec(pkg);
	if (pinned) return pinned[1];
	let h = 0;
	for (const ch of pkg) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	return `${1 + (h % 4)}.${(h >>> 3) % 10}.${(h >>> 7) % 5}`;
}
