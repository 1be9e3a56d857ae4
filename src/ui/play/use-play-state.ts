import {useCallback, useEffect, useRef, useState} from 'react';
import {useStdout} from 'ink';
import type {ScrollbackItem} from '../scrollback/Scrollback.js';
import type {Completer} from '../prompt/use-prompt-state.js';
import type {TopologyModel} from '../map/topology.js';
import type {Lang} from '../i18n.js';
import {wrapForTerminal} from './layout.js';

// In-game commands whose answers are prose (wrapped at spaces); everything else is command output.
const PROSE_COMMANDS = new Set(['help', 'hint', 'goals', 'briefing', 'solution', 'answer', 'lang', 'undo', 'reset', 'trace', 'levels']);

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
	/** `at` is the clock reading (from `now`) when the last goal was met. */
	onSolved: (commands: number, hintsUsed: number, at: number) => void;
	onLeave: () => void;
	onLang?: (lang: Lang) => void;
	/** The clock the solve time is read from. */
	now?: () => number;
}

/**
 * How long to wait before handing over to another screen. Ink prints <Static> items on its next
 * (throttled, ≤ 33 ms) render; unmounting the play screen before that would lose the line that
 * solved the level (or the `exit` that left it) from the terminal's scrollback.
 */
export const HANDOVER_DELAY_MS = 80;

type Handover = {kind: 'solved'; commands: number; hintsUsed: number; at: number} | {kind: 'leave'};

/** The play screen's state: scrollback, history, goals and the map toggle, driven by the game. */
export function usePlayState(game: PlayGame, callbacks: PlayCallbacks) {
	const {stdout, write} = useStdout();
	const columns = () => stdout?.columns || 80;
	const nextId = useRef(1);
	const [items, setItems] = useState<ScrollbackItem[]>(() => [
		{id: 'briefing', prompt: '', command: '', stdout: `${wrapForTerminal(game.briefing(), columns(), true)}\n`, stderr: '', exitCode: 0},
	]);
	const [history, setHistory] = useState<string[]>([]);
	const [showMap, setShowMap] = useState(false);
	const [goals, setGoals] = useState(() => game.goalLines());
	const [prompt, setPrompt] = useState(() => game.prompt());
	// <Static> remembers how many items it printed; a new key after `clear` starts it afresh.
	const [epoch, setEpoch] = useState(0);
	const [handover, setHandover] = useState<Handover | undefined>(undefined);
	const callbacksRef = useRef(callbacks);
	callbacksRef.current = callbacks;

	useEffect(() => {
		if (!handover) return;
		const timer = setTimeout(() => {
			if (handover.kind === 'solved') callbacksRef.current.onSolved(handover.commands, handover.hintsUsed, handover.at);
			else callbacksRef.current.onLeave();
		}, HANDOVER_DELAY_MS);
		return () => clearTimeout(timer);
	}, [handover]);

	const submit = useCallback(
		(line: string) => {
			if (handover) return;
			if (line.trim() !== '') setHistory((h) => [...h, line]);
			const r = game.run(line);
			if (r.effect === 'clear') {
				// Static output is already in the terminal: clear the screen itself. Ink's own write
				// erases the live area first and redraws it after, at the top of the cleared screen.
				write('\u001b[2J\u001b[3J\u001b[H');
				setItems([]);
				setEpoch((e) => e + 1);
			} else {
				const prose = PROSE_COMMANDS.has(line.trim().split(/\s+/)[0] ?? '');
				const width = columns();
				setItems((list) => [
					...list,
					{
						id: `l${nextId.current++}`,
						prompt: r.prompt,
						command: wrapForTerminal(r.prompt + r.command, width, false).slice(r.prompt.length),
						stdout: wrapForTerminal(r.stdout, width, prose),
						stderr: wrapForTerminal(r.stderr, width, prose),
						exitCode: r.exitCode,
					},
				]);
			}
			if (r.effect === 'map') setShowMap((v) => !v);
			if (r.effect === 'lang') callbacksRef.current.onLang?.(game.lang);
			setGoals(game.goalLines());
			setPrompt(game.prompt());
			if (r.effect === 'levels' || r.effect === 'leave') setHandover({kind: 'leave'});
			else if (r.solvedNow) {
				const at = (callbacksRef.current.now ?? (() => performance.now()))();
				setHandover({kind: 'solved', commands: game.commands, hintsUsed: game.hintsShown, at});
			}
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[game, write, handover, stdout],
	);

	/** Ctrl+D: leave the same way `exit` does. */
	const leave = useCallback(() => {
		if (!handover) setHandover({kind: 'leave'});
	}, [handover]);

	return {items, epoch, history, showMap, goals, prompt, submit, leave, busy: handover !== undefined, complete: game.complete};
}
