// Makes a transcript comparable across runs and engines: ids, random names and timings differ
// between a real daemon and the simulation (and between two real runs), everything else must not.

export interface Entry {
	command: string;
	stdout: string;
	stderr: string;
	exitCode: number;
}

/** Replaces each distinct 64-hex id (and its 12-char prefix) with ID1, ID2... in order of appearance. */
class IdMap {
	private readonly ids = new Map<string, string>();
	private readonly others = new Map<string, string>();
	name(full: string): string {
		let n = this.ids.get(full);
		if (!n) {
			n = `<ID${this.ids.size + 1}>`;
			this.ids.set(full, n);
		}
		return n;
	}
	short(prefix: string): string {
		for (const [full, n] of this.ids) if (full.startsWith(prefix)) return n;
		return this.other(prefix, 'HEX');
	}
	other(value: string, kind: string): string {
		const key = `${kind}:${value}`;
		let n = this.others.get(key);
		if (!n) {
			n = `<${kind}${[...this.others.keys()].filter((k) => k.startsWith(`${kind}:`)).length + 1}>`;
			this.others.set(key, n);
		}
		return n;
	}
}

const DURATION = '(?:Less than a second|About a minute|About an hour|\\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))';

export function normalizeText(text: string, ids: IdMap): string {
	let t = text;
	t = t.replace(/\b[0-9a-f]{64}\b/g, (m) => ids.name(m));
	// Ids seen first in full are the usual case; a bare 12-hex that matches one maps to it.
	t = t.replace(/\b[0-9a-f]{12}\b/g, (m) => ids.short(m));
	t = t.replace(/\b(br-)<ID\d+>/g, '$1<ID>');
	t = t.replace(/\bveth[0-9a-f]{7}\b/g, (m) => ids.other(m, 'VETH'));
	t = t.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g, '<TIME>');
	t = t.replace(new RegExp(`${DURATION} ago`, 'g'), '<AGO>');
	t = t.replace(new RegExp(`Up ${DURATION}`, 'g'), 'Up <DUR>');
	t = t.replace(/time=\d+(?:\.\d+)? ms/g, 'time=<T> ms');
	t = t.replace(/(round-trip|rtt) (min\/avg\/max(?:\/mdev)?) = [\d./]+ ms/g, '$1 $2 = <T> ms');
	t = t.replace(/, time \d+ms/g, ', time <T>ms');
	t = t.replace(/after \d+ ms/g, 'after <N> ms');
	t = t.replace(/\b(SWMTKN-1-)[0-9a-z]+-[0-9a-z]+/g, '$1<TOKEN>');
	// Docker's generated names (adjective_surname).
	t = t.replace(/\b[a-z]+_[a-z]+\b(?=\s*$|\n)/gm, (m) => (/^[a-z]+_[a-z]+$/.test(m) && !m.includes('__') ? ids.other(m, 'NAME') : m));
	return t;
}

export function normalizeTranscript(entries: readonly Entry[]): Entry[] {
	const ids = new IdMap();
	return entries.map((e) => ({
		command: e.command,
		stdout: normalizeText(e.stdout, ids),
		stderr: normalizeText(e.stderr, ids),
		exitCode: e.exitCode,
	}));
}
