// Routes every mode except script/help/version (which cli.tsx handles) to its module.
import type {Options} from './args.js';
import {UsageError} from './usage-error.js';

export async function runMode(options: Options): Promise<number> {
	try {
		return await route(options);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		process.stderr.write(`netdojo: ${error.message}\n`);
		return 2;
	}
}

async function route(options: Options): Promise<number> {
	switch (options.mode) {
		case 'check':
			return (await import('./check-mode.js')).checkMode(options);
		case 'grade':
			return (await import('./grade-mode.js')).gradeMode(options);
		case 'pack':
			return (await import('./pack-mode.js')).packMode(options);
		case 'validate':
			return (await import('./validate-mode.js')).validateMode(options);
		case 'verify-run':
			return (await import('./verify-run-mode.js')).verifyRunMode(options);
		case 'speedrun':
			return (await import('./speedrun-mode.js')).speedrunMode(options);
		case 'build-level':
			return (await import('./build-level-mode.js')).buildLevelMode(options);
		case 'levels':
			return (await import('./levels-mode.js')).levelsMode(options);
		default:
			return (await import('./interactive.js')).interactiveMode(options);
	}
}
