// Linux signals as the daemon parses them (moby/sys/signal: a number, or a name with or without
// SIG in any case, RTMIN+n and RTMAX-n included), and what a container's main process does with one.

const NAMED: Readonly<Record<string, number>> = {
	HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, IOT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12, PIPE: 13, ALRM: 14, TERM: 15,
	STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22, URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, POLL: 29,
	PWR: 30, SYS: 31, UNUSED: 31, RTMIN: 34, RTMAX: 64,
};

export const SIGKILL = 9;
export const SIGTERM = 15;

/** Signal numbers the Linux daemon supports: 1-31 and the real-time ones, 34-64. */
export function supportedSignal(n: number): boolean {
	return Number.isInteger(n) && ((n >= 1 && n <= 31) || (n >= 34 && n <= 64));
}

/** Parses `-s VALUE`; the error text is the daemon's. */
export function parseSignal(raw: string): {signal: number} | {error: string} {
	if (/^[+-]?\d+$/.test(raw)) {
		const n = Number(raw);
		if (n === 0) return {error: `invalid signal: ${raw}`};
		if (!supportedSignal(n)) return {error: `the linux daemon does not support signal ${n}`};
		return {signal: n};
	}
	const name = raw.toUpperCase().replace(/^SIG/, '');
	const rt = /^RT(MIN\+|MAX-)(\d{1,2})$/.exec(name);
	if (rt) {
		const k = Number(rt[2]);
		if (k >= 1 && k <= 15) return {signal: rt[1] === 'MIN+' ? 34 + k : 64 - k};
		return {error: `invalid signal: ${raw}`};
	}
	return Object.hasOwn(NAMED, name) ? {signal: NAMED[name]} : {error: `invalid signal: ${raw}`};
}

/**
 * What the main process does with a signal. A process that is PID 1 in its namespace gets no
 * default action from the kernel: a signal it installed no handler for is ignored, so `sleep`
 * or a shell shrug off TERM, and only KILL ends them (exit 128+9). Servers that handle the
 * stop signals (nginx, postgres, uvicorn...) shut down cleanly on TERM, INT and QUIT.
 */
export function signalEffect(signal: number, handlesStop: boolean): {exits: false} | {exits: true; code: number} {
	if (signal === SIGKILL) return {exits: true, code: 128 + SIGKILL};
	if (handlesStop && (signal === SIGTERM || signal === 2 || signal === 3)) return {exits: true, code: 0};
	return {exits: false};
}
