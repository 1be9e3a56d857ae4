// When the terminal closes (the window, an ssh connection), the game gets SIGHUP and every read
// or write on it fails with EIO. Nobody is left to show anything to, and nothing may be written:
// Ink would write its last frame (an unhandled `write EIO`), and Node's own exit would try to put
// the dead terminal back in cooked mode and abort on an assertion (node::ResetStdio). So the game
// ends the way a program without a handler ends: by SIGHUP's default action, at once. Progress is
// saved synchronously on every solve, so nothing is lost.

let installed = false;

/** Ends the process now, by SIGHUP's default action (exit status 129 in a shell). */
export function endForHangup(): never {
	// With no listener left, Node gives SIGHUP back its default action, which ends the process.
	process.removeAllListeners('SIGHUP');
	process.kill(process.pid, 'SIGHUP');
	// A signal to oneself is delivered before kill returns; if not, SIGKILL cannot be caught either.
	process.kill(process.pid, 'SIGKILL');
	throw new Error('unreachable');
}

/** EIO or ENXIO on the terminal: it has gone. */
export function isTerminalGone(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code === 'EIO' || code === 'ENXIO';
}

/**
 * For the modes that draw on a terminal: SIGHUP, or EIO reading the keyboard, ends the game
 * quietly. (EIO writing the screen is handled where stdout's errors are, in src/cli.tsx.)
 * Ink's own SIGHUP handler (signal-exit) steps aside while another listener is registered.
 */
export function endWhenTerminalCloses(): void {
	if (installed) return;
	installed = true;
	process.on('SIGHUP', () => endForHangup());
	process.stdin.on('error', (error) => {
		if (isTerminalGone(error)) endForHangup();
		throw error;
	});
}
