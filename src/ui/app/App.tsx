import React, {useCallback, useEffect, useMemo, useState} from 'react';
import {Box, useApp, useInput} from 'ink';
import LevelMap, {type PackSummary} from '../level-map/LevelMap.js';
import Title from '../title/Title.js';
import PlayScreen from '../play/PlayScreen.js';
import SolvedScreen from '../solved/SolvedScreen.js';
import GoalsPanel from '../goals/GoalsPanel.js';
import {goalsPanelHeight} from '../play/layout.js';
import {t, type Lang} from '../i18n.js';
import type {PlayGame} from '../play/use-play-state.js';
import type {OpenEditor} from '../editor/types.js';
import {useAppState, type Screen} from './use-app-state.js';
import {useTerminalSize} from './use-terminal-size.js';
import {StaticAnchor} from './static-anchor.js';

export interface StartedGame {
	readonly game: PlayGame;
	readonly heading: string;
	readonly title: string;
	readonly par: number;
	readonly nextLevelId?: string;
	readonly nextLevelTitle?: string;
	/** The level's takeaway in the player's language, for the solved screen. */
	readonly takeaway?: string;
}

export interface AppProps {
	/** Packs with the player's progress, read afresh after every result. */
	packs: () => PackSummary[];
	/** Starts a level (or the sandbox when levelId is undefined). */
	start: (levelId: string | undefined, lang: Lang) => StartedGame;
	/** Saves a solved level's result; returns why it could not be saved, if it could not. */
	record: (levelId: string, result: {timeMs: number; commands: number; hintsUsed: number}) => string | undefined | void;
	initial: {screen: 'menu'} | {screen: 'play'; levelId?: string};
	lang: Lang;
	color: boolean;
	/** Monotonic clock (injected so tests can control time). */
	now?: () => number;
	/** The player's own editor for `edit FILE` (absent: the built-in editor). */
	openEditor?: OpenEditor;
	/** ASCII marks and lines only (a terminal whose locale is not UTF-8). */
	ascii?: boolean;
}

// The title art and tagline, the "Levels" line and the key help under the list.
const TITLE_ROWS = 7;
const MAP_CHROME_ROWS = 2;

/**
 * How many levels the map lists at once so the menu stays shorter than the terminal (a taller
 * frame makes Ink clear the screen on every redraw). Pack headings take a row each inside the list.
 */
export function levelMapLimit(rows: number, packs: readonly PackSummary[], withTitle: boolean): number {
	const free = rows - 1 - MAP_CHROME_ROWS - (withTitle ? TITLE_ROWS : 0);
	const total = packs.reduce((n, p) => n + p.levels.length, 0);
	if (total + packs.length <= free) return total;
	// In a window of `limit` levels at most this many packs can start (the smallest pack decides).
	const smallest = Math.max(1, Math.min(...packs.map((p) => p.levels.length || 1)));
	let limit = Math.max(1, free);
	while (limit > 1 && limit + Math.min(packs.length, Math.ceil(limit / smallest) + 1) > free) limit--;
	return limit;
}

