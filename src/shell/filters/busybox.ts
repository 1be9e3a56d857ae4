import type {CommandResult} from '../types.js';

/** The banner every BusyBox applet prints under a usage error; one fixed build keeps output stable. */
export const BUSYBOX_BANNER = 'BusyBox v1.36.1 (2024-06-10 11:31:00 UTC) multi-call binary.';

/** A usage failure: the applet's own complaint, then the BusyBox banner and the usage line. */
export function usageError(applet: string, problem: string | undefined, usage: string, exitCode = 1): CommandResult {
	const lines = problem === undefined ? [] : [`${applet}: ${problem}`];
	lines.push(BUSYBOX_BANNER, '', `Usage: ${applet} ${usage}`);
	return {stdout: '', stderr: lines.join('\n') + '\n', exitCode};
}

/** A plain one-line error (`head: invalid number 'x'`). */
export function appletError(applet: string, message: string, exitCode = 1): CommandResult {
	return {stdout: '', stderr: `${applet}: ${message}\n`, exitCode};
}
