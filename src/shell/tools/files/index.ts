// The coreutils that change files: they act on the file system of the machine they run on.
import type {Tool} from '../../context.js';
import {machineFs} from '../machine-fs.js';
import {cpFs, mvFs} from './cp-mv.js';
import {mkdirFs, rmdirFs, rmFs, touchFs} from './mkdir-rm.js';
import {teeFs} from './tee.js';

/** A container without its own file system (yet) has nowhere to write. */
const readOnly = (name: string): Tool => (argv, io, ctx) => {
	const fs = machineFs(ctx);
	if (fs) return run(name, argv.slice(1), fs);
	return {stdout: '', stderr: `${name}: Read-only file system\n`, exitCode: 1};
};

function run(name: string, args: string[], fs: NonNullable<ReturnType<typeof machineFs>>) {
	switch (name) {
		case 'mkdir':
			return mkdirFs(args, fs);
		case 'rmdir':
			return rmdirFs(args, fs);
		case 'rm':
			return rmFs(args, fs);
		case 'touch':
			return touchFs(args, fs);
		case 'cp':
			return cpFs(args, fs);
		default:
			return mvFs(args, fs);
	}
}

export const fileTools: Record<string, Tool> = {
	mkdir: readOnly('mkdir'),
	rmdir: readOnly('rmdir'),
	rm: readOnly('rm'),
	touch: readOnly('touch'),
	cp: readOnly('cp'),
	mv: readOnly('mv'),
	tee: (argv, io, ctx) => teeFs(argv.slice(1), io, machineFs(ctx)),
};
