// The modes that need a terminal: the level map, play, sandbox, speedrun.
import type {Options} from './args.js';

export async function interactiveMode(options: Options): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		process.stderr.write(
			'netdojo needs an interactive terminal to play. Run it in a terminal, or use the headless modes:\n' +
				'  netdojo script FILE     run commands and print what they print\n' +
				'  netdojo check LEVEL --solution FILE\n',
		);
		return 2;
	}
	process.stderr.write(`netdojo: mode ${options.mode} is coming\n`);
	return 2;
}
