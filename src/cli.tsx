// netdojo's entry: argument parsing and the modes. Heavy modules (Ink, the engine, level packs)
// are imported only by the mode that needs them, so `--help` and the first frame stay fast.
// Exit codes, in every mode: 0 ok, 1 not solved or invalid, 2 bad usage or unreadable input.
import {parseArgs} from './cli/args.js';
import {UsageError} from './cli/usage-error.js';
import {endForHangup} from './cli/terminal-gone.js';

// `netdojo levels | head -1`: the reader has gone, so there is nobody left to tell; end quietly
// instead of with an unhandled EPIPE trace. EIO: the terminal itself has closed (terminal-gone.ts).
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		if (error.code === 'EIO' || error.code === 'ENXIO') endForHangup();
		throw error;
	});
}

const main = async (): Promise<number> => {
	const parsed = parseArgs(process.argv.slice(2));
	if (!parsed.ok) {
		process.stderr.write(`netdojo: ${parsed.error}; see 'netdojo --help'\n`);
		return 2;
	}
	const {mode} = parsed.options;
	switch (mode) {
		case 'help':
			process.stdout.write((await import('./cli/usage.js')).usage(parsed.options.helpFor));
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
		// Bad usage found late (a --levels folder that is not there) is exit 2, like any other.
		if (error instanceof UsageError) {
			process.stderr.write(`netdojo: ${error.message}\n`);
			process.exitCode = 2;
			return;
		}
		process.stderr.write(`netdojo: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	},
);
