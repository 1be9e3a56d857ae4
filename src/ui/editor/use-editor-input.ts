// Keys for the built-in editor: arrows/Home/End/PageUp/PageDown move, text is typed in, Enter
// splits a line, Backspace/Delete join lines, Ctrl+S saves, Esc or Ctrl+Q cancels.
import {useEffect, useRef} from 'react';
import {useInput, useStdin} from 'ink';
import type {EditorDispatch} from './use-editor-state.js';

export interface UseEditorInputProps {
	dispatch: EditorDispatch;
	onSave: () => void;
	onCancel: () => void;
	isActive?: boolean;
}

// The forward-delete key (and its keypad twin) as terminals send it.
const forwardDelete = /^\u001B\[3(?:;\d+)?~$/;

/** A chunk that arrived in one piece (a paste, or fast typing): line breaks split lines. */
export function typeChunk(chunk: string, dispatch: EditorDispatch): void {
	let text = '';
	const flush = () => {
		if (text !== '') {
			dispatch({type: 'insert', text});
			text = '';
		}
	};
	for (let i = 0; i < chunk.length; i++) {
		const char = chunk[i]!;
		if (char === '\r' || char === '\n') {
			flush();
			if (char === '\r' && chunk[i + 1] === '\n') i++;
			dispatch({type: 'newline'});
		} else if (char === '\u007F' || char === '\b') {
			flush();
			dispatch({type: 'backspace'});
		} else if (char === '\t') {
			// Files here are YAML, Dockerfiles and scripts: a Tab types two spaces.
			text += '  ';
		} else if (char >= ' ') {
			text += char;
		}
	}
	flush();
}

export function useEditorInput({dispatch, onSave, onCancel, isActive = true}: UseEditorInputProps): void {
	// Ink reports Backspace (0x7F) and Delete (ESC[3~) both as `key.delete`: peek at the raw bytes.
	const {internal_eventEmitter: emitter} = useStdin();
	const lastRaw = useRef('');
	useEffect(() => {
		if (!isActive || !emitter) return;
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
			if (key.escape) return onCancel();
			if (key.return) return dispatch({type: 'newline'});
			if (key.tab) return dispatch({type: 'insert', text: '  '});
			if (key.upArrow) return dispatch({type: 'up'});
			if (key.downArrow) return dispatch({type: 'down'});
			if (key.leftArrow) return dispatch({type: 'left'});
			if (key.rightArrow) return dispatch({type: 'right'});
			if (key.home) return dispatch({type: 'home'});
			if (key.end) return dispatch({type: 'end'});
			if (key.pageUp) return dispatch({type: 'pageUp'});
			if (key.pageDown) return dispatch({type: 'pageDown'});
			if (key.backspace || key.delete) {
				return dispatch({type: key.delete && forwardDelete.test(lastRaw.current) ? 'delete' : 'backspace'});
			}
			if (key.ctrl) {
				switch (input) {
					case 's':
						return onSave();
					case 'q':
						return onCancel();
					case 'a':
						return dispatch({type: 'home'});
					case 'e':
						return dispatch({type: 'end'});
					case 'd':
						return dispatch({type: 'delete'});
					default:
						// Other control keys mean nothing here; never type them as letters.
						return;
				}
			}
			if (key.meta) return;
			typeChunk(input, dispatch);
		},
		{isActive},
	);
}
