import {useEffect, useState} from 'react';

/**
 * The timer's state: re-reads `read()` about ten times a second while `running`. Only the
 * component that calls it re-renders, and Ink redraws just the live area below the scrollback
 * (which is printed once through <Static>), so the ticking never reprints the session.
 */
export function useTimer(read: () => number, running: boolean, intervalMs = 100): number {
	const [ms, setMs] = useState(read);
	useEffect(() => {
		setMs(read());
		if (!running) return undefined;
		const id = setInterval(() => setMs(read()), intervalMs);
		return () => clearInterval(id);
	}, [read, running, intervalMs]);
	return ms;
}
