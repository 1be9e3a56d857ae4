// netdojo's entry: argument parsing and the modes. Heavy modules (Ink, the engine, level packs)
// are imported only by the mode that needs them, so `--help` and the first frame stay fast.
import {parseArgs} from './cli/args.js';

const main = async (): Promise<number> => {
	const parsed = parseArgs(process.argv.slice(2));
	if (!parsed.ok) {
		process.stderr.write(`netdojo: ${parsed.error}\nRun 'netdojo --help' for usage.\n`);
		return 2;
	}
	const {mode} = parsed.options;
	switch (mode) {
		case 'help':
			process.stdout.write((await import('./cli/usage.js')).usage());
			return 0;
		case 'version':
			process.stdout.write(`${(await import('./cli/version.js')).VERSION}\n`);
			return 0;
		case 'script':
			return (await import('./cli/script-mode.js')).scriptMode(parsed.options);
		default:
			return (await import('./cli/modes.js')).runMode(parsed.options);
	}
};

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`netdojo: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	},
);
