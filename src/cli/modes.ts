import type {Options} from './args.js';

export async function runMode(options: Options): Promise<number> {
	process.stderr.write(`netdojo: mode ${options.mode} is not available yet\n`);
	return 2;
}
