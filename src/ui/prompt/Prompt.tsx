import React from 'react';
import {Box, Text, useStdout} from 'ink';
import {usePromptState, type Completer, type PromptState} from './use-prompt-state.js';
import {usePromptInput} from './use-prompt-input.js';
import {formatCandidates} from './format-candidates.js';

export interface PromptProps {
	/** What precedes the line, e.g. `$ ` on the host or `/ # ` inside a container. */
	prompt: string;
	/** Earlier lines, oldest first; Up walks from the end. */
	history: readonly string[];
	complete: Completer;
	onSubmit: (line: string) => void;
	/** Ctrl+D on an empty line. */
	onExit: () => void;
	/** Ctrl+C (after the line is cleared). */
	onCancel?: () => void;
	/** When false the prompt ignores keys and hides its cursor (e.g. while a dialog is up). */
	isActive?: boolean;
	/** Columns for the candidate list; defaults to the terminal's width. */
	width?: number;
	/** Rows the candidate list may take; a longer list ends with `… N more`. */
	maxCandidateLines?: number;
}

function codePointAt(line: string, cursor: number): string {
	const point = line.codePointAt(cursor);
	return point === undefined ? '' : String.fromCodePoint(point);
}

export interface PromptLineProps {
	prompt: string;
	state: PromptState;
	showCursor: boolean;
	width: number;
	maxCandidateLines?: number;
}

// Cuts a listing to `max` rows; the last row says how many candidates were left out.
function capLines(lines: string[], candidates: readonly string[], max: number | undefined): string[] {
	if (max === undefined || lines.length <= max) {
		return lines;
	}

	const kept = lines.slice(0, Math.max(0, max - 1));
	const shown = kept.reduce((n, line) => n + line.split(/\s{2,}/).filter(Boolean).length, 0);
	return [...kept, `… ${candidates.length - shown} more`];
}

/** The stateless view: prompt, line with an inverse cursor, and any listed candidates. */
export function PromptLine({prompt, state, showCursor, width, maxCandidateLines}: PromptLineProps) {
	const {line, cursor, candidates} = state;
	const atCursor = codePointAt(line, cursor);
	const before = line.slice(0, cursor);
	const after = line.slice(cursor + atCursor.length);

	return (
		<Box flexDirection="column">
			<Text>
				{prompt}
				{before}
				{showCursor ? <Text inverse>{atCursor === '' ? ' ' : atCursor}</Text> : atCursor}
				{after}
			</Text>
			{candidates && candidates.length > 0 ? (
				<Text>{capLines(formatCandidates(candidates, width), candidates, maxCandidateLines).join('\n')}</Text>
			) : null}
		</Box>
	);
}

/** A shell-like line editor with history and Tab completion. */
export default function Prompt({prompt, history, complete, onSubmit, onExit, onCancel, isActive = true, width, maxCandidateLines}: PromptProps) {
	const api = usePromptState({history, complete, onSubmit, onExit, ...(onCancel ? {onCancel} : {})});
	usePromptInput({isActive, api});
	const {stdout} = useStdout();
	const columns = width ?? stdout?.columns ?? 80;

	return <PromptLine prompt={prompt} state={api.state} showCursor={isActive} width={columns} maxCandidateLines={maxCandidateLines} />;
}
