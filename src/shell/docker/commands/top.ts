// `docker top CONTAINER [ps OPTIONS]` (CLI 28 container/top.go): the daemon runs ps on the host
// for the container's processes and the CLI lays the table out with tabwriter(20, 1, 3).
import {EngineError, getHost, requireContainer, type Container} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {tabwriterFormat} from '../../format/tabwriter.js';
import {hostOf} from '../views/container-common.js';
import {containerProcesses, type ContainerProcess} from '../views/container-processes.js';

interface Row {
	readonly p: ContainerProcess;
	readonly pid: number;
	readonly ppid: number;
	readonly stime: string;
}

/** ps -o fields the simulation can fill, with ps's own column titles. */
const FIELDS: Readonly<Record<string, [string, (r: Row) => string]>> = {
	pid: ['PID', (r) => String(r.pid)],
	ppid: ['PPID', (r) => String(r.ppid)],
	user: ['USER', () => 'root'],
	uid: ['UID', () => '0'],
	comm: ['COMMAND', (r) => r.p.comm],
	args: ['COMMAND', (r) => r.p.args],
	cmd: ['CMD', (r) => r.p.args],
	command: ['COMMAND', (r) => r.p.args],
	stat: ['STAT', (r) => (r.p.index === 0 ? 'Ss' : 'S')],
	time: ['TIME', () => '00:00:00'],
	tty: ['TT', () => '?'],
	rss: ['RSS', (r) => String(r.p.rssKiB)],
};

const DEFAULT: [string, (r: Row) => string][] = [
	['UID', () => 'root'], ['PID', (r) => String(r.pid)], ['PPID', (r) => String(r.ppid)], ['C', () => '0'], ['STIME', (r) => r.stime],
	['TTY', () => '?'], ['TIME', () => '00:00:00'], ['CMD', (r) => r.p.args],
];

const AUX: [string, (r: Row) => string][] = [
	['USER', () => 'root'], ['PID', (r) => String(r.pid)], ['%CPU', () => '0.0'], ['%MEM', () => '0.0'], ['VSZ', (r) => String(r.p.rssKiB * 3 + 1_600)],
	['RSS', (r) => String(r.p.rssKiB)], ['TTY', () => '?'], ['STAT', (r) => (r.p.index === 0 ? 'Ss' : 'S')], ['START', (r) => r.stime], ['TIME', () => '0:00'],
	['COMMAND', (r) => r.p.args],
];

const hhmm = (ms: number): string => new Date(ms).toISOString().slice(11, 16);

function rowsOf(c: Container): Row[] {
	// Host PIDs: the main process's, its children after it; the parent of PID 1 is containerd's shim.
	return containerProcesses(c).map((p) => ({p, pid: c.pid + p.index * 30, ppid: p.index === 0 ? c.pid - 21 : c.pid, stime: hhmm(c.startedAt)}));
}

/** The columns for the ps options given; undefined when the simulation cannot honour them. */
function columnsFor(options: string[]): [string, (r: Row) => string][] | undefined {
	if (options.length === 0 || (options.length === 1 && ['-ef', '-f', '-e', 'ef'].includes(options[0]))) return DEFAULT;
	if (options.length === 1 && ['aux', '-aux', 'au', 'ax'].includes(options[0])) return AUX;
	if (options.length === 2 && options[0] === '-o') {
		const names = options[1].split(',');
		if (names.every((n) => Object.hasOwn(FIELDS, n))) return names.map((n) => FIELDS[n]);
	}
	return undefined;
}

export const topCommand: DockerCommand = {
	spec: {
		path: 'docker top',
		usage: 'docker top CONTAINER [ps OPTIONS]',
		description: 'Display the running processes of a container',
		flags: [],
		stopAtFirstArg: true,
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		const [ref, ...options] = parsed.args;
		let c: Container;
		try {
			c = requireContainer(getHost(ctx.world, hostOf(ctx)), ref);
			if (c.status !== 'running') throw new EngineError(`container ${c.id} is not running`, 'conflict');
		} catch (e) {
			return cliError(e);
		}
		let columns = columnsFor(options);
		const note = columns ? '' : `netdojo: docker top with the ps options "${options.join(' ')}" is not simulated; showing the default columns\n`;
		columns ??= DEFAULT;
		const rows = rowsOf(c);
		const text = [columns.map(([title]) => title).join('\t'), ...rows.map((r) => columns.map(([, cell]) => cell(r)).join('\t'))].join('\n');
		return {stdout: tabwriterFormat(`${text}\n`, 20, 3), stderr: note, exitCode: 0};
	},
};
