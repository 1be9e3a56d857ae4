import {useCallback, useRef, useState} from 'react';

/** What a completer answers: replace `line.slice(replaceFrom, cursor)` with one of `candidates`. */
export interface Completion {
	replaceFrom: number;
	candidates: string[];
}

export type Completer = (line: string, cursor: number) => Completion;

export interface PromptState {
	line: string;
	/** Cursor position as a UTF-16 index into `line`; always on a code point boundary. */
	cursor: number;
	/** Index into the history while walking it; `undefined` while editing a fresh line. */
	historyIndex: number | undefined;
	/** The fresh line, kept aside while the player looks through history. */
	draft: string;
	/** Candidates listed under the prompt after a second Tab; cleared by the next key. */
	candidates: string[] | undefined;
	/** Whether the previous action was a Tab, so the next Tab lists candidates. */
	lastWasTab: boolean;
}

export type PromptAction =
	| {type: 'insert'; text: string}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'backspace'}
	| {type: 'delete'}
	| {type: 'killToStart'}
	| {type: 'killToEnd'}
	| {type: 'deleteWordBack'}
	| {type: 'historyPrev'; history: readonly string[]}
	| {type: 'historyNext'; history: readonly string[]}
	| {type: 'clear'}
	| {type: 'complete'; completion: Completion}
	| {type: 'submit'};

export const initialPromptState: PromptState = {
	line: '',
	cursor: 0,
	historyIndex: undefined,
	draft: '',
	candidates: undefined,
	lastWasTab: false,
};

const isLowSurrogate = (code: number) => code >= 0xdc_00 && code <= 0xdf_ff;
const isHighSurrogate = (code: number) => code >= 0xd8_00 && code <= 0xdb_ff;

// Steps by code points so the cursor never lands inside a surrogate pair (emoji, rare CJK).
function previousBoundary(line: string, cursor: number): number {
	if (cursor <= 0) {
		return 0;
	}

	return cursor >= 2 && isLowSurrogate(line.charCodeAt(cursor - 1)) && isHighSurrogate(line.charCodeAt(cursor - 2))
		? cursor - 2
		: cursor - 1;
}

function nextBoundary(line: string, cursor: number): number {
	if (cursor >= line.length) {
		return line.length;
	}

	return isHighSurrogate(line.charCodeAt(cursor)) && isLowSurrogate(line.charCodeAt(cursor + 1))
		? cursor + 2
		: cursor + 1;
}

/** Longest common prefix of all candidates ('' for none). */
export function commonPrefix(candidates: readonly string[]): string {
	if (candidates.length === 0) {
		return '';
	}

	let prefix = candidates[0]!;
	for (const candidate of candidates.slice(1)) {
		let i = 0;
		while (i < prefix.length && i < candidate.length && prefix[i] === candidate[i]) {
			i++;
		}

		prefix = prefix.slice(0, i);
	}

	// Never end the prefix on half a surrogate pair.
	if (prefix.length > 0 && isHighSurrogate(prefix.charCodeAt(prefix.length - 1))) {
		prefix = prefix.slice(0, -1);
	}

	return prefix;
}

// Replaces the edited text and drops the candidate list, which no longer matches what is typed.
function edit(state: PromptState, line: string, cursor: number): PromptState {
	return {...state, line, cursor, candidates: undefined, lastWasTab: false};
}

function recall(state: PromptState, history: readonly string[], index: number | undefined): PromptState {
	const line = index === undefined ? state.draft : (history[index] ?? '');
	return {...state, line, cursor: line.length, historyIndex: index, candidates: undefined, lastWasTab: false};
}

// Suffixes after which the word is not finished, so a space would be in the way (paths, --flag=).
const openEnded = /[/=:]$/;

function complete(state: PromptState, {replaceFrom, candidates}: Completion): PromptState {
	const {line, cursor} = state;
	const from = Math.max(0, Math.min(replaceFrom, cursor));
	const word = line.slice(from, cursor);
	const unique = [...new Set(candidates)];

	if (unique.length === 0) {
		return {...state, candidates: undefined, lastWasTab: true};
	}

	if (unique.length === 1) {
		const only = unique[0]!;
		const suffix = openEnded.test(only) || line.slice(cursor).startsWith(' ') ? '' : ' ';
		const inserted = only + suffix;
		return {
			...edit(state, line.slice(0, from) + inserted + line.slice(cursor), from + inserted.length),
		};
	}

	const prefix = commonPrefix(unique);
	if (prefix.length > word.length && prefix.startsWith(word)) {
		return {
			...state,
			line: line.slice(0, from) + prefix + line.slice(cursor),
			cursor: from + prefix.length,
			candidates: undefined,
			lastWasTab: true,
		};
	}

	// Like bash: the first Tab that cannot extend the word stays quiet, the second lists the choices.
	return {...state, candidates: state.lastWasTab ? unique : undefined, lastWasTab: true};
}

