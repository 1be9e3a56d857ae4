import React, {useCallback, useMemo, useState} from 'react';
import {Box, useApp} from 'ink';
import LevelMap, {type PackSummary} from '../level-map/LevelMap.js';
import Title from '../title/Title.js';
import PlayScreen from '../play/PlayScreen.js';
import SolvedScreen from '../solved/SolvedScreen.js';
import type {PlayGame} from '../play/use-play-state.js';
import type {Lang} from '../i18n.js';
import {useAppState, type Screen} from './use-app-state.js';

export interface StartedGame {
	readonly game: PlayGame;
	readonly heading: string;
	readonly title: string;
	readonly par: number;
	readonly nextLevelId?: string;
	readonly nextLevelTitle?: string;
}

export interface AppProps {
	/** Packs with the player's progress, read afresh after every result. */
	packs: () => PackSummary[];
	/** Starts a level (or the sandbox when levelId is undefined). */
	start: (levelId: string | undefined, lang: Lang) => StartedGame;
	/** Saves a solved level's result; returns a warning to show, if any. */
	record: (levelId: string, result: {timeMs: number; commands: number; hintsUsed: number}) => void;
	initial: {screen: 'menu'} | {screen: 'play'; levelId?: string};
	lang: Lang;
	color: boolean;
	/** Monotonic clock (injected so tests can control time). */
	now?: () => number;
}

/** The whole game: title and level map, play screen, solved screen. No game logic here. */
export default function App({packs, start, record, initial, lang: initialLang, color, now = () => performance.now()}: AppProps) {
	const {exit} = useApp();
	const [lang, setLang] = useState<Lang>(initialLang);
	const first: Screen = initial.screen === 'play' ? {name: 'play', levelId: initial.levelId, startedAt: now(), round: 0} : {name: 'menu'};
	const [screen, dispatch] = useAppState(first);
	const [packList, setPackList] = useState(packs);
	const started = useMemo(
		() => (screen.name === 'play' ? start(screen.levelId, lang) : screen.name === 'solved' ? start(screen.levelId, lang) : undefined),
		// A new game only when a new round starts (or the solved screen needs its titles).
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[screen.name === 'play' ? screen.round : screen.name, screen.name === 'solved' ? screen.levelId : ''],
	);
	const leaveToMenu = useCallback(() => {
		if (initial.screen === 'play' && initial.levelId === undefined) exit();
		else dispatch({type: 'menu', focus: screen.name === 'play' ? screen.levelId : undefined});
	}, [dispatch, exit, initial, screen]);

	if (screen.name === 'menu') {
		return (
			<Box flexDirection="column">
				<Title lang={lang} color={color} />
				<LevelMap packs={packList} lang={lang} color={color} initialLevelId={screen.focus} onSelect={(id) => dispatch({type: 'play', levelId: id, now: now()})} onQuit={exit} />
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
				onSolved={(commands, hintsUsed) => {
					if (levelId === undefined) return;
					const timeMs = now() - screen.startedAt;
					record(levelId, {timeMs, commands, hintsUsed});
					setPackList(packs());
					dispatch({type: 'solved', levelId, commands, hintsUsed, now: now()});
				}}
			/>
		);
	}
	if (screen.name === 'solved' && started) {
		return (
			<SolvedScreen
				levelTitle={started.title}
				commands={screen.commands}
				par={started.par}
				timeMs={screen.timeMs}
				hintsUsed={screen.hintsUsed}
				nextLevelTitle={started.nextLevelTitle}
				lang={lang}
				color={color}
				onNext={() => (started.nextLevelId ? dispatch({type: 'play', levelId: started.nextLevelId, now: now()}) : dispatch({type: 'menu', focus: screen.levelId}))}
				onMenu={() => dispatch({type: 'menu', focus: screen.levelId})}
			/>
		);
	}
	return null;
}
