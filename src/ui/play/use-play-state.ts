import {useCallback, useEffect, useRef, useState} from 'react';
import {useStdout} from 'ink';
import type {ScrollbackItem} from '../scrollback/Scrollback.js';
import type {Completer} from '../prompt/use-prompt-state.js';
import type {TopologyModel} from '../map/topology.js';
import {t, type Lang} from '../i18n.js';
import type {OpenEditor} from '../editor/types.js';
import {wrapForTerminal} from './layout.js';
import {showControlChars} from '../../levels/control-chars.js';
import type {OutputChunk} from '../../shell/types.js';

/** bash's PS2: the prompt of a line that continues the one before. */
const CONTINUATION_PROMPT = '> ';

/** What running a line (or saving a file from `edit`) gave back. */
export interface PlayOutcome {
	command: string;
	prompt: string;
	stdout: string;
	stderr: string;
	exitCode: number;
	/** Both streams in the order the line wrote them, when it says (shell lines do). */
	output?: readonly OutputChunk[];
	/** The game's own text printed under stdout as it is (may carry colour), e.g. a speed-run split. */
	after?: string;
	effect?: 'clear' | 'map' | 'levels' | 'leave' | 'lang' | 'edit';
	/** A game command answered in prose (its registry says so): wrapped at spaces, not hard. */
	prose?: boolean;
	/** With effect 'edit': the file to open. */
	edit?: {file: string; content: string; isNew: boolean};
	solvedNow: boolean;
}

/** What the play screen needs from a game session (src/game/game-session.ts implements it). */
export interface PlayGame {
	run(line: string): PlayOutcome;
	/** Games that can edit files: the play screen calls this once, as it can show an editor. */
	enableEditor?(): void;
	/** Writes a file `edit` saved (with undo) and checks the goals again. */
	saveFile?(name: string, content: string): PlayOutcome;
	prompt(): string;
	/** Whether a typed text is unfinished (an open quote, a here-document...): bash would ask for more with `> `. */
	needsMoreInput?(text: string): boolean;
	/** Ctrl+C: stops a question the game is asking (`build level`); what to say, if it was asking. */
	cancelInput?(): string | undefined;
	briefing(): string;
	goalLines(): {id: string; text: string; met: boolean}[];
	topology(): TopologyModel;
	complete: Completer;
	readonly commands: number;
	readonly hintsShown: number;
	lang: Lang;
	/** The level's time limit; the play screen's clock calls expire() when it passes. */
	readonly timeLimitMs?: number;
	/** Goes up on every (re)start, so the clock starts again after `reset`. */
	readonly round?: number;
	readonly expired?: boolean;
	expire?(): void;
}

export interface PlayCallbacks {
	/** `at` is the clock reading (from `now`) when the last goal was met. */
	onSolved: (commands: number, hintsUsed: number, at: number) => void;
	onLeave: () => void;
	onLang?: (lang: Lang) => void;
	/** The clock the solve time is read from. */
	now?: () => number;
	/** Hands the terminal to the player's own editor; without it `edit` shows the built-in one. */
	openEditor?: OpenEditor;
}

