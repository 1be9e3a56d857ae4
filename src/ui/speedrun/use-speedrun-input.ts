import {useEffect, useRef} from 'react';
import {useInput, useStdin} from 'ink';

/**
 * Hands every input event to `onKey` before any other handler sees it (prepended, so the prompt's
 * handler, which runs the line, reads the time this one took). The run file keeps these events.
 */
export function useKeyCapture(onKey: (data: string) => void): void {
	const {internal_eventEmitter: emitter} = useStdin();
	const ref = useRef(onKey);
	ref.current = onKey;
	useEffect(() => {
		if (!emitter) return undefined;
		const listener = (data: string) => ref.current(data);
		emitter.prependListener('input', listener);
		return () => {
			emitter.removeListener('input', listener);
		};
	}, [emitter]);
}

/** Calls `onKey` on the first keystroke (any key) while active: the timer's start. */
export function useFirstKeystroke(onKey: () => void, isActive: boolean): void {
	useInput(() => onKey(), {isActive});
}

/** The briefing card: Enter starts the level. */
export function useBriefingInput(onStart: () => void, isActive: boolean): void {
	useInput(
		(_input, key) => {
			if (key.return) onStart();
		},
		{isActive},
	);
}

/** The summary: Enter, q or Esc leaves. */
export function useSummaryInput(onDone: () => void, isActive: boolean): void {
	useInput(
		(input, key) => {
			if (key.return || key.escape || input === 'q') onDone();
		},
		{isActive},
	);
}
