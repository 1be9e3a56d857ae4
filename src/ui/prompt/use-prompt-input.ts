import {useEffect, useRef} from 'react';
import {useInput, useStdin} from 'ink';
import type {PromptStateApi} from './use-prompt-state.js';

export interface UsePromptInputProps {
	isActive?: boolean;
	api: PromptStateApi;
}

// The forward-delete key (and its keypad twin) as terminals send it.
const forwardDelete = /^\u001B\[3(?:;\d+)?~$/;

/**
 * Types a chunk that arrived in one piece (a paste, or fast typing): text goes in at once,
 * line breaks submit, and the few control bytes that can sneak into a paste are honoured.
 */
function typeChunk(chunk: string, api: PromptStateApi): void {
	let text = '';
	const flush = () => {
		if (text !== '') {
			api.dispatch({type: 'insert', text});
			text = '';
		}
	};

	for (let i = 0; i < chunk.length; i++) {
		const char = chunk[i]!;
		if (char === '\r' || char === '\n') {
			flush();
			// A CRLF pair is one line break, not an empty command after it.
			if (char === '\r' && chunk[i + 1] === '\n') {
				i++;
			}

			api.submit();
		} else if (char === '\u007F' || char === '\b') {
			flush();
			api.dispatch({type: 'backspace'});
		} else if (char === '\t') {
			// A tab inside pasted text is whitespace, not a completion request.
			text += ' ';
		} else if (char >= ' ') {
			text += char;
		}
	}

	flush();
}

export function usePromptInput({isActive = true, api}: UsePromptInputProps): void {
	// Ink reports both the Backspace byte (0x7F) and the Delete key (ESC[3~) as `key.delete`.
	// Peek at the raw sequence so Delete can delete forward. This listener is registered once,
	// before useInput's (which re-registers on every render and so always comes later).
	const {internal_eventEmitter: emitter} = useStdin();
	const lastRaw = useRef('');
	useEffect(() => {
		if (!isActive || !emitter) {
			return;
		}

		const remember = (data: string) => {
			lastRaw.current = data;
		};

		emitter.on('input', remember);
		return () => {
			emitter.removeListener('input', remember);
		};
	}, [emitter, isActive]);

	useInput(
		(input, key) => {
			const {dispatch} = api;

			if (key.return) {
				api.submit();
				return;
			}

			if (key.tab && !key.shift) {
				api.tab();
				return;
			}

			if (key.upArrow) {
				api.historyPrev();
				return;
			}

			if (key.downArrow) {
				api.historyNext();
				return;
			}

			if (key.leftArrow) {
				dispatch({type: 'left'});
				return;
			}

			if (key.rightArrow) {
				dispatch({type: 'right'});
				return;
			}

			if (key.home) {
				dispatch({type: 'home'});
				return;
			}

			if (key.end) {
				dispatch({type: 'end'});
				return;
			}

			if (key.backspace || key.delete) {
				// Alt+Backspace (ESC DEL) is readline's word rubout.
				if (key.meta && lastRaw.current.length === 2) {
					dispatch({type: 'deleteWordBack'});
					return;
				}

				dispatch({type: key.delete && forwardDelete.test(lastRaw.current) ? 'delete' : 'backspace'});
				return;
			}

			if (key.ctrl) {
				switch (input) {
					case 'a': {
						dispatch({type: 'home'});
						break;
					}

					case 'e': {
						dispatch({type: 'end'});
						break;
					}

					case 'b': {
						dispatch({type: 'left'});
						break;
					}

					case 'f': {
						dispatch({type: 'right'});
						break;
					}

					case 'u': {
						dispatch({type: 'killToStart'});
						break;
					}

					case 'k': {
						dispatch({type: 'killToEnd'});
						break;
					}

					case 'w': {
						dispatch({type: 'deleteWordBack'});
						break;
					}

					case 'c': {
						api.cancel();
						break;
					}

					case 'd': {
						api.endOfFile();
						break;
					}

					default: {
						// Other control keys mean nothing at this prompt; never type them as letters.
						break;
					}
				}

				return;
			}

			if (key.escape || key.pageUp || key.pageDown || key.meta) {
				return;
			}

			typeChunk(input, api);
		},
		{isActive},
	);
}
