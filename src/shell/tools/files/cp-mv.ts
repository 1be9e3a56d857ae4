// cp [-r|-R|-a] and mv: the last operand is a target directory when it is one (each source goes
// inside it under its own name), otherwise the single source's new name. GNU's wording throughout.
import {vfs, type DirNode, type FsNode} from '../../../engine/index.js';
import type {CommandResult} from '../../types.js';
import type {MachineFs} from '../machine-fs.js';
import {isParsed, missing, parseFlags, Report} from './options.js';

type Tool = 'cp' | 'mv';

/** Each (source, destination) pair, or the error that stops the whole command. */
function plan(tool: Tool, operands: string[], root: DirNode, fs: MachineFs): [string, string][] | CommandResult {
	if (operands.length === 0) return missing(tool, 'file operand');
	if (operands.length === 1) return missing(tool, `destination file operand after '${operands[0]}'`);
	const target = operands[operands.length - 1];
	const sources = operands.slice(0, -1);
	const t = vfs.lookup(root, fs.abs(target), fs.cred);
	if (t.ok && t.value.kind === 'dir') {
		return sources.map((s) => [s, `${target.replace(/\/+$/, '')}/${vfs.baseName(s)}`]);
	}
	if (sources.length > 1) {
		const why = t.ok ? 'Not a directory' : vfs.strerror(t.errno);
		return {stdout: '', stderr: `${tool}: target '${target}': ${why}\n`, exitCode: 1};
	}
	return [[sources[0], target]];
}

function describeKind(node: FsNode): string {
	return node.kind === 'dir' ? 'directory' : 'regular file';
}

export function cpFs(args: string[], fs: MachineFs): CommandResult {
	const p = parseFlags('cp', args, 'rRafpvnuTPLdH', {'--recursive': 'r', '--archive': 'a', '--force': 'f', '--verbose': 'v', '--no-clobber': 'n'});
	if (!isParsed(p)) return p;
	const recursive = p.flags.has('r') || p.flags.has('R') || p.flags.has('a');
	let root = fs.root;
	const pairs = plan('cp', p.operands, root, fs);
	if (!Array.isArray(pairs)) return pairs;
	const out = new Report();
	for (const [src, dst] of pairs) {
		const s = vfs.lookup(root, fs.abs(src), fs.cred);
		if (!s.ok) {
			out.error(`cp: cannot stat '${src}': ${vfs.strerror(s.errno)}`);
			continue;
		}
		if (s.value.kind === 'dir' && !recursive) {
			out.error(`cp: -r not specified; omitting directory '${src}'`);
			continue;
		}
		const d = vfs.lookup(root, fs.abs(dst), fs.cred);
		if (d.ok && d.value === s.value) {
			out.error(`cp: '${src}' and '${dst}' are the same file`);
			continue;
		}
		if (d.ok && d.value.kind === 'dir' && s.value.kind !== 'dir') {
			out.error(`cp: cannot overwrite directory '${dst}' with non-directory`);
			continue;
		}
		if (d.ok && d.value.kind !== 'dir' && s.value.kind === 'dir') {
			out.error(`cp: cannot overwrite non-directory '${dst}' with directory '${src}'`);
			continue;
		}
		if (d.ok && p.flags.has('n')) continue;
		const r = vfs.copy(root, fs.abs(src), fs.abs(dst), {now: fs.now, cred: fs.cred});
		if (!r.ok) {
			if (r.errno === 'EINVAL') out.error(`cp: cannot copy a directory, '${src}', into itself, '${dst}'`);
			else out.error(`cp: cannot create ${describeKind(s.value)} '${dst}': ${vfs.strerror(r.errno)}`);
			continue;
		}
		root = r.value;
		if (p.flags.has('v')) out.stdout += `'${src}' -> '${dst}'\n`;
	}
	fs.save(root);
	return out.result();
}

export function mvFs(args: string[], fs: MachineFs): CommandResult {
	const p = parseFlags('mv', args, 'fivnuT', {'--force': 'f', '--verbose': 'v', '--no-clobber': 'n'});
	if (!isParsed(p)) return p;
	let root = fs.root;
	const pairs = plan('mv', p.operands, root, fs);
	if (!Array.isArray(pairs)) return pairs;
	const out = new Report();
	for (const [src, dst] of pairs) {
		const s = vfs.lookup(root, fs.abs(src), fs.cred);
		if (!s.ok) {
			out.error(`mv: cannot stat '${src}': ${vfs.strerror(s.errno)}`);
			continue;
		}
		const d = vfs.lookup(root, fs.abs(dst), fs.cred);
		if (d.ok && d.value === s.value) {
			out.error(`mv: '${src}' and '${dst}' are the same file`);
			continue;
		}
		if (d.ok && d.value.kind === 'dir' && s.value.kind !== 'dir') {
			out.error(`mv: cannot overwrite directory '${dst}' with non-directory`);
			continue;
		}
		if (d.ok && d.value.kind !== 'dir' && s.value.kind === 'dir') {
			out.error(`mv: cannot overwrite non-directory '${dst}' with directory '${src}'`);
			continue;
		}
		if (d.ok && p.flags.has('n')) continue;
		const r = vfs.rename(root, fs.abs(src), fs.abs(dst), {now: fs.now, cred: fs.cred});
		if (!r.ok) {
			if (r.errno === 'EINVAL') out.error(`mv: cannot move '${src}' to a subdirectory of itself, '${dst}'`);
			else out.error(`mv: cannot move '${src}' to '${dst}': ${vfs.strerror(r.errno)}`);
			continue;
		}
		root = r.value;
		if (p.flags.has('v')) out.stdout += `renamed '${src}' -> '${dst}'\n`;
	}
	fs.save(root);
	return out.result();
}
