import React, {useMemo} from 'react';
import {Box, Text} from 'ink';
import Prompt from '../prompt/Prompt.js';
import Scrollback from '../scrollback/Scrollback.js';
import GoalsPanel from '../goals/GoalsPanel.js';
import {formatDuration} from '../format-time.js';
import TopologyMap from '../map/TopologyMap.js';
import {layoutTopology} from '../map/layout-topology.js';
import {t, type Lang} from '../i18n.js';
import {useTerminalSize} from '../app/use-terminal-size.js';
import Editor, {EDITOR_CHROME_ROWS} from '../editor/Editor.js';
import type {OpenEditor} from '../editor/types.js';
import {usePlayState, type PlayGame} from './use-play-state.js';
import {goalsPanelHeight, liveBudget} from './layout.js';

export interface PlayScreenProps {
	/** The level (or sandbox) being played; all game logic lives behind this interface. */
	game: PlayGame;
	lang: Lang;
	color: boolean;
	/** A heading such as `basics 03 · Connection reset`. */
	heading: string;
	/** Every goal was met: the screen hands over to the solved screen. `at` is `now()` at that moment. */
	onSolved: (commands: number, hintsUsed: number, at: number) => void;
	/** `levels`, `exit` on the host, or Ctrl+D. */
	onLeave: () => void;
	/** `lang en|ko` was typed. */
	onLang?: (lang: Lang) => void;
	/** Extra line under the heading (the speed-run timer). */
	status?: React.ReactNode;
	/** The clock the solve moment is read from (the app's). */
	now?: () => number;
	/** Hands the terminal to the player's own editor for `edit FILE`; without it the built-in editor opens. */
	openEditor?: OpenEditor;
	/** ASCII marks and lines only (a terminal whose locale is not UTF-8). */
	ascii?: boolean;
}

/** The built-in editor keeps at least this many text rows; the goals panel makes way below it. */
const MIN_EDITOR_ROWS = 5;

/**
 * The play screen: briefing and scrollback (printed once, through <Static>, so the terminal
 * scrolls it), then the live area at the bottom: heading, the optional map, goals and the prompt.
 * The live area is kept shorter than the terminal (see layout.ts).
 */
export default function PlayScreen({game, lang, color, heading, onSolved, onLeave, onLang, status, now, openEditor, ascii = false}: PlayScreenProps) {
	const {columns, rows} = useTerminalSize();
	const width = Math.max(40, columns - 1);
	const state = usePlayState(game, {onSolved, onLeave, onLang, now, openEditor});
	const goalsWidth = Math.min(width, 100);
	const fixedRows = 1 + (status ? 1 : 0) + goalsPanelHeight(state.goals, goalsWidth, color && !ascii);
	// The world changes only when a line runs, so the map is read once per line, not per keystroke.
	const map = useMemo(() => {
		if (!state.showMap) return undefined;
		const model = game.topology();
		return {model, length: layoutTopology(model, {width, lang}).length};
	}, [game, state.showMap, state.items, width, lang]);
	const budget = liveBudget({rows, fixedRows, mapWanted: map !== undefined, mapLength: map?.length ?? 0});
	const editing = state.editing;
	if (editing) {
		// The editor replaces the map and the prompt; one row stays free, as for the rest of the live area.
		const headRows = 1 + (status ? 1 : 0);
		const withGoals = state.goals.length > 0 && rows - 1 - fixedRows - EDITOR_CHROME_ROWS >= MIN_EDITOR_ROWS;
		const editorRows = Math.max(1, rows - 1 - (withGoals ? fixedRows : headRows) - EDITOR_CHROME_ROWS);
		return (
			<Box flexDirection="column">
				<Scrollback key={state.epoch} items={state.items} color={color} />
				<Box flexDirection="column">
					<Text bold color={color ? 'cyan' : undefined} wrap="truncate-end">
						{heading}
					</Text>
					{status}
					{withGoals ? <GoalsPanel title={t(lang, 'goals')} goals={state.goals} color={color} ascii={ascii} width={goalsWidth} /> : null}
					{editing.mode === 'builtin' ? (
						<Editor
							key={editing.file}
							fileName={editing.file}
							content={editing.content}
							isNew={editing.isNew}
							onSave={state.saveEdit}
							onCancel={state.cancelEdit}
							width={width}
							height={editorRows}
							lang={lang}
							color={color}
						/>
					) : (
						<Text dimColor={color}>{t(lang, 'editorOpening', {file: editing.file})}</Text>
					)}
				</Box>
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Scrollback key={state.epoch} items={state.items} color={color} />
			<Box flexDirection="column">
				<Text bold color={color ? 'cyan' : undefined} wrap="truncate-end">
					{heading}
					{state.timeLeftMs === undefined ? '' : `   ${t(lang, state.timeLeftMs === 0 ? 'timeUpShort' : 'timeLeft', {time: formatDuration(state.timeLeftMs)})}`}
				</Text>
				{status}
				{map && budget.mapLines > 0 ? <TopologyMap model={map.model} width={width} color={color} ascii={ascii} lang={lang} maxLines={budget.mapLines} /> : null}
				{state.goals.length > 0 ? <GoalsPanel title={t(lang, 'goals')} goals={state.goals} color={color} ascii={ascii} width={goalsWidth} /> : null}
				<Prompt
					prompt={state.prompt}
					history={state.history}
					complete={state.complete}
					onSubmit={state.submit}
					onExit={state.leave}
					onCancel={state.cancelLine}
					isActive={!state.busy}
					width={width}
					maxCandidateLines={budget.candidateLines}
				/>
			</Box>
		</Box>
	);
}