/** A file open for `edit`: in the built-in editor, or waiting to be handed to an external one. */
export interface Editing {
	readonly file: string;
	readonly content: string;
	readonly isNew: boolean;
	readonly mode: 'builtin' | 'external';
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
	const [editing, setEditing] = useState<Editing | undefined>(undefined);
	const callbacksRef = useRef(callbacks);
	callbacksRef.current = callbacks;
	const clock = () => (callbacksRef.current.now ?? (() => performance.now()))();
	// A level with a time limit: the clock starts with each round (`reset` begins a new one).
	const [timeLeftMs, setTimeLeftMs] = useState<number | undefined>(game.timeLimitMs);
	const roundStart = useRef({round: game.round, at: clock()});
	useEffect(() => {
		const limit = game.timeLimitMs;
		if (limit === undefined) return;
		const tick = () => {
			if (roundStart.current.round !== game.round) roundStart.current = {round: game.round, at: clock()};
			const left = Math.max(0, limit - (clock() - roundStart.current.at));
			setTimeLeftMs(left);
			if (left === 0 && !game.expired) {
				game.expire?.();
				if (game.expired) {
					setGoals(game.goalLines());
					appendItem({prompt: '', command: '', stdout: `${t(game.lang, 'timeUp')}\n`, stderr: '', exitCode: 0}, true);
				}
			}
		};
		const timer = setInterval(tick, 250);
		return () => clearInterval(timer);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [game]);

	// The play screen can show an editor, so `edit FILE` may open one (headless runs cannot).
	useEffect(() => {
		game.enableEditor?.();
	}, [game]);

	useEffect(() => {
		if (!handover) return;
		const timer = setTimeout(() => {
			if (handover.kind === 'solved') callbacksRef.current.onSolved(handover.commands, handover.hintsUsed, handover.at);
			else callbacksRef.current.onLeave();
		}, HANDOVER_DELAY_MS);
		return () => clearTimeout(timer);
	}, [handover]);

	const appendItem = useCallback(
		(r: {prompt: string; command: string; stdout: string; stderr: string; exitCode: number; output?: readonly OutputChunk[]; after?: string}, prose: boolean) => {
			const width = columns();
			// Where both streams were written, the scrollback shows them in that order (stderr in red).
			const ordered = r.output && r.output.some((c) => c.fd === 2) && r.output.some((c) => c.fd === 1) ? [...r.output.map((c) => ({fd: c.fd, text: wrapForTerminal(showControlChars(c.text), width, prose)})), ...(r.after ? [{fd: 1 as const, text: r.after}] : [])] : undefined;
			setItems((list) => [
				...list,
				{
					id: `l${nextId.current++}`,
					prompt: r.prompt,
					command: r.command === '' ? '' : wrapForTerminal(r.prompt + showControlChars(r.command), width, false).slice(r.prompt.length),
					// What simulated programs printed (a file a level pack wrote, logs) is shown, never
					// obeyed: escape sequences as ^[ forms (control-chars.ts). `after` is the game's own.
					stdout: wrapForTerminal(showControlChars(r.stdout) + (r.after ?? ''), width, prose),
					stderr: wrapForTerminal(showControlChars(r.stderr), width, prose),
					exitCode: r.exitCode,
					...(ordered ? {output: ordered} : {}),
				},
			]);
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[stdout],
	);

	/** After a line or a save: goals, prompt, and the hand-over when the level is solved. */
	const afterOutcome = useCallback(
		(r: PlayOutcome) => {
			setGoals(game.goalLines());
			setPrompt(game.prompt());
			if (r.effect === 'levels' || r.effect === 'leave') setHandover({kind: 'leave'});
			else if (r.solvedNow) {
				const at = (callbacksRef.current.now ?? (() => performance.now()))();
				setHandover({kind: 'solved', commands: game.commands, hintsUsed: game.hintsShown, at});
			}
		},
		[game],
	);

	/** A line under the scrollback such as `edit: compose.yaml not saved`. */
	const note = useCallback((text: string) => appendItem({prompt: '', command: '', stdout: `${text}\n`, stderr: '', exitCode: 0}, true), [appendItem]);

	const saveEdit = useCallback(
		(content: string) => {
			const open = editing;
			if (!open || !game.saveFile) return;
			setEditing(undefined);
			const r = game.saveFile(open.file, content);
			appendItem({...r, prompt: '', command: ''}, true);
			afterOutcome(r);
		},
		[editing, game, appendItem, afterOutcome],
	);

	const cancelEdit = useCallback(() => {
		if (!editing) return;
		setEditing(undefined);
		note(t(game.lang, 'editCancelled', {file: editing.file}));
	}, [editing, game, note]);

	// An external editor: wait until the frame without the prompt is on screen (Ink throttles its
	// writes), then hand the terminal over. The call blocks until the editor exits.
	useEffect(() => {
		if (editing?.mode !== 'external') return;
		const open = callbacksRef.current.openEditor;
		const timer = setTimeout(() => {
			const result = open ? open(editing.file, editing.content) : ({ok: false, unavailable: true} as const);
			// Whatever the editor left on the screen, draw the live area afresh.
			write('');
			if (result.ok) {
				if (result.content === editing.content && (!editing.isNew || result.content === '')) {
					setEditing(undefined);
					note(t(game.lang, editing.isNew ? 'editCancelled' : 'editUnchanged', {file: editing.file}));
				} else saveEdit(result.content);
			} else if (result.unavailable) setEditing({...editing, mode: 'builtin'});
			else {
				setEditing(undefined);
				note(t(game.lang, 'editFailed', {file: editing.file, error: result.error}));
			}
		}, HANDOVER_DELAY_MS);
		return () => clearTimeout(timer);
	}, [editing, game, note, saveEdit, write]);

	// Lines typed at bash's `> ` continuation prompt, gathered until the text is complete.
	const gathered = useRef<string | undefined>(undefined);
	const cancelLine = useCallback(() => {
		const said = game.cancelInput?.();
		if (said !== undefined) {
			note(said);
			setPrompt(game.prompt());
		}
		if (gathered.current === undefined) return;
		gathered.current = undefined;
		setPrompt(game.prompt());
	}, [game, note]);

	const submit = useCallback(
		(typed: string) => {
			if (handover || editing) return;
			const first = gathered.current === undefined;
			const line = first ? typed : `${gathered.current}\n${typed}`;
			const shownPrompt = first ? prompt : CONTINUATION_PROMPT;
			if (game.needsMoreInput?.(line)) {
				gathered.current = line;
				appendItem({prompt: shownPrompt, command: typed, stdout: '', stderr: '', exitCode: 0}, false);
				setPrompt(CONTINUATION_PROMPT);
				return;
			}
			gathered.current = undefined;
			if (line.trim() !== '') setHistory((h) => [...h, line]);
			const ran = game.run(line);
			// The scrollback already shows the earlier lines; this item shows the last one.
			const r = first ? ran : {...ran, prompt: CONTINUATION_PROMPT, command: typed};
			if (r.effect === 'clear') {
				// Static output is already in the terminal: clear the screen itself. Ink's own write
				// erases the live area first and redraws it after, at the top of the cleared screen.
				write('\u001b[2J\u001b[3J\u001b[H');
				setItems([]);
				setEpoch((e) => e + 1);
			} else {
				appendItem(r, r.prose === true);
			}
			if (r.effect === 'map') setShowMap((v) => !v);
			if (r.effect === 'lang') callbacksRef.current.onLang?.(game.lang);
			if (r.effect === 'edit' && r.edit) setEditing({...r.edit, mode: callbacksRef.current.openEditor ? 'external' : 'builtin'});
			afterOutcome(r);
		},
		[game, write, handover, editing, appendItem, afterOutcome, prompt],
	);

	/** Ctrl+D: leave the same way `exit` does. */
	const leave = useCallback(() => {
		if (!handover) setHandover({kind: 'leave'});
	}, [handover]);

	return {timeLeftMs, items, epoch, history, showMap, goals, prompt, submit, cancelLine, leave, busy: handover !== undefined || editing !== undefined, complete: game.complete, editing, saveEdit, cancelEdit};
}
