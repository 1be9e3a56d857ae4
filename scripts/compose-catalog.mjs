#!/usr/bin/env node
// Regenerates src/shell/docker/commands/compose/catalog.ts, every Compose 2.26 subcommand with its
// usage, descriptions and flags (type, shorthand, description, default), from the `--help` dump in
// test/compose/help-2.26.txt ("=== NAME" before each command's help; "=== " before the root's).
// The flag descriptions are un-wrapped the way pflag wrapped them (FlagUsagesWrapped at 79
// columns), keeping the newlines the text itself has; test/compose/help.test.ts checks that the
// specs print the same help again.
// Usage: node scripts/compose-catalog.mjs
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const text = fs.readFileSync(path.join(root, 'test/compose/help-2.26.txt'), 'utf8');
const LIST_TYPES = new Set(['stringArray', 'list', 'strings', 'stringToString']);

/** pflag's wrapN. */
function wrapN(i, slop, s) {
	if (i + slop > s.length) return [s, ''];
	const w = Math.max(s.lastIndexOf(' ', i - 1), s.lastIndexOf('\t', i - 1), s.lastIndexOf('\n', i - 1));
	if (w <= 0) return [s, ''];
	const nl = s.lastIndexOf('\n', i - 1);
	if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
	return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap: the lines of `s` (the first not indented) for indent i and width w. */
export function wrapLines(i, w, s) {
	let width = w - i;
	if (width < 24) return s.split('\n');
	const slop = 5;
	width -= slop;
	const out = [];
	let [l, rest] = wrapN(width, slop, s);
	out.push(...l.split('\n'));
	while (rest !== '') {
		[l, rest] = wrapN(width, slop, rest);
		out.push(...l.split('\n'));
	}
	return out;
}

function sections() {
	const out = new Map();
	const parts = text.split(/^=== ?/m).slice(1);
	for (const p of parts) {
		const nl = p.indexOf('\n');
		out.set(p.slice(0, nl).trim(), p.slice(nl + 1));
	}
	return out;
}

function parseFlags(lines, indentOf) {
	const flags = [];
	for (let k = 0; k < lines.length; k++) {
		const l = lines[k];
		const m = /^ {2}(?:-(\S), |    )--([\w-]+)(?: ([^ ].*?))?( {2,})(.*)$/.exec(l) ?? /^ {2}(?:-(\S), |    )--([\w-]+)(?: (\S+))?()()$/.exec(l);
		if (!m) throw new Error(`not a flag line: ${l}`);
		const [, short, long, value, , first] = m;
		const indent = l.length - first.length;
		const cont = [];
		while (k + 1 < lines.length && lines[k + 1].startsWith(' '.repeat(indent)) && !/^ {2}(-\S, |    )--/.test(lines[k + 1])) cont.push(lines[++k].slice(indent));
		indentOf.push(indent);
		flags.push({short, long, value, lines: [first, ...cont], indent});
	}
	return flags;
}

/** Joins a flag's help lines back into its usage: a space where pflag wrapped, a newline where the text had one. */
function unwrap(lines, indent) {
	let s = lines[0];
	for (let j = 1; j < lines.length; j++) {
		const withSpace = `${s} ${lines.slice(j).join('\n')}`;
		const got = wrapLines(indent, 79, withSpace);
		s = got.slice(0, j + 1).join('\n') === lines.slice(0, j + 1).join('\n') ? `${s} ${lines[j]}` : `${s}\n${lines[j]}`;
	}
	return s;
}

function entryOf(name, help, shorts) {
	const lines = help.split('\n');
	const ui = lines.findIndex((l) => l.startsWith('Usage:'));
	let ue = ui + 1;
	while (lines[ue] !== '') ue++;
	// A usage can take several lines (cp's two forms).
	const usage = lines.slice(ui, ue).join('\n').replace(/^Usage:\s+/, '');
	const sectionAt = (title) => lines.findIndex((l) => l === `${title}:`);
	const ends = ['Aliases', 'Options', 'Commands'].map(sectionAt).filter((i) => i !== -1);
	const descEnd = ends.length > 0 ? Math.min(...ends) : lines.length;
	const long = lines.slice(ue + 1, descEnd - 1).join('\n');
	const ai = sectionAt('Aliases');
	const aliases = ai === -1 ? [] : lines[ai + 1].trim().split(', ').slice(1).map((a) => a.split(' ').pop());
	const oi = sectionAt('Options');
	const flagLines = [];
	if (oi !== -1) for (let k = oi + 1; k < lines.length && lines[k] !== ''; k++) flagLines.push(lines[k]);
	const flags = parseFlags(flagLines, []).map((f) => {
		let description = unwrap(f.lines, f.indent);
		let defaultText;
		const d = / \(default (.+)\)$/.exec(description);
		if (d) {
			defaultText = d[1];
			description = description.slice(0, d.index);
		}
		let valueName = f.value;
		let type = valueName === undefined ? 'bool' : valueName === 'int' ? 'int' : LIST_TYPES.has(valueName) ? 'list' : 'string';
		// pflag's UnquoteUsage: a `word` in the usage names the value (exec -T's "docker compose exec").
		if (valueName !== undefined && description.includes(valueName) && !['string', 'int', 'stringArray', 'list', 'filter'].includes(valueName)) {
			description = description.replace(valueName, `\`${valueName}\``);
			if (/\s/.test(valueName)) type = 'bool';
			valueName = undefined;
		}
		return {long: f.long, ...(f.short ? {short: f.short} : {}), type, ...(valueName && valueName !== type ? {valueName} : {}), description, ...(defaultText ? {defaultText} : {})};
	});
	return {usage, short: shorts.get(name) ?? long, ...(long !== (shorts.get(name) ?? long) ? {long} : {}), ...(aliases.length ? {aliases} : {}), flags};
}

const all = sections();
const shorts = new Map();
for (const l of all.get('').split('\n')) {
	const m = /^ {2}([a-z]+) {2,}(.*)$/.exec(l);
	if (m) shorts.set(m[1], m[2]);
}
const q1 = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
// Long texts in pieces, so that no source line passes 300 characters.
const q = (s) => (s.length <= 160 ? q1(s) : (s.match(/[^]{1,160}/g) ?? []).map(q1).join(' +\n\t\t\t\t'));
const entries = [...all].map(([name, help]) => [name, entryOf(name, help, shorts)]);
const render = (list) => list.map(([name, e]) => {
	const flags = e.flags.map((f) => {
		const parts = [`long: ${q(f.long)}`, ...(f.short ? [`short: ${q(f.short)}`] : []), `type: ${q(f.type)}`, ...(f.valueName ? [`valueName: ${q(f.valueName)}`] : []), `description: ${q(f.description)}`, ...(f.defaultText ? [`defaultText: ${q(f.defaultText)}`] : [])];
		return `\t\t\t{${parts.join(', ')}},\n`;
	}).join('');
	return `\t${q(name)}: {\n\t\tusage: ${q(e.usage)},\n\t\tshort: ${q(e.short)},\n${e.long !== undefined ? `\t\tlong: ${q(e.long)},\n` : ''}${e.aliases ? `\t\taliases: [${e.aliases.map(q).join(', ')}],\n` : ''}\t\tflags: [\n${flags}\t\t],\n\t},\n`;
}).join('');
const half = Math.ceil(entries.length / 2);
const head = (what) => `// Generated by scripts/compose-catalog.mjs from Compose 2.26.1's --help (${what}): do not edit by hand.\nimport type {ComposeCatalogEntry} from './entry.js';\n\n`;
const outDir = path.join(root, 'src/shell/docker/commands/compose');
fs.mkdirSync(outDir, {recursive: true});
fs.writeFileSync(path.join(outDir, 'catalog-a.ts'), `${head('the root and the first half')}export const CATALOG_A: Record<string, ComposeCatalogEntry> = {\n${render(entries.slice(0, half))}};\n`);
fs.writeFileSync(path.join(outDir, 'catalog-b.ts'), `${head('the second half')}export const CATALOG_B: Record<string, ComposeCatalogEntry> = {\n${render(entries.slice(half))}};\n`);
console.log(`${entries.length} entries`);
