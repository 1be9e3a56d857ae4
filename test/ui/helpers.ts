/**
 * Lets Ink run its effects (useInput subscribes in one) and flush a render. Two macrotasks are
 * enough for our own hooks, which read state through refs; ink-select-input re-subscribes its
 * handler with the new selection only after render + passive effects, which takes a third.
 */
export async function settle(): Promise<void> {
	for (let i = 0; i < 4; i++) {
		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => setImmediate(resolve));
	}
}

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	tab: '\t',
	backspace: '\u007F',
	delete: '\u001B[3~',
	escape: '\u001B',
	ctrlA: '\u0001',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlE: '\u0005',
	ctrlK: '\u000B',
	ctrlU: '\u0015',
	ctrlW: '\u0017',
} as const;

// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[0-9;]*m/g;
export const stripAnsi = (text: string | undefined): string => (text ?? '').replace(ansi, '');
