// What `help` and `help programs` say about the programs, read off the shell's program registry
// so the lists cannot drift from what runs.
import {PROGRAMS} from '../shell/programs.js';
import {msg, type Lang} from './messages.js';

/** The closing line of `help`: the host's tools by name, then the text filters. */
export function toolsLine(lang: Lang): string {
	const host = PROGRAMS.filter((p) => p.onHost);
	const tools = host.filter((p) => p.run.kind === 'tool' || p.run.kind === 'docker' || p.run.kind === 'login').map((p) => p.name);
	const filters = host.filter((p) => p.run.kind === 'filter').map((p) => p.name);
	return msg(lang, 'helpTools', {tools: tools.join(', '), filters: filters.join('/')});
}

/** `help programs`: every program with its one-line summary, host ones first. */
export function programsHelp(lang: Lang): string {
	const width = Math.max(...PROGRAMS.map((p) => p.name.length)) + 2;
	const line = (p: (typeof PROGRAMS)[number]) => `  ${p.name.padEnd(width)}${p.summary[lang]}`;
	const elsewhere = PROGRAMS.filter((p) => !p.onHost);
	return [msg(lang, 'helpProgramsHost'), ...PROGRAMS.filter((p) => p.onHost).map(line), '', msg(lang, 'helpProgramsContainer'), ...elsewhere.map(line)].join('\n');
}
