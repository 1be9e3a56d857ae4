import {useInput} from 'ink';

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
