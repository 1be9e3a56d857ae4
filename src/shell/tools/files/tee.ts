// tee [-a] FILE...: copies its input to stdout and to each file.
import {vfs} from '../../../engine/index.js';
import type {CommandIO, CommandResult} from '../../types.js';
import type {MachineFs} from '../machine-fs.js';
import {isParsed, parseFlags, Report} from './options.js';

export function teeFs(args: string[], io: CommandIO, fs: MachineFs | undefined): CommandResult {
	const p = parseFlags('tee', args, 'aip', {'--append': 'a', '--ignore-interrupts': 'i'});
	if (!isParsed(p)) return p;
	const out = new Report();
	out.stdout = io.stdin;
	let root = fs?.root;
	for (const file of p.operands) {
		if (file === '/dev/null') continue;
		if (!fs || !root) {
			out.error(`tee: ${file}: Read-only file system`);
			continue;
		}
		const r = vfs.writeFile(root, fs.abs(file), io.stdin, {now: fs.now, cred: fs.cred, append: p.flags.has('a')});
		if (r.ok) root = r.value;
		else out.error(`tee: ${file}: ${vfs.strerror(r.errno)}`);
	}
	if (fs && root) fs.save(root);
	return out.result();
}
