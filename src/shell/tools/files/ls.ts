// GNU ls on a machine with a file system: -a, -A, -l, -d, -1, names sorted as in the C locale,
// files named on the command line first, then each directory under a `NAME:` header.
import {vfs, type FsNode} from '../../../engine/index.js';
import type {CommandIO, CommandResult} from '../../types.js';
import {stdoutIsTty} from '../common.js';
import type {MachineFs} from '../machine-fs.js';
import {blocks, longRows} from './ls-format.js';

interface LsOptions {
	all: boolean;
	almostAll: boolean;
	long: boolean;
	directory: boolean;
	one: boolean;
}

const byName = (a: [string, FsNode], b: [string, FsNode]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function parse(args: string[]): {opts: LsOptions; operands: string[]} | {bad: string} {
	const opts: LsOptions = {all: false, almostAll: false, long: false, directory: false, one: false};
	const operands: string[] = [];
	let dashdash = false;
	for (const a of args) {
		if (dashdash || !a.startsWith('-') || a === '-') {
			operands.push(a);
			continue;
		}
		if (a === '--') {
			dashdash = true;
			continue;
		}
		if (a === '--all') opts.all = true;
		else if (a === '--almost-all') opts.almostAll = true;
		else if (a === '--directory') opts.directory = true;
		else if (a.startsWith('--')) continue;
		else {
			for (const c of a.slice(1)) {
				if (c === 'a') opts.all = true;
				else if (c === 'A') opts.almostAll = true;
				else if (c === 'l') opts.long = true;
				else if (c === 'd') opts.directory = true;
				else if (c === '1') opts.one = true;
				else if (!'hFGpSrtUXvN'.includes(c)) return {bad: c};
			}
		}
	}
	return {opts, operands};
}

function render(entries: [string, FsNode][], o: LsOptions, io: CommandIO, now: number, withTotal: boolean): string {
	if (o.long) {
		const total = withTotal ? `total ${entries.reduce((n, [, node]) => n + blocks(node), 0)}\n` : '';
		return total + longRows(entries, now).map((r) => `${r}\n`).join('');
	}
	if (entries.length === 0) return '';
	if (stdoutIsTty(io) && !o.one) return `${entries.map(([n]) => n).join('  ')}\n`;
	return entries.map(([n]) => `${n}\n`).join('');
}

export function lsFs(args: string[], io: CommandIO, fs: MachineFs): CommandResult {
	const parsed = parse(args);
	if ('bad' in parsed) return {stdout: '', stderr: `ls: invalid option -- '${parsed.bad}'\nTry 'ls --help' for more information.\n`, exitCode: 2};
	const {opts, operands} = parsed;
	const names = operands.length > 0 ? operands : ['.'];
	let stderr = '';
	let exitCode = 0;
	const files: [string, FsNode][] = [];
	const dirs: [string, FsNode][] = [];
	for (const name of names) {
		const r = vfs.lookup(fs.root, fs.abs(name), fs.cred);
		if (!r.ok) {
			// BusyBox ls (alpine) words it `ls: NAME: ...` and exits 1 (recorded: 32-container-files).
			stderr += fs.busybox ? `ls: ${name}: ${vfs.strerror(r.errno)}\n` : `ls: cannot access '${name}': ${vfs.strerror(r.errno)}\n`;
			exitCode = fs.busybox ? 1 : 2;
		} else if (r.value.kind === 'dir' && !opts.directory) dirs.push([name, r.value]);
		else files.push([name, r.value]);
	}
	const blocksOut: string[] = [];
	if (files.length > 0) blocksOut.push(render(files.sort(byName), opts, io, fs.now, false));
	const headers = names.length > 1 || exitCode !== 0;
	for (const [name, node] of dirs.sort(byName)) {
		const listed = vfs.listDir(fs.root, fs.abs(name), fs.cred);
		if (!listed.ok) {
			stderr += `ls: cannot open directory '${name}': ${vfs.strerror(listed.errno)}\n`;
			exitCode = 2;
			continue;
		}
		let entries = listed.value.filter(([n]) => opts.all || opts.almostAll || !n.startsWith('.')).sort(byName);
		if (opts.all) {
			const parent = vfs.lookup(fs.root, fs.abs(`${name}/..`), fs.cred);
			entries = [['.', node], ['..', parent.ok ? parent.value : node], ...entries];
		}
		blocksOut.push((headers ? `${name}:\n` : '') + render(entries, opts, io, fs.now, true));
	}
	return {stdout: blocksOut.join('\n'), stderr, exitCode};
}
