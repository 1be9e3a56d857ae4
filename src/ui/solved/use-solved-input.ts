import {useRef, useState} from 'react';
import {useInput} from 'ink';

// The solved screen appears the moment the last goal is met, often while the player is still
// typing their next command. Keys they did not mean for this screen must not act on it: a line
// typed here ("docker ps", Enter) is held as stray text, and its Enter only says that the line
// did not run. Enter or Space on their own, m, Esc and q mean what the screen says.

export interface SolvedInputState {
	/** What the player has typed since the screen appeared (not a key the screen knows). */
	readonly stray: string;
	/** The last stray line ended with Enter: shown so the player knows it was not run. */
	readonly notRun?: string;
}

export type SolvedKey =
	| {type: 'text'; text: string}
	| {type: 'enter'}
	| {type: 'backspace'}
	| {type: 'escape'};

export type SolvedAction = 'next' | 'menu' | 'quit' | undefined;

/** The next state and what the key asks the screen to do. Pure, so tests need no terminal. */
export function solvedKey(state: SolvedInputState, key: SolvedKey): {state: SolvedInputState; action: SolvedAction} {
	switch (key.type) {
		case 'enter':
			if (state.stray.trim() !== '') return {state: {stray: '', notRun: state.stray.trim()}, action: undefined};
			return {state: {stray: ''}, action: 'next'};
		case 'backspace':
			return {state: {...state, stray: [...state.stray].slice(0, -1).join('')}, action: undefined};
		case 'escape':
			// Esc first drops a half-typed line; on a clean screen it goes to the map.
			if (state.stray !== '') return {state: {stray: ''}, action: undefined};
			return {state, action: 'menu'};
		case 'text': {
			// A chunk of several characters (pasted, or typed faster than a frame) is typing, never a key of this screen.
			if (state.stray === '' && [...key.text].length === 1) {
				if (key.text === ' ') return {state: {stray: ''}, action: 'next'};
				if (key.text === 'm') return {state, action: 'menu'};
				if (key.text === 'q') return {state, action: 'quit'};
			}
			return {state: {stray: (state.stray + key.text).slice(-200)}, action: undefined};
		}
	}
}

/** One chunk of terminal input as the keys of this screen. */
export function keysOf(input: string, key: {return?: boolean; backspace?: boolean; delete?: boolean; escape?: boolean; ctrl?: boolean; meta?: boolean; tab?: boolean; upArrow?: boolean; downArrow?: boolean; leftArrow?: boolean; rightArrow?: boolean}): SolvedKey[] {
	if (key.return) return [{type: 'enter'}];
	if (key.backspace || key.delete) return [{type: 'backspace'}];
	if (key.escape) return [{type: 'escape'}];
	if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return [];
	// A line and its Enter can arrive in one piece.
	return input
		.split(/(\r\n|\r|\n)/)
		.filter((part) => part !== '')
		.map((part): SolvedKey => (/^(\r\n|\r|\n)$/.test(part) ? {type: 'enter'} : {type: 'text', text: part}));
}

export interface SolvedHandlers {
	onNext: () => void;
	onMenu: () => void;
	onQuit?: () => void;
}

/** Input for the solved screen: stray typing is held, deliberate keys act. */
export function useSolvedInput({onNext, onMenu, onQuit}: SolvedHandlers, isActive: boolean): SolvedInputState {
	// A ref, not only state: two chunks can arrive before React renders again.
	const current = useRef<SolvedInputState>({stray: ''});
	const [shown, setShown] = useState<SolvedInputState>(current.current);
	useInput(
		(input, key) => {
			for (const k of keysOf(input, key)) {
				const r = solvedKey(current.current, k);
				current.current = r.state;
				setShown(r.state);
				if (r.action === 'next') return onNext();
				if (r.action === 'menu') return onMenu();
				if (r.action === 'quit' && onQuit) return onQuit();
			}
		},
		{isActive},
	);
	return shown;
}
