import path from 'node:path';
import envPaths from 'env-paths';

export interface ProgressLocationOptions {
	/** Use this folder instead of NETDOJO_HOME or the config folder (tests, `--home`). */
	home?: string;
	/** Environment to read NETDOJO_HOME from; defaults to process.env. */
	env?: NodeJS.ProcessEnv;
}

export const progressFileName = 'progress.json';

/** The folder progress lives in: NETDOJO_HOME if set, else the OS config folder (XDG on Linux). */
export function progressDir({home, env = process.env}: ProgressLocationOptions = {}): string {
	if (home !== undefined && home !== '') {
		return path.resolve(home);
	}

	const override = env['NETDOJO_HOME'];
	if (override !== undefined && override !== '') {
		return path.resolve(override);
	}

	// No '-nodejs' suffix: the folder is ~/.config/netdojo, the name people will look for.
	return envPaths('netdojo', {suffix: ''}).config;
}

export function progressPath(options: ProgressLocationOptions = {}): string {
	return path.join(progressDir(options), progressFileName);
}
