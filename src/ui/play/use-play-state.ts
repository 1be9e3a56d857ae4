import {useCallback, useRef, useState} from 'react';
import {useStdout} from 'ink';
import type {ScrollbackItem} from '../scrollback/Scrollback.js';
import type {Completer} from '../prompt/use-prompt-state.js';
import type {TopologyModel} from '../map/topology.js';
import type {Lang} from '../i18n.js';

/** What the play screen needs from a game session (src/game/game-session.ts implements it). */
export interface PlayGame {
	run(line: string): {
		command: string;
		prompt: string;
		stdout: string;
		stderr: string;
		exitCode: number;
		effect?: 'clear' | 'map' | 'levels' | 'leave' | 'lang';
		solvedNow: boolean;
	};
	prompt(): string;
	briefing(): string;
	goalLines(): {id: string; text: string; met: boolean}[];
	topology(): TopologyModel;
	complete: Completer;
	readonly commands: number;
	readonly hintsShown: number;
	lang: Lang;
}

export interface PlayCallbacks {
	onSolved: (commands: number, hintsUsed: number) => void;
	onLeave: () => void;
	onLang?: (lang: Lang) => void;
}

/** The play screen's state: scrollback, history, goals and the map toggle, driven by the game. */
export function usePlayState(game: PlayGame, callbacks: PlayCallbacks) {
	const {stdout} = useStdout();
	const nextId = useRef(1);
	const [items, setItems] = useState<ScrollbackItem[]>(() => [
		{id: 'briefing', prompt: '', command: '', stdout: `${game.briefing()}\n`, stderr: '', exitCode: 0},
	]);
	const [history, setHistory] = useState<string[]>([]);
	const [showMap, setShowMap] = useState(false);
	const [goals, setGoals] = useState(() => game.goalLines());
	const [prompt, setPrompt] = useState(() => game.prompt());
	// <Static> remembers how many items it printed; a new key after `clear` starts it afresh.
	const [epoch, setEpoch] = useState(0);

	const submit = useCallback(
		(line: string) => {
			if (line.trim() !== '') setHistory((h) => [...h, line]);
			const r = game.run(line);
			if (r.effect === 'clear') {
				// Static output is already in the terminal: clear the screen itself.
				stdout?.write('\u001b[2J\u001b[3J\u001b[H');
				setItems([]);
				setEpoch((e) => e + 1);
			} else {
				setItems((list) => [...list, {id: `l${nextId.current++}`, prompt: r.prompt, command: r.command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode}]);
			}
			if (r.effect === 'map') setShowMap((v) => !v);
			if (r.effect === 'lang') callbacks.onLang?.(game.lang);
			setGoals(game.goalLines());
			setPrompt(game.prompt());
			if (r.effect === 'levels' || r.effect === 'leave') callbacks.onLeave();
			else if (r.solvedNow) callbacks.onSolved(game.commands, game.hintsShown);
		},
		[game, callbacks, stdout],
	);

	return {items, epoch, history, showMap, goals, prompt, submit, complete: game.complete};
}
