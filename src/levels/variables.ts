// Seeded variants (issue 18 item 4): a level may mark names, subnets and ports as variables, so
// the students of one workshop, each with their own --seed, get different numbers for the same
// level. In the file:
//   variables:
//     net: {name: appnet}              # a network or container name
//     sub: {subnet: 10.20.0.0/24}      # an IPv4 /24 (or the default's prefix length)
//     port: {port: 8080}               # a TCP/UDP port
// and `{{net}}`, `{{sub}}`, `{{port}}` anywhere in a text, a setup or solution line, a goal. A
// value that is only `{{port}}` becomes a number (so `port: "{{port}}"` is a port). The file is
// checked with the defaults (seed 1 plays the defaults); any other seed draws its own values,
// the same ones on every machine, and the level is rebuilt from them.
import {nextUint32} from '../engine/random.js';

export type VariableKind = 'name' | 'subnet' | 'port';

export interface Variable {
	readonly kind: VariableKind;
	readonly default: string | number;
}

export type Variables = Readonly<Record<string, Variable>>;

const VAR_NAME = /^[a-z][a-z0-9_]*$/;
const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;
const WORDS = ['blue', 'green', 'amber', 'coral', 'olive', 'slate', 'ivory', 'teal', 'plum', 'sand', 'jade', 'rust'];
/** At most this many variables per level (each draws a value; a level needs a handful). */
export const MAX_VARIABLES = 20;
/** Random draws per variable before the walk that always ends. */
const RANDOM_TRIES = 64;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a `variables:` block; problems are `[key, message]` pairs for the loader to place. */
export function readVariables(value: unknown): {variables: Variables; problems: [string[], string][]} {
	const problems: [string[], string][] = [];
	const variables: Record<string, Variable> = {};
	if (!isRecord(value)) return {variables, problems: [[[], 'expected a map of variables, like {net: {name: appnet}}']]};
	const entries = Object.entries(value);
	if (entries.length > MAX_VARIABLES) problems.push([[], `at most ${MAX_VARIABLES} variables`]);
	for (const [name, spec] of entries.slice(0, MAX_VARIABLES)) {
		if (!VAR_NAME.test(name)) problems.push([[name], `"${name}" is not a variable name (lowercase letters, digits and "_", starting with a letter)`]);
		const keys = isRecord(spec) ? Object.keys(spec) : [];
		if (!isRecord(spec) || keys.length !== 1 || !['name', 'subnet', 'port'].includes(keys[0]!)) {
			problems.push([[name], 'expected one of {name: DEFAULT}, {subnet: DEFAULT}, {port: DEFAULT}']);
			continue;
		}
		const kind = keys[0] as VariableKind;
		const d = spec[kind];
		if (kind === 'name' && !(typeof d === 'string' && /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,40}$/.test(d))) problems.push([[name, kind], 'expected a default name (letters, digits, "_", ".", "-")']);
		else if (kind === 'subnet' && !(typeof d === 'string' && /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(16|2[0-4])$/.test(d))) problems.push([[name, kind], 'expected a default IPv4 subnet with a prefix from /16 to /24, like 10.20.0.0/24']);
		else if (kind === 'port' && !(Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 65535)) problems.push([[name, kind], 'expected a default port from 1 to 65535']);
		else variables[name] = {kind, default: d as string | number};
	}
	return {variables, problems};
}

/** One value per variable: the defaults for seed 1 (what validate checks), drawn for any other seed. */
export function drawValues(variables: Variables, seed: number): Record<string, string | number> {
	const values: Record<string, string | number> = {};
	let rng = (seed * 0x9e3779b1) | 0;
	const next = () => {
		const d = nextUint32(rng);
		rng = d.rng;
		return d.value;
	};
	const taken = new Set<string>();
	for (const [name, v] of Object.entries(variables)) {
		if (seed === 1) {
			values[name] = v.default;
			continue;
		}
		let value: string | number;
		// Random draws first; after RANDOM_TRIES a counter walks the space, so a pack whose names all
		// share one default (12 words for 20 variables) still ends: at most MAX_VARIABLES values are taken.
		let tries = 0;
		do {
			tries++;
			const pick = () => (tries <= RANDOM_TRIES ? next() : tries);
			if (v.kind === 'name') value = tries <= RANDOM_TRIES ? `${WORDS[pick() % WORDS.length]}-${v.default}` : `${WORDS[tries % WORDS.length]}-${v.default}-${tries}`;
			else if (v.kind === 'port') value = 1024 + (pick() % (49151 - 1024));
			else {
				// 10.X.Y.0/prefix: private, never docker0's 172.17/16 nor the pools Docker hands out by default.
				const prefix = Number(String(v.default).split('/')[1]);
				const x = 1 + (pick() % 250);
				const y = prefix >= 24 ? pick() % 256 : 0;
				value = `10.${x}.${y}.0/${prefix}`;
			}
		} while (taken.has(String(value)));
		taken.add(String(value));
		values[name] = value;
	}
	return values;
}

/** Placeholders in `data` that name no variable (a typo would otherwise stay in the level as text). */
export function unknownPlaceholders(data: unknown, variables: Variables): string[] {
	const out = new Set<string>();
	walk(data, (text) => {
		for (const m of text.matchAll(PLACEHOLDER)) if (!(m[1]! in variables)) out.add(m[1]!);
		return text;
	});
	return [...out];
}

function walk(data: unknown, onString: (text: string) => unknown, depth = 0): unknown {
	if (depth > 64) return data;
	if (typeof data === 'string') return onString(data);
	if (Array.isArray(data)) return data.map((d) => walk(d, onString, depth + 1));
	if (isRecord(data)) return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, walk(v, onString, depth + 1)]));
	return data;
}

/** `data` with every `{{name}}` replaced; a string that is one placeholder of a port becomes the number. */
export function substitute(data: unknown, values: Readonly<Record<string, string | number>>): unknown {
	return walk(data, (text) => {
		const whole = /^\{\{\s*([a-z][a-z0-9_]*)\s*\}\}$/.exec(text);
		if (whole && typeof values[whole[1]!] === 'number') return values[whole[1]!];
		return text.replace(PLACEHOLDER, (m, name: string) => (name in values ? String(values[name]) : m));
	});
}
