// mkdir [-p] [-v], rmdir, rm [-r|-R] [-f] [-d], touch: GNU coreutils' behaviour and wording.
import {vfs} from '../../../engine/index.js';
import type {CommandResult} from '../../types.js';
import type {MachineFs} from '../machine-fs.js';
import {isParsed, missing, parseFlags, Report} from './options.js';

export function mkdirFs(args: string[], fs: MachineFs): CommandResult {
	const p = parseFlags('mkdir', args, 'pv', {'--parents': 'p', '--verbose': 'v'});
	if (!isParsed(p)) return p;
	if (p.operands.length === 0) return missing('mkdir');
	const out = new Report();
	let root = fs.root;
	const o = {now: fs.now, cred: fs.cred};
	for (const dir of p.operands) {
		if (p.flags.has('p')) {
			const r = vfs.mkdirParents(root, fs.cwd, dir, o);
			if (r.ok) root = r.value;
			else out.error(`mkdir: cannot create directory '${r.at}': ${vfs.strerror(r.errno)}`);
			continue;
		}
		const r = vfs.mkdir(root, fs.abs(dir), o);
		if (!r.ok) {
			out.error(`mkdir: cannot create directory '${dir}': ${vfs.strerror(r.errno)}`);
			continue;
		}
		root = r.value;
		if (p.flags.has('v')) out.stdout += `mkdir: created directory '${dir}'\n`;
	}
	fs.save(root);
	return out.result();
}

export function rmdirFs(args: string[], fs: MachineFs): CommandResult {
	const p = parseFlags('rmdir', args, 'pv', {'--parents': 'p', '--verbose': 'v', '--ignore-fail-on-non-empty': 'i'});
	if (!isParsed(p)) return p;
	if (p.operands.length === 0) return missing('rmdir');
	const out = new Report();
	let root = fs.root;
	for (const dir of p.operands) {
		const r = vfs.rmdir(root, fs.abs(dir), {now: fs.now, cred: fs.cred});
		if (r.ok) root = r.value;
		else if (!(r.errno === 'ENOTEMPTY' && p.flags.has('i'))) out.error(`rmdir: failed to remove '${dir}': ${vfs.strerror(r.errno)}`);
	}
	fs.save(root);
	return out.result();
}

/** `.`, `..` or something ending in them: rm refuses to remove those. */
const isDotDir = (path: string): boolean => /(^|\/)\.\.?\/*$/.test(path);

export function rmFs(args: string[], fs: MachineFs): CommandResult {
	const p = parseFlags('rm', args, 'rRfdiIv', {'--recursive': 'r', '--force': 'f', '--dir': 'd', '--verbose': 'v', '--no-preserve-root': 'N', '--preserve-root': 'P'});
	if (!isParsed(p)) return p;
	const force = p.flags.has('f');
	const recursive = p.flags.has('r') || p.flags.has('R');
	if (p.operands.length === 0) return force ? {stdout: '', stderr: '', exitCode: 0} : missing('rm');
	const out = new Report();
	let root = fs.root;
	for (const target of p.operands) {
		if (recursive && isDotDir(target)) {
			out.error(`rm: refusing to remove '.' or '..' directory: skipping '${target}'`);
			continue;
		}
		const abs = fs.abs(target);
		if (recursive && vfs.normalize(abs) === '/' && !p.flags.has('N')) {
			out.error("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe");
			continue;
		}
		const node = vfs.lookup(root, abs, fs.cred);
		if (!node.ok) {
			if (!(force && node.errno === 'ENOENT')) out.error(`rm: cannot remove '${target}': ${vfs.strerror(node.errno)}`);
			continue;
		}
		const o = {now: fs.now, cred: fs.cred};
		const r = node.value.kind === 'dir' && !recursive && p.flags.has('d') ? vfs.rmdir(root, abs, o) : vfs.remove(root, abs, {...o, recursive});
		if (!r.ok) {
			out.error(`rm: cannot remove '${target}': ${vfs.strerror(r.errno)}`);
			continue;
		}
		root = r.value;
		if (p.flags.has('v')) out.stdout += node.value.kind === 'dir' ? `removed directory '${target}'\n` : `removed '${target}'\n`;
	}
	fs.save(root);
	return out.result();
}

export function touchFs(args: string[], fs: MachineFs): CommandResult {
	const p = parseFlags('touch', args, 'acm', {'--no-create': 'c'});
	if (!isParsed(p)) return p;
	if (p.operands.length === 0) return missing('touch', 'file operand');
	const out = new Report();
	let root = fs.root;
	for (const file of p.operands) {
		const abs = fs.abs(file);
		if (p.flags.has('c') && !vfs.lookup(root, abs, fs.cred).ok) continue;
		const r = vfs.touch(root, abs, {now: fs.now, cred: fs.cred});
		if (r.ok) root = r.value;
		// A name with a trailing slash is not created: touch reports failing to set its times.
		else if (/\/$/.test(file) || r.errno === 'EISDIR') out.error(`touch: setting times of '${file}': ${vfs.strerror(r.errno === 'EISDIR' ? 'ENOENT' : r.errno)}`);
		else out.error(`touch: cannot touch '${file}': ${vfs.strerror(r.errno)}`);
	}
	fs.save(root);
	return out.result();
}
