// `--help` output laid out as cobra and the docker CLI lay it out.
import type {DockerCommand, DockerGroup} from './command.js';
import type {CommandSpec, FlagSpec} from './flags.js';

function flagLeft(f: FlagSpec): string {
	const short = f.short ? `-${f.short}, ` : '    ';
	const value = f.type === 'bool' ? '' : ` ${f.valueName ?? f.type}`;
	return `  ${short}--${f.long}${value}`;
}

export function formatHelp(spec: CommandSpec): string {
	const lines = [``, `Usage:  ${spec.usage}`, ``, spec.description, ``];
	if (spec.aliases && spec.aliases.length > 0) {
		lines.push('Aliases:', `  ${[spec.path, ...spec.aliases.map((a) => spec.path.replace(/\S+$/, a))].join(', ')}`, '');
	}
	const visible = spec.flags.filter((f) => !f.hidden);
	if (visible.length > 0) {
		lines.push('Options:');
		const width = Math.max(...visible.map((f) => flagLeft(f).length)) + 3;
		for (const f of visible) {
			const desc = `${f.description ?? ''}${f.defaultText ? ` (default ${f.defaultText})` : ''}`;
			lines.push(`${flagLeft(f).padEnd(width)}${desc}`.trimEnd());
		}
	}
	return `${lines.join('\n')}\n`;
}

export function groupHelp(group: DockerGroup): string {
	const names = group.commands.map((c) => c.spec.path.split(' ').pop()!);
	const width = Math.max(...names.map((n) => n.length)) + 3;
	const lines = ['', `Usage:  ${group.usage}`, '', group.description, '', 'Commands:'];
	group.commands.forEach((c, i) => lines.push(`  ${names[i].padEnd(width)}${c.spec.description}`));
	lines.push('', `Run '${group.path} COMMAND --help' for more information on a command.`);
	return `${lines.join('\n')}\n`;
}

export function rootHelp(commands: DockerCommand[], groups: DockerGroup[]): string {
	const lines = ['', 'Usage:  docker [OPTIONS] COMMAND', '', 'A self-sufficient runtime for containers', '', 'Common Commands:'];
	const rows = commands.map((c) => [c.spec.path.replace('docker ', ''), c.spec.description] as const);
	const groupRows = groups.map((g) => [g.path.replace('docker ', ''), g.description] as const);
	const width = Math.max(...[...rows, ...groupRows].map((r) => r[0].length)) + 3;
	for (const [name, desc] of rows) lines.push(`  ${name.padEnd(width)}${desc}`);
	lines.push('', 'Management Commands:');
	for (const [name, desc] of groupRows) lines.push(`  ${name.padEnd(width)}${desc}`);
	lines.push('', "Run 'docker COMMAND --help' for more information on a command.");
	return `${lines.join('\n')}\n`;
}
