// `docker compose ... --help` laid out as the docker CLI's plugin template and pflag's
// FlagUsagesWrapped(79) lay it out (Compose 2.26; test/compose/help-2.26.txt is the recording).
import type {FlagSpec} from '../../flags.js';
import type {ComposeSpec} from './spec.js';

/** pflag's wrapN: the first up-to-i characters of s, broken at a space (or a newline in the text). */
function wrapN(i: number, slop: number, s: string): [string, string] {
	if (i + slop > s.length) return [s, ''];
	const head = s.slice(0, i);
	const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
	if (w <= 0) return [s, ''];
	const nl = head.lastIndexOf('\n');
	if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
	return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap: s for a column starting at i in a width w; lines after the first indented by i. */
function wrap(i: number, w: number, s: string): string {
	const pad = ' '.repeat(i);
	let width = w - i;
	if (width < 24) return s.replace(/\n/g, `\n${pad}`);
	const slop = 5;
	width -= slop;
	let [line, rest] = wrapN(width, slop, s);
	let out = line.replace(/\n/g, `\n${pad}`);
	while (rest !== '') {
		[line, rest] = wrapN(width, slop, rest);
		out += `\n${pad}${line.replace(/\n/g, `\n${pad}`)}`;
	}
	return out;
}

/** pflag's UnquoteUsage: a `word` in the usage is the value's name; otherwise the type's. */
function unquote(f: FlagSpec): [string, string] {
	const usage = f.description ?? '';
	const m = /`([^`]*)`/.exec(usage);
	if (m) return [m[1], usage.replace(/`([^`]*)`/, '$1')];
	return [f.type === 'bool' ? '' : (f.valueName ?? f.type), usage];
}

/** The Options block: flags sorted by name, hidden ones left out. */
export function flagUsages(flags: readonly FlagSpec[]): string {
	const rows = [...flags].filter((f) => !f.hidden).sort((a, b) => (a.long < b.long ? -1 : 1)).map((f) => {
		const [name, usage] = unquote(f);
		const left = `${f.short ? `  -${f.short}, --${f.long}` : `      --${f.long}`}${name ? ` ${name}` : ''}`;
		return [left, `${usage}${f.defaultText !== undefined ? ` (default ${f.defaultText})` : ''}`] as const;
	});
	const maxlen = Math.max(0, ...rows.map(([left]) => left.length + 1));
	return rows.map(([left, usage]) => `${left} ${' '.repeat(maxlen - left.length)} ${wrap(maxlen + 2, 79, usage)}\n`).join('');
}

export function composeHelp(spec: ComposeSpec): string {
	let out = `\nUsage:  ${spec.usage}\n\n${spec.long ?? spec.description}\n\n`;
	if (spec.aliases && spec.aliases.length > 0) out += `Aliases:\n  ${[spec.path, ...spec.aliases.map((a) => `docker compose ${a}`)].join(', ')}\n\n`;
	const options = flagUsages(spec.flags);
	if (options !== '') out += `Options:\n${options}`;
	return out;
}

/** `docker compose --help`: the global options and every subcommand's short line. */
export function composeRootHelp(root: ComposeSpec, commands: readonly ComposeSpec[]): string {
	const names = [...commands].sort((a, b) => (a.path < b.path ? -1 : 1));
	const list = names.map((c) => `  ${c.path.replace('docker compose ', '').padEnd(11)} ${c.description}\n`).join('');
	return `${composeHelp(root)}\nCommands:\n${list}\nRun 'docker compose COMMAND --help' for more information on a command.\n`;
}
