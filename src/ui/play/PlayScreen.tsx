import React from 'react';
import {Box, Text, useStdout} from 'ink';
import Prompt from '../prompt/Prompt.js';
import Scrollback from '../scrollback/Scrollback.js';
import GoalsPanel from '../goals/GoalsPanel.js';
import TopologyMap from '../map/TopologyMap.js';
import {t, type Lang} from '../i18n.js';
import {usePlayState, type PlayGame} from './use-play-state.js';

export interface PlayScreenProps {
	/** The level (or sandbox) being played; all game logic lives behind this interface. */
	game: PlayGame;
	lang: Lang;
	color: boolean;
	/** A heading such as `basics 03 · Connection reset`. */
	heading: string;
	/** Every goal was met: the screen hands over to the solved screen. */
	onSolved: (commands: number, hintsUsed: number) => void;
	/** `levels`, `exit` on the host, or Ctrl+D. */
	onLeave: () => void;
	/** `lang en|ko` was typed. */
	onLang?: (lang: Lang) => void;
	/** Extra line under the heading (the speed-run timer). */
	status?: React.ReactNode;
}

/** The play screen: briefing and scrollback, goals, the optional map, and the prompt. */
export default function PlayScreen({game, lang, color, heading, onSolved, onLeave, onLang, status}: PlayScreenProps) {
	const {stdout} = useStdout();
	const width = Math.max(40, (stdout?.columns ?? 80) - 1);
	const state = usePlayState(game, {onSolved, onLeave, onLang});
	return (
		<Box flexDirection="column">
			<Scrollback key={state.epoch} items={state.items} color={color} />
			<Box flexDirection="column">
				<Text bold color={color ? 'cyan' : undefined}>
					{heading}
				</Text>
				{status}
				{state.showMap ? <TopologyMap model={game.topology()} width={width} color={color} lang={lang} /> : null}
				{state.goals.length > 0 ? <GoalsPanel title={t(lang, 'goals')} goals={state.goals} color={color} width={Math.min(width, 100)} /> : null}
				<Prompt prompt={state.prompt} history={state.history} complete={state.complete} onSubmit={state.submit} onExit={onLeave} width={width} />
			</Box>
		</Box>
	);
}