/** The whole game: title and level map, play screen, solved screen. No game logic here. */
export default function App({packs, start, record, initial, lang: initialLang, color, now = () => performance.now(), openEditor, ascii = false}: AppProps) {
	const {exit: exitInk} = useApp();
	const {rows} = useTerminalSize();
	// Quitting first renders nothing, so the menu (or the play screen's live area) is erased
	// and the shell gets a clean terminal back, with the session's scrollback above it.
	const [quitting, setQuitting] = useState(false);
	const exit = useCallback(() => setQuitting(true), []);
	useEffect(() => {
		if (quitting) exitInk();
	}, [quitting, exitInk]);
	const [lang, setLang] = useState<Lang>(initialLang);
	const first: Screen = initial.screen === 'play' ? {name: 'play', levelId: initial.levelId, startedAt: now(), round: 0} : {name: 'menu'};
	const [screen, dispatch] = useAppState(first);
	const [packList, setPackList] = useState(packs);
	// The goals as they stood when the level was solved, shown (all met) above the solved screen.
	const [solvedGoals, setSolvedGoals] = useState<{id: string; text: string; met: boolean}[]>([]);
	// Why the last solve could not be saved (full disk, no permission), shown on the solved screen.
	const [saveError, setSaveError] = useState<string | undefined>(undefined);
	const started = useMemo(
		() => (screen.name === 'play' ? start(screen.levelId, lang) : screen.name === 'solved' ? start(screen.levelId, lang) : undefined),
		// A new game only when a new round starts (or the solved screen needs its titles).
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[screen.name === 'play' ? screen.round : screen.name, screen.name === 'solved' ? screen.levelId : ''],
	);
	const leaveToMenu = useCallback(() => {
		if (initial.screen === 'play' && initial.levelId === undefined) exit();
		else {
			setPackList(packs());
			dispatch({type: 'menu', focus: screen.name === 'play' ? screen.levelId : undefined});
		}
	}, [dispatch, exit, initial, screen, packs]);

	// Ctrl+C quits from the level map and the solved screen (the result is saved by then); in the
	// play screen it only clears the line (the prompt handles it), like a shell.
	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') exit();
		},
		{isActive: screen.name !== 'play' && !quitting},
	);

	// Every screen without a scrollback mounts its own empty <Static> (see static-anchor.tsx).
	if (quitting) return <StaticAnchor key="quit" />;

	if (screen.name === 'menu') {
		// Small terminals drop the title art before they shorten the list much.
		const withTitle = rows >= 28;
		return (
			<Box flexDirection="column">
				<StaticAnchor key="menu" />
				{withTitle ? <Title lang={lang} color={color} /> : null}
				<LevelMap
					packs={packList}
					lang={lang}
					color={color}
					ascii={ascii}
					initialLevelId={screen.focus}
					limit={levelMapLimit(rows, packList, withTitle)}
					onSelect={(id) => dispatch({type: 'play', levelId: id, now: now()})}
					onQuit={exit}
				/>
			</Box>
		);
	}
	if (screen.name === 'play' && started) {
		const levelId = screen.levelId;
		return (
			<PlayScreen
				key={screen.round}
				game={started.game}
				lang={lang}
				color={color}
				heading={started.heading}
				onLang={setLang}
				onLeave={leaveToMenu}
				now={now}
				openEditor={openEditor}
				ascii={ascii}
				onSolved={(commands, hintsUsed, at) => {
					if (levelId === undefined) return;
					setSolvedGoals(started.game.goalLines());
					setSaveError(record(levelId, {timeMs: at - screen.startedAt, commands, hintsUsed}) || undefined);
					setPackList(packs());
					dispatch({type: 'solved', levelId, commands, hintsUsed, now: at});
				}}
			/>
		);
	}
	if (screen.name === 'solved' && started) {
		// The solved screen is 13 rows; the goals go above it when both fit.
		const goalsFit = solvedGoals.length > 0 && goalsPanelHeight(solvedGoals, 60, color && !ascii) + 13 + (saveError ? 3 : 0) < rows;
		return (
			<Box flexDirection="column">
				<StaticAnchor key="solved" />
				{goalsFit ? <GoalsPanel title={t(lang, 'goals')} goals={solvedGoals} color={color} ascii={ascii} width={60} /> : null}
				<SolvedScreen
					levelTitle={started.title}
					commands={screen.commands}
					par={started.par}
					timeMs={screen.timeMs}
					hintsUsed={screen.hintsUsed}
					nextLevelTitle={started.nextLevelTitle}
					takeaway={started.takeaway}
					saveError={saveError}
					ascii={ascii}
					lang={lang}
					color={color}
					onNext={() => (started.nextLevelId ? dispatch({type: 'play', levelId: started.nextLevelId, now: now()}) : dispatch({type: 'menu', focus: screen.levelId}))}
					onMenu={() => dispatch({type: 'menu', focus: screen.levelId})}
					onQuit={exit}
				/>
			</Box>
		);
	}
	return <StaticAnchor key="none" />;
}