/** Pure line-editor transitions; the hook below only wires them to React and the callbacks. */
export function promptReducer(state: PromptState, action: PromptAction): PromptState {
	const {line, cursor} = state;
	switch (action.type) {
		case 'insert': {
			return edit(state, line.slice(0, cursor) + action.text + line.slice(cursor), cursor + action.text.length);
		}

		case 'left': {
			return {...state, cursor: previousBoundary(line, cursor), lastWasTab: false};
		}

		case 'right': {
			return {...state, cursor: nextBoundary(line, cursor), lastWasTab: false};
		}

		case 'home': {
			return {...state, cursor: 0, lastWasTab: false};
		}

		case 'end': {
			return {...state, cursor: line.length, lastWasTab: false};
		}

		case 'backspace': {
			const from = previousBoundary(line, cursor);
			return edit(state, line.slice(0, from) + line.slice(cursor), from);
		}

		case 'delete': {
			return edit(state, line.slice(0, cursor) + line.slice(nextBoundary(line, cursor)), cursor);
		}

		case 'killToStart': {
			return edit(state, line.slice(cursor), 0);
		}

		case 'killToEnd': {
			return edit(state, line.slice(0, cursor), cursor);
		}

		case 'deleteWordBack': {
			// Readline's unix-word-rubout: skip the blanks before the cursor, then the word.
			let from = cursor;
			while (from > 0 && /\s/.test(line[from - 1]!)) {
				from--;
			}

			while (from > 0 && !/\s/.test(line[from - 1]!)) {
				from--;
			}

			return edit(state, line.slice(0, from) + line.slice(cursor), from);
		}

		case 'historyPrev': {
			const {history} = action;
			if (history.length === 0) {
				return state;
			}

			if (state.historyIndex === undefined) {
				return recall({...state, draft: line}, history, history.length - 1);
			}

			return recall(state, history, Math.max(0, Math.min(state.historyIndex, history.length) - 1));
		}

		case 'historyNext': {
			if (state.historyIndex === undefined) {
				return state;
			}

			const next = state.historyIndex + 1;
			return recall(state, action.history, next >= action.history.length ? undefined : next);
		}

		case 'clear':
		case 'submit': {
			return initialPromptState;
		}

		case 'complete': {
			return complete(state, action.completion);
		}
	}
}

export interface UsePromptStateProps {
	history: readonly string[];
	complete: Completer;
	onSubmit: (line: string) => void;
	onExit: () => void;
	/** Ctrl+C: besides clearing the line, drops what a `> ` continuation had gathered. */
	onCancel?: () => void;
}

export interface PromptStateApi {
	state: PromptState;
	dispatch: (action: PromptAction) => void;
	tab: () => void;
	historyPrev: () => void;
	historyNext: () => void;
	submit: () => void;
	/** Ctrl+D: leave on an empty line, otherwise delete forward like readline. */
	endOfFile: () => void;
	/** Ctrl+C: clear the line (and any lines gathered for it). */
	cancel: () => void;
}

export function usePromptState(props: UsePromptStateProps): PromptStateApi {
	// Ink delivers every key of one stdin chunk before React re-renders, so handlers must not
	// read state from a render closure. The ref always holds the state after the last dispatch.
	const stateRef = useRef<PromptState>(initialPromptState);
	const propsRef = useRef(props);
	propsRef.current = props;
	const [state, setState] = useState<PromptState>(initialPromptState);

	const dispatch = useCallback((action: PromptAction) => {
		stateRef.current = promptReducer(stateRef.current, action);
		setState(stateRef.current);
	}, []);

	const tab = useCallback(() => {
		const {line, cursor} = stateRef.current;
		dispatch({type: 'complete', completion: propsRef.current.complete(line, cursor)});
	}, [dispatch]);

	const historyPrev = useCallback(() => {
		dispatch({type: 'historyPrev', history: propsRef.current.history});
	}, [dispatch]);

	const historyNext = useCallback(() => {
		dispatch({type: 'historyNext', history: propsRef.current.history});
	}, [dispatch]);

	const submit = useCallback(() => {
		const {line} = stateRef.current;
		dispatch({type: 'submit'});
		propsRef.current.onSubmit(line);
	}, [dispatch]);

	const endOfFile = useCallback(() => {
		if (stateRef.current.line === '') {
			propsRef.current.onExit();
		} else {
			dispatch({type: 'delete'});
		}
	}, [dispatch]);

	const cancel = useCallback(() => {
		dispatch({type: 'clear'});
		propsRef.current.onCancel?.();
	}, [dispatch]);

	return {state, dispatch, tab, historyPrev, historyNext, submit, endOfFile, cancel};
}
